package pdf

import (
	"fmt"
	"image"
	"math"

	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// Thresholds of the scanned-page test (see scanDPI).
const (
	scanCover  = 0.9 // least part of the page area the image must cover
	scanMinDPI = 72  // an image coarser than this is a background, not a scan
)

// render rasterizes page i of size (width, height in points) on white.
func (s *session) render(i int, size [2]float64, o ReadOptions) (image.Image, PageInfo, error) {
	lp, err := s.inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: s.doc, Index: i})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("%w: page does not load", ErrMalformed)
	}
	page := requests.Page{ByReference: &lp.Page}
	defer func() { _, _ = s.inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: lp.Page}) }()

	info := PageInfo{WidthPt: size[0], HeightPt: size[1], DPI: o.DPI}
	if dpi, ok := s.scanDPI(page, size[0]*size[1]); ok {
		info.DPI, info.Scanned = dpi, true
	}
	px := pixelSize(info.WidthPt, info.HeightPt, info.DPI)
	if err := checkPixels(px, o.MaxPixels); err != nil {
		return nil, PageInfo{}, err
	}
	img, err := s.rasterize(page, px)
	if err != nil {
		return nil, PageInfo{}, err
	}
	return img, info, nil
}

// scanDPI reports whether a page is a scan, and its resolution: one image
// covering at least scanCover of the page area (pageArea, in square points),
// with nothing else on the page but invisible text (an OCR layer). The
// resolution comes from the image's pixel size and its matrix, so it holds
// whatever the image's or the page's rotation. On any doubt the page is not a
// scan and is rendered at ReadOptions.DPI.
func (s *session) scanDPI(page requests.Page, pageArea float64) (float64, bool) {
	n, err := s.inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: page})
	if err != nil {
		return 0, false
	}
	var img references.FPDF_PAGEOBJECT
	for j := 0; j < n.Count; j++ {
		obj, err := s.inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: page, Index: j})
		if err != nil {
			return 0, false
		}
		typ, err := s.inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: obj.PageObject})
		if err != nil {
			return 0, false
		}
		switch {
		case typ.Type == enums.FPDF_PAGEOBJ_IMAGE && img == "":
			img = obj.PageObject
		case typ.Type == enums.FPDF_PAGEOBJ_TEXT && s.invisible(obj.PageObject):
		default:
			return 0, false
		}
	}
	if img == "" {
		return 0, false
	}
	return s.imageDPI(img, pageArea)
}

func (s *session) invisible(text references.FPDF_PAGEOBJECT) bool {
	m, err := s.inst.FPDFTextObj_GetTextRenderMode(&requests.FPDFTextObj_GetTextRenderMode{PageObject: text})
	return err == nil && m.TextRenderMode == enums.FPDF_TEXTRENDERMODE_INVISIBLE
}

// imageDPI is the resolution of an image object that covers the page: pixels
// per inch along each of its axes, the finer of the two.
func (s *session) imageDPI(img references.FPDF_PAGEOBJECT, pageArea float64) (float64, bool) {
	b, err := s.inst.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: img})
	if err != nil || float64(b.Right-b.Left)*float64(b.Top-b.Bottom) < scanCover*pageArea {
		return 0, false
	}
	m, err := s.inst.FPDFPageObj_GetMatrix(&requests.FPDFPageObj_GetMatrix{PageObject: img})
	if err != nil {
		return 0, false
	}
	px, err := s.inst.FPDFImageObj_GetImagePixelSize(&requests.FPDFImageObj_GetImagePixelSize{ImageObject: img})
	if err != nil {
		return 0, false
	}
	a, bb, c, d := float64(m.Matrix.A), float64(m.Matrix.B), float64(m.Matrix.C), float64(m.Matrix.D)
	dpi := max(float64(px.Width)*72/math.Hypot(a, bb), float64(px.Height)*72/math.Hypot(c, d))
	if math.IsNaN(dpi) || dpi < scanMinDPI || dpi > maxDPI {
		return 0, false
	}
	return dpi, true
}

// rasterize renders the page with its annotations onto a white bitmap of px
// pixels and copies it out, as *image.Gray when every pixel is gray.
func (s *session) rasterize(page requests.Page, px image.Point) (image.Image, error) {
	bm, err := s.inst.FPDFBitmap_Create(&requests.FPDFBitmap_Create{Width: px.X, Height: px.Y, Alpha: 0})
	if err != nil {
		return nil, fmt.Errorf("PDFium bitmap: %w", err)
	}
	defer func() { _, _ = s.inst.FPDFBitmap_Destroy(&requests.FPDFBitmap_Destroy{Bitmap: bm.Bitmap}) }()
	if _, err := s.inst.FPDFBitmap_FillRect(&requests.FPDFBitmap_FillRect{
		Bitmap: bm.Bitmap, Width: px.X, Height: px.Y, Color: 0xFFFFFFFF,
	}); err != nil {
		return nil, fmt.Errorf("PDFium bitmap: %w", err)
	}
	if _, err := s.inst.FPDF_RenderPageBitmap(&requests.FPDF_RenderPageBitmap{
		Bitmap: bm.Bitmap, Page: page, SizeX: px.X, SizeY: px.Y,
		Flags: enums.FPDF_RENDER_FLAG_ANNOT | enums.FPDF_RENDER_FLAG_REVERSE_BYTE_ORDER,
	}); err != nil {
		return nil, fmt.Errorf("PDFium render: %w", err)
	}
	stride, err := s.inst.FPDFBitmap_GetStride(&requests.FPDFBitmap_GetStride{Bitmap: bm.Bitmap})
	if err != nil {
		return nil, fmt.Errorf("PDFium bitmap: %w", err)
	}
	buf, err := s.inst.FPDFBitmap_GetBuffer(&requests.FPDFBitmap_GetBuffer{Bitmap: bm.Bitmap})
	if err != nil || stride.Stride < 4*px.X || len(buf.Buffer) < stride.Stride*px.Y {
		return nil, fmt.Errorf("PDFium bitmap: no buffer for %dx%d pixels", px.X, px.Y)
	}
	return copyRGBX(buf.Buffer, stride.Stride, px), nil
}

// copyRGBX copies a bitmap of R, G, B, unused bytes out of PDFium's memory.
func copyRGBX(buf []byte, stride int, px image.Point) image.Image {
	gray := true
	for y := 0; y < px.Y && gray; y++ {
		row := buf[y*stride : y*stride+4*px.X]
		for x := 0; x < len(row); x += 4 {
			if row[x] != row[x+1] || row[x+1] != row[x+2] {
				gray = false
				break
			}
		}
	}
	r := image.Rect(0, 0, px.X, px.Y)
	if gray {
		g := image.NewGray(r)
		for y := 0; y < px.Y; y++ {
			row, out := buf[y*stride:], g.Pix[y*g.Stride:(y+1)*g.Stride]
			for x := range out {
				out[x] = row[4*x]
			}
		}
		return g
	}
	c := image.NewRGBA(r)
	for y := 0; y < px.Y; y++ {
		out := c.Pix[y*c.Stride : (y+1)*c.Stride]
		copy(out, buf[y*stride:y*stride+4*px.X])
		for x := 3; x < len(out); x += 4 {
			out[x] = 0xff
		}
	}
	return c
}
