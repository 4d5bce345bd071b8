package evaluate

import (
	"context"
	"fmt"
	"image"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
)

// SecondPSM is the page segmentation mode of the evaluation's own reader:
// sparse text (11). The pipeline reads pages with PSM 3, fields with PSM 6
// and gates its replacements on single-line reads (PSM 7); a leak or a
// read-back measured with those reads would grade the pipeline with the
// reader it was tuned to pass.
const SecondPSM = 11

// PageReader reads a whole page, or a region of it upscaled by scale, with
// a given page segmentation mode (the OCR stage's engine).
type PageReader interface {
	PagePSM(ctx context.Context, img image.Image, index, psm int) (*doc.Page, error)
	RegionScaled(ctx context.Context, img image.Image, r image.Rectangle, psm int, scale float64) ([]doc.Word, error)
}

// readBackHeight is the height a drawn line is scaled up to for the
// read-back (at least 1.5x, at most 4x): Tesseract reads small print
// poorly at scan size, and the pipeline's own reads upscale too.
const readBackHeight = 48

// SecondRead is one page as the evaluation's second reader saw it.
type SecondRead struct {
	words []doc.Word
}

// ReadSecond reads img once with SecondPSM.
func ReadSecond(ctx context.Context, rd PageReader, img image.Image) (*SecondRead, error) {
	p, err := rd.PagePSM(ctx, img, 0, SecondPSM)
	if err != nil {
		return nil, fmt.Errorf("second reader (psm %d): %w", SecondPSM, err)
	}
	return &SecondRead{words: p.Words}, nil
}

// TextIn joins, in reading order, the words whose centre lies inside b
// padded by a third of its height (at least 3 pixels).
func (s *SecondRead) TextIn(b doc.Box) string {
	r := b.Pad(max(3, b.Height/3))
	var in []doc.Word
	for _, w := range s.words {
		cx, cy := w.Box.Left+w.Box.Width/2, w.Box.Top+w.Box.Height/2
		if cx >= r.Left && cx < r.Right() && cy >= r.Top && cy < r.Bottom() && strings.TrimSpace(w.Text) != "" {
			in = append(in, w)
		}
	}
	sort.SliceStable(in, func(i, j int) bool {
		if in[i].Box.SameRow(in[j].Box) {
			return in[i].Box.Left < in[j].Box.Left
		}
		return in[i].Box.Top < in[j].Box.Top
	})
	parts := make([]string, len(in))
	for i, w := range in {
		parts[i] = w.Text
	}
	return strings.Join(parts, " ")
}

// Readable reports whether the label's text can be read on the page: the
// words read over each of its lines, together, hold its text (verify.Leaks:
// normalised, exact or within edit distance 1 for 5+ characters).
func (s *SecondRead) Readable(l Label) bool {
	var read []string
	for _, line := range labelLines(l) {
		if t := s.TextIn(line); t != "" {
			read = append(read, t)
		}
	}
	return len(read) > 0 && verify.Leaks(strings.Join(read, " "), l.Text)
}

// ReadBack is the character error rate of the text the second reader
// (SecondPSM over the region alone, upscaled to readBackHeight) reads over
// box, padded by a third of its height, against the text that was drawn
// there. Only the words whose centre lies on the drawn line count: the
// padding lets the reader see whole letters, and with them the edges of
// the lines above and below, which are not the drawn text.
func ReadBack(ctx context.Context, rd PageReader, img image.Image, box doc.Box, drawn string) (float64, error) {
	r := box.Pad(max(3, box.Height/3)).Clip(img.Bounds()).Rect()
	if r.Empty() {
		return verify.CER("", drawn), nil
	}
	scale := min(4, max(1.5, float64(readBackHeight)/float64(max(1, box.Height))))
	ws, err := rd.RegionScaled(ctx, img, r, SecondPSM, scale)
	if err != nil {
		return 0, fmt.Errorf("second reader read-back (psm %d): %w", SecondPSM, err)
	}
	var parts []string
	for _, w := range ws {
		if cy := w.Box.Top + w.Box.Height/2; cy >= box.Top && cy < box.Bottom() {
			parts = append(parts, w.Text)
		}
	}
	return verify.CER(strings.Join(parts, " "), drawn), nil
}
