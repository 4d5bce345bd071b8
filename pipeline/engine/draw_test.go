package engine

import (
	"context"
	"image"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// Lines drawn side by side keep clear of each other: the rebuilt margin of
// one must not erase the new text of the line just above or below it.
func TestDrawLinesKeepClearOfOtherLines(t *testing.T) {
	img := testimg.Flat(300, 80, 245)
	upper := doc.Box{Left: 20, Top: 20, Width: 120, Height: 14}
	lower := doc.Box{Left: 20, Top: 35, Width: 120, Height: 14} // 1 px below
	for _, b := range []doc.Box{upper, lower} {
		testimg.Strokes(img, image.Rect(b.Left, b.Top+2, b.Right(), b.Bottom()-2), 3, 30) // the old text's ink
	}
	jobs := []*job{
		{line: lineSpan{box: upper}, text: "Ada Quill"},
		{line: lineSpan{box: lower}, text: "Bo Ferris"},
	}
	a := &Anonymizer{}
	p := &pageRun{docID: "test", out: img, workers: 2, lineBoxes: []doc.Box{upper, lower}}
	a.drawLines(context.Background(), p, jobs, false)
	for i, j := range jobs {
		if j.res == nil {
			t.Fatalf("line %d not drawn", i)
		}
		other := jobs[1-i].line.box
		if x := j.res.Region.Intersect(other); !x.Empty() {
			t.Errorf("line %d changed %v, inside the other line %v", i, x, other)
		}
	}
}
