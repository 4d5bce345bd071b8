// Package tiffpages reads and writes multi-page TIFF files.
// golang.org/x/image/tiff decodes only a file's first image and encodes one
// image per file; this package walks the chain of image file directories
// (IFDs) to find every page, decodes page k by showing that decoder the
// same bytes with the header pointing at IFD k (TIFF offsets are absolute,
// so nothing else changes), and writes several pages by chaining the IFDs
// of single-page encodings.
//
// Pages are the full-resolution images of the chain: an IFD marked as a
// reduced-resolution copy (a thumbnail, NewSubfileType bit 0) is skipped.
package tiffpages

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"io"
	"math"

	"golang.org/x/image/tiff"
)

// Sentinel errors, for errors.Is.
var (
	ErrMalformed    = errors.New("malformed TIFF")
	ErrNoPages      = errors.New("TIFF holds no page")
	ErrTooManyPages = errors.New("TIFF has more pages than the limit")
)

// TIFF tags and field types this package reads or rewrites.
const (
	tagNewSubfileType = 254
	tagStripOffsets   = 273
	tagXResolution    = 282
	tagYResolution    = 283
	tagResolutionUnit = 296
	tagTileOffsets    = 324

	typeShort    = 3
	typeLong     = 4
	typeRational = 5

	headerLen = 8
	entryLen  = 12
)

// typeSizes are the byte sizes of the TIFF field types 1..12.
var typeSizes = [...]int{0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8}

// Page is one page of a file: where its IFD starts and the resolution its
// tags give (0 when they give none).
type Page struct {
	IFD int64
	DPI float64
}

// File is a TIFF file's bytes and its pages.
type File struct {
	data  []byte
	order binary.ByteOrder
	Pages []Page
}

// Parse walks the IFD chain of data. It fails on a header that is not
// TIFF's, an offset outside the file, a chain that loops, a file with no
// page, and one with more than maxPages pages.
func Parse(data []byte, maxPages int) (*File, error) {
	f := &File{data: data}
	if len(data) < headerLen {
		return nil, fmt.Errorf("%w: %d bytes", ErrMalformed, len(data))
	}
	switch string(data[:4]) {
	case "II*\x00":
		f.order = binary.LittleEndian
	case "MM\x00*":
		f.order = binary.BigEndian
	default:
		return nil, fmt.Errorf("%w: not a TIFF header", ErrMalformed)
	}
	seen := map[int64]bool{}
	for off := int64(f.order.Uint32(data[4:8])); off != 0; {
		if seen[off] {
			return nil, fmt.Errorf("%w: the IFD chain loops at offset %d", ErrMalformed, off)
		}
		seen[off] = true
		ifd, err := f.readIFD(off)
		if err != nil {
			return nil, err
		}
		if ifd.reduced {
			off = ifd.next
			continue
		}
		if len(f.Pages) == maxPages {
			return nil, fmt.Errorf("%w of %d", ErrTooManyPages, maxPages)
		}
		f.Pages = append(f.Pages, Page{IFD: off, DPI: ifd.dpi})
		off = ifd.next
	}
	if len(f.Pages) == 0 {
		return nil, ErrNoPages
	}
	return f, nil
}

// ifdInfo is what Parse reads of one IFD.
type ifdInfo struct {
	next    int64
	reduced bool
	dpi     float64
}

// readIFD reads the IFD at off: its link to the next, whether it is a
// reduced-resolution copy, and its resolution.
func (f *File) readIFD(off int64) (ifdInfo, error) {
	var info ifdInfo
	if off < headerLen || off+2 > int64(len(f.data)) {
		return info, fmt.Errorf("%w: IFD offset %d is outside the file", ErrMalformed, off)
	}
	n := int64(f.order.Uint16(f.data[off:]))
	end := off + 2 + n*entryLen
	if end+4 > int64(len(f.data)) {
		return info, fmt.Errorf("%w: the IFD at offset %d runs past the end of the file", ErrMalformed, off)
	}
	var xres, unit float64 = 0, 2 // ResolutionUnit defaults to inches
	for e := off + 2; e < end; e += entryLen {
		ent := f.data[e : e+entryLen]
		switch f.order.Uint16(ent) {
		case tagNewSubfileType:
			info.reduced = f.integer(ent)&1 != 0
		case tagXResolution:
			xres = f.rational(ent)
		case tagResolutionUnit:
			unit = float64(f.integer(ent))
		}
	}
	switch unit {
	case 2:
		info.dpi = xres
	case 3:
		info.dpi = xres * 2.54
	}
	info.next = int64(f.order.Uint32(f.data[end:]))
	return info, nil
}

// integer is the first value of a SHORT or LONG entry (0 for other types).
func (f *File) integer(ent []byte) uint32 {
	switch f.order.Uint16(ent[2:]) {
	case typeShort:
		return uint32(f.order.Uint16(ent[8:]))
	case typeLong:
		return f.order.Uint32(ent[8:])
	}
	return 0
}

// rational is the value of a one-element RATIONAL entry (0 when the entry
// is not one or points outside the file).
func (f *File) rational(ent []byte) float64 {
	if f.order.Uint16(ent[2:]) != typeRational || f.order.Uint32(ent[4:]) != 1 {
		return 0
	}
	at := int64(f.order.Uint32(ent[8:]))
	if at+8 > int64(len(f.data)) {
		return 0
	}
	num, den := f.order.Uint32(f.data[at:]), f.order.Uint32(f.data[at+4:])
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// pageReader returns the file's bytes as the decoder should see them for
// page i: the same bytes with the header's first-IFD offset pointing at
// page i's IFD.
func (f *File) pageReader(i int) *io.SectionReader {
	var head [headerLen]byte
	copy(head[:], f.data)
	f.order.PutUint32(head[4:], uint32(f.Pages[i].IFD))
	return io.NewSectionReader(headed{data: f.data, head: head}, 0, int64(len(f.data)))
}

// headed reads data with its first bytes replaced by head.
type headed struct {
	data []byte
	head [headerLen]byte
}

func (h headed) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || off >= int64(len(h.data)) {
		return 0, io.EOF
	}
	n := copy(p, h.data[off:])
	if off < headerLen {
		copy(p, h.head[off:])
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// Config reads page i's size and colour model without decoding it.
func (f *File) Config(i int) (image.Config, error) {
	cfg, err := tiff.DecodeConfig(f.pageReader(i))
	if err != nil {
		return cfg, fmt.Errorf("TIFF page %d: %w", i+1, err)
	}
	return cfg, nil
}

// Decode decodes page i. It is safe to call for several pages at once.
func (f *File) Decode(i int) (image.Image, error) {
	img, err := tiff.Decode(f.pageReader(i))
	if err != nil {
		return nil, fmt.Errorf("TIFF page %d: %w", i+1, err)
	}
	return img, nil
}

// OutPage is one page to write and its resolution (0: leave x/image/tiff's
// 72 dpi).
type OutPage struct {
	Image image.Image
	DPI   float64
}

// Encode writes pages as one TIFF file, each page Deflate-compressed as
// x/image/tiff encodes it (a single page gives that encoder's bytes, with
// the resolution set).
func Encode(w io.Writer, pages []OutPage) error {
	if len(pages) == 0 {
		return errors.New("tiff: no pages to write")
	}
	var out bytes.Buffer
	var lastNext int64 = 4 // where the previous IFD's link (or the header's) is
	for i, p := range pages {
		var one bytes.Buffer
		if err := tiff.Encode(&one, p.Image, &tiff.Options{Compression: tiff.Deflate}); err != nil {
			return fmt.Errorf("tiff page %d: %w", i+1, err)
		}
		b := one.Bytes()
		if i == 0 {
			out.Write(b[:headerLen])
		}
		if out.Len()%2 == 1 {
			out.WriteByte(0) // IFDs start on a word boundary
		}
		shift := int64(out.Len() - headerLen)
		if int64(out.Len())+int64(len(b)) > math.MaxUint32 {
			return fmt.Errorf("tiff: %d pages are over the 4 GiB a TIFF file can hold", len(pages))
		}
		ifd, err := relocate(b, shift, p.DPI)
		if err != nil {
			return fmt.Errorf("tiff page %d: %w", i+1, err)
		}
		out.Write(b[headerLen:])
		binary.LittleEndian.PutUint32(out.Bytes()[lastNext:], uint32(ifd))
		lastNext = ifd + 2 + int64(binary.LittleEndian.Uint16(out.Bytes()[ifd:]))*entryLen
	}
	if _, err := out.WriteTo(w); err != nil {
		return fmt.Errorf("write tiff: %w", err)
	}
	return nil
}

// relocate rewrites the single-image encoding b (from x/image/tiff, little
// endian) for a place shift bytes further into a file: every offset in its
// IFD moves by shift, and its resolution is set to dpi when dpi > 0. It
// returns the IFD's offset in the file.
func relocate(b []byte, shift int64, dpi float64) (int64, error) {
	le := binary.LittleEndian
	ifd := int64(le.Uint32(b[4:]))
	if ifd+2 > int64(len(b)) {
		return 0, fmt.Errorf("%w: encoder's IFD offset %d", ErrMalformed, ifd)
	}
	n := int64(le.Uint16(b[ifd:]))
	if ifd+2+n*entryLen+4 > int64(len(b)) {
		return 0, fmt.Errorf("%w: encoder's IFD is cut short", ErrMalformed)
	}
	for e := ifd + 2; e < ifd+2+n*entryLen; e += entryLen {
		ent := b[e : e+entryLen]
		tag, typ, count := le.Uint16(ent), int(le.Uint16(ent[2:])), int64(le.Uint32(ent[4:]))
		if typ <= 0 || typ >= len(typeSizes) {
			return 0, fmt.Errorf("%w: field type %d", ErrMalformed, typ)
		}
		size := count * int64(typeSizes[typ])
		vals := ent[8:12] // the values, or where they are
		if size > 4 {
			at := int64(le.Uint32(vals))
			if at+size > int64(len(b)) {
				return 0, fmt.Errorf("%w: tag %d's values are outside the image", ErrMalformed, tag)
			}
			if (tag == tagXResolution || tag == tagYResolution) && dpi > 0 {
				num, den := rationalOf(dpi)
				le.PutUint32(b[at:], num)
				le.PutUint32(b[at+4:], den)
			}
			vals = b[at : at+size]
			le.PutUint32(ent[8:], uint32(at+shift))
		}
		if tag == tagStripOffsets || tag == tagTileOffsets {
			if typ != typeLong {
				return 0, fmt.Errorf("%w: tag %d is not LONG", ErrMalformed, tag)
			}
			for k := int64(0); k < size; k += 4 {
				le.PutUint32(vals[k:], uint32(int64(le.Uint32(vals[k:]))+shift))
			}
		}
		if tag == tagResolutionUnit && dpi > 0 {
			le.PutUint16(ent[8:], 2) // inches
		}
	}
	return ifd + shift, nil
}

// rationalOf writes dpi as a fraction with denominator 100, reduced.
func rationalOf(dpi float64) (num, den uint32) {
	num, den = uint32(math.Round(dpi*100)), 100
	for a, b := num, den; ; {
		if b == 0 {
			return num / a, den / a
		}
		a, b = b, a%b
	}
}
