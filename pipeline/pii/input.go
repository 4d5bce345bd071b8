package pii

import (
	"iter"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// NewInput builds the recognizers' view of a page: words grouped by their
// Line id, lines ordered top to bottom (by the line's top edge, then left
// edge), words in a line ordered left to right.
func NewInput(p *doc.Page) *Input {
	byLine := map[int][]int{}
	var order []int
	for i, w := range p.Words {
		if strings.TrimSpace(w.Text) == "" {
			continue
		}
		if _, ok := byLine[w.Line]; !ok {
			order = append(order, w.Line)
		}
		byLine[w.Line] = append(byLine[w.Line], i)
	}
	lines := make([][]int, 0, len(order))
	for _, id := range order {
		ws := byLine[id]
		sort.SliceStable(ws, func(a, b int) bool { return p.Words[ws[a]].Box.Left < p.Words[ws[b]].Box.Left })
		lines = append(lines, ws)
	}
	lineBox := func(ws []int) doc.Box {
		var b doc.Box
		for _, i := range ws {
			b = b.Union(p.Words[i].Box)
		}
		return b
	}
	sort.SliceStable(lines, func(a, b int) bool {
		ba, bb := lineBox(lines[a]), lineBox(lines[b])
		if ba.Top != bb.Top {
			return ba.Top < bb.Top
		}
		return ba.Left < bb.Left
	})

	in := &Input{
		Page:      p,
		WordStart: make([]int, len(p.Words)),
		WordEnd:   make([]int, len(p.Words)),
		Lines:     lines,
	}
	for i := range in.WordStart {
		in.WordStart[i], in.WordEnd[i] = -1, -1
	}
	var sb strings.Builder
	for li, ws := range lines {
		if li > 0 {
			sb.WriteByte('\n')
		}
		for k, wi := range ws {
			if k > 0 {
				sb.WriteByte(' ')
			}
			in.WordStart[wi] = sb.Len()
			sb.WriteString(strings.TrimSpace(p.Words[wi].Text))
			in.WordEnd[wi] = sb.Len()
		}
	}
	in.Text = sb.String()
	return in
}

// LineTexts yields each non-empty line's text in in.Text and the offset
// where it starts, top to bottom.
func (in *Input) LineTexts() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for _, ln := range in.Lines {
			if len(ln) == 0 {
				continue
			}
			if !yield(in.WordStart[ln[0]], in.lineText(ln)) {
				return
			}
		}
	}
}

// lineText is the text of the words ln of a line in in.Text ("" for none).
func (in *Input) lineText(ln []int) string {
	if len(ln) == 0 {
		return ""
	}
	return in.Text[in.WordStart[ln[0]]:in.WordEnd[ln[len(ln)-1]]]
}

// WordsInSpan returns the indices of the words that overlap the byte span
// [start, end) of in.Text, in text order.
func (in *Input) WordsInSpan(start, end int) []int {
	var out []int
	for _, ws := range in.Lines {
		for _, wi := range ws {
			if in.WordStart[wi] < end && in.WordEnd[wi] > start {
				out = append(out, wi)
			}
		}
	}
	return out
}
