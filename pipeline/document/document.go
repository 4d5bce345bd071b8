// Package document opens an input of any accepted format, recognised by its
// content rather than its name, as a list of pages, and writes a list of
// pages back in the format an output's name asks for. A PNG or JPEG file
// is one page; a TIFF file is as many pages as its chain of images; a PDF
// is its pages rasterized (pipeline/pdf).
//
// Each format is one entry of the formats table: how to recognise its
// bytes and how to open them.
package document

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"path/filepath"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/tiffpages"
)

// Format names an input's format.
type Format string

// The accepted formats.
const (
	PNG  Format = "png"
	JPEG Format = "jpeg"
	TIFF Format = "tiff"
	PDF  Format = "pdf"
)

// Defaults of Options: the pages of one document, and the resolution
// born-digital PDF pages are rendered at.
const (
	DefaultMaxPages = pdf.DefaultMaxPages
	DefaultDPI      = pdf.DefaultDPI
)

// Extensions are the input file extensions the tools accept (lower case);
// a folder contributes the files with one of them.
var Extensions = []string{".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf"}

// Supported reports whether a path has an accepted extension.
func Supported(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if e == ext {
			return true
		}
	}
	return false
}

// Options bound what Open accepts. Zero values mean the defaults.
type Options struct {
	// MaxPixels bounds each page's width*height (imageio's default).
	MaxPixels int
	// MaxPages bounds a document's pages (DefaultMaxPages).
	MaxPages int
	// DPI is the resolution born-digital PDF pages are rendered at
	// (DefaultDPI); scanned pages keep their image's own.
	DPI float64
}

func (o Options) withDefaults() Options {
	if o.MaxPixels <= 0 {
		o.MaxPixels = imageio.DefaultMaxPixels
	}
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	return o
}

// PageInfo is what an output keeps of an input page beside its pixels.
type PageInfo struct {
	// DPI is the page's resolution (0: unknown).
	DPI float64
	// WidthPt and HeightPt are a PDF page's size in points (0 for images).
	WidthPt, HeightPt float64
}

// pageSource is an opened document's pages.
type pageSource interface {
	NumPages() int
	Page(ctx context.Context, i int) (image.Image, PageInfo, error)
	Close() error
}

// Document is an opened input. Page may be called for several pages at
// once.
type Document struct {
	Format Format
	pageSource
}

// format is an accepted format: how to recognise its bytes and open them.
type format struct {
	name  Format
	sniff func(data []byte) bool
	open  func(data []byte, o Options) (pageSource, error)
}

var formats = []format{
	{PNG, prefix("\x89PNG\r\n\x1a\n"), openImage},
	{JPEG, prefix("\xff\xd8\xff"), openImage},
	{TIFF, func(d []byte) bool { return prefix("II*\x00")(d) || prefix("MM\x00*")(d) }, openTIFF},
	// Last: a PDF's marker may be anywhere in its first 1024 bytes.
	{PDF, pdf.Sniff, openPDF},
}

func prefix(magic string) func([]byte) bool {
	return func(data []byte) bool { return bytes.HasPrefix(data, []byte(magic)) }
}

// Open recognises data's format and opens it, checking the limits of o:
// the page count and, for every page whose size is known before it is
// decoded, the pixel limit.
func Open(data []byte, o Options) (*Document, error) {
	f, err := sniff(data)
	if err != nil {
		return nil, err
	}
	src, err := f.open(data, o.withDefaults())
	if err != nil {
		return nil, err
	}
	return &Document{Format: f.name, pageSource: src}, nil
}

// Sniff names data's format by its content (without decoding it), or
// returns ErrUnsupported.
func Sniff(data []byte) (Format, error) {
	f, err := sniff(data)
	if err != nil {
		return "", err
	}
	return f.name, nil
}

func sniff(data []byte) (*format, error) {
	for i := range formats {
		if formats[i].sniff(data) {
			return &formats[i], nil
		}
	}
	return nil, ErrUnsupported
}

// ErrUnsupported is the error of Open for data of no accepted format.
var ErrUnsupported error = unsupportedError{}

// unsupportedError names the accepted formats.
type unsupportedError struct{}

func (unsupportedError) Error() string { return fmt.Sprintf("not a %s file", formatNames()) }

// Read reads an input file ("-" is standard input) and opens it.
func Read(path string, o Options) (*Document, error) {
	data, err := imageio.ReadInput(path)
	if err != nil {
		return nil, err
	}
	return Open(data, o)
}

// formatNames lists the accepted formats for an error message.
func formatNames() string {
	var names []string
	for _, f := range formats {
		names = append(names, strings.ToUpper(string(f.name)))
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// single is a document of one page decoded at open.
type single struct{ img image.Image }

func openImage(data []byte, o Options) (pageSource, error) {
	img, _, err := imageio.Decode(data, o.MaxPixels)
	if err != nil {
		return nil, err
	}
	return single{img}, nil
}

func (s single) NumPages() int { return 1 }

func (s single) Page(ctx context.Context, i int) (image.Image, PageInfo, error) {
	if i != 0 {
		return nil, PageInfo{}, fmt.Errorf("page %d of 1", i+1)
	}
	return s.img, PageInfo{}, nil
}

func (s single) Close() error { return nil }

// tiffDoc is a TIFF file's pages, decoded on demand.
type tiffDoc struct{ f *tiffpages.File }

func openTIFF(data []byte, o Options) (pageSource, error) {
	f, err := tiffpages.Parse(data, o.MaxPages)
	if err != nil {
		return nil, err
	}
	for i := range f.Pages {
		cfg, err := f.Config(i)
		if err != nil {
			return nil, err
		}
		if err := checkPixels(cfg.Width, cfg.Height, o.MaxPixels); err != nil {
			return nil, fmt.Errorf("TIFF page %d: %w", i+1, err)
		}
	}
	return tiffDoc{f}, nil
}

// checkPixels refuses a page over the pixel limit, as imageio.Decode does.
func checkPixels(w, h, maxPixels int) error {
	if w <= 0 || h <= 0 {
		return fmt.Errorf("page has no pixels (%dx%d)", w, h)
	}
	if int64(w)*int64(h) > int64(maxPixels) {
		return fmt.Errorf("%w: %dx%d is over %d pixels", imageio.ErrTooLarge, w, h, maxPixels)
	}
	return nil
}

func (t tiffDoc) NumPages() int { return len(t.f.Pages) }

func (t tiffDoc) Page(ctx context.Context, i int) (image.Image, PageInfo, error) {
	if err := ctx.Err(); err != nil {
		return nil, PageInfo{}, err
	}
	img, err := t.f.Decode(i)
	return img, PageInfo{DPI: t.f.Pages[i].DPI}, err
}

func (t tiffDoc) Close() error { return nil }

// pdfDoc is a PDF's pages, rasterized on demand.
type pdfDoc struct{ d *pdf.Doc }

func openPDF(data []byte, o Options) (pageSource, error) {
	d, err := pdf.Open(data, pdf.ReadOptions{DPI: o.DPI, MaxPages: o.MaxPages, MaxPixels: o.MaxPixels})
	if err != nil {
		return nil, err
	}
	return pdfDoc{d}, nil
}

func (p pdfDoc) NumPages() int { return p.d.NumPages() }

func (p pdfDoc) Page(ctx context.Context, i int) (image.Image, PageInfo, error) {
	img, info, err := p.d.Page(ctx, i)
	return img, PageInfo{DPI: info.DPI, WidthPt: info.WidthPt, HeightPt: info.HeightPt}, err
}

func (p pdfDoc) Close() error { return p.d.Close() }
