package evaluate

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// MinCover is the share of a labelled word's area that output regions must
// cover for the word to count as found (docs/measures.md, detection recall).
const MinCover = 0.5

// Covered reports whether at least MinCover of b's area lies inside the
// union of regions. Regions may overlap; the union is measured exactly on
// the pixel grid of b.
func Covered(b doc.Box, regions []doc.Box) bool {
	return CoverShare(b, regions) >= MinCover
}

// CoverShare is the share of b's area inside the union of regions.
func CoverShare(b doc.Box, regions []doc.Box) float64 {
	area := b.Area()
	if area == 0 {
		return 0
	}
	var clipped []doc.Box
	for _, r := range regions {
		if c := r.Intersect(b); !c.Empty() {
			clipped = append(clipped, c)
		}
	}
	if len(clipped) == 0 {
		return 0
	}
	// Sweep columns: for each x, the union of the clipped boxes' y spans.
	inside := 0
	for x := b.Left; x < b.Right(); x++ {
		var spans [][2]int
		for _, c := range clipped {
			if x >= c.Left && x < c.Right() {
				spans = append(spans, [2]int{c.Top, c.Bottom()})
			}
		}
		sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
		end := -1 << 31
		for _, s := range spans {
			if s[0] > end {
				inside += s[1] - s[0]
				end = s[1]
			} else if s[1] > end {
				inside += s[1] - end
				end = s[1]
			}
		}
	}
	return float64(inside) / float64(area)
}

// Count is a found/total pair.
type Count struct{ Found, Total int }

// Rate is Found/Total (0 when Total is 0).
func (c Count) Rate() float64 {
	if c.Total == 0 {
		return 0
	}
	return float64(c.Found) / float64(c.Total)
}

// DetectScore accumulates detection recall over pages.
type DetectScore struct {
	Pages   int
	ByType  map[string]*Count
	All     Count
	Flagged Count // annotated words covered by any region / all annotated words
	// Precision counts, among flagged annotated words, those that are
	// labelled PII. It is meaningful only where labels are complete (the
	// project's synthetic documents), not on FUNSD.
	Precision Count
	// Flags measures precision next to recall, per type, word role, kind
	// of document and country (FlagScore).
	Flags *FlagScore
}

// NewDetectScore returns an empty score whose Flags are the detected
// entities' boxes.
func NewDetectScore() *DetectScore {
	return &DetectScore{ByType: map[string]*Count{}, Flags: NewFlagScore("the detected entities' boxes", "")}
}

// Boxes are the flags' boxes.
func Boxes(flags []Flag) []doc.Box {
	out := make([]doc.Box, len(flags))
	for i, f := range flags {
		out[i] = f.Box
	}
	return out
}

// Add scores one page against the detected entities' boxes: AddPage with
// the page's annotated words, and Flags.
func (s *DetectScore) Add(p Page, flags []Flag) {
	s.AddPage(p.Labels, Boxes(flags), p.WordBoxes())
	s.Flags.AddPage(p, flags)
}

// AddPage scores one page: its labels, the output regions, and (optionally)
// every annotated word on the page for the flagged share.
func (s *DetectScore) AddPage(labels []Label, regions []doc.Box, words []doc.Box) {
	s.Pages++
	for _, l := range labels {
		c := s.ByType[l.Type]
		if c == nil {
			c = &Count{}
			s.ByType[l.Type] = c
		}
		for _, w := range l.Words {
			c.Total++
			s.All.Total++
			if Covered(w.Box, regions) {
				c.Found++
				s.All.Found++
			}
		}
	}
	var labelled []doc.Box
	for _, l := range labels {
		for _, w := range l.Words {
			labelled = append(labelled, w.Box)
		}
	}
	for _, w := range words {
		s.Flagged.Total++
		if Covered(w, regions) {
			s.Flagged.Found++
			s.Precision.Total++
			if Covered(w, labelled) {
				s.Precision.Found++
			}
		}
	}
}

// Print writes a human-readable table.
func (s *DetectScore) Print(w io.Writer) {
	fmt.Fprintf(w, "pages: %d\n", s.Pages)
	fmt.Fprintf(w, "%-14s %8s %8s %8s\n", "type", "found", "words", "recall")
	var types []string
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := s.ByType[t]
		fmt.Fprintf(w, "%-14s %8d %8d %8.3f\n", t, c.Found, c.Total, c.Rate())
	}
	fmt.Fprintf(w, "%-14s %8d %8d %8.3f\n", "ALL", s.All.Found, s.All.Total, s.All.Rate())
	if s.Flagged.Total > 0 {
		fmt.Fprintf(w, "flagged share of all annotated words: %.3f (%d/%d)\n", s.Flagged.Rate(), s.Flagged.Found, s.Flagged.Total)
		fmt.Fprintf(w, "word precision (flagged words that are labelled PII; only meaningful with complete labels): %.3f (%d/%d)\n",
			s.Precision.Rate(), s.Precision.Found, s.Precision.Total)
	}
	s.Flags.Print(w)
}

// Figures returns the score as named figures (for JSON output).
func (s *DetectScore) Figures() map[string]float64 {
	f := map[string]float64{"recall": s.All.Rate(), "pages": float64(s.Pages)}
	for t, c := range s.ByType {
		f["recall_"+strings.ToLower(t)] = c.Rate()
	}
	if s.Flagged.Total > 0 {
		f["flagged_share"] = s.Flagged.Rate()
		f["precision"] = s.Precision.Rate()
	}
	for k, v := range s.Flags.Figures() {
		f[k] = v
	}
	return f
}
