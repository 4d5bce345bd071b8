package verify

import (
	"context"
	"image"
	"image/draw"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
)

func TestCER(t *testing.T) {
	cases := []struct {
		got, want string
		cer       float64
	}{
		{"Jane Doe", "jane  doe", 0},
		{"(614) 466- 5087", "(614) 466-5087", 0},
		{"Jane Dae", "Jane Doe", 1.0 / 7},
		{"", "abc", 1},
		{"", "", 0},
		{"__Jane Doe_", "Jane Doe", 0},
		{"| (614) 466-5087 —", "(614) 466-5087", 0},
		{"-12-", "-12-", 0},
	}
	for _, c := range cases {
		if got := CER(c.got, c.want); got != c.cer {
			t.Errorf("CER(%q,%q)=%v want %v", c.got, c.want, got, c.cer)
		}
	}
}

func TestLeaks(t *testing.T) {
	cases := []struct {
		read, orig string
		leak       bool
	}{
		{"TO: George Baroody", "George Baroody", true},
		{"TO: Gorge Baroody", "George Baroody", true}, // distance 1, long
		{"TO: Gorge Barody", "George Baroody", false}, // distance 2
		{"Date 12/10/98", "12/10/98", true},
		{"Date 12/10/93", "12/10/98", true}, // 8 chars, distance 1
		{"Al", "Ali", false},
		{"Ali Baba", "Ali", true},
		{"anything", "", false},
	}
	for _, c := range cases {
		if got := Leaks(c.read, c.orig); got != c.leak {
			t.Errorf("Leaks(%q,%q)=%v want %v", c.read, c.orig, got, c.leak)
		}
	}
}

func TestConfidenceVaries(t *testing.T) {
	good := Confidence(0, 1, 95, false)
	worseRead := Confidence(0.3, 1, 95, false)
	worseBG := Confidence(0, 15, 95, false)
	if !(good > worseRead && good > worseBG && good <= 1) {
		t.Fatalf("confidence not monotone: %v %v %v", good, worseRead, worseBG)
	}
	if Confidence(0, 0, 100, true) != 0 {
		t.Fatal("a leak must give zero confidence")
	}
}

func TestRegionWithTesseract(t *testing.T) {
	eng, err := ocr.New(ocr.Options{Workers: 1})
	if err != nil {
		t.Skipf("tesseract unavailable: %v", err)
	}
	defer eng.Close()
	img := image.NewGray(image.Rect(0, 0, 400, 80))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	box := testimg.Text(t, img, "Halvorsen Mendez", 20, 50, 28)
	ctx := context.Background()

	c, err := Region(ctx, eng, img, box, box, "Halvorsen Mendez", "George Baroody", 2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !c.Exact() || c.Leak || c.Confidence < 0.5 {
		t.Fatalf("clean replacement: %+v", c)
	}
	// Same image checked against an original that is in fact still there.
	c, err = Region(ctx, eng, img, box, box, "Other Text", "Halvorsen Mendez", 2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !c.Leak || c.Confidence != 0 {
		t.Fatalf("leak not detected: %+v", c)
	}
	if c.Exact() {
		t.Fatalf("\"Other Text\" read back exactly from \"Halvorsen Mendez\": %+v", c)
	}
	// The new text next to a label: it reads back exactly in its
	// surroundings, as printed.
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	label := testimg.Text(t, img, "To:", 20, 50, 28)
	box = testimg.Text(t, img, "Halvorsen Mendez", label.Right()+14, 50, 28)
	c, err = Region(ctx, eng, img, box, box, "halvorsen  MENDEZ", "George Baroody", 2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !c.Exact() || c.Readback != "Halvorsen Mendez" {
		t.Fatalf("beside a label: %+v", c)
	}
}

func TestFindNormalized(t *testing.T) {
	for _, c := range []struct{ text, want, got string }{
		{"Fax: 985-555 0102 Date", "985-5550102", "985-555 0102"},
		{"TO: Thomas  George", "thomas george", "Thomas  George"},
		{"Straße 5", "STRASSE 5", ""},
		{"abc", "", ""},
	} {
		got, ok := findNormalized(c.text, c.want)
		if got != c.got || ok != (c.got != "") {
			t.Errorf("findNormalized(%q, %q) = %q, %v; want %q", c.text, c.want, got, ok, c.got)
		}
	}
}
