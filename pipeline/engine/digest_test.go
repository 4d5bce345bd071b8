package engine

import (
	"testing"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestOutputDigest(t *testing.T) {
	base := DefaultDetectOptions()
	base.HashKey = []byte("k1")
	base.OCR.Workers = 2
	an := DefaultAnonymizeOptions()
	digest := func(d DetectOptions, a *AnonymizeOptions, extra ...string) string {
		t.Helper()
		s, err := OutputDigest(d, a, extra...)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	ref := digest(base, &an)
	if ref != digest(base, &an) {
		t.Fatal("the digest is not stable")
	}
	// A page reads the same on one worker as on many.
	for _, w := range []int{1, 7} {
		speed := base
		speed.OCR.Workers, speed.PageTimeout = w, time.Second
		if digest(speed, &an) != ref {
			t.Errorf("%d workers and a time limit changed the digest", w)
		}
	}
	otherKey := base
	otherKey.HashKey = []byte("k2")
	redact := an
	redact.Strategy = entity.Redact
	threshold := base
	threshold.PII.Threshold = 0.9
	for name, d := range map[string]string{
		"key":       digest(otherKey, &an),
		"strategy":  digest(base, &redact),
		"threshold": digest(threshold, &an),
		"detect":    digest(base, nil),
		"extra":     digest(base, &an, "text-layer"),
	} {
		if d == ref {
			t.Errorf("changing the %s left the digest unchanged", name)
		}
	}
}
