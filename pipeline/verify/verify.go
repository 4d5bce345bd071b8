// Package verify checks each replaced region after rendering: the new text
// must read back as the surrogate, the original must not be readable any
// more, and the rebuilt background must match its surroundings. From these
// it computes the region's confidence.
package verify

import (
	"context"
	"fmt"
	"image"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/editdist"
)

// Reader reads a small region of an image as one line of text, with a
// confidence in 0..100 (the OCR stage's ReadText).
type Reader interface {
	ReadText(ctx context.Context, img image.Image, r image.Rectangle) (string, float64, error)
}

// Normalize folds case and drops whitespace, so that OCR spacing noise
// ("466- 5087") does not count as an error (docs/measures.md: case- and
// space-normalised).
func Normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ruleRunes are what OCR makes of a form rule or underline running past the
// text; they are not read-back errors.
const ruleRunes = "_|—–-~=."

// trimRules drops rule characters from the ends of got that want does not
// have at its ends.
func trimRules(got, want []rune) []rune {
	for len(got) > 0 && strings.ContainsRune(ruleRunes, got[0]) && (len(want) == 0 || want[0] != got[0]) {
		got = got[1:]
	}
	for len(got) > 0 && strings.ContainsRune(ruleRunes, got[len(got)-1]) && (len(want) == 0 || want[len(want)-1] != got[len(got)-1]) {
		got = got[:len(got)-1]
	}
	return got
}

// CER is the character error rate of got against want after Normalize,
// ignoring rule characters (underlines read as "_") at got's ends: edit
// distance over want's length (1 when want is empty and got is not).
func CER(got, want string) float64 {
	w := []rune(Normalize(want))
	g := trimRules([]rune(Normalize(got)), w)
	if len(w) == 0 {
		if len(g) == 0 {
			return 0
		}
		return 1
	}
	return float64(editdist.Distance(g, w, -1)) / float64(len(w))
}

// substringDistance is the smallest edit distance between pat and any
// substring of text (Sellers' algorithm).
func substringDistance(pat, text []rune) int {
	prev := make([]int, len(text)+1) // row 0: a match may start anywhere
	cur := make([]int, len(text)+1)
	for i := 1; i <= len(pat); i++ {
		cur[0] = i
		for j := 1; j <= len(text); j++ {
			cost := 1
			if pat[i-1] == text[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	best := len(pat)
	for _, v := range prev {
		best = min(best, v)
	}
	return best
}

// findNormalized finds want in text after Normalize (case and spaces
// ignored) and returns the part of text that matched, as read.
func findNormalized(text, want string) (string, bool) {
	w := []rune(Normalize(want))
	if len(w) == 0 {
		return "", false
	}
	var norm []rune
	var at []int // at[i]: the byte offset in text of norm[i]
	for i, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		for _, l := range strings.ToLower(string(r)) {
			norm = append(norm, l)
			at = append(at, i)
		}
	}
	for i := 0; i+len(w) <= len(norm); i++ {
		if string(norm[i:i+len(w)]) == string(w) {
			last := at[i+len(w)-1]
			_, size := utf8.DecodeRuneInString(text[last:])
			return text[at[i] : last+size], true
		}
	}
	return "", false
}

// Leaks reports whether the original text can be read in read: after
// Normalize, it occurs exactly, or (for originals of 5+ characters) within
// edit distance 1 (docs/measures.md, leak rate).
func Leaks(read, original string) bool {
	o, r := []rune(Normalize(original)), []rune(Normalize(read))
	if len(o) == 0 {
		return false
	}
	allowed := 0
	if len(o) >= 5 {
		allowed = 1
	}
	return substringDistance(o, r) <= allowed
}

// Check is one region's verification.
type Check struct {
	// Readback is what OCR reads where the surrogate was drawn (it is the
	// surrogate's text, never the original's).
	Readback string
	// ReadConf is the OCR confidence of the read-back, 0..100.
	ReadConf float64
	CER      float64
	// Leak is true when the original text is still readable in the region
	// or its surroundings.
	Leak            bool
	BackgroundError float64
	Confidence      float64
}

// Exact reports whether the read-back equals the surrogate (normalised).
func (c Check) Exact() bool { return c.CER == 0 }

// Confidence combines the measures into a score in [0, 1]: zero when the
// original leaks; otherwise the read-back accuracy, discounted by the
// background error (half weight at 12 grey levels) and by low OCR
// confidence in the read-back.
func Confidence(cer, backgroundError, readConf float64, leak bool) float64 {
	if leak {
		return 0
	}
	acc := 1 - math.Min(1, cer)
	bg := math.Exp(-math.Max(0, backgroundError) / 12 * math.Ln2)
	oc := 0.7 + 0.3*math.Min(100, math.Max(0, readConf))/100
	return round3(acc * bg * oc)
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

// Options tune Region.
type Options struct {
	// Surround is how far around the region (in multiples of the region's
	// height) the leak check reads; default 0.5.
	Surround float64
}

// Region verifies one replaced region of out. textBox is where the new text
// was drawn, region the whole area that changed; surrogate is the new text
// and original the old one (used only for comparison, never returned or
// logged). backgroundError comes from the renderer.
//
// The region and its surroundings are read first: the original must not be
// readable there (the leak check), and where the new text reads there
// exactly, that is its read-back. Otherwise the text box alone is read
// again, tightly, for the read-back and its character error rate. Reading
// the surroundings first spares the second read for most lines.
func Region(ctx context.Context, rd Reader, out image.Image, textBox, region doc.Box, surrogate, original string, backgroundError float64, opts Options) (Check, error) {
	if opts.Surround <= 0 {
		opts.Surround = 0.5
	}
	c := Check{BackgroundError: round3(backgroundError)}
	bounds := out.Bounds()
	pad := int(math.Ceil(opts.Surround * float64(max(region.Height, 1))))
	around, aroundConf, err := rd.ReadText(ctx, out, region.Pad(pad).Clip(bounds).Rect())
	if err != nil {
		return c, fmt.Errorf("verify leak check: %w", err)
	}
	c.Leak = Leaks(around, original)
	switch read, found := findNormalized(around, surrogate); {
	case surrogate == "" || textBox.Empty():
		// Nothing drawn (redaction): read-back accuracy does not apply.
		c.ReadConf = 100
	case found:
		c.Readback, c.ReadConf = read, aroundConf
	default:
		pad := max(2, textBox.Height/4)
		text, conf, err := rd.ReadText(ctx, out, textBox.Pad(pad).Clip(bounds).Rect())
		if err != nil {
			return c, fmt.Errorf("verify read-back: %w", err)
		}
		c.Readback, c.ReadConf = strings.TrimSpace(text), conf
		c.CER = round3(CER(text, surrogate))
		c.Leak = c.Leak || Leaks(text, original)
	}
	c.Confidence = Confidence(c.CER, c.BackgroundError, c.ReadConf, c.Leak)
	return c, nil
}
