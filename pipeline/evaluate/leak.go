package evaluate

import (
	"context"
	"fmt"
	"image"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
)

// TextReader reads a region of an image as one line (the OCR stage).
type TextReader interface {
	ReadText(ctx context.Context, img image.Image, r image.Rectangle) (string, float64, error)
}

// Readable reports whether a label's text can be read in img: each line of
// its words (grouped by overlapping rows) is read with a margin, and the
// label counts as readable when the read text of all lines together holds
// the label's text (verify.Leaks: normalised, exact or within edit distance
// 1 for 5+ characters).
func Readable(ctx context.Context, rd TextReader, img image.Image, l Label) (bool, error) {
	box := l.Box
	if box.Empty() {
		box = doc.UnionOf(l.Words, func(w LabelWord) doc.Box { return w.Box })
	}
	if box.Empty() {
		return false, nil
	}
	var read string
	for _, line := range labelLines(l) {
		pad := max(3, line.Height/3)
		r := line.Pad(pad).Clip(img.Bounds()).Rect()
		if r.Empty() {
			continue
		}
		t, _, err := rd.ReadText(ctx, img, r)
		if err != nil {
			return false, fmt.Errorf("read label region: %w", err)
		}
		read += " " + t
	}
	return verify.Leaks(read, l.Text), nil
}
