package tiffpages

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"strings"
	"testing"

	"golang.org/x/image/tiff"
)

// pages are three pages of different sizes and colour models.
func pages() []image.Image {
	g := image.NewGray(image.Rect(0, 0, 41, 30))
	for i := range g.Pix {
		g.Pix[i] = uint8(i * 7)
	}
	c := image.NewRGBA(image.Rect(0, 0, 20, 55))
	for i := range c.Pix {
		c.Pix[i] = uint8(i*13) | 0x0f
	}
	for i := 3; i < len(c.Pix); i += 4 {
		c.Pix[i] = 255
	}
	w := image.NewGray(image.Rect(0, 0, 64, 64))
	draw.Draw(w, w.Bounds(), image.NewUniform(color.Gray{200}), image.Point{}, draw.Src)
	return []image.Image{g, c, w}
}

func encode(t *testing.T, imgs []image.Image, dpi float64) []byte {
	t.Helper()
	var out []OutPage
	for _, im := range imgs {
		out = append(out, OutPage{Image: im, DPI: dpi})
	}
	var b bytes.Buffer
	if err := Encode(&b, out); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}

// Pages written together read back one by one, in order, pixel for pixel,
// with their resolution.
func TestRoundTrip(t *testing.T) {
	in := pages()
	data := encode(t, in, 300)
	f, err := Parse(data, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Pages) != len(in) {
		t.Fatalf("%d pages, want %d", len(f.Pages), len(in))
	}
	for i, want := range in {
		cfg, err := f.Config(i)
		if err != nil || cfg.Width != want.Bounds().Dx() || cfg.Height != want.Bounds().Dy() {
			t.Fatalf("page %d config %+v %v", i, cfg, err)
		}
		got, err := f.Decode(i)
		if err != nil {
			t.Fatal(err)
		}
		if !samePixels(got, want) {
			t.Errorf("page %d pixels differ", i)
		}
		if f.Pages[i].DPI != 300 {
			t.Errorf("page %d at %v dpi, want 300", i, f.Pages[i].DPI)
		}
	}
	// The standard decoder sees the first page.
	first, err := tiff.Decode(bytes.NewReader(data))
	if err != nil || !samePixels(first, in[0]) {
		t.Errorf("x/image/tiff reads another first page: %v", err)
	}
}

// One page without a resolution is exactly x/image/tiff's encoding.
func TestSinglePageIsTheStandardEncoding(t *testing.T) {
	img := pages()[1]
	var want bytes.Buffer
	if err := tiff.Encode(&want, img, &tiff.Options{Compression: tiff.Deflate}); err != nil {
		t.Fatal(err)
	}
	if got := encode(t, []image.Image{img}, 0); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("single page: %d bytes differ from x/image/tiff's %d", len(got), want.Len())
	}
	f, err := Parse(encode(t, []image.Image{img}, 199.5), 1)
	if err != nil || f.Pages[0].DPI != 199.5 {
		t.Errorf("resolution: %+v %v", f, err)
	}
}

// linkOf is where the IFD chain's link after page i's IFD is.
func linkOf(f *File, i int) int64 {
	ifd := f.Pages[i].IFD
	return ifd + 2 + int64(binary.LittleEndian.Uint16(f.data[ifd:]))*entryLen
}

func TestParseErrors(t *testing.T) {
	good := encode(t, pages(), 0)
	f, err := Parse(good, 3)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(fn func(b []byte)) []byte {
		b := bytes.Clone(good)
		fn(b)
		return b
	}
	le := binary.LittleEndian
	cases := map[string]struct {
		data []byte
		max  int
		want error
	}{
		"short":      {good[:5], 10, ErrMalformed},
		"not tiff":   {[]byte("%PDF-1.7 not a tiff at all"), 10, ErrMalformed},
		"no ifd":     {edit(func(b []byte) { le.PutUint32(b[4:], 0) }), 10, ErrNoPages},
		"outside":    {edit(func(b []byte) { le.PutUint32(b[4:], uint32(len(b)+100)) }), 10, ErrMalformed},
		"cut":        {good[:f.Pages[2].IFD+20], 10, ErrMalformed},
		"loop":       {edit(func(b []byte) { le.PutUint32(b[linkOf(f, 2):], uint32(f.Pages[1].IFD)) }), 10, ErrMalformed},
		"self loop":  {edit(func(b []byte) { le.PutUint32(b[linkOf(f, 0):], uint32(f.Pages[0].IFD)) }), 10, ErrMalformed},
		"over limit": {good, 2, ErrTooManyPages},
	}
	for name, c := range cases {
		if _, err := Parse(c.data, c.max); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}

// An IFD marked as a reduced-resolution copy is not a page.
func TestThumbnailIsNotAPage(t *testing.T) {
	data := encode(t, pages(), 0)
	f, _ := Parse(data, 3)
	// Page 1's first entry (ImageWidth 20) becomes NewSubfileType 1.
	ent := data[f.Pages[1].IFD+2:]
	binary.LittleEndian.PutUint16(ent, tagNewSubfileType)
	binary.LittleEndian.PutUint16(ent[8:], 1)
	g, err := Parse(data, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Pages) != 2 || g.Pages[1].IFD != f.Pages[2].IFD {
		t.Errorf("pages %+v, want pages 0 and 2", g.Pages)
	}
}

// A broken page fails alone, naming its number.
func TestDecodeBrokenPage(t *testing.T) {
	data := encode(t, pages(), 0)
	f, _ := Parse(data, 3)
	// Page 3's Compression becomes an unknown scheme.
	le := binary.LittleEndian
	ifd := f.Pages[2].IFD
	for e := ifd + 2; e < linkOf(f, 2); e += entryLen {
		if le.Uint16(data[e:]) == 259 {
			le.PutUint16(data[e+8:], 99)
		}
	}
	if _, err := f.Decode(0); err != nil {
		t.Errorf("page 1: %v", err)
	}
	if _, err := f.Decode(2); err == nil || !strings.Contains(err.Error(), "page 3") {
		t.Errorf("broken page 3: %v", err)
	}
}

// bigEndian builds a big-endian baseline TIFF of grey pages, uncompressed,
// each at dpi, as another writer than x/image/tiff would.
func bigEndian(pages []*image.Gray, dpi uint32) []byte {
	be := binary.BigEndian
	b := []byte("MM\x00*\x00\x00\x00\x00")
	link := 4
	for _, p := range pages {
		w, h := p.Bounds().Dx(), p.Bounds().Dy()
		data := len(b)
		b = append(b, p.Pix...)
		res := len(b)
		b = be.AppendUint32(be.AppendUint32(b, dpi), 1)
		if len(b)%2 == 1 {
			b = append(b, 0)
		}
		be.PutUint32(b[link:], uint32(len(b)))
		entries := [][3]uint32{ // tag, type, value
			{256, typeShort, uint32(w)}, {257, typeShort, uint32(h)}, {258, typeShort, 8}, {259, typeShort, 1},
			{262, typeShort, 1}, {273, typeLong, uint32(data)}, {277, typeShort, 1}, {278, typeShort, uint32(h)},
			{279, typeLong, uint32(w * h)}, {282, typeRational, uint32(res)}, {283, typeRational, uint32(res)}, {296, typeShort, 2},
		}
		b = be.AppendUint16(b, uint16(len(entries)))
		for _, e := range entries {
			b = be.AppendUint16(be.AppendUint16(b, uint16(e[0])), uint16(e[1]))
			b = be.AppendUint32(b, 1)
			if e[1] == typeShort {
				b = be.AppendUint32(b, e[2]<<16)
			} else {
				b = be.AppendUint32(b, e[2])
			}
		}
		link = len(b)
		b = be.AppendUint32(b, 0)
	}
	return b
}

// A big-endian file from another writer reads page by page, with its
// resolution.
func TestBigEndian(t *testing.T) {
	a, c := pages()[0].(*image.Gray), pages()[2].(*image.Gray)
	f, err := Parse(bigEndian([]*image.Gray{a, c}, 200), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Pages) != 2 || f.Pages[1].DPI != 200 {
		t.Fatalf("pages %+v", f.Pages)
	}
	for i, want := range []image.Image{a, c} {
		got, err := f.Decode(i)
		if err != nil || !samePixels(got, want) {
			t.Errorf("page %d: %v", i+1, err)
		}
	}
}
