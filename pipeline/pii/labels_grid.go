package pii

import (
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// A grid of names: a row of heads that each label a part of a name, with
// no colon ("LAST NAME   FIRST NAME   NAME EXT.   MIDDLE NAME"), over rows
// that name one person each, the person's role in a column of its own
// that no head stands over ("MOTHER'S MAIDEN  PANGANIBAN  LUZVIMINDA  N/A
// ABAD"). Every cell under a head is that part of that row's name; the
// role's cell is no label of the cells beside it. A row with a label
// under the heads is a form's next field, and ends the grid.

// gridHeadsMin is the fewest heads of a name's parts that make a grid.
const gridHeadsMin = 2

// gridRowsMax is the most rows of a grid under its heads.
const gridRowsMax = 8

// gridScore is the score of a cell under a name part's head.
const gridScore = 0.8

// nameGrid finds the cells of the page's grids of names, and the phrases
// that are the rows' roles (row, phrase index), which label nothing.
func (g *geometry) nameGrid() (out []Match, roles map[[2]int]bool) {
	roles = map[[2]int]bool{}
	for ri := 0; ri+1 < len(g.phrases); ri++ {
		heads := g.namePartHeads(ri)
		if len(heads) < gridHeadsMin {
			continue
		}
		left := g.phrases[ri][heads[0]].box.Left
		for rj := ri + 1; rj < len(g.phrases) && rj <= ri+gridRowsMax && g.rowFollows(rj); rj++ {
			if g.speckRow(rj) {
				continue // a row of OCR's specks between two of the grid's
			}
			if !g.gridRow(rj, left) {
				break // a form's next row of fields: "Geburtsort   Oberhausen" under "Nachname   Vorname"
			}
			cells := g.gridCells(ri, heads, rj)
			if len(cells) == 0 {
				break
			}
			out = append(out, cells...)
			for pi, p := range g.phrases[rj] {
				if p.box.Right() < left {
					roles[[2]int{rj, pi}] = true
				}
			}
		}
	}
	return out, roles
}

// namePartHeads are the indices of row ri's phrases that are whole labels
// of a name's part, without a colon (namePartLabel), when no phrase of the
// row has a colon.
func (g *geometry) namePartHeads(ri int) []int {
	var heads []int
	for pi, p := range g.phrases[ri] {
		if p.colon {
			return nil
		}
		if p.labelLen == len(p.words) && p.rule.typ == entity.Person && namePartLabel(p.canon) {
			heads = append(heads, pi)
		}
	}
	return heads
}

// rowFollows reports row rj standing close under the row before it (two
// text heights at most between them) with no colon on it.
func (g *geometry) rowFollows(rj int) bool {
	if g.rowBox[rj].Top-g.rowBox[rj-1].Bottom() > 2*g.h {
		return false
	}
	for _, p := range g.phrases[rj] {
		if p.colon {
			return false
		}
	}
	return true
}

// gridRow reports a row of a grid of names: no label under the heads
// (left is the first head's start).
func (g *geometry) gridRow(rj, left int) bool {
	for _, p := range g.phrases[rj] {
		if p.box.Right() >= left && p.labelLen > 0 {
			return false
		}
	}
	return true
}

// speckRow reports a row with no letter or digit.
func (g *geometry) speckRow(rj int) bool {
	return !slices.ContainsFunc(g.phrases[rj], func(p *phrase) bool { return wordsHaveAlnum(g.in.Page.Words, p.words) })
}

// gridCells are the name-shaped cells of row rj that stand under one of
// the heads of row ri, each a person's match of its head.
func (g *geometry) gridCells(ri int, heads []int, rj int) []Match {
	words := g.in.Page.Words
	var out []Match
	for _, p := range g.phrases[rj] {
		ws := p.words
		for len(ws) > 0 && !hasAlnum(words[ws[0]].Text) {
			ws = ws[1:] // OCR's specks before the cell: "——  CHRISTINE JOY"
		}
		if len(ws) == 0 {
			continue
		}
		for _, hi := range heads {
			head := g.phrases[ri][hi]
			if !underHead(words[ws[0]].Box, head.box, g.h) {
				continue
			}
			if gridNameCell(ws, words) {
				m := wordSpanMatch(g.in, ws[0], ws[len(ws)-1], entity.Person, gridScore)
				m.Source = "label:" + head.canon
				out = append(out, m)
			}
			break
		}
	}
	return out
}

// gridNameCell reports a cell whose words can all be a name's, its
// particles in capitals too ("DE LOS REYES"), no "N/A".
func gridNameCell(ws []int, words []doc.Word) bool {
	for _, wi := range ws {
		t := strings.TrimSpace(words[wi].Text)
		c := coreWord(t)
		if nameParticles[strings.ToLower(c)] && c != "" {
			continue
		}
		if strings.Contains(t, "/") || !capitalised(c) || hasDigit(t) || !hasLetters(c, 2) && !reInitialWord.MatchString(t) || isLabelWord(c) || isFormWord(c) {
			return false
		}
	}
	return true
}

// underHead reports a cell's first word that starts under head, within a
// text height of its start or inside its width.
func underHead(first, head doc.Box, h int) bool {
	return abs(first.Left-head.Left) <= h || first.Left >= head.Left && first.Left < head.Right()
}
