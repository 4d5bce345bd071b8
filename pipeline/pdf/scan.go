package pdf

import (
	"image"
	"math"

	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// Thresholds of the scanned-page test (see findScan).
const (
	scanCover  = 0.9 // least part of the page area the image must cover
	scanMinDPI = 72  // an image coarser than this is a background, not a scan
)

// findScan returns the image of a scanned page and its resolution, or ""
// when the page is not a scan: a scan is one image covering at least
// scanCover of the page area (pageArea, in square points), with nothing else
// on the page but invisible text (an OCR layer). The resolution comes from
// the image's pixel size and its matrix, so it holds whatever the image's or
// the page's rotation. On any doubt the page is not a scan and is rendered
// at ReadOptions.DPI.
func (s *session) findScan(page requests.Page, pageArea float64) (references.FPDF_PAGEOBJECT, float64) {
	n, err := s.inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: page})
	if err != nil {
		return "", 0
	}
	var img references.FPDF_PAGEOBJECT
	for j := 0; j < n.Count; j++ {
		obj, err := s.inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: page, Index: j})
		if err != nil {
			return "", 0
		}
		typ, err := s.inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: obj.PageObject})
		if err != nil {
			return "", 0
		}
		switch {
		case typ.Type == enums.FPDF_PAGEOBJ_IMAGE && img == "":
			img = obj.PageObject
		case typ.Type == enums.FPDF_PAGEOBJ_TEXT && s.invisible(obj.PageObject):
		default:
			return "", 0
		}
	}
	if img == "" {
		return "", 0
	}
	dpi, ok := s.imageDPI(img, pageArea)
	if !ok {
		return "", 0
	}
	return img, dpi
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

// extract returns the pixels of a scan as decoded, turned to the page's
// display orientation, when the scan fills the px-sized raster exactly, one
// image pixel to one raster pixel, and nothing else would be drawn: no
// annotations, no transparency, not a stencil mask. Otherwise it returns nil
// and the page is rendered. Rendering would give the same size, but PDFium
// rounds the image's placement outwards, and a placement a hair off a whole
// pixel stretches the scan by a row or column.
func (s *session) extract(page requests.Page, img references.FPDF_PAGEOBJECT, px image.Point) image.Image {
	annots, err := s.inst.FPDFPage_GetAnnotCount(&requests.FPDFPage_GetAnnotCount{Page: page})
	if err != nil || annots.Count > 0 {
		return nil
	}
	tr, err := s.inst.FPDFPageObj_HasTransparency(&requests.FPDFPageObj_HasTransparency{PageObject: img})
	if err != nil || tr.HasTransparency {
		return nil
	}
	meta, err := s.inst.FPDFImageObj_GetImageMetadata(&requests.FPDFImageObj_GetImageMetadata{ImageObject: img, Page: page})
	if err != nil || meta.ImageMetadata.Colorspace == enums.FPDF_COLORSPACE_UNKNOWN {
		return nil
	}
	w, h := int(meta.ImageMetadata.Width), int(meta.ImageMetadata.Height)
	o, ok := s.orientation(page, img, px, w, h)
	if !ok {
		return nil
	}
	bm, err := s.inst.FPDFImageObj_GetBitmap(&requests.FPDFImageObj_GetBitmap{ImageObject: img})
	if err != nil {
		return nil
	}
	defer func() { _, _ = s.inst.FPDFBitmap_Destroy(&requests.FPDFBitmap_Destroy{Bitmap: bm.Bitmap}) }()
	src := s.copyBitmap(bm.Bitmap, w, h)
	if src == nil {
		return nil
	}
	return o.apply(src, px)
}

// orient maps the pixel grid of an image onto the raster: source pixel
// (i, j), counted from the image's top left, lands at raster pixel
// floor((origin2 + (2i+1)*u + (2j+1)*v) / 2), where u and v are unit steps
// along the raster's axes.
type orient struct {
	origin2 image.Point // twice the raster position of the image's top left corner
	u, v    image.Point
}

// orientation finds how an image of w x h pixels lies on a raster of px:
// its corners, placed by PDFium, must be the raster's corners, and its rows
// and columns the raster's rows and columns, one to one.
func (s *session) orientation(page requests.Page, img references.FPDF_PAGEOBJECT, px image.Point, w, h int) (orient, bool) {
	m, err := s.inst.FPDFPageObj_GetMatrix(&requests.FPDFPageObj_GetMatrix{PageObject: img})
	if err != nil {
		return orient{}, false
	}
	mx := m.Matrix
	// The image's unit square: (0,1) is its top left corner, u runs along
	// its rows, v down its columns.
	corner := func(x, y float64) (image.Point, bool) {
		d, err := s.inst.FPDF_PageToDevice(&requests.FPDF_PageToDevice{
			Page: page, SizeX: px.X, SizeY: px.Y,
			PageX: float64(mx.A)*x + float64(mx.C)*y + float64(mx.E),
			PageY: float64(mx.B)*x + float64(mx.D)*y + float64(mx.F),
		})
		return image.Pt(d.DeviceX, d.DeviceY), err == nil
	}
	tl, ok1 := corner(0, 1)
	tr, ok2 := corner(1, 1)
	bl, ok3 := corner(0, 0)
	if !ok1 || !ok2 || !ok3 {
		return orient{}, false
	}
	u, v := tr.Sub(tl), bl.Sub(tl)
	if !(unitAxis(u, w) && unitAxis(v, h) && u.X*v.X == 0) {
		return orient{}, false
	}
	o := orient{origin2: tl.Mul(2), u: u.Div(w), v: v.Div(h)}
	// The far corner is tl+u+v; both corners together must span the raster.
	box := image.Rectangle{tl, tl.Add(u).Add(v)}.Canon()
	return o, box == image.Rectangle{Max: px}
}

// unitAxis reports whether d runs along one raster axis and is n long.
func unitAxis(d image.Point, n int) bool {
	return (d.X == 0 && (d.Y == n || d.Y == -n)) || (d.Y == 0 && (d.X == n || d.X == -n))
}

// apply copies src onto a raster of px pixels.
func (o orient) apply(src image.Image, px image.Point) image.Image {
	b := src.Bounds()
	at := func(i, j int) int {
		x := (o.origin2.X + (2*i+1)*o.u.X + (2*j+1)*o.v.X) >> 1
		y := (o.origin2.Y + (2*i+1)*o.u.Y + (2*j+1)*o.v.Y) >> 1
		return y*px.X + x
	}
	switch s := src.(type) {
	case *image.Gray:
		dst := image.NewGray(image.Rectangle{Max: px})
		for j := 0; j < b.Dy(); j++ {
			for i := 0; i < b.Dx(); i++ {
				dst.Pix[at(i, j)] = s.Pix[j*s.Stride+i]
			}
		}
		return dst
	case *image.RGBA:
		dst := image.NewRGBA(image.Rectangle{Max: px})
		for j := 0; j < b.Dy(); j++ {
			for i := 0; i < b.Dx(); i++ {
				k := 4 * at(i, j)
				copy(dst.Pix[k:k+4], s.Pix[j*s.Stride+4*i:])
			}
		}
		return dst
	}
	return nil
}

// copyBitmap copies a decoded image of w x h pixels out of PDFium (see
// copyPixels); nil for a format it does not expect.
func (s *session) copyBitmap(bm references.FPDF_BITMAP, w, h int) image.Image {
	f, err1 := s.inst.FPDFBitmap_GetFormat(&requests.FPDFBitmap_GetFormat{Bitmap: bm})
	bw, err2 := s.inst.FPDFBitmap_GetWidth(&requests.FPDFBitmap_GetWidth{Bitmap: bm})
	bh, err3 := s.inst.FPDFBitmap_GetHeight(&requests.FPDFBitmap_GetHeight{Bitmap: bm})
	st, err4 := s.inst.FPDFBitmap_GetStride(&requests.FPDFBitmap_GetStride{Bitmap: bm})
	buf, err5 := s.inst.FPDFBitmap_GetBuffer(&requests.FPDFBitmap_GetBuffer{Bitmap: bm})
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil || bw.Width != w || bh.Height != h {
		return nil
	}
	bpp := map[enums.FPDF_BITMAP_FORMAT]int{enums.FPDF_BITMAP_FORMAT_GRAY: 1, enums.FPDF_BITMAP_FORMAT_BGR: 3, enums.FPDF_BITMAP_FORMAT_BGRX: 4}[f.Format]
	stride := st.Stride
	if bpp == 0 || stride < bpp*w || len(buf.Buffer) < stride*(h-1)+bpp*w {
		return nil
	}
	return copyPixels(buf.Buffer, stride, bpp, image.Pt(w, h), true)
}
