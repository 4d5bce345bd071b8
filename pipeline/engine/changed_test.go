package engine

import (
	"context"
	"image/color"
	"os"
	"path/filepath"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
)

// The report's changed rectangles are the regions shrunk to the pixels
// that differ, per entity; a rectangle inside another of the entity's is
// dropped, and a region whose pixels did not change is left out.
func TestReportChanged(t *testing.T) {
	orig, out := testimg.FlatPair(100, 60, 240)
	paint := func(b doc.Box) { render.Redact(out, b, color.Black) }
	paint(doc.Box{Left: 10, Top: 10, Width: 30, Height: 8}) // e0's line
	paint(doc.Box{Left: 12, Top: 12, Width: 4, Height: 4})  // e0's erased extent, inside its line
	paint(doc.Box{Left: 50, Top: 40, Width: 5, Height: 3})  // e1's erased rule
	p := &pageRun{orig: orig, out: out, rp: report.Page{Entities: []report.Entity{{ID: "e0"}, {ID: "e1"}, {ID: "e2"}}}}
	regions := []Region{
		{Entity: "e0", Changed: doc.Box{Left: 11, Top: 11, Width: 6, Height: 6}},
		{Entity: "e1", Changed: doc.Box{Left: 45, Top: 35, Width: 20, Height: 20}},
		{Entity: "e0", Changed: doc.Box{Left: 5, Top: 5, Width: 40, Height: 20}},
		{Entity: "e2", Changed: doc.Box{Left: 70, Top: 5, Width: 20, Height: 20}}, // nothing changed there
		{Entity: "unknown", Changed: doc.Box{Width: 100, Height: 60}},
	}
	reportChanged(p, regions)
	want := map[string][]doc.Box{
		"e0": {{Left: 10, Top: 10, Width: 30, Height: 8}},
		"e1": {{Left: 50, Top: 40, Width: 5, Height: 3}},
	}
	for _, e := range p.rp.Entities {
		if len(e.Changed) != len(want[e.ID]) {
			t.Errorf("%s: changed %v, want %v", e.ID, e.Changed, want[e.ID])
			continue
		}
		for i, b := range e.Changed {
			if b != want[e.ID][i] {
				t.Errorf("%s: changed %v, want %v", e.ID, e.Changed, want[e.ID])
			}
		}
	}
}

// funsdStride: TestFUNSDChangedPixelsReported anonymizes every fifth FUNSD
// test page (10 of 50), in name order, to stay within a few minutes.
const funsdStride = 5

// TestFUNSDChangedPixelsReported anonymizes FUNSD test pages (in the folder
// ANONYMIZER_FUNSD names; skipped without it) and checks that every pixel
// that differs from the input lies inside the union of the report's entity
// boxes and changed rectangles.
func TestFUNSDChangedPixelsReported(t *testing.T) {
	root := os.Getenv("ANONYMIZER_FUNSD")
	if root == "" {
		t.Skip("ANONYMIZER_FUNSD is not set: no FUNSD pages to anonymize")
	}
	if testing.Short() {
		t.Skip("runs Tesseract on the FUNSD test pages")
	}
	pages, err := filepath.Glob(filepath.Join(root, "testing_data", "images", "*.png"))
	if err != nil || len(pages) == 0 {
		t.Skipf("no FUNSD test pages under %s: %v", root, err)
	}
	an := newTestAnonymizer(t, DefaultAnonymizeOptions())
	var outsideBoxes int64
	n := 0
	for i := 0; i < len(pages); i += funsdStride {
		path := pages[i]
		n++
		f, err := an.AnonymizeFile(context.Background(), path)
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(path), err)
		}
		if n := changedOutside(f, true); n != 0 {
			t.Errorf("%s: %d pixels changed outside the reported boxes and changed rectangles", filepath.Base(path), n)
		}
		outsideBoxes += changedOutside(f, false)
	}
	t.Logf("%d pages: %d changed pixels outside the entities' boxes", n, outsideBoxes)
}
