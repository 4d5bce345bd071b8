package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"image"
	"io"
	"math"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"github.com/anonymizer-project/anonymizer/pipeline/pdf/internal/rawpdf"
)

// Word is one word of the invisible text layer, boxed in pixel coordinates
// of the page image.
type Word struct {
	Text string
	Box  image.Rectangle
}

// OutPage is one page of a written PDF.
type OutPage struct {
	Image             image.Image
	WidthPt, HeightPt float64 // page size in points; the image is stretched to it
	Words             []Word  // optional invisible text layer
}

// glyphWidth is the advance, in 1/1000 of the font size, that the font
// dictionary declares for every character of the text layer. One width for
// all makes the horizontal scaling that fits a word into its box exact,
// whatever a reader's Helvetica metrics are; the glyphs are never drawn.
const glyphWidth = 500

// Write writes a PDF whose every page is the given raster only: one image per
// page (see encodeImage), the optional invisible text layer, and an Info
// dictionary holding only /Producer. Nothing else is written: no XMP,
// annotations, outline, names, attachments, scripts, forms or file IDs.
func Write(w io.Writer, pages []OutPage) error {
	if len(pages) == 0 {
		return errors.New("write PDF: no pages")
	}
	pw := rawpdf.New(w, "1.4")
	catalog, tree, info := pw.Reserve(), pw.Reserve(), pw.Reserve()
	font := 0
	for _, p := range pages {
		if len(p.Words) > 0 && font == 0 {
			font = pw.Reserve()
		}
	}
	kids := make([]string, len(pages))
	for i, p := range pages {
		num, err := writePage(pw, p, tree, font)
		if err != nil {
			return fmt.Errorf("write PDF page %d: %w", i+1, err)
		}
		kids[i] = rawpdf.Ref(num)
	}
	pw.Object(tree, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	pw.Object(catalog, fmt.Sprintf("<< /Type /Catalog /Pages %s >>", rawpdf.Ref(tree)))
	pw.Object(info, fmt.Sprintf("<< /Producer %s >>", rawpdf.Literal([]byte(Producer))))
	if font > 0 {
		widths := strings.TrimSuffix(strings.Repeat(fmt.Sprintf("%d ", glyphWidth), 256-32), " ")
		pw.Object(font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "+
			"/FirstChar 32 /LastChar 255 /Widths ["+widths+"] >>")
	}
	if err := pw.Finish(catalog, info, ""); err != nil {
		return fmt.Errorf("write PDF: %w", err)
	}
	return nil
}

// writePage writes the image, content stream and page dictionary of one page
// and returns the page's object number.
func writePage(pw *rawpdf.Writer, p OutPage, tree, font int) (int, error) {
	if p.Image == nil || p.Image.Bounds().Empty() {
		return 0, errors.New("no image")
	}
	if !(p.WidthPt > 0 && p.HeightPt > 0) || math.IsInf(p.WidthPt+p.HeightPt, 0) {
		return 0, fmt.Errorf("page size %gx%g pt is not positive", p.WidthPt, p.HeightPt)
	}
	img, err := encodeImage(p.Image)
	if err != nil {
		return 0, err
	}
	content, err := deflate(pageContent(p))
	if err != nil {
		return 0, err
	}
	imgNum, contentNum, pageNum := pw.Reserve(), pw.Reserve(), pw.Reserve()
	pw.Stream(imgNum, img.dict, img.data)
	pw.Stream(contentNum, "/Filter /FlateDecode", content)
	res := "/XObject << /Im0 " + rawpdf.Ref(imgNum) + " >>"
	if len(p.Words) > 0 {
		res += " /Font << /F1 " + rawpdf.Ref(font) + " >>"
	}
	pw.Object(pageNum, fmt.Sprintf("<< /Type /Page /Parent %s /MediaBox [0 0 %s %s] /Resources << %s >> /Contents %s >>",
		rawpdf.Ref(tree), rawpdf.Num(p.WidthPt), rawpdf.Num(p.HeightPt), res, rawpdf.Ref(contentNum)))
	return pageNum, nil
}

// pageContent draws the image over the whole page, then the text layer in
// render mode 3 (invisible): each word at its box's height, its baseline a
// fifth of that above the box's bottom, and scaled horizontally (Tz) to span
// the box.
func pageContent(p OutPage) []byte {
	var b bytes.Buffer
	w, h := rawpdf.Num(p.WidthPt), rawpdf.Num(p.HeightPt)
	fmt.Fprintf(&b, "q %s 0 0 %s 0 0 cm /Im0 Do Q\n", w, h)
	words := 0
	ib := p.Image.Bounds()
	sx, sy := p.WidthPt/float64(ib.Dx()), p.HeightPt/float64(ib.Dy())
	for _, wd := range p.Words {
		text := winAnsi(wd.Text)
		box := wd.Box.Sub(ib.Min)
		if len(text) == 0 || box.Empty() {
			continue
		}
		if words == 0 {
			b.WriteString("BT 3 Tr\n")
		}
		words++
		size := float64(box.Dy()) * sy
		scale := 100 * float64(box.Dx()) * sx / (float64(len(text)) * glyphWidth / 1000 * size)
		x, y := float64(box.Min.X)*sx, p.HeightPt-float64(box.Max.Y)*sy+0.2*size
		fmt.Fprintf(&b, "/F1 %s Tf %s Tz 1 0 0 1 %s %s Tm %s Tj\n",
			rawpdf.Num(size), rawpdf.Num(scale), rawpdf.Num(x), rawpdf.Num(y), rawpdf.Literal(text))
	}
	if words > 0 {
		b.WriteString("ET\n")
	}
	return b.Bytes()
}

// winAnsi encodes s in the text layer's WinAnsiEncoding; characters it lacks
// and control characters become '?'.
func winAnsi(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok || c < 32 || c == 127 {
			c = '?'
		}
		out = append(out, c)
	}
	return out
}

func deflate(data []byte) ([]byte, error) {
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
