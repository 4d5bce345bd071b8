package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"sort"
	"strings"
)

// jpegQuality is used for continuous-tone pages. Scanned input is usually
// JPEG already; this quality keeps the re-encoded page within the size budget
// of docs/pdf.md while the text stays legible.
const jpegQuality = 80

// maxPalette is the most distinct colours a page may have to be stored as an
// indexed (palette) image.
const maxPalette = 256

// imageStream is a page raster encoded as a PDF image XObject.
type imageStream struct {
	dict string // dictionary entries, without /Length
	data []byte
}

// encodeImage picks the encoding of a page raster by content: pages with few
// colours (bilevel, flat synthetic pages) are stored lossless as an indexed
// image; other gray or colour pages are encoded both lossless (Flate) and as
// JPEG, and the smaller one is kept, so clean pages stay lossless and scans
// and photographs do not grow.
func encodeImage(img image.Image) (imageStream, error) {
	gray, rgb := flatten(img)
	var flat image.Image = rgb
	if gray != nil {
		flat = gray
	}
	if pal := palette(gray, rgb); pal != nil {
		return flateImage(toPaletted(flat, pal))
	}
	lossless, err := flateImage(flat)
	if err != nil {
		return imageStream{}, err
	}
	lossy, err := jpegImage(flat, gray != nil)
	if err != nil {
		return imageStream{}, err
	}
	if len(lossy.data) < len(lossless.data) {
		return lossy, nil
	}
	return lossless, nil
}

// flatten copies img onto a white background, as *image.Gray when every
// pixel is gray and as an opaque *image.RGBA otherwise (the other is nil).
func flatten(img image.Image) (*image.Gray, *image.RGBA) {
	if g, ok := img.(*image.Gray); ok && g.Rect.Min == (image.Point{}) && g.Stride == g.Rect.Dx() {
		return g, nil
	}
	b := img.Bounds()
	rgb := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgb, rgb.Rect, image.White, image.Point{}, draw.Src)
	draw.Draw(rgb, rgb.Rect, img, b.Min, draw.Over)
	isGray := true
	for i := 0; i < len(rgb.Pix) && isGray; i += 4 {
		isGray = rgb.Pix[i] == rgb.Pix[i+1] && rgb.Pix[i+1] == rgb.Pix[i+2]
	}
	if !isGray {
		return nil, rgb
	}
	gray := image.NewGray(rgb.Rect)
	for i := range gray.Pix {
		gray.Pix[i] = rgb.Pix[4*i]
	}
	return gray, nil
}

// palette returns the distinct colours of a page, sorted, when there are at
// most 16 gray levels or maxPalette colours; nil otherwise. Gray pages with
// more levels are anti-aliased or scanned and compress as well without one.
func palette(gray *image.Gray, rgb *image.RGBA) color.Palette {
	seen := map[color.RGBA]bool{}
	limit := maxPalette
	if gray != nil {
		limit = 16
		var levels [256]bool
		for _, v := range gray.Pix {
			levels[v] = true
		}
		for v, ok := range levels {
			if ok {
				seen[color.RGBA{uint8(v), uint8(v), uint8(v), 0xff}] = true
			}
		}
	} else {
		for i := 0; i < len(rgb.Pix) && len(seen) <= limit; i += 4 {
			seen[color.RGBA{rgb.Pix[i], rgb.Pix[i+1], rgb.Pix[i+2], 0xff}] = true
		}
	}
	if len(seen) > limit {
		return nil
	}
	cols := make([]color.RGBA, 0, len(seen))
	for c := range seen {
		cols = append(cols, c)
	}
	sort.Slice(cols, func(i, j int) bool {
		a, b := cols[i], cols[j]
		return a.R < b.R || a.R == b.R && (a.G < b.G || a.G == b.G && a.B < b.B)
	})
	pal := make(color.Palette, len(cols))
	for i, c := range cols {
		pal[i] = c
	}
	return pal
}

// toPaletted maps every pixel of img (*image.Gray or *image.RGBA) to its
// exact entry in pal.
func toPaletted(img image.Image, pal color.Palette) *image.Paletted {
	index := make(map[color.RGBA]uint8, len(pal))
	for i, c := range pal {
		index[c.(color.RGBA)] = uint8(i)
	}
	b := img.Bounds()
	out := image.NewPaletted(b, pal)
	switch src := img.(type) {
	case *image.Gray:
		var lut [256]uint8
		for v := range lut {
			lut[v] = index[color.RGBA{uint8(v), uint8(v), uint8(v), 0xff}]
		}
		for i, v := range src.Pix {
			out.Pix[i] = lut[v]
		}
	case *image.RGBA:
		for i := range out.Pix {
			p := src.Pix[4*i : 4*i+3]
			out.Pix[i] = index[color.RGBA{p[0], p[1], p[2], 0xff}]
		}
	}
	return out
}

// flateImage encodes img losslessly. The PNG encoder does the work: a PNG's
// IDAT data is exactly a Flate stream with PNG predictors, which PDF reads
// with /Predictor 15.
func flateImage(img image.Image) (imageStream, error) {
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, img); err != nil {
		return imageStream{}, fmt.Errorf("encode page image: %w", err)
	}
	hdr, plte, idat, err := pngChunks(buf.Bytes())
	if err != nil {
		return imageStream{}, err
	}
	w, h := binary.BigEndian.Uint32(hdr[0:4]), binary.BigEndian.Uint32(hdr[4:8])
	bits, colorType := int(hdr[8]), hdr[9]
	var cs string
	colors := 1
	switch colorType {
	case 0:
		cs = "/DeviceGray"
	case 2:
		cs, colors = "/DeviceRGB", 3
	case 3:
		cs = fmt.Sprintf("[/Indexed /DeviceRGB %d <%X>]", len(plte)/3-1, plte)
	default:
		return imageStream{}, fmt.Errorf("encode page image: unexpected PNG colour type %d", colorType)
	}
	dict := fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent %d "+
		"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent %d /Columns %d >>",
		w, h, cs, bits, colors, bits, w)
	return imageStream{dict: dict, data: idat}, nil
}

var errPNG = errors.New("encode page image: malformed PNG from encoder")

// pngChunks returns the IHDR and PLTE chunk data and the concatenated IDAT
// data of a PNG file.
func pngChunks(b []byte) (hdr, plte, idat []byte, err error) {
	if len(b) < 8 {
		return nil, nil, nil, errPNG
	}
	for b = b[8:]; len(b) >= 12; {
		n := int(binary.BigEndian.Uint32(b))
		if n < 0 || len(b) < 12+n {
			return nil, nil, nil, errPNG
		}
		data := b[8 : 8+n]
		switch string(b[4:8]) {
		case "IHDR":
			hdr = data
		case "PLTE":
			plte = data
		case "IDAT":
			idat = append(idat, data...)
		}
		b = b[12+n:]
	}
	if len(hdr) != 13 || len(idat) == 0 {
		return nil, nil, nil, errPNG
	}
	return hdr, plte, idat, nil
}

// jpegImage encodes img (*image.Gray or opaque *image.RGBA) as baseline JPEG.
func jpegImage(img image.Image, gray bool) (imageStream, error) {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: jpegQuality}); err != nil {
		return imageStream{}, fmt.Errorf("encode page image: %w", err)
	}
	cs := "/DeviceRGB"
	if gray {
		cs = "/DeviceGray"
	}
	b := img.Bounds()
	dict := strings.Join([]string{"/Type /XObject /Subtype /Image",
		fmt.Sprintf("/Width %d /Height %d /ColorSpace %s", b.Dx(), b.Dy(), cs),
		"/BitsPerComponent 8 /Filter /DCTDecode"}, " ")
	return imageStream{dict: dict, data: buf.Bytes()}, nil
}
