package engine

import (
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
)

// reportChanged lists in each entity's report the rectangles whose pixels
// were changed for it: each of its regions' boxes (erased field extents and
// rules, drawn lines with their rebuilt background and ink spread,
// redaction boxes) shrunk to the pixels that differ from the original page.
// A region whose pixels all ended as they were is left out.
func reportChanged(p *pageRun, regions []Region) {
	index := make(map[string]int, len(p.rp.Entities))
	for i, e := range p.rp.Entities {
		index[e.ID] = i
	}
	for _, r := range regions {
		i, ok := index[r.Entity]
		if !ok {
			continue
		}
		if d := render.DiffBox(p.orig, p.out, r.Changed); !d.Empty() {
			ent := &p.rp.Entities[i]
			ent.Changed = addRect(ent.Changed, d)
		}
	}
}

// addRect adds r to rs unless one of them holds it, dropping those it holds.
func addRect(rs []doc.Box, r doc.Box) []doc.Box {
	out := rs[:0]
	for _, q := range rs {
		if q.Intersect(r) == r {
			return rs
		}
		if r.Intersect(q) != q {
			out = append(out, q)
		}
	}
	return append(out, r)
}
