package pii

import (
	"fmt"
	"strings"

	"github.com/nyaruka/phonenumbers"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Config controls the analyzer. The zero value is not usable: start from
// DefaultConfig and change what you need; NewAnalyzer validates it.
type Config struct {
	// Types are the enabled entity types; empty enables all of AllTypes.
	Types []entity.Type
	// Threshold is the minimum entity score (after context) to report,
	// in (0, 1].
	Threshold float64
	// AllowList holds texts that are never reported: an entity whose text
	// equals an entry (case-insensitive, surrounding spaces and punctuation
	// ignored) is dropped.
	AllowList []string
	// DenyList holds texts that are always reported wherever they occur on
	// word boundaries (case-insensitive). An entry "TYPE:text" with a known
	// type name before the first colon ("PHONE:555-0100", "org:Acme") is
	// reported as that type; any other entry as PERSON. Deny-list entities
	// score 1: they are the user's own statement, not an estimate.
	DenyList []string
	// Region is the default phone region (ISO 3166 alpha-2, e.g. "US") for
	// numbers written without a country code.
	Region string
	// ContextWords are extra context words per type, added to the built-in
	// ones (see DefaultContextWords). Matching is case-insensitive on whole
	// words with surrounding punctuation removed.
	ContextWords map[entity.Type][]string
	// ContextBoost is the most that context words can add to a match's
	// score (Presidio's context similarity factor), in [0, 1).
	ContextBoost float64
	// ContextMinScore is the score a match with context reaches at least
	// (Presidio's min score with context similarity), in [0, 1].
	ContextMinScore float64
	// NER enables the statistical named-entity recognizer (prose). It is
	// off by default: loading its model costs more CPU per process than a
	// page's OCR, for little more recall on forms (docs/measurements.md).
	NER bool
	// Names enables the name heuristics (titles, initials, name lists) and
	// the street-address heuristics (street, P.O. box and city-state-zip
	// lines).
	Names bool
	// Labels enables form-label context ("Name:", "Date", "cc:" ...).
	Labels bool
	// FieldExtent adds to label values the rest of their form field (up to
	// the next label or column gap) as extra boxes, so that ink the OCR
	// missed is still covered.
	FieldExtent bool
	// Recognizers are extra recognizers, run after the built-in ones.
	Recognizers []Recognizer
}

// DefaultConfig returns the configuration used by the CLI by default.
func DefaultConfig() Config {
	return Config{
		Threshold:       0.5,
		Region:          "US",
		ContextBoost:    0.35,
		ContextMinScore: 0.4,
		NER:             false,
		Names:           true,
		Labels:          true,
		FieldExtent:     true,
	}
}

// denyEntry is one parsed DenyList entry.
type denyEntry struct {
	typ  entity.Type
	text string
}

// Validate checks the configuration and reports the first problem found.
func (c *Config) Validate() error {
	for _, t := range c.Types {
		if _, ok := entity.ParseType(string(t)); !ok {
			return fmt.Errorf("pii config: unknown entity type %q (known: %s)", string(t), typeNames())
		}
	}
	if !(c.Threshold > 0 && c.Threshold <= 1) {
		return fmt.Errorf("pii config: threshold %v out of range (0, 1]", c.Threshold)
	}
	if c.ContextBoost < 0 || c.ContextBoost >= 1 {
		return fmt.Errorf("pii config: context boost %v out of range [0, 1)", c.ContextBoost)
	}
	if c.ContextMinScore < 0 || c.ContextMinScore > 1 {
		return fmt.Errorf("pii config: context min score %v out of range [0, 1]", c.ContextMinScore)
	}
	if c.Region == "" {
		return fmt.Errorf("pii config: empty phone region (use an ISO 3166 code such as \"US\")")
	}
	if phonenumbers.GetCountryCodeForRegion(strings.ToUpper(c.Region)) == 0 {
		return fmt.Errorf("pii config: unknown phone region %q", c.Region)
	}
	for t := range c.ContextWords {
		if _, ok := entity.ParseType(string(t)); !ok {
			return fmt.Errorf("pii config: context words for unknown entity type %q", string(t))
		}
	}
	for i, a := range c.AllowList {
		if normText(a) == "" {
			return fmt.Errorf("pii config: allow list entry %d is empty", i+1)
		}
	}
	for i, d := range c.DenyList {
		// The entry's text is the user's own data: keep it out of errors.
		if e := parseDeny(d); normText(e.text) == "" {
			return fmt.Errorf("pii config: deny list entry %d has no text", i+1)
		}
	}
	for i, r := range c.Recognizers {
		if r == nil {
			return fmt.Errorf("pii config: recognizer %d is nil", i+1)
		}
	}
	return nil
}

// enabled returns the set of enabled types.
func (c *Config) enabled() map[entity.Type]bool {
	m := map[entity.Type]bool{}
	if len(c.Types) == 0 {
		for _, t := range entity.AllTypes {
			m[t] = true
		}
		return m
	}
	for _, t := range c.Types {
		if pt, ok := entity.ParseType(string(t)); ok {
			m[pt] = true
		}
	}
	return m
}

// parseDeny splits a DenyList entry into its type and text.
func parseDeny(s string) denyEntry {
	if i := strings.IndexByte(s, ':'); i > 0 {
		if t, ok := entity.ParseType(s[:i]); ok {
			return denyEntry{typ: t, text: strings.TrimSpace(s[i+1:])}
		}
	}
	return denyEntry{typ: entity.Person, text: strings.TrimSpace(s)}
}

func typeNames() string {
	s := make([]string, len(entity.AllTypes))
	for i, t := range entity.AllTypes {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}
