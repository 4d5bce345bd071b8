package testimg

import (
	"image"
	"testing"
)

func TestFlat(t *testing.T) {
	g := Flat(5, 3, 245)
	if g.Rect != image.Rect(0, 0, 5, 3) {
		t.Fatalf("rect %v, want 5x3 at the origin", g.Rect)
	}
	for i, v := range g.Pix {
		if v != 245 {
			t.Fatalf("pixel %d = %d, want 245", i, v)
		}
	}
}

func TestFlatPair(t *testing.T) {
	before, after := FlatPair(4, 2, 200)
	if before.Rect != image.Rect(0, 0, 4, 2) || after.Rect != before.Rect || after.GrayAt(3, 1).Y != 200 {
		t.Fatalf("pages %v and %v, want two flat 4x2 at 200", before.Rect, after.Rect)
	}
	after.Pix[0] = 0
	if before.Pix[0] != 200 {
		t.Error("changing one page changed the other")
	}
}

func TestPattern(t *testing.T) {
	g := Pattern(4, 3, func(i int) uint8 { return uint8(10 * i) })
	if g.Rect != image.Rect(0, 0, 4, 3) {
		t.Fatalf("rect %v, want 4x3 at the origin", g.Rect)
	}
	// Pixel i is row i/4, column i%4.
	if g.GrayAt(1, 0).Y != 10 || g.GrayAt(0, 1).Y != 40 || g.GrayAt(3, 2).Y != 110 {
		t.Errorf("pixels %v, want 10*i row by row", g.Pix)
	}
}

func TestStrokes(t *testing.T) {
	g := Flat(8, 4, 200)
	Strokes(g, image.Rect(1, 1, 6, 3), 2, 10)
	for y := 0; y < 4; y++ {
		for x := 0; x < 8; x++ {
			want := uint8(200)
			if y >= 1 && y < 3 && (x == 1 || x == 3 || x == 5) {
				want = 10
			}
			if got := g.GrayAt(x, y).Y; got != want {
				t.Errorf("pixel (%d,%d) = %d, want %d", x, y, got, want)
			}
		}
	}
}

func TestText(t *testing.T) {
	g := Flat(200, 60, 255)
	box := Text(t, g, "Hello", 10, 40, 24)
	if box.Empty() || box.Left < 10 || box.Bottom() > 60 {
		t.Fatalf("ink box %+v", box)
	}
	// Every dark pixel lies inside the returned box.
	r := box.Rect()
	for y := 0; y < 60; y++ {
		for x := 0; x < 200; x++ {
			if g.GrayAt(x, y).Y < 128 && !image.Pt(x, y).In(r) {
				t.Fatalf("ink at (%d,%d) outside %v", x, y, r)
			}
		}
	}
}
