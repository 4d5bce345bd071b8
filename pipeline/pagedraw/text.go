package pagedraw

import (
	"math"

	"golang.org/x/image/font"
)

// Token is one word to draw. Its bytes [Core0, Core1) belong to span Span
// (the rest is punctuation outside the span's value, such as a trailing
// comma); a negative Span is a word of no span.
type Token struct {
	Text         string
	Span         int
	Core0, Core1 int
}

// Concat joins lists of tokens.
func Concat(parts ...[]Token) []Token {
	var out []Token
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// width is the advance width of one word.
func (s *Style) width(text string) float64 {
	return float64(font.MeasureString(s.Face, text)) / 64
}

// Measure is the advance width of the words joined by single spaces.
func (s *Style) Measure(ts []Token) float64 {
	if s.Face == nil {
		return 0
	}
	w := 0.0
	for i, t := range ts {
		if i > 0 {
			w += s.Space
		}
		w += s.width(t.Text)
	}
	return w
}

// WordFunc draws one word with its dot at x on the baseline and returns its
// advance.
type WordFunc func(s *Style, x float64, baseline int, t Token) float64

// Line draws words with word on one baseline from x, a space apart, and
// returns the end x.
func (s *Style) Line(x float64, baseline int, ts []Token, word WordFunc) float64 {
	for i, t := range ts {
		if i > 0 {
			x += s.Space
		}
		x += word(s, x, baseline, t)
	}
	return x
}

// BreakLines splits words into lines at most w pixels wide (a single word
// wider than w gets a line of its own). The words of a span for which
// whole is true stay on one line when they fit on a line at all, so that a
// phone number or a name is not split.
func (s *Style) BreakLines(w float64, ts []Token, whole func(span int) bool) [][]Token {
	if s.Face == nil || len(ts) == 0 {
		return nil
	}
	var lines [][]Token
	var cur []Token
	cx := 0.0
	for i, t := range ts {
		tw := s.width(t.Text)
		need := tw
		if whole(t.Span) && (i == 0 || ts[i-1].Span != t.Span) {
			gw := tw
			for j := i + 1; j < len(ts) && ts[j].Span == t.Span; j++ {
				gw += s.Space + s.width(ts[j].Text)
			}
			if gw <= w {
				need = gw
			}
		}
		if len(cur) > 0 && cx+s.Space+need > w {
			lines = append(lines, cur)
			cur, cx = nil, 0
		}
		if len(cur) > 0 {
			cx += s.Space
		}
		cur = append(cur, t)
		cx += tw
	}
	return append(lines, cur)
}

// Baseline is the baseline of a line of this style whose top is at y.
func (s *Style) Baseline(y int) int { return y + int(math.Ceil(s.Ascent)) }

// Align is how a line sits between its left and right edges.
type Align int

// The alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// Start is the x where a line w pixels wide starts between x0 and x1.
func (a Align) Start(x0, x1 int, w float64) float64 {
	switch a {
	case AlignCenter:
		return float64(x0) + (float64(x1-x0)-w)/2
	case AlignRight:
		return float64(x1) - w
	}
	return float64(x0)
}
