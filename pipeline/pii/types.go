// Package pii finds personal data in a page's OCR words: pattern recognizers
// with checksums, NER and name heuristics, and form-label context. The result
// is a list of typed, scored entities with boxes in input pixels.
package pii

import (
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Input is a page's text as recognizers see it: the OCR words of each line
// joined by single spaces, lines joined by "\n", in reading order. Every word
// keeps its character span so that a match maps back to words and boxes.
type Input struct {
	Page *doc.Page
	Text string
	// WordStart[i], WordEnd[i] is word i's byte span in Text (i indexes
	// Page.Words).
	WordStart, WordEnd []int
	// Lines holds the word indices of each text line, left to right, lines
	// in reading order (top to bottom).
	Lines [][]int
	// regions is the page's region evidence, read on first use (evidence).
	regions *pageEvidence
	// ledgerKinds are the words of the page's kinds of transaction,
	// found on first use (ledgerKindWords).
	ledgerKinds map[int]bool
}

// Match is one recognizer hit, a byte span of Input.Text.
type Match struct {
	Type       entity.Type
	Start, End int
	Score      float64
	// Source names the recognizer ("phone", "ner", "label:Name", ...).
	Source string
	// Extra are regions that belong to the entity but hold no OCR word
	// (e.g. the blank-looking rest of a form field after its label). They are
	// added to the entity's boxes as they are.
	Extra []doc.Box
}

// Recognizer finds matches in a page's text.
type Recognizer interface {
	Name() string
	Recognize(in *Input) []Match
}

// Entity is one piece of personal data on a page.
type Entity struct {
	ID     string
	Type   entity.Type
	Score  float64
	Source string
	// Text is the original text. It must never be written to a report or a
	// log unless the user asked for it (--show-text); reports carry its keyed
	// hash.
	Text string
	// Value is Text read for its type (a date's fields and layout, a phone
	// number's parts, ...): what the surrogate stage writes its stand-in
	// from. It has no part when Text did not parse.
	Value entity.Value
	// Words are indices into Page.Words.
	Words []int
	// Boxes has one box per text line the entity spans, plus Extra regions.
	Boxes []doc.Box
}
