package pdf

import (
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"sync/atomic"

	"github.com/klippa-app/go-pdfium/requests"

	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
)

// ReadOptions bound what Open accepts and set the render resolution.
type ReadOptions struct {
	DPI       float64 // render resolution of born-digital pages; 0 means DefaultDPI
	MaxPages  int     // 0 means DefaultMaxPages; more pages is ErrTooManyPages
	MaxPixels int     // width*height limit of a rendered page; 0 means imageio.DefaultMaxPixels
}

// Defaults of ReadOptions.
const (
	DefaultDPI      = 300
	DefaultMaxPages = 500
)

// maxDPI bounds ReadOptions.DPI; the pixel limit bounds the result anyway.
const maxDPI = 2400

func (o ReadOptions) withDefaults() (ReadOptions, error) {
	if o.DPI == 0 {
		o.DPI = DefaultDPI
	}
	if !(o.DPI > 0 && o.DPI <= maxDPI) || o.MaxPages < 0 || o.MaxPixels < 0 {
		return o, fmt.Errorf("invalid PDF read options (DPI %g, max pages %d, max pixels %d)", o.DPI, o.MaxPages, o.MaxPixels)
	}
	if o.MaxPages == 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.MaxPixels == 0 {
		o.MaxPixels = imageio.DefaultMaxPixels
	}
	return o, nil
}

// Doc is an opened PDF. Its pages are rendered on demand, concurrently if
// called so: each Page call loads the document into a PDFium instance of its
// own from the shared pool.
type Doc struct {
	data   []byte
	opts   ReadOptions
	sizes  [][2]float64 // page width and height in points, as displayed
	closed atomic.Bool
}

// PageInfo describes how a page was rasterized.
type PageInfo struct {
	WidthPt, HeightPt float64 // page size in points, after /Rotate, as displayed
	DPI               float64 // resolution the page was rasterized at
	Scanned           bool    // the page is one image, rasterized at that image's resolution
}

// Open checks a PDF up front: readable, not encrypted (a document with any
// security handler is refused, even when it opens without a password), at
// least one and at most MaxPages pages, and every page within MaxPixels at
// the render DPI. A scanned page rendered at its image's own resolution is
// checked again by Page. Open keeps data; it must not change until Close.
func Open(data []byte, o ReadOptions) (*Doc, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	if !Sniff(data) {
		return nil, fmt.Errorf("open PDF: %w: no %%PDF- header", ErrMalformed)
	}
	s, err := openSession(context.Background(), data)
	if err != nil {
		return nil, fmt.Errorf("open PDF: %w", err)
	}
	defer s.close()
	sizes, err := s.check(o)
	if err != nil {
		return nil, fmt.Errorf("open PDF: %w", err)
	}
	return &Doc{data: data, opts: o, sizes: sizes}, nil
}

// check applies Open's checks to the loaded document and returns the page sizes.
func (s *session) check(o ReadOptions) ([][2]float64, error) {
	sec, err := s.inst.FPDF_GetSecurityHandlerRevision(&requests.FPDF_GetSecurityHandlerRevision{Document: s.doc})
	if err != nil {
		return nil, fmt.Errorf("PDFium: %w", err)
	}
	if sec.SecurityHandlerRevision != -1 {
		return nil, ErrEncrypted
	}
	count, err := s.inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: s.doc})
	if err != nil {
		return nil, fmt.Errorf("PDFium: %w", err)
	}
	switch n := count.PageCount; {
	case n <= 0:
		return nil, ErrNoPages
	case n > o.MaxPages:
		return nil, fmt.Errorf("%w: %d pages, over the limit of %d", ErrTooManyPages, n, o.MaxPages)
	}
	sizes := make([][2]float64, count.PageCount)
	for i := range sizes {
		sz, err := s.inst.FPDF_GetPageSizeByIndexF(&requests.FPDF_GetPageSizeByIndexF{Document: s.doc, Index: i})
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, ErrMalformed)
		}
		w, h := float64(sz.Size.Width), float64(sz.Size.Height)
		if !(w > 0 && h > 0) {
			return nil, fmt.Errorf("page %d: %w: empty page box", i+1, ErrMalformed)
		}
		if err := checkPixels(pixelSize(w, h, o.DPI), o.MaxPixels); err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
		sizes[i] = [2]float64{w, h}
	}
	return sizes, nil
}

// pixelSize is the raster size of a page of w x h points at dpi.
func pixelSize(w, h, dpi float64) image.Point {
	return image.Pt(int(math.Round(w*dpi/72)), int(math.Round(h*dpi/72)))
}

func checkPixels(p image.Point, maxPixels int) error {
	if p.X < 1 || p.Y < 1 {
		return fmt.Errorf("%w: page renders to %dx%d pixels", ErrMalformed, p.X, p.Y)
	}
	if int64(p.X)*int64(p.Y) > int64(maxPixels) {
		return fmt.Errorf("%w: page renders to %dx%d, over %d pixels", ErrTooLarge, p.X, p.Y, maxPixels)
	}
	return nil
}

// NumPages is the number of pages.
func (d *Doc) NumPages() int { return len(d.sizes) }

// Page rasterizes page i (from 0) on white. It is safe for concurrent use;
// cancelling ctx abandons a render in progress.
func (d *Doc) Page(ctx context.Context, i int) (image.Image, PageInfo, error) {
	if d.closed.Load() {
		return nil, PageInfo{}, errors.New("PDF page: document is closed")
	}
	if i < 0 || i >= len(d.sizes) {
		return nil, PageInfo{}, fmt.Errorf("PDF page %d: out of range 1..%d", i+1, len(d.sizes))
	}
	s, err := openSession(ctx, d.data)
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("PDF page %d: %w", i+1, err)
	}
	defer s.close()
	img, info, err := s.render(i, d.sizes[i], d.opts)
	if err != nil {
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return nil, PageInfo{}, fmt.Errorf("PDF page %d: %w", i+1, err)
	}
	return img, info, nil
}

// Close releases the document; Page fails afterwards. It is idempotent.
func (d *Doc) Close() error {
	d.closed.Store(true)
	return nil
}
