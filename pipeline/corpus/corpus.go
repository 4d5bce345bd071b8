// Package corpus renders a varied labelled corpus of document pages for
// measuring detection beyond the pages it was tuned on: receipts, invoices,
// medical summaries with prose, letters, application forms and bank
// statements, each in the conventions of one of several countries (address
// layout, street-type words and house-number position, postcode lines,
// phone numbers with and without the country code, numeric dates and month
// names in the local language, local identifier shapes, IBANs), set in
// varied fonts and layouts, with optional scan damage (paper tone, blur,
// noise, specks, rotation).
//
// Every word drawn is labelled. Personal data carry an entity type; the
// content that must never change carries a protected role: field labels
// ("label", FUNSD's question), headings ("header") and sentences ("prose");
// everything else (amounts, item names, times) is "other".
//
// Names, streets, towns, regions and companies come from the locale data of
// @faker-js/faker (data/faker.json, see data/SOURCES.md), a source
// independent of the detector's lexicons (gofakeit), so that the corpus
// does not grade the detector on its own word lists. Formats (where the
// house number goes, how a phone number is grouped) are the conventions
// written in this package.
//
// # Output format
//
// Generate writes, under the output folder:
//
//   - images/KIND-CC-NNNNN.png: the page, 8-bit grey.
//   - pii.json: {"images/KIND-CC-NNNNN.png": [entity, ...]}, the layout
//     `anonymizer eval detect --data DIR` reads (the FUNSD pii.json layout):
//     each entity is {"type", "text", "box", "words": [{"text", "box"}],
//     "source": "corpus"}; boxes are [x0, y0, x1, y1] in image pixels, x1
//     and y1 exclusive, one box per word. Only personal data are listed.
//   - words.json: {"images/KIND-CC-NNNNN.png": page}, where page is
//     {"kind", "country", "seed", "width", "height", "words", "protected"}:
//     "words" is every word drawn ({"text", "box", "role"}, role "pii",
//     "label", "header", "prose" or "other"), and "protected" lists the
//     content that must never change as entities in the pii.json layout
//     whose "type" is the role: a field label ("Date of birth:"), a heading,
//     the words of one sentence that are not personal data, or another
//     non-personal value. Readers of synthdoc's words.json ignore the added
//     fields.
//   - annotations/KIND-CC-NNNNN.json: every word in the layout of a FUNSD
//     annotation file ({"form": [{"id", "label", "text", "box", "words",
//     "linking"}]}), one entity per labelled unit, with FUNSD's labels:
//     "answer" for personal data, "question" for field labels, "header" for
//     headings and "other" for prose and other content. The eval commands
//     read it for the share of words flagged.
//
// Where a personal value touches punctuation that is not part of it
// ("Miller," or "46-year-old"), the drawn word in words.json and the
// annotation is the whole word, and the entity's word in pii.json is only
// the value's part, with the box of that part's ink.
//
// Generation is deterministic: the same Options give the same files.
package corpus

import (
	"fmt"
	"image"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// Kind is a kind of document.
type Kind string

// The kinds of document the corpus renders.
const (
	Receipt   Kind = "receipt"
	Invoice   Kind = "invoice"
	Medical   Kind = "medical"
	Letter    Kind = "letter"
	Form      Kind = "form"
	Statement Kind = "statement"
)

// Kinds lists every kind in a stable order.
var Kinds = []Kind{Receipt, Invoice, Medical, Letter, Form, Statement}

// Role is what a drawn word is: personal data, or one of the protected
// roles that must never change.
type Role string

// The roles of drawn words.
const (
	RolePII    Role = "pii"
	RoleLabel  Role = "label"
	RoleHeader Role = "header"
	RoleProse  Role = "prose"
	RoleOther  Role = "other"
)

// Options select what Generate writes.
type Options struct {
	// N is the number of pages.
	N int
	// Seed fixes every choice: values, fonts, layout and damage.
	Seed int64
	// Kinds and Countries are the kinds and countries to cycle through;
	// empty means all. Page i has kind Kinds[i % len(Kinds)] and country
	// Countries[(i / len(Kinds)) % len(Countries)], so that N =
	// len(Kinds) * len(Countries) * k gives k pages of every pair.
	Kinds     []Kind
	Countries []string
	// Clean turns scan damage off on every page; otherwise four pages in
	// five are damaged.
	Clean bool
}

// Word is one drawn word and the tight box of its ink.
type Word struct {
	Text string
	Box  doc.Box
	Role Role
}

// Span is one labelled unit: a personal entity (Role RolePII, Type the
// entity type) or a protected unit (Type empty). Words are its words in
// drawing order, each only the unit's part of the drawn word.
type Span struct {
	Role  Role
	Type  string
	Words []Word
}

// Text is the span's words joined by single spaces.
func (s Span) Text() string {
	ts := make([]string, len(s.Words))
	for i, w := range s.Words {
		ts[i] = w.Text
	}
	return strings.Join(ts, " ")
}

// Box is the union of the span's word boxes.
func (s Span) Box() doc.Box {
	return doc.UnionOf(s.Words, func(w Word) doc.Box { return w.Box })
}

// Page is one rendered page with its labels.
type Page struct {
	Kind    Kind
	Country string
	Seed    int64
	Image   *image.Gray
	// Words are every word drawn, in drawing order, with the index of
	// the span each belongs to in Spans.
	Words []Word
	Spans []Span
	// spanOf[i] is the span of Words[i].
	spanOf []int
}

// ParseKinds parses a comma-separated list of kinds; "" means all.
func ParseKinds(s string) ([]Kind, error) {
	if strings.TrimSpace(s) == "" {
		return append([]Kind(nil), Kinds...), nil
	}
	var out []Kind
	for _, part := range strings.Split(s, ",") {
		k := Kind(strings.ToLower(strings.TrimSpace(part)))
		ok := false
		for _, x := range Kinds {
			ok = ok || x == k
		}
		if !ok {
			return nil, fmt.Errorf("unknown document kind %q (want %s)", part, joinKinds(Kinds))
		}
		out = append(out, k)
	}
	return out, nil
}

func joinKinds(ks []Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// ParseCountries parses a comma-separated list of country codes ("DE,FR");
// "" means all.
func ParseCountries(s string) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return CountryCodes(), nil
	}
	var out []string
	for _, part := range strings.Split(s, ",") {
		c := strings.ToUpper(strings.TrimSpace(part))
		if _, ok := countryByCode(c); !ok {
			return nil, fmt.Errorf("unknown country %q (want %s)", part, strings.Join(CountryCodes(), ", "))
		}
		out = append(out, c)
	}
	return out, nil
}
