package evaluate

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// Flag is one region an output marked as personal data: a box of a
// detected entity, or a rectangle whose pixels the anonymizer changed for
// it, with the entity's type.
type Flag struct {
	Type string
	Box  doc.Box
}

// Tally is what FlagScore counts for a group of pages (all pages, one kind
// of document, one country) or for one entity type.
type Tally struct {
	Pages int
	// Recall: labelled personal-data words flagged / labelled words.
	Recall Count
	// Precision: flagged words labelled personal data / flagged words.
	Precision Count
	// Protected: protected words (Protected roles) flagged / protected
	// words.
	Protected Count
}

func (t *Tally) add(o Tally) {
	t.Pages += o.Pages
	t.Recall.add(o.Recall)
	t.Precision.add(o.Precision)
	t.Protected.add(o.Protected)
}

func (c *Count) add(o Count) { c.Found += o.Found; c.Total += o.Total }

// FlagScore measures precision next to recall, word by word, with the one
// cover rule of recall (MinCover):
//
//   - a word is flagged when at least MinCover of its box lies inside the
//     union of the flags' boxes;
//   - a flagged word is personal data when at least MinCover of its box
//     lies inside the union of the page's labelled personal-data word
//     boxes, or when its role is RolePII (the corpus labels a whole drawn
//     word such as "46-year-old" personal while its label holds "46");
//   - recall = labelled personal-data words flagged / labelled words;
//   - precision = flagged words that are personal data / flagged words,
//     over every annotated word of the page (the annotation file, or the
//     corpus's words.json);
//   - a protected word (field label, heading, prose) should never be
//     flagged: Roles counts, per role, the words flagged.
//
// Per entity type, recall counts labelled words by their labelled type,
// and precision counts the words flagged by the boxes of the detected
// entities of that type (a flagged word is right when it is personal data
// of any type). Per kind of document and per country, every count is over
// that group's pages.
type FlagScore struct {
	// Regions says what the flags are, for the printed header.
	Regions string
	// Key prefixes every figure's name.
	Key   string
	All   Tally
	Types map[string]*Tally
	// Roles counts, per word role, the words flagged / the words.
	Roles            map[string]*Count
	Kinds, Countries map[string]*Tally
}

// NewFlagScore returns an empty score over the regions described.
func NewFlagScore(regions, key string) *FlagScore {
	return &FlagScore{Regions: regions, Key: key, Types: map[string]*Tally{}, Roles: map[string]*Count{},
		Kinds: map[string]*Tally{}, Countries: map[string]*Tally{}}
}

func tallyOf(m map[string]*Tally, k string) *Tally {
	t := m[k]
	if t == nil {
		t = &Tally{}
		m[k] = t
	}
	return t
}

// AddPage scores one page against the flags an output set on it.
func (s *FlagScore) AddPage(p Page, flags []Flag) {
	all := make([]doc.Box, len(flags))
	byType := map[string][]doc.Box{}
	for i, f := range flags {
		all[i] = f.Box
		byType[f.Type] = append(byType[f.Type], f.Box)
	}
	page := Tally{Pages: 1}
	var labelled []doc.Box
	for _, l := range p.Labels {
		t := tallyOf(s.Types, l.Type)
		for _, w := range l.Words {
			labelled = append(labelled, w.Box)
			found := Covered(w.Box, all)
			t.Recall.count(found)
			page.Recall.count(found)
		}
	}
	for _, w := range p.Words {
		flagged := Covered(w.Box, all)
		r := s.Roles[w.Role]
		if r == nil {
			r = &Count{}
			s.Roles[w.Role] = r
		}
		r.count(flagged)
		if Protected(w.Role) {
			page.Protected.count(flagged)
		}
		if !flagged {
			continue
		}
		personal := w.Role == RolePII || Covered(w.Box, labelled)
		page.Precision.count(personal)
		for typ, boxes := range byType {
			if Covered(w.Box, boxes) {
				tallyOf(s.Types, typ).Precision.count(personal)
			}
		}
	}
	s.All.add(page)
	if p.Kind != "" {
		tallyOf(s.Kinds, p.Kind).add(page)
	}
	if p.Country != "" {
		tallyOf(s.Countries, p.Country).add(page)
	}
}

func (c *Count) count(found bool) {
	c.Total++
	if found {
		c.Found++
	}
}

// Header is the printed line that says how the figures are computed.
func (s *FlagScore) Header() string {
	return fmt.Sprintf("precision over %s: a word is flagged when >= %.0f%% of its box lies inside them; "+
		"recall = labelled personal-data words flagged / labelled words; precision = flagged words that are "+
		"labelled personal data (role pii, or >= %.0f%% of the box inside labelled personal-data word boxes) / flagged words; "+
		"per type, recall by labelled type and precision over the words flagged by that detected type",
		s.Regions, 100*MinCover, 100*MinCover)
}

// Print writes the tables: per type, per word role, per kind of document
// and per country.
func (s *FlagScore) Print(w io.Writer) {
	fmt.Fprintln(w, s.Header())
	fmt.Fprintf(w, "%-14s %8s %8s %8s %9s %8s %8s\n", "type", "found", "words", "recall", "personal", "flagged", "precision")
	for _, t := range sortedKeys(s.Types) {
		printTally(w, t, s.Types[t], false)
	}
	printTally(w, "ALL", &s.All, false)
	if len(s.Roles) > 0 {
		fmt.Fprintf(w, "words flagged per role (label = field label, FUNSD question; label, header and prose are protected: "+
			"never to be flagged; prot_flag / prot = protected words flagged / protected words):\n")
		fmt.Fprintf(w, "%-14s %8s %8s %8s\n", "role", "flagged", "words", "share")
		for _, r := range sortedKeys(s.Roles) {
			c := s.Roles[r]
			fmt.Fprintf(w, "%-14s %8d %8d %8.3f\n", r, c.Found, c.Total, c.Rate())
		}
	}
	for _, g := range []struct {
		name string
		m    map[string]*Tally
	}{{"kind", s.Kinds}, {"country", s.Countries}} {
		if len(g.m) == 0 {
			continue
		}
		fmt.Fprintf(w, "%-14s %8s %8s %8s %9s %8s %8s %9s %8s %8s %5s\n", g.name, "found", "words", "recall",
			"personal", "flagged", "precision", "prot_flag", "prot", "prot_shr", "pages")
		for _, k := range sortedKeys(g.m) {
			printTally(w, k, g.m[k], true)
		}
	}
}

func printTally(w io.Writer, name string, t *Tally, group bool) {
	fmt.Fprintf(w, "%-14s %8d %8d %8s %9d %8d %8s", name, t.Recall.Found, t.Recall.Total, rateText(t.Recall),
		t.Precision.Found, t.Precision.Total, rateText(t.Precision))
	if group {
		fmt.Fprintf(w, " %9d %8d %8s %5d", t.Protected.Found, t.Protected.Total, rateText(t.Protected), t.Pages)
	}
	fmt.Fprintln(w)
}

// rateText is the count's rate with three decimals, or "-" when nothing
// was counted.
func rateText(c Count) string {
	if c.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", c.Rate())
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Figures returns the measures as named figures, each name prefixed with
// Key: "recall", "precision" and "flagged_protected"; "recall_TYPE" and
// "precision_TYPE"; "flagged_ROLE" for every protected role; and
// "recall_kind_KIND", "precision_kind_KIND", "flagged_protected_kind_KIND"
// (and the same with "country") — names in lower case.
func (s *FlagScore) Figures() map[string]float64 {
	f := map[string]float64{}
	put := func(name string, v float64) { f[s.Key+strings.ToLower(name)] = v }
	put("recall", s.All.Recall.Rate())
	if len(s.Roles) > 0 {
		put("precision", s.All.Precision.Rate())
	}
	for t, c := range s.Types {
		if c.Recall.Total > 0 {
			put("recall_"+t, c.Recall.Rate())
		}
		if c.Precision.Total > 0 {
			put("precision_"+t, c.Precision.Rate())
		}
	}
	for r, c := range s.Roles {
		if Protected(r) {
			put("flagged_"+r, c.Rate())
		}
	}
	if s.All.Protected.Total > 0 {
		put("flagged_protected", s.All.Protected.Rate())
	}
	for _, g := range []struct {
		name string
		m    map[string]*Tally
	}{{"kind", s.Kinds}, {"country", s.Countries}} {
		for k, t := range g.m {
			put("recall_"+g.name+"_"+k, t.Recall.Rate())
			put("precision_"+g.name+"_"+k, t.Precision.Rate())
			if t.Protected.Total > 0 {
				put("flagged_protected_"+g.name+"_"+k, t.Protected.Rate())
			}
		}
	}
	return f
}
