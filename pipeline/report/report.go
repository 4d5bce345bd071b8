// Package report defines the JSON report that `detect` and `anonymize`
// write per input, and the keyed hashing that keeps original text out of it.
package report

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

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

// ReadFile reads a report (Parse).
func ReadFile(path string) (*Report, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read report: %w", err)
	}
	r, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("parse report %s: %w", path, err)
	}
	return r, nil
}

// Parse reads a report as Encode writes it (fields it does not know, from a
// later version, are ignored) and checks what a reader relies on: pages
// listed in order from 0, sizes and boxes not negative, scores and
// confidences in [0, 1].
func Parse(data []byte) (*Report, error) {
	var r Report
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&r); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("more after the report")
	}
	for i, p := range r.Pages {
		if p.Index != i {
			return nil, fmt.Errorf("page %d has index %d", i, p.Index)
		}
		if p.Width < 0 || p.Height < 0 {
			return nil, fmt.Errorf("page %d: negative size %dx%d", i, p.Width, p.Height)
		}
		for j, e := range p.Entities {
			if err := e.check(); err != nil {
				return nil, fmt.Errorf("page %d entity %d: %w", i, j, err)
			}
		}
	}
	return &r, nil
}

func (e *Entity) check() error {
	if !(e.Score >= 0 && e.Score <= 1) {
		return fmt.Errorf("score %v outside [0, 1]", e.Score)
	}
	if c := e.Confidence; c != nil && !(*c >= 0 && *c <= 1) {
		return fmt.Errorf("confidence %v outside [0, 1]", *c)
	}
	for _, b := range append(append([]doc.Box(nil), e.Boxes...), e.Changed...) {
		if b.Width < 0 || b.Height < 0 {
			return fmt.Errorf("box with a negative size %dx%d", b.Width, b.Height)
		}
	}
	return nil
}
