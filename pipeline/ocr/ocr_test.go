package ocr

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
)

// line is a text line to draw: words at a baseline origin and pixel size.
type line struct {
	text string
	x, y int // baseline origin
	size float64
}

// drawn is a word as rendered, with its ink bounds.
type drawn struct {
	text string
	box  doc.Box
}

// render draws lines of black text on a white RGBA page and returns the
// words with the boxes of their ink.
func render(t testing.TB, w, h int, lines ...line) (*image.RGBA, []drawn) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	var out []drawn
	for _, l := range lines {
		face, err := fonts.Default().Face(l.size)
		if err != nil {
			t.Fatalf("font face: %v", err)
		}
		d := &font.Drawer{Dst: img, Src: image.NewUniform(color.Black), Face: face}
		space := d.MeasureString(" ")
		d.Dot = fixed.P(l.x, l.y)
		for _, word := range strings.Fields(l.text) {
			b, _ := d.BoundString(word)
			out = append(out, drawn{text: word, box: doc.BoxFromRect(image.Rect(
				b.Min.X.Floor(), b.Min.Y.Floor(), b.Max.X.Ceil(), b.Max.Y.Ceil()))})
			d.DrawString(word)
			d.Dot.X += space
		}
		face.Close()
	}
	return img, out
}

func newEngine(t testing.TB, o Options) *Engine {
	t.Helper()
	e, err := New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// findWord returns the OCR word whose box best overlaps want.
func findWord(words []doc.Word, want doc.Box) (doc.Word, float64) {
	var best doc.Word
	bestIoU := 0.0
	for _, w := range words {
		if v := IoU(w.Box, want); v > bestIoU {
			best, bestIoU = w, v
		}
	}
	return best, bestIoU
}

func TestPageWordsAndBoxes(t *testing.T) {
	e := newEngine(t, Options{Workers: 1})
	img, want := render(t, 640, 200,
		line{"Invoice 12345 John Smith", 40, 60, 20},
		line{"Paid 2024-03-15 Berlin", 40, 130, 20})
	p, err := e.Page(context.Background(), img, 7)
	if err != nil {
		t.Fatalf("Page: %v", err)
	}
	if p.Index != 7 || p.Width != 640 || p.Height != 200 {
		t.Fatalf("page header = %d %dx%d, want 7 640x200", p.Index, p.Width, p.Height)
	}
	lineOf := map[string]int{}
	for _, d := range want {
		w, iou := findWord(p.Words, d.box)
		if iou < 0.5 {
			t.Errorf("word %q drawn at %+v: best OCR box %+v (%q) has IoU %.2f < 0.5", d.text, d.box, w.Box, w.Text, iou)
			continue
		}
		if w.Text != d.text {
			t.Errorf("word at %+v read %q, want %q", d.box, w.Text, d.text)
		}
		if w.Conf <= 0 || w.Conf > 100 {
			t.Errorf("word %q confidence %.1f outside (0,100]", d.text, w.Conf)
		}
		if w.Pass != doc.PassPage {
			t.Errorf("word %q pass %q, want %q", d.text, w.Pass, doc.PassPage)
		}
		lineOf[d.text] = w.Line
	}
	if lineOf["Invoice"] != lineOf["Smith"] || lineOf["Paid"] != lineOf["Berlin"] {
		t.Errorf("words of one drawn line got different Line ids: %v", lineOf)
	}
	if lineOf["Invoice"] == lineOf["Paid"] {
		t.Errorf("two drawn lines share Line id %d", lineOf["Invoice"])
	}
}

func TestPageKeepsImageCoordinates(t *testing.T) {
	e := newEngine(t, Options{Workers: 1})
	img, want := render(t, 703, 300, line{"Account 987654 Jane Doe", 120, 200, 22})
	// A sub-image keeps the parent's coordinates: boxes must too (and an odd
	// width exercises the raster padding).
	sub := img.SubImage(image.Rect(101, 150, 703, 300))
	p, err := e.Page(context.Background(), sub, 0)
	if err != nil {
		t.Fatalf("Page: %v", err)
	}
	if p.Width != 602 || p.Height != 150 {
		t.Fatalf("page size %dx%d, want 602x150", p.Width, p.Height)
	}
	for _, d := range want {
		if w, iou := findWord(p.Words, d.box); iou < 0.5 || w.Text != d.text {
			t.Errorf("word %q at %+v: got %q at %+v (IoU %.2f)", d.text, d.box, w.Text, w.Box, iou)
		}
	}
}

func TestPageScaleMapsBack(t *testing.T) {
	e := newEngine(t, Options{Workers: 1, PageScale: 2})
	img, want := render(t, 400, 120, line{"Total 4711 Euro", 30, 60, 14})
	p, err := e.Page(context.Background(), img, 0)
	if err != nil {
		t.Fatalf("Page: %v", err)
	}
	for _, d := range want {
		if w, iou := findWord(p.Words, d.box); iou < 0.5 || w.Text != d.text {
			t.Errorf("upscaled page: word %q at %+v: got %q at %+v (IoU %.2f)", d.text, d.box, w.Text, w.Box, iou)
		}
	}
}

func TestRegionMapsToPageCoordinates(t *testing.T) {
	e := newEngine(t, Options{Workers: 1})
	img, want := render(t, 800, 260,
		line{"Name: Margaret Hamilton", 30, 60, 18},
		line{"Phone: 555-0142 Fax: 555-0199", 30, 180, 12})
	// The field right of "Phone:" on the second line.
	var phone drawn
	for _, d := range want {
		if d.text == "555-0142" {
			phone = d
		}
	}
	r := image.Rect(phone.box.Left-15, phone.box.Top-8, 500, phone.box.Bottom()+8)
	words, err := e.Region(context.Background(), img, r, 7)
	if err != nil {
		t.Fatalf("Region: %v", err)
	}
	w, iou := findWord(words, phone.box)
	if iou < 0.5 || w.Text != phone.text {
		t.Fatalf("region word: got %q at %+v (IoU %.2f with %+v), want %q", w.Text, w.Box, iou, phone.box, phone.text)
	}
	for _, x := range words {
		if !x.Box.Rect().In(r) {
			t.Errorf("word %q box %+v outside region %v", x.Text, x.Box, r)
		}
		if x.Pass != doc.PassField {
			t.Errorf("word %q pass %q, want %q", x.Text, x.Pass, doc.PassField)
		}
		if x.Line < FieldLineBase || x.Block < FieldLineBase {
			t.Errorf("word %q Line %d Block %d not offset by FieldLineBase", x.Text, x.Line, x.Block)
		}
		if strings.Contains(x.Text, "Margaret") {
			t.Errorf("region read text from outside it: %q", x.Text)
		}
	}
	if blank, err := e.Region(context.Background(), img, image.Rect(600, 100, 790, 150), 7); err != nil || len(blank) != 0 {
		t.Errorf("blank region: %d words, err %v; want none", len(blank), err)
	}
	again, err := e.Region(context.Background(), img, r, 7)
	if err != nil {
		t.Fatalf("Region again: %v", err)
	}
	if len(again) == 0 || again[0].Line == words[0].Line {
		t.Errorf("two Region calls share Line ids (%d)", words[0].Line)
	}
}

func TestReadText(t *testing.T) {
	e := newEngine(t, Options{Workers: 1})
	img, want := render(t, 300, 40, line{"Robert Miller", 10, 25, 13})
	r := want[0].box.Union(want[1].box).Pad(3)
	text, conf, err := e.ReadText(context.Background(), img, r.Rect())
	if err != nil {
		t.Fatalf("ReadText: %v", err)
	}
	if text != "Robert Miller" {
		t.Errorf("ReadText = %q, want %q", text, "Robert Miller")
	}
	if conf <= 50 || conf > 100 {
		t.Errorf("ReadText confidence %.1f, want in (50,100] for clean text", conf)
	}
	// A blank region reads as nothing.
	text, conf, err = e.ReadText(context.Background(), img, image.Rect(200, 0, 300, 40))
	if err != nil || text != "" || conf != 0 {
		t.Errorf("blank region: %q %.1f %v, want \"\" 0 nil", text, conf, err)
	}
}

func TestErrors(t *testing.T) {
	e := newEngine(t, Options{Workers: 1})
	ctx := context.Background()
	if _, err := e.Page(ctx, image.NewGray(image.Rect(0, 0, 0, 10)), 3); err == nil || !strings.Contains(err.Error(), "zero size") {
		t.Errorf("zero-size page: err = %v, want a zero size error", err)
	}
	img := image.NewGray(image.Rect(0, 0, 50, 50))
	if _, err := e.Region(ctx, img, image.Rect(60, 60, 90, 90), 7); err == nil {
		t.Error("region outside the image: want an error")
	}
	if _, _, err := e.ReadText(ctx, image.NewGray(image.Rectangle{}), image.Rect(0, 0, 5, 5)); err == nil {
		t.Error("ReadText on an empty image: want an error")
	}
	// Degenerate but valid inputs read as nothing, without error.
	one := image.NewGray(image.Rect(0, 0, 1, 1))
	one.Pix[0] = 255
	if p, err := e.Page(ctx, one, 0); err != nil || len(p.Words) != 0 {
		t.Errorf("1x1 page: %v, err %v; want no words, no error", p, err)
	}
	if text, _, err := e.ReadText(ctx, img, image.Rect(0, 0, 50, 1)); err != nil || text != "" {
		t.Errorf("1 px high blank read: %q, %v", text, err)
	}
	if _, err := e.PagePSM(ctx, img, 0, 2); err == nil {
		t.Error("PSM 2 (no recognition): want an error")
	}
	if _, err := New(Options{PSM: 99}); err == nil {
		t.Error("New with PSM 99: want an error")
	}
}

func TestMissingTessdata(t *testing.T) {
	_, err := New(Options{TessdataPrefix: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "tessdata") {
		t.Fatalf("New with an empty tessdata folder: err = %v, want a tessdata error", err)
	}
	if _, err := New(Options{Language: "xx_nonexistent"}); err == nil {
		t.Fatal("New with an unknown language: want an error")
	}
}

func TestCancellation(t *testing.T) {
	e := newEngine(t, Options{Workers: 1})
	// A page dense with text, so that recognition, which a deadline cuts
	// short, takes far longer than the Go-side preparation of the image,
	// which it does not (and which the race detector slows several times).
	words := []string{"Lorem ipsum dolor sit amet consectetur", "adipiscing elit sed do eiusmod tempor", "incididunt ut labore et dolore magna"}
	var lines []line
	for i := range 48 {
		lines = append(lines, line{words[i%len(words)] + " aliqua veniam", 40, 60 + i*32, 16})
	}
	img, _ := render(t, 1200, 1600, lines...)

	// A full recognition of the page, to compare the cancelled calls with
	// (relative, so that a loaded machine or the race detector scales both).
	t0 := time.Now()
	if _, err := e.Page(context.Background(), img, 0); err != nil {
		t.Fatal(err)
	}
	full := time.Since(t0)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	t0 = time.Now()
	_, err := e.Page(ctx, img, 0)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v, want context.Canceled", err)
	}
	if d := time.Since(t0); d > full/2 {
		t.Errorf("cancelled call took %v, a full read %v", d, full)
	}

	// A deadline that expires during recognition abandons the client.
	ctx, cancel = context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	t0 = time.Now()
	_, err = e.Page(ctx, img, 0)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("expired deadline: err = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(t0); d > full/2 {
		t.Errorf("call with a 5ms deadline took %v, a full read %v", d, full)
	}
	// The engine still works with a fresh client.
	small, want := render(t, 300, 60, line{"Recovered 42", 10, 40, 20})
	p, err := e.Page(context.Background(), small, 0)
	if err != nil {
		t.Fatalf("Page after an abandoned call: %v", err)
	}
	if w, iou := findWord(p.Words, want[0].box); iou < 0.5 || w.Text != "Recovered" {
		t.Errorf("after abandon: got %q (IoU %.2f)", w.Text, iou)
	}
}

func TestConcurrentUse(t *testing.T) {
	e := newEngine(t, Options{Workers: 2})
	texts := []string{"Alpha 1001", "Bravo 2002", "Charlie 3003", "Delta 4004", "Echo 5005", "Foxtrot 6006"}
	var wg sync.WaitGroup
	errs := make([]error, len(texts))
	for i, s := range texts {
		wg.Go(func() {
			img, want := render(t, 320, 70, line{s, 12, 45, 20})
			var got []doc.Word
			var err error
			if i%2 == 0 {
				var p *doc.Page
				p, err = e.Page(context.Background(), img, i)
				if p != nil {
					got = p.Words
				}
			} else {
				got, err = e.Region(context.Background(), img, img.Bounds(), 7)
			}
			if err != nil {
				errs[i] = err
				return
			}
			for _, d := range want {
				if w, iou := findWord(got, d.box); iou < 0.5 || w.Text != d.text {
					errs[i] = fmt.Errorf("goroutine %d: word %q read as %q (IoU %.2f)", i, d.text, w.Text, iou)
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestCloseRejectsCalls(t *testing.T) {
	e, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	img, _ := render(t, 100, 40, line{"x", 5, 30, 20})
	if _, err := e.Page(context.Background(), img, 0); !errors.Is(err, ErrClosed) {
		t.Errorf("Page after Close: err = %v, want ErrClosed", err)
	}
}

// ompAtStart is OMP_THREAD_LIMIT as the test binary started, before New
// set it for the engines that the other tests start.
var ompAtStart = os.Getenv("OMP_THREAD_LIMIT")

func TestThreadLimit(t *testing.T) {
	// libgomp reads OMP_THREAD_LIMIT when it loads; make test sets it.
	if ompAtStart != "1" {
		t.Skip("OMP_THREAD_LIMIT is not 1 (make test sets it)")
	}
	if n := OpenMPThreadLimit(); n != 1 {
		t.Errorf("OpenMP thread limit = %d, want 1", n)
	}
}
