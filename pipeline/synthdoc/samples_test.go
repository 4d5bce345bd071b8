package synthdoc_test

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/funsd"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc/internal/samples"
)

const samplesDir = "../../testdata/samples"

// TestBundledSamples checks the committed demo samples: present, small,
// labelled, and every labelled word box holds dark ink. When this machine
// has the same fonts as the one that generated them, the images are also
// pixel-identical to a fresh generation.
func TestBundledSamples(t *testing.T) {
	labels, err := funsd.ReadLabels(filepath.Join(samplesDir, "pii.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range samples.All {
		data, err := os.ReadFile(filepath.Join(samplesDir, s.Name))
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > samples.MaxBytes {
			t.Errorf("%s: %d bytes, over %d", s.Name, len(data), samples.MaxBytes)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
		g, ok := img.(*image.Gray)
		if !ok {
			t.Fatalf("%s: %T, want grey", s.Name, img)
		}
		ls := labels[s.Name]
		has := map[string]bool{}
		for _, l := range ls {
			has[l.Type] = true
			for _, w := range l.Words {
				r := w.Box.Box().Rect()
				if !r.In(g.Rect) || r.Empty() {
					t.Fatalf("%s: %s word box %v outside the image", s.Name, l.Type, r)
				}
				darkest := 255
				for y := r.Min.Y; y < r.Max.Y; y++ {
					for x := r.Min.X; x < r.Max.X; x++ {
						darkest = min(darkest, int(g.GrayAt(x, y).Y))
					}
				}
				if darkest > 150 {
					t.Errorf("%s: %s word box %v holds no ink", s.Name, l.Type, r)
				}
			}
		}
		for _, want := range []string{"PERSON", "DATE", "PHONE"} {
			if !has[want] {
				t.Errorf("%s: no %s label", s.Name, want)
			}
		}
		d, err := synthdoc.Generate(s.Opts)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := d.EncodePNG()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fresh, data) {
			t.Logf("%s differs from a fresh generation (other fonts here?); regenerate with go generate ./pipeline/synthdoc", s.Name)
		}
	}
}
