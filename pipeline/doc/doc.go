// Package doc holds the page model that every pipeline stage shares: boxes in
// input pixels, OCR words and pages. It has no behaviour beyond geometry.
package doc

import (
	"image"
	"strings"
	"unicode/utf8"
)

// Box is an axis-aligned rectangle in input pixels. The JSON field names are
// the ones the report schema promises (the same as Presidio's boxes).
type Box struct {
	Left   int `json:"left"`
	Top    int `json:"top"`
	Width  int `json:"width"`
	Height int `json:"height"`
}

// BoxFromRect converts an image.Rectangle.
func BoxFromRect(r image.Rectangle) Box {
	r = r.Canon()
	return Box{Left: r.Min.X, Top: r.Min.Y, Width: r.Dx(), Height: r.Dy()}
}

// Rect converts the box to an image.Rectangle.
func (b Box) Rect() image.Rectangle {
	return image.Rect(b.Left, b.Top, b.Left+b.Width, b.Top+b.Height)
}

// Right is the exclusive right edge.
func (b Box) Right() int { return b.Left + b.Width }

// Bottom is the exclusive bottom edge.
func (b Box) Bottom() int { return b.Top + b.Height }

// Area is the box's area in pixels (0 for an empty box).
func (b Box) Area() int {
	if b.Width <= 0 || b.Height <= 0 {
		return 0
	}
	return b.Width * b.Height
}

// Empty reports whether the box has no area.
func (b Box) Empty() bool { return b.Area() == 0 }

// Union is the smallest box holding both; an empty box is ignored.
func (b Box) Union(o Box) Box {
	if b.Empty() {
		return o
	}
	if o.Empty() {
		return b
	}
	return BoxFromRect(b.Rect().Union(o.Rect()))
}

// UnionOf is the union (Union) of the boxes of items, box giving each
// item's box.
func UnionOf[T any](items []T, box func(T) Box) Box {
	var u Box
	for _, it := range items {
		u = u.Union(box(it))
	}
	return u
}

// Intersect is the overlap of both boxes (empty when they do not overlap).
func (b Box) Intersect(o Box) Box {
	return BoxFromRect(b.Rect().Intersect(o.Rect()))
}

// RowOverlap is the number of pixel rows b and o share; negative, it is
// the gap between them.
func (b Box) RowOverlap(o Box) int { return min(b.Bottom(), o.Bottom()) - max(b.Top, o.Top) }

// SameRow reports whether b and o sit on one text row: their vertical
// spans overlap by at least half the smaller height. It is the rule that
// groups words into rows.
func (b Box) SameRow(o Box) bool { return 2*b.RowOverlap(o) >= min(b.Height, o.Height) }

// Pad grows the box by p pixels on every side.
func (b Box) Pad(p int) Box {
	return Box{Left: b.Left - p, Top: b.Top - p, Width: b.Width + 2*p, Height: b.Height + 2*p}
}

// WithinRows limits the box's top and bottom to o's, padded by tol pixels;
// the box is unchanged when that would leave it no height.
func (b Box) WithinRows(o Box, tol int) Box {
	top, bottom := max(b.Top, o.Top-tol), min(b.Bottom(), o.Bottom()+tol)
	if bottom <= top {
		return b
	}
	b.Top, b.Height = top, bottom-top
	return b
}

// SupersedingBox is the box a re-read word takes when it supersedes the
// words old: reads of crops that reach into the neighbouring lines return
// boxes that do too, so it keeps their rows (2 px of slack), and their
// columns as well when it reads no more characters than they did (plus
// one) yet is over a quarter and over a text height wider. A re-read that
// completes a word read in part ("555" to "555-0142") keeps its width.
func SupersedingBox(nw Word, old []Word) Box {
	var u Box
	chars := 0
	for _, w := range old {
		u = u.Union(w.Box)
		chars += utf8.RuneCountInString(strings.TrimSpace(w.Text))
	}
	if u.Empty() {
		return nw.Box
	}
	b := nw.Box.WithinRows(u, 2)
	if utf8.RuneCountInString(strings.TrimSpace(nw.Text)) <= chars+1 && 4*b.Width > 5*u.Width && b.Width-u.Width > u.Height {
		l, r := max(b.Left, u.Left-2), min(b.Right(), u.Right()+2)
		if r > l {
			b.Left, b.Width = l, r-l
		}
	}
	return b
}

// Clip limits the box to bounds.
func (b Box) Clip(bounds image.Rectangle) Box {
	return BoxFromRect(b.Rect().Intersect(bounds))
}

// Word is one OCR word.
type Word struct {
	Text string
	Box  Box
	// Conf is Tesseract's word confidence, 0..100.
	Conf float64
	// Block, Par and Line identify the word's layout position; Line is unique
	// within the page (not only within its paragraph), so words with equal
	// Line values sit on the same text line.
	Block, Par, Line int
	// Pass names the OCR pass that produced the word (PassPage,
	// PassField).
	Pass string
}

// The OCR passes a word can come from: the whole page's reading, and the
// second reading of a form's fields.
const (
	PassPage  = "page"
	PassField = "field"
)

// Page is one page's OCR result.
type Page struct {
	Index  int
	Width  int
	Height int
	Words  []Word
}
