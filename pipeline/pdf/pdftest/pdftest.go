// Package pdftest builds PDF inputs for tests: scanned-style documents (one
// image per page) and born-digital ones whose text, metadata, XMP and
// annotation carry planted strings. It is independent of package pdf's
// writer, so tests of the reader do not read what the writer wrote.
package pdftest

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"html"
	"image"
	"image/jpeg"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/anonymizer-project/anonymizer/pipeline/pdf/internal/rawpdf"
)

// ScanQuality is the JPEG quality of Scanned's pages, a common scanner setting.
const ScanQuality = 75

// Scanned returns a PDF with one page per image, each page sized so that its
// image covers it at dpi. *image.Paletted pages are stored lossless (Flate,
// indexed), like a bilevel scan; others as JPEG at ScanQuality, gray ones
// with one component.
func Scanned(t testing.TB, pages []image.Image, dpi float64) []byte {
	t.Helper()
	var out bytes.Buffer
	pw := rawpdf.New(&out, "1.4")
	catalog, tree := pw.Reserve(), pw.Reserve()
	var kids []string
	for _, img := range pages {
		dict, data := scanStream(t, img)
		b := img.Bounds()
		w, h := rawpdf.Num(float64(b.Dx())*72/dpi), rawpdf.Num(float64(b.Dy())*72/dpi)
		im, content, page := pw.Reserve(), pw.Reserve(), pw.Reserve()
		pw.Stream(im, dict, data)
		pw.Stream(content, "", fmt.Appendf(nil, "q %s 0 0 %s 0 0 cm /Scan Do Q", w, h))
		pw.Object(page, fmt.Sprintf("<< /Type /Page /Parent %s /MediaBox [0 0 %s %s] /Resources << /XObject << /Scan %s >> >> /Contents %s >>",
			rawpdf.Ref(tree), w, h, rawpdf.Ref(im), rawpdf.Ref(content)))
		kids = append(kids, rawpdf.Ref(page))
	}
	pw.Object(tree, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	pw.Object(catalog, "<< /Type /Catalog /Pages "+rawpdf.Ref(tree)+" >>")
	if err := pw.Finish(catalog, 0, ""); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func scanStream(t testing.TB, img image.Image) (string, []byte) {
	b := img.Bounds()
	size := fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent 8", b.Dx(), b.Dy())
	if p, ok := img.(*image.Paletted); ok {
		var lut strings.Builder
		for _, c := range p.Palette {
			r, g, bl, _ := c.RGBA()
			fmt.Fprintf(&lut, "%02X%02X%02X", r>>8, g>>8, bl>>8)
		}
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			_, _ = zw.Write(p.Pix[p.PixOffset(b.Min.X, y):p.PixOffset(b.Max.X, y)])
		}
		_ = zw.Close()
		return fmt.Sprintf("%s /ColorSpace [/Indexed /DeviceRGB %d <%s>] /Filter /FlateDecode", size, len(p.Palette)-1, lut.String()), z.Bytes()
	}
	var j bytes.Buffer
	if err := jpeg.Encode(&j, img, &jpeg.Options{Quality: ScanQuality}); err != nil {
		t.Fatal(err)
	}
	cs := "/DeviceRGB"
	if _, ok := img.(*image.Gray); ok {
		cs = "/DeviceGray"
	}
	return size + " /ColorSpace " + cs + " /Filter /DCTDecode", j.Bytes()
}

// LinesPerPage is how many lines BornDigital sets on a page.
const LinesPerPage = 40

// BornDigital returns a Letter-size PDF with lines set in visible Helvetica
// 12 pt (LinesPerPage to a page, one blank page when there are none), an Info
// dictionary with the entries of meta (e.g. "Title", "Author"), an XMP
// metadata stream holding the same values, an outline entry titled with the
// first line and, when annot is not empty, a FreeText annotation on the first
// page whose contents, author and appearance all hold annot.
func BornDigital(t testing.TB, lines []string, meta map[string]string, annot string) []byte {
	t.Helper()
	var out bytes.Buffer
	pw := rawpdf.New(&out, "1.7")
	catalog, tree, info, font, xmp := pw.Reserve(), pw.Reserve(), pw.Reserve(), pw.Reserve(), pw.Reserve()
	var kids []string
	for first := 0; first == 0 || first < len(lines); first += LinesPerPage {
		page := lines[first:min(first+LinesPerPage, len(lines))]
		var annots string
		if first == 0 && annot != "" {
			annots = " /Annots [" + rawpdf.Ref(freeText(pw, annot, font)) + "]"
		}
		content, pg := pw.Reserve(), pw.Reserve()
		pw.Stream(content, "", textContent(page))
		pw.Object(pg, fmt.Sprintf("<< /Type /Page /Parent %s /MediaBox [0 0 612 792] /Resources << /Font << /F1 %s >> >> /Contents %s%s >>",
			rawpdf.Ref(tree), rawpdf.Ref(font), rawpdf.Ref(content), annots))
		kids = append(kids, rawpdf.Ref(pg))
	}
	pw.Object(tree, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	pw.Object(font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	pw.Stream(xmp, "/Type /Metadata /Subtype /XML", xmpPacket(meta))
	pw.Object(info, infoDict(meta))
	outlines := outline(pw, lines, kids[0])
	pw.Object(catalog, fmt.Sprintf("<< /Type /Catalog /Pages %s /Metadata %s%s >>", rawpdf.Ref(tree), rawpdf.Ref(xmp), outlines))
	if err := pw.Finish(catalog, info, ""); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// textContent sets lines from the top of a Letter page, 18 pt apart.
func textContent(lines []string) []byte {
	var b bytes.Buffer
	b.WriteString("BT /F1 12 Tf 18 TL 72 720 Td\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "%s Tj T*\n", rawpdf.Literal(winAnsi(l)))
	}
	b.WriteString("ET")
	return b.Bytes()
}

// freeText writes a FreeText annotation with an appearance that shows text.
func freeText(pw *rawpdf.Writer, text string, font int) int {
	ap, annot := pw.Reserve(), pw.Reserve()
	pw.Stream(ap, "/Type /XObject /Subtype /Form /BBox [0 0 468 24] /Resources << /Font << /F1 "+rawpdf.Ref(font)+" >> >>",
		fmt.Appendf(nil, "BT /F1 12 Tf 4 8 Td %s Tj ET", rawpdf.Literal(winAnsi(text))))
	pw.Object(annot, fmt.Sprintf("<< /Type /Annot /Subtype /FreeText /Rect [72 60 540 84] /F 4 /Contents %s /T %s /DA (/Helv 12 Tf 0 g) /AP << /N %s >> >>",
		rawpdf.TextString(text), rawpdf.TextString(text), rawpdf.Ref(ap)))
	return annot
}

// outline writes a one-entry outline titled with the first line and returns
// the catalog entry for it ("" when there are no lines).
func outline(pw *rawpdf.Writer, lines []string, firstPage string) string {
	if len(lines) == 0 {
		return ""
	}
	root, item := pw.Reserve(), pw.Reserve()
	pw.Object(item, fmt.Sprintf("<< /Title %s /Parent %s /Dest [%s /Fit] >>", rawpdf.TextString(lines[0]), rawpdf.Ref(root), firstPage))
	pw.Object(root, fmt.Sprintf("<< /Type /Outlines /First %s /Last %s /Count 1 >>", rawpdf.Ref(item), rawpdf.Ref(item)))
	return " /Outlines " + rawpdf.Ref(root)
}

func sortedKeys(meta map[string]string) []string {
	keys := make([]string, 0, len(meta))
	for k := range meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func infoDict(meta map[string]string) string {
	var b strings.Builder
	b.WriteString("<<")
	for _, k := range sortedKeys(meta) {
		fmt.Fprintf(&b, " /%s %s", k, rawpdf.TextString(meta[k]))
	}
	b.WriteString(" >>")
	return b.String()
}

// xmpPacket holds every meta value: Title as dc:title, Author as dc:creator,
// the others as pdfx properties named by their key.
func xmpPacket(meta map[string]string) []byte {
	var b strings.Builder
	b.WriteString(`<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/">
`)
	for _, k := range sortedKeys(meta) {
		v := html.EscapeString(meta[k])
		switch k {
		case "Title":
			fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", v)
		case "Author":
			fmt.Fprintf(&b, "<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n", v)
		default:
			fmt.Fprintf(&b, "<pdfx:%s>%s</pdfx:%s>\n", k, v, k)
		}
	}
	b.WriteString("</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return []byte(b.String())
}

// winAnsi encodes s for the WinAnsiEncoding font; other characters become '?'.
func winAnsi(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok || c < 32 {
			c = '?'
		}
		out = append(out, c)
	}
	return out
}
