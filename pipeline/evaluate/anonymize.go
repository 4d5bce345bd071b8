package evaluate

import (
	"fmt"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"image"
	"image/color"
	"io"
	"math"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// AnonScore accumulates the anonymize measures of docs/measures.md over pages.
type AnonScore struct {
	Detect *DetectScore
	// Readable counts labelled entities Tesseract can read in the original;
	// Leaked those of them still readable in the output.
	Readable, Leaked int
	// Rendered regions, how many read back exactly, and sums for means.
	Rendered, Exact, Redacted int
	sumCER, sumBG             float64
	Confidences               []float64
	// Untouched: pixels outside the union of the report's entity boxes
	// and changed rectangles that differ from the input (should be 0),
	// and pixels checked.
	ChangedOutside, Checked int64
}

// NewAnonScore returns an empty score. Its Detect's recall and flagged
// share are over the entities' boxes, as eval detect's; its Detect.Flags
// are the replaced regions: the entities' boxes and the rectangles whose
// pixels were changed for them, their figures named "replaced_...".
func NewAnonScore() *AnonScore {
	d := NewDetectScore()
	d.Flags = NewFlagScore("the replaced regions (entity boxes and changed rectangles)", "replaced_")
	return &AnonScore{Detect: d}
}

// AddPage scores one page's detection: Detect.AddPage over the entities'
// boxes, and Detect.Flags over those and the changed rectangles.
func (s *AnonScore) AddPage(p Page, entities, changed []Flag) {
	s.Detect.AddPage(p.Labels, Boxes(entities), p.WordBoxes())
	replaced := append(append([]Flag(nil), entities...), changed...)
	s.Detect.Flags.AddPage(p, replaced)
}

// AddLeaks records, per labelled entity, whether its text was readable in
// the original and whether it still is in the output.
func (s *AnonScore) AddLeaks(readableBefore, readableAfter []bool) {
	for i := range readableBefore {
		if readableBefore[i] {
			s.Readable++
			if readableAfter[i] {
				s.Leaked++
			}
		}
	}
}

// AddRegion records one replaced region.
func (s *AnonScore) AddRegion(strategy entity.Strategy, cer, bg, confidence float64) {
	switch strategy {
	case entity.Render, entity.Diffusion:
		s.Rendered++
		if cer == 0 {
			s.Exact++
		}
		s.sumCER += cer
		s.sumBG += bg
	case entity.Redact:
		s.Redacted++
	default:
		return
	}
	s.Confidences = append(s.Confidences, confidence)
}

// AddUntouched compares in and out outside the union of the boxes (the
// entities' boxes and the rectangles the report says were changed).
func (s *AnonScore) AddUntouched(in, out image.Image, changed []doc.Box) {
	b := in.Bounds()
	mask := make([]bool, b.Dx()*b.Dy())
	for _, c := range changed {
		r := c.Rect().Intersect(b)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				mask[(y-b.Min.Y)*b.Dx()+(x-b.Min.X)] = true
			}
		}
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if mask[(y-b.Min.Y)*b.Dx()+(x-b.Min.X)] {
				continue
			}
			s.Checked++
			if !sameColor(in.At(x, y), out.At(x, y)) {
				s.ChangedOutside++
			}
		}
	}
}

func sameColor(a, b color.Color) bool {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	return ar == br && ag == bg && ab == bb && aa == ba
}

// LeakRate is Leaked / Readable.
func (s *AnonScore) LeakRate() float64 { return ratio(s.Leaked, s.Readable) }

// ReadbackAccuracy is the share of rendered regions read back exactly.
func (s *AnonScore) ReadbackAccuracy() float64 { return ratio(s.Exact, s.Rendered) }

// MeanCER over rendered regions.
func (s *AnonScore) MeanCER() float64 { return fratio(s.sumCER, s.Rendered) }

// MeanBackgroundError over rendered regions, in grey levels.
func (s *AnonScore) MeanBackgroundError() float64 { return fratio(s.sumBG, s.Rendered) }

func ratio(a, b int) float64 { return fratio(float64(a), b) }

func fratio(a float64, b int) float64 {
	if b == 0 {
		return 0
	}
	return a / float64(b)
}

// ConfidenceSpread returns min, mean, max and standard deviation.
func (s *AnonScore) ConfidenceSpread() (lo, mean, hi, sd float64) {
	if len(s.Confidences) == 0 {
		return
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, c := range s.Confidences {
		lo, hi = math.Min(lo, c), math.Max(hi, c)
		mean += c
	}
	mean /= float64(len(s.Confidences))
	for _, c := range s.Confidences {
		sd += (c - mean) * (c - mean)
	}
	sd = math.Sqrt(sd / float64(len(s.Confidences)))
	return
}

// Print writes a human-readable summary.
func (s *AnonScore) Print(w io.Writer) {
	s.Detect.Print(w)
	fmt.Fprintf(w, "leak rate: %.3f (%d of %d labelled entities readable in the original are readable in the output)\n", s.LeakRate(), s.Leaked, s.Readable)
	fmt.Fprintf(w, "rendered regions: %d, redacted: %d\n", s.Rendered, s.Redacted)
	fmt.Fprintf(w, "read-back exact: %.3f (%d/%d), mean CER %.3f\n", s.ReadbackAccuracy(), s.Exact, s.Rendered, s.MeanCER())
	fmt.Fprintf(w, "mean background error: %.2f grey levels\n", s.MeanBackgroundError())
	fmt.Fprintf(w, "changed pixels outside the entities' boxes and changed rectangles: %d of %d\n", s.ChangedOutside, s.Checked)
	lo, mean, hi, sd := s.ConfidenceSpread()
	fmt.Fprintf(w, "confidence: min %.3f mean %.3f max %.3f sd %.3f over %d regions\n", lo, mean, hi, sd, len(s.Confidences))
}

// Figures returns the measures as named figures.
func (s *AnonScore) Figures() map[string]float64 {
	f := s.Detect.Figures()
	_, mean, _, sd := s.ConfidenceSpread()
	f["leak_rate"] = s.LeakRate()
	f["readback_exact"] = s.ReadbackAccuracy()
	f["mean_cer"] = s.MeanCER()
	f["background_error"] = s.MeanBackgroundError()
	f["changed_outside"] = float64(s.ChangedOutside)
	f["confidence_mean"] = mean
	f["confidence_sd"] = sd
	f["rendered"] = float64(s.Rendered)
	f["redacted"] = float64(s.Redacted)
	return f
}
