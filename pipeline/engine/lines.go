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
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].box.Top < rows[j].box.Top })
	var out []lineSpan
	for _, row := range rows {
		sort.SliceStable(row.words, func(i, j int) bool { return p.Words[row.words[i]].Box.Left < p.Words[row.words[j]].Box.Left })
		out = append(out, columnSegments(p, row.words)...)
	}
	return out
}

// columnGap is how many times the taller word's height a gap between two
// words of a row must be to part two columns ("SPRINGFIELD", "IL" and
// "62704" under "CITY", "STATE" and "ZIP CODE").
const columnGap = 6

// columnSegments cuts a row's words (left to right) at the gaps between
// columns into lines of their own, so that each part of a value is drawn
// in its own column.
func columnSegments(p *doc.Page, ws []int) []lineSpan {
	var out []lineSpan
	start := 0
	for k := 1; k <= len(ws); k++ {
		if k < len(ws) {
			a, b := p.Words[ws[k-1]].Box, p.Words[ws[k]].Box
			if b.Left-a.Right() <= columnGap*max(a.Height, b.Height) {
				continue
			}
		}
		seg := lineSpan{words: append([]int(nil), ws[start:k]...), box: p.Words[ws[start]].Box}
		parts := make([]string, 0, k-start)
		for _, wi := range ws[start:k] {
			seg.box = seg.box.Union(p.Words[wi].Box)
			parts = append(parts, p.Words[wi].Text)
		}
		// A form rule glued to the value ("__(804)") is not text the
		// style is measured on.
		seg.text = strings.Trim(strings.Join(parts, " "), "_ ")
		out = append(out, seg)
		start = k
	}
	return out
}

// splitWords distributes the surrogate's words over the lines: over the
// rows first, at its own line breaks when it has one per line break of
// the original ("Via Roma 12\n00184 Roma RM": the street stays on the
// street's line), else in proportion to the original's word counts per
// row; then over the columns of a row (rowColumns).
func splitWords(s string, lines []lineSpan) []string {
	out := make([]string, len(lines))
	rows := rowsOf(lines)
	counts := make([]int, len(rows))
	for r, row := range rows {
		for _, li := range row {
			counts[r] += len(lines[li].words)
		}
	}
	for r, t := range splitRows(s, counts) {
		row := rows[r]
		per := make([]int, len(row))
		for k, li := range row {
			per[k] = len(lines[li].words)
		}
		for k, part := range rowColumns(strings.Fields(t), per) {
			out[row[k]] = part
		}
	}
	return out
}

// rowsOf groups the indices of lines (top to bottom, a row's columns left
// to right) into rows: consecutive lines on one row.
func rowsOf(lines []lineSpan) [][]int {
	var rows [][]int
	for i, l := range lines {
		if n := len(rows); n > 0 && lines[rows[n-1][0]].box.SameRow(l.box) {
			rows[n-1] = append(rows[n-1], i)
			continue
		}
		rows = append(rows, []int{i})
	}
	return rows
}

// splitRows splits s over rows that held counts words each.
func splitRows(s string, counts []int) []string {
	if len(counts) == 1 {
		return []string{s}
	}
	if parts := strings.Split(strings.TrimSpace(s), "\n"); len(parts) == len(counts) {
		return parts
	}
	words := strings.Fields(s)
	total := 0
	for _, c := range counts {
		total += c
	}
	out := make([]string, len(counts))
	k := 0
	for i, c := range counts {
		n := len(words) * c / max(total, 1)
		if i == len(counts)-1 {
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

// rowColumns deals a row's words over its columns, right to left: each
// column after the first takes as many words as it held (a state code, a
// postcode), and the first takes the rest ("WEST CHICAGO" for
// "SPRINGFIELD"), keeping one for each column after it where it can.
func rowColumns(words []string, per []int) []string {
	out := make([]string, len(per))
	end := len(words)
	for k := len(per) - 1; k > 0; k-- {
		n := max(1, min(per[k], end-k))
		n = max(0, min(n, end))
		out[k] = strings.Join(words[end-n:end], " ")
		end -= n
	}
	out[0] = strings.Join(words[:end], " ")
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
