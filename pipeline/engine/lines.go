package engine

import (
	"hash/fnv"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

type lineSpan struct {
	words []int
	box   doc.Box
	text  string
}

// entityLines groups an entity's words into visual rows, top to bottom:
// a word joins the first row it is on (doc.Box.SameRow). (OCR line ids are not enough: words merged from two OCR
// passes can carry different ids on one row.)
func entityLines(p *doc.Page, e pii.Entity) []lineSpan {
	ws := append([]int(nil), e.Words...)
	sort.SliceStable(ws, func(i, j int) bool { return p.Words[ws[i]].Box.Top < p.Words[ws[j]].Box.Top })
	var rows []lineSpan
	for _, wi := range ws {
		b := p.Words[wi].Box
		placed := false
		for r := range rows {
			rb := rows[r].box
			if rb.SameRow(b) {
				rows[r].box = rb.Union(b)
				rows[r].words = append(rows[r].words, wi)
				placed = true
				break
			}
		}
		if !placed {
			rows = append(rows, lineSpan{box: b, words: []int{wi}})
		}
	}
	for r := range rows {
		row := &rows[r]
		sort.SliceStable(row.words, func(i, j int) bool { return p.Words[row.words[i]].Box.Left < p.Words[row.words[j]].Box.Left })
		parts := make([]string, len(row.words))
		for k, wi := range row.words {
			parts[k] = p.Words[wi].Text
		}
		// A form rule glued to the value ("__(804)") is not text the
		// style is measured on.
		row.text = strings.Trim(strings.Join(parts, " "), "_ ")
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].box.Top < rows[j].box.Top })
	return rows
}

// splitWords distributes the surrogate's words over the lines: at its own
// line breaks when it has one per line break of the original ("Via Roma
// 12\n00184 Roma": the street stays on the street's line), else in
// proportion to the original's word counts per line.
func splitWords(s string, lines []lineSpan) []string {
	out := make([]string, len(lines))
	if len(lines) == 1 {
		out[0] = s
		return out
	}
	if parts := strings.Split(strings.TrimSpace(s), "\n"); len(parts) == len(lines) {
		for i, p := range parts {
			out[i] = strings.Join(strings.Fields(p), " ")
		}
		return out
	}
	words := strings.Fields(s)
	total := 0
	for _, l := range lines {
		total += len(l.words)
	}
	k := 0
	for i, l := range lines {
		n := len(words) * len(l.words) / max(total, 1)
		if i == len(lines)-1 {
			n = len(words) - k
		}
		n = max(0, min(n, len(words)-k))
		if n == 0 && k < len(words) {
			n = 1
		}
		out[i] = strings.Join(words[k:k+n], " ")
		k += n
	}
	return out
}

func seedOf(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

func jobLines(js []*job) []lineSpan {
	out := make([]lineSpan, len(js))
	for i, j := range js {
		out[i] = j.line
	}
	return out
}

// extraBoxes are the entity's boxes that no word line accounts for.
func extraBoxes(e pii.Entity, lines []lineSpan) []doc.Box {
	var out []doc.Box
	for _, b := range e.Boxes {
		covered := false
		for _, l := range lines {
			if in := b.Intersect(l.box); in.Area() >= b.Area()*9/10 || b == l.box {
				covered = true
				break
			}
		}
		if !covered && !b.Empty() {
			out = append(out, b)
		}
	}
	return out
}
