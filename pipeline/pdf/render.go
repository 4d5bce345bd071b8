package pdf

import (
	"fmt"
	"image"

	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/requests"
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
	scan, dpi := s.findScan(page, size[0]*size[1])
	if scan != "" {
		info.DPI, info.Scanned = dpi, true
	}
	px := pixelSize(info.WidthPt, info.HeightPt, info.DPI)
	if err := checkPixels(px, o.MaxPixels); err != nil {
		return nil, PageInfo{}, err
	}
	if scan != "" {
		if img := s.extract(page, scan, px); img != nil {
			return img, info, nil
		}
	}
	img, err := s.rasterize(page, px)
	if err != nil {
		return nil, PageInfo{}, err
	}
	return img, info, nil
}

// rasterize renders the page with its annotations onto a white bitmap of px
// pixels and copies it out.
func (s *session) rasterize(page requests.Page, px image.Point) (image.Image, error) {
	bm, err := s.inst.FPDFBitmap_Create(&requests.FPDFBitmap_Create{Width: px.X, Height: px.Y, Alpha: 0})
	if err != nil {
		return nil, fmt.Errorf("PDFium bitmap: %w", err)
	}
	defer func() { _, _ = s.inst.FPDFBitmap_Destroy(&requests.FPDFBitmap_Destroy{Bitmap: bm.Bitmap}) }()
	// A bitmap PDFium could not allocate is a null handle, 0 pixels wide.
	if w, err := s.inst.FPDFBitmap_GetWidth(&requests.FPDFBitmap_GetWidth{Bitmap: bm.Bitmap}); err != nil || w.Width != px.X {
		return nil, fmt.Errorf("PDFium bitmap: no memory for %dx%d pixels", px.X, px.Y)
	}
	if _, err := s.inst.FPDFBitmap_FillRect(&requests.FPDFBitmap_FillRect{
		Bitmap: bm.Bitmap, Width: px.X, Height: px.Y, Color: 0xFFFFFFFF,
	}); err != nil {
		return nil, fmt.Errorf("PDFium bitmap: %w", err)
	}
	if _, err := s.inst.FPDF_RenderPageBitmap(&requests.FPDF_RenderPageBitmap{
		Bitmap: bm.Bitmap, Page: page, SizeX: px.X, SizeY: px.Y,
		Flags: enums.FPDF_RENDER_FLAG_ANNOT | enums.FPDF_RENDER_FLAG_REVERSE_BYTE_ORDER | enums.FPDF_RENDER_FLAG_RENDER_NO_SMOOTHIMAGE,
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
	return copyPixels(buf.Buffer, stride.Stride, 4, px, false), nil
}

// copyPixels copies a w x h bitmap of bpp bytes a pixel (1: gray; 3 or 4:
// three colour bytes, then one unused) out of PDFium's memory, as
// *image.Gray when every pixel is gray and as opaque *image.RGBA otherwise.
// bgr tells the order of the colour bytes.
func copyPixels(buf []byte, stride, bpp int, px image.Point, bgr bool) image.Image {
	gray := true
	for y := 0; y < px.Y && gray && bpp > 1; y++ {
		row := buf[y*stride : y*stride+bpp*px.X]
		for x := 0; x < len(row); x += bpp {
			if row[x] != row[x+1] || row[x+1] != row[x+2] {
				gray = false
				break
			}
		}
	}
	r := image.Rectangle{Max: px}
	if gray {
		g := image.NewGray(r)
		for y := 0; y < px.Y; y++ {
			row, out := buf[y*stride:], g.Pix[y*g.Stride:(y+1)*g.Stride]
			for x := range out {
				out[x] = row[bpp*x]
			}
		}
		return g
	}
	red, blue := 0, 2
	if bgr {
		red, blue = 2, 0
	}
	c := image.NewRGBA(r)
	for y := 0; y < px.Y; y++ {
		row, out := buf[y*stride:], c.Pix[y*c.Stride:(y+1)*c.Stride]
		for x := 0; x < px.X; x++ {
			p := row[bpp*x : bpp*x+3]
			out[4*x], out[4*x+1], out[4*x+2], out[4*x+3] = p[red], p[1], p[blue], 0xff
		}
	}
	return c
}
