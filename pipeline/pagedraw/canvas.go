// Package pagedraw draws synthetic document pages with exact ground truth.
// A Canvas records, for every pixel, the ink coverage, the ink level and
// its owner: paper, graphics (rules, frames, marks) or one drawn word. Text
// goes through Styles (a face at one size with its ink) and Tokens (words
// of which a byte range belongs to a span, such as a personal value);
// graphics through rules, frames, check boxes and anti-aliased strokes.
// Blur3 and Speck degrade a rendered page like a scan.
//
// The packages that compose pages (synthdoc, corpus) rasterise words their
// own way and lay the ink with Place, which keeps word boxes disjoint and
// clear of graphics.
package pagedraw

import (
	"errors"
	"fmt"
	"image"

	"golang.org/x/image/font"

	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
)

// MinInk is the smallest coverage (of 255) that is drawn. Fainter
// anti-aliasing is dropped, so that every pixel a word owns visibly changes
// the page and a word's box is the tight box of its visible ink.
const MinInk = 8

// ErrLayout marks a page whose words did not fit or collided.
var ErrLayout = errors.New("layout")

// Canvas is a page being drawn. Owner is 0 for paper, -1 for graphics and
// i+1 for the i-th word placed.
type Canvas struct {
	W, H  int
	Cov   []uint8 // ink coverage
	Ink   []uint8 // grey level of the ink
	Owner []int32
	// Err is the first layout error.
	Err   error
	faces map[string]font.Face
	words int
}

// New makes a blank w x h canvas.
func New(w, h int) *Canvas {
	n := w * h
	return &Canvas{W: w, H: h, Cov: make([]uint8, n), Ink: make([]uint8, n), Owner: make([]int32, n), faces: map[string]font.Face{}}
}

// Fail records a layout error (wrapping ErrLayout) unless one is kept.
func (c *Canvas) Fail(format string, args ...any) {
	if c.Err == nil {
		c.Err = fmt.Errorf("%w: "+format, append([]any{ErrLayout}, args...)...)
	}
}

// Crop keeps the top h rows.
func (c *Canvas) Crop(h int) {
	n := c.W * h
	c.H, c.Cov, c.Ink, c.Owner = h, c.Cov[:n], c.Ink[:n], c.Owner[:n]
}

// Style is a face at one size with its ink level and metrics in pixels.
type Style struct {
	Fam     *fonts.Family
	Size    float64
	Face    font.Face // nil when the face could not be made
	Ink     uint8
	Ascent  float64
	Descent float64
	Space   float64 // width of a space
}

// Style makes a style of family fam at size pixels, reusing the face of an
// earlier style of the same family and size (to a hundredth of a pixel). A
// face that cannot be made is a layout error and leaves Face nil.
func (c *Canvas) Style(fam *fonts.Family, size float64, ink uint8) *Style {
	key := fmt.Sprintf("%s/%.2f", fam.Name, size)
	face, ok := c.faces[key]
	if !ok {
		var err error
		face, err = fam.Face(size)
		if err != nil {
			c.Fail("face %s: %v", fam.Name, err)
			face = nil
		}
		c.faces[key] = face
	}
	s := &Style{Fam: fam, Size: size, Face: face, Ink: ink}
	if face != nil {
		m := face.Metrics()
		s.Ascent = float64(m.Ascent) / 64
		s.Descent = float64(m.Descent) / 64
		s.Space = float64(font.MeasureString(face, " ")) / 64
	}
	return s
}

// Place lays a new word's ink: the pixels of masks at or above MinInk, in
// order, at level ink. box is the word's box, the tight box of that ink;
// it must lie inside the page with a one-pixel margin and on paper only.
// Place returns the word's index (its owner is index+1), or false after
// recording a layout error, in which case nothing is drawn.
func (c *Canvas) Place(box image.Rectangle, ink uint8, masks ...*image.Alpha) (int, bool) {
	if box.Min.X < 1 || box.Min.Y < 1 || box.Max.X > c.W-1 || box.Max.Y > c.H-1 {
		c.Fail("word %d outside the page at %v", c.words, box)
		return 0, false
	}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if o := c.Owner[y*c.W+x]; o != 0 {
				c.Fail("word %d box %v collides with owner %d", c.words, box, o)
				return 0, false
			}
		}
	}
	id := int32(c.words + 1)
	for _, m := range masks {
		r := m.Rect
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := m.Pix[(y-r.Min.Y)*m.Stride:]
			for x := r.Min.X; x < r.Max.X; x++ {
				a := row[x-r.Min.X]
				if a < MinInk {
					continue
				}
				i := y*c.W + x
				c.Cov[i] = over(c.Cov[i], a)
				c.Ink[i] = ink
				c.Owner[i] = id
			}
		}
	}
	c.words++
	return int(id) - 1, true
}

// InkBox is the bounding box of the pixels of a at or above MinInk (empty
// when there are none).
func InkBox(a *image.Alpha) image.Rectangle {
	b := a.Rect
	minX, minY, maxX, maxY := b.Max.X, b.Max.Y, b.Min.X, b.Min.Y
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := a.Pix[(y-b.Min.Y)*a.Stride:]
		for x := b.Min.X; x < b.Max.X; x++ {
			if row[x-b.Min.X] >= MinInk {
				minX, maxX = min(minX, x), max(maxX, x+1)
				minY, maxY = min(minY, y), max(maxY, y+1)
			}
		}
	}
	if minX >= maxX {
		return image.Rectangle{}
	}
	return image.Rect(minX, minY, maxX, maxY)
}

// over composites coverage src over dst.
func over(dst, src uint8) uint8 {
	return uint8(int(src) + int(dst)*(255-int(src))/255)
}
