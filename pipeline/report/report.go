// Package report defines the JSON report that `detect` and `anonymize`
// write per input, and the keyed hashing that keeps original text out of it.
package report

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/anonymizer-project/anonymizer/internal/jsonfile"
	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Report is one input's result. Its schema is a public contract: add fields,
// never rename or remove them.
type Report struct {
	Source string `json:"source"`
	Pages  []Page `json:"pages"`
	// TimingMS holds wall time per stage in milliseconds ("ocr", "detect",
	// "total", and later stages' names).
	TimingMS map[string]float64 `json:"timing_ms"`
	// Error is set when the input failed.
	Error string `json:"error,omitempty"`
}

// Page is one page of an input.
type Page struct {
	Index    int      `json:"index"`
	Width    int      `json:"width"`
	Height   int      `json:"height"`
	Entities []Entity `json:"entities"`
}

// Entity is one piece of personal data.
type Entity struct {
	ID     string      `json:"id"`
	Type   entity.Type `json:"type"`
	Score  float64     `json:"score"`
	Source string      `json:"source"`
	// TextSHA256 is HMAC-SHA256(key, normalised original text), hex.
	TextSHA256 string `json:"text_sha256"`
	// Text is the original text, only with --show-text.
	Text  string    `json:"text,omitempty"`
	Boxes []doc.Box `json:"boxes"`

	// Set by anonymize.
	Replacement  string          `json:"replacement,omitempty"`
	Strategy     entity.Strategy `json:"strategy,omitempty"`
	Confidence   *float64        `json:"confidence,omitempty"`
	Verification *Verification   `json:"verification,omitempty"`
	// Changed are rectangles (input pixels, like Boxes) that hold every
	// pixel anonymize changed for the entity: the new text with its ink
	// spread, the rebuilt background, erased field extents and rules, a
	// redaction box. Outside the union of all entities' Boxes and Changed,
	// the output's pixels are the input's. Absent when nothing was changed.
	Changed []doc.Box `json:"changed,omitempty"`
}

// Verification holds the per-region checks of anonymize.
type Verification struct {
	Readback        string  `json:"readback"`
	CER             float64 `json:"cer"`
	Leak            bool    `json:"leak"`
	BackgroundError float64 `json:"background_error"`
}

// Hasher computes keyed hashes of original text.
type Hasher struct{ key []byte }

// NewHasher returns a hasher for a key (which must not be empty).
func NewHasher(key []byte) (*Hasher, error) {
	if len(key) == 0 {
		return nil, fmt.Errorf("empty hash key")
	}
	return &Hasher{key: append([]byte(nil), key...)}, nil
}

// Normalize folds case and whitespace so that OCR spacing variants of the
// same value hash alike.
func Normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// Sum returns the hex HMAC-SHA256 of the normalised text.
func (h *Hasher) Sum(text string) string {
	m := hmac.New(sha256.New, h.key)
	m.Write([]byte(Normalize(text)))
	return hex.EncodeToString(m.Sum(nil))
}

// Encode writes the report as indented JSON.
func (r *Report) Encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	return nil
}

// WriteFile writes the report atomically.
func (r *Report) WriteFile(path string) error {
	return atomicfile.Write(path, r.Encode)
}

// ReadFile reads a report.
func ReadFile(path string) (*Report, error) {
	var r Report
	if err := jsonfile.Read(path, "report", &r); err != nil {
		return nil, err
	}
	return &r, nil
}
