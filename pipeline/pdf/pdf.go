// Package pdf reads PDF pages as rasters and writes PDFs whose pages are
// rasters only.
//
// Reading uses PDFium compiled to WebAssembly (go-pdfium's webassembly
// package on the wazero runtime): no cgo, nothing to install, a BSD/Apache
// licence, and a crash or runaway allocation inside PDFium stays in the
// WebAssembly sandbox and comes back as an error. MuPDF would render as well
// but is AGPL. The module is compiled once per process, on first use, and its
// instances are shared by all documents.
//
// A page that is one image covering the page (a scan, possibly with an
// invisible OCR text layer) is rasterized at that image's own resolution, so
// its pixels come back without resampling; any other page is rendered at
// ReadOptions.DPI. Pages are rendered on white, with annotations that have an
// appearance; form widgets are not drawn.
//
// Writing does not modify the input: Write builds a new file from the rasters
// alone (one image per page, an optional invisible text layer and an Info
// dictionary naming the producer), so no text, metadata, annotation, form,
// outline, attachment or script of the input can be carried over.
package pdf

import (
	"bytes"
	"errors"

	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
)

// Errors of Open and Page, to be matched with errors.Is. Their messages and
// the messages that wrap them never hold text of the document.
var (
	ErrEncrypted    = errors.New("PDF is encrypted or password protected")
	ErrNoPages      = errors.New("PDF has no pages")
	ErrTooManyPages = errors.New("PDF has too many pages")
	ErrMalformed    = errors.New("not a readable PDF (broken cross-reference table, truncated or not a PDF)")
	// ErrTooLarge is imageio's pixel-limit error, so that callers handle a
	// large page and a large image alike.
	ErrTooLarge = imageio.ErrTooLarge
)

// Producer is the only entry of the Info dictionary of a written PDF.
const Producer = "anonymizer"

// Sniff reports whether data starts like a PDF: the "%PDF-" marker within
// the first 1024 bytes, where readers look for it.
func Sniff(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
}
