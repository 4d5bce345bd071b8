package document

import (
	"fmt"
	"image"
	"io"
	"path/filepath"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/tiffpages"
)

// OutPage is one page of an output: its pixels, what is kept of the input
// page, and for a PDF an optional invisible text layer.
type OutPage struct {
	Image image.Image
	Info  PageInfo
	Words []doc.Word
}

// OutputExt is the extension of the output for the input at path ("-":
// standard input, whose output goes to standard output) in format f with n
// pages. A PDF gives .pdf; a document of several pages keeps its format: a
// TIFF gives .tif (or the input's .tiff). A single image keeps its file's image extension,
// as the tools always did (PNG when it has none, and always on standard
// output).
func OutputExt(f Format, path string, n int) string {
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case f == PDF:
		return ".pdf"
	case f == TIFF && path == "-" && n > 1:
		return ".tif"
	case path == "-":
		return ".png"
	case f == TIFF && ext != ".tiff":
		return ".tif"
	case !isImageExt(ext):
		return ".png"
	}
	return ext
}

// isImageExt reports whether ext names a single-image format that
// imageio.Encode writes.
func isImageExt(ext string) bool {
	switch ext {
	case ".png", ".jpg", ".jpeg", ".tif", ".tiff":
		return true
	}
	return false
}

// Encode writes pages in the format named by name's extension: PDF (raster
// pages of the input's page size, with the text layer), TIFF (any number of
// pages, each Deflate-compressed, with its resolution), or a single page as
// imageio.Encode writes it (PNG, JPEG).
func Encode(w io.Writer, name string, pages []OutPage) error {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return pdf.Write(w, pdfPages(pages))
	case ".tif", ".tiff":
		out := make([]tiffpages.OutPage, len(pages))
		for i, p := range pages {
			out[i] = tiffpages.OutPage{Image: p.Image, DPI: p.Info.DPI}
		}
		if err := tiffpages.Encode(w, out); err != nil {
			return fmt.Errorf("encode %s: %w", filepath.Base(name), err)
		}
		return nil
	}
	if len(pages) != 1 {
		return fmt.Errorf("encode %s: the format holds one page, not %d", filepath.Base(name), len(pages))
	}
	return imageio.Encode(w, name, pages[0].Image)
}

// WriteFile encodes pages to path atomically.
func WriteFile(path string, pages []OutPage) error {
	return atomicfile.Write(path, func(w io.Writer) error { return Encode(w, path, pages) })
}

// pdfPages are pages as pdf.Write takes them. A page without a size in
// points (one that was not a PDF page) is sized by its resolution, 72 dpi
// when it has none.
func pdfPages(pages []OutPage) []pdf.OutPage {
	out := make([]pdf.OutPage, len(pages))
	for i, p := range pages {
		words := make([]pdf.Word, len(p.Words))
		for k, w := range p.Words {
			words[k] = pdf.Word{Text: w.Text, Box: w.Box.Rect()}
		}
		out[i] = pdf.OutPage{Image: p.Image, WidthPt: p.Info.WidthPt, HeightPt: p.Info.HeightPt, Words: words}
		if p.Info.WidthPt <= 0 || p.Info.HeightPt <= 0 {
			dpi := p.Info.DPI
			if dpi <= 0 {
				dpi = 72
			}
			b := p.Image.Bounds()
			out[i].WidthPt, out[i].HeightPt = float64(b.Dx())*72/dpi, float64(b.Dy())*72/dpi
		}
	}
	return out
}
