package ocr

import (
	"image"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// Low-confidence words on one row form one region, padded by a height
// on each side and a third above and below, clipped to the page; confident
// words, words of one character and specks are not re-read.
func TestSuspectRows(t *testing.T) {
	at := func(text string, left, top int, conf float64) doc.Word {
		return doc.Word{Text: text, Conf: conf, Box: doc.Box{Left: left, Top: top, Width: 40, Height: 12}}
	}
	page := &doc.Page{Words: []doc.Word{
		at("Lcpez", 100, 50, 20),
		at("Maira", 150, 51, 30),  // same row, 10 px right: joins (the row is 13 px tall)
		at("Smith", 300, 50, 90),  // confident
		at("J", 400, 50, 10),      // one letter
		at("5SS-0l42", 0, 200, 5), // another row, at the page's edge
		{Text: "ee", Conf: 5, Box: doc.Box{Left: 500, Top: 300, Width: 8, Height: 4}}, // a speck
	}}
	got := suspectRows(page, image.Rect(0, 0, 600, 400))
	want := []image.Rectangle{image.Rect(87, 46, 203, 67), image.Rect(0, 196, 52, 216)}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("rows %v, want %v", got, want)
	}
}
