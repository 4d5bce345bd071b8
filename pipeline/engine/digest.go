package engine

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image/color"
	"time"

	"github.com/rs/zerolog"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// OutputDigest is a hex digest of everything that decides what a run
// writes for an input: the detection options, the anonymization options
// (nil for a detection run), the key, and extra settings the caller adds
// (the model, an output format). Settings that change only speed (time
// limits, the number of workers: a page reads the same whatever their
// count) and the logger are left out. The key enters through an
// HMAC, so the digest reveals nothing of it. Resumed batches and queued
// jobs key their outputs by the input's SHA-256 and this digest.
func OutputDigest(d DetectOptions, a *AnonymizeOptions, extra ...string) (string, error) {
	key := d.HashKey
	d.HashKey, d.Logger = nil, zerolog.Logger{}
	d.OCR.Workers, d.OCR.Timeout, d.PageTimeout = 0, 0, time.Duration(0)
	in := struct {
		Detect    DetectOptions
		Anonymize *anonymizeDigest
		Extra     []string
	}{Detect: d, Extra: extra}
	if a != nil {
		col := a.RedactColor
		if col == nil {
			col = color.Black
		}
		r, g, b, _ := col.RGBA()
		in.Anonymize = &anonymizeDigest{a.Strategy, a.QualityCheck, a.MinConfidence, [3]uint32{r, g, b},
			a.Surrogate.Locale, a.Surrogate.DateShiftMaxDays, a.Surrogate.Candidates}
	}
	b, err := json.Marshal(in)
	if err != nil {
		return "", fmt.Errorf("options digest: %w", err)
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte("anonymizer output options\x00"))
	mac.Write(b)
	return hex.EncodeToString(mac.Sum(nil)), nil
}

// anonymizeDigest are the AnonymizeOptions that change outputs, as
// OutputDigest hashes them: the Inpainter is named by the caller's extra
// settings, and the key enters through the HMAC.
type anonymizeDigest struct {
	Strategy         entity.Strategy
	QualityCheck     bool
	MinConfidence    float64
	RedactColor      [3]uint32
	Locale           string
	DateShiftMaxDays int
	Candidates       int
}
