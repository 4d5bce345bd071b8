package evaluate

import (
	"context"
	"image"
	"image/draw"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
)

// page draws two lines of text and returns the image and their ink boxes.
func secondPage(t *testing.T, lines ...string) (*image.Gray, []doc.Box) {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 900, 100+90*len(lines)))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	var boxes []doc.Box
	for i, s := range lines {
		boxes = append(boxes, testimg.Text(t, img, s, 60, 90+90*i, 32))
	}
	return img, boxes
}

func TestSecondReaderReadsLabelsAndRegions(t *testing.T) {
	eng, err := ocr.New(ocr.Options{Workers: 1})
	if err != nil {
		t.Skipf("tesseract unavailable: %v", err)
	}
	defer eng.Close()
	img, boxes := secondPage(t, "Patient: Halvorsen Mendez", "Invoice total 1,240.00")
	s, err := ReadSecond(context.Background(), eng, img)
	if err != nil {
		t.Fatal(err)
	}
	name := Label{Text: "Halvorsen Mendez", Box: boxes[0], Words: []LabelWord{{Text: "Halvorsen Mendez", Box: boxes[0]}}}
	if !s.Readable(name) {
		t.Fatalf("the name on line 1 is not readable; read %q", s.TextIn(boxes[0]))
	}
	absent := Label{Text: "George Baroody", Box: boxes[1], Words: []LabelWord{{Text: "George Baroody", Box: boxes[1]}}}
	if s.Readable(absent) {
		t.Fatal("a name that is not on line 2 reads as readable")
	}
	ctx := context.Background()
	if cer, err := ReadBack(ctx, eng, img, boxes[1], "Invoice total 1,240.00"); err != nil || cer != 0 {
		t.Fatalf("line 2 read back with CER %v (%v)", cer, err)
	}
	if cer, err := ReadBack(ctx, eng, img, boxes[1], "Payment due 7,000.00"); err != nil || cer == 0 {
		t.Fatalf("other text read back as exact (%v)", err)
	}
}

// TestReadBackKeepsToItsLine: the lines just above and below a drawn line,
// which its padded crop shows in part, are not read as its text.
func TestReadBackKeepsToItsLine(t *testing.T) {
	eng, err := ocr.New(ocr.Options{Workers: 1})
	if err != nil {
		t.Skipf("tesseract unavailable: %v", err)
	}
	defer eng.Close()
	img := image.NewGray(image.Rect(0, 0, 900, 260))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	testimg.Text(t, img, "Ken Forrest", 60, 80, 32)
	mid := testimg.Text(t, img, "Ivy Bennett", 60, 116, 32)
	testimg.Text(t, img, "212-403-2211", 60, 152, 32)
	if cer, err := ReadBack(context.Background(), eng, img, mid, "Ivy Bennett"); err != nil || cer != 0 {
		t.Fatalf("the middle line read back with CER %v (%v)", cer, err)
	}
}
