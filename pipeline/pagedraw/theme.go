package pagedraw

import "github.com/anonymizer-project/anonymizer/pipeline/fonts"

// Theme is a page's typographic choices: a family for each font role and
// the grey levels of printed ink, of filled-in values, of rules and of the
// paper.
type Theme struct {
	Body, Bold, Head, Value, Mono *fonts.Family
	Ink, ValueInk, Rule, Paper    uint8
}

// FontRole is what a piece of text is set as.
type FontRole int

// The font roles. FontValue is text filled into a form or letter, often
// typed in another face and ink than the printed page.
const (
	FontBody FontRole = iota
	FontBold
	FontHead
	FontValue
	FontMono
)

// Font is the family and ink level of role r.
func (t *Theme) Font(r FontRole) (*fonts.Family, uint8) {
	switch r {
	case FontBold:
		return t.Bold, t.Ink
	case FontHead:
		return t.Head, t.Ink
	case FontValue:
		return t.Value, t.ValueInk
	case FontMono:
		return t.Mono, t.Ink
	}
	return t.Body, t.Ink
}

// thinFamilies have strokes so thin at body sizes that anti-aliasing
// turns them pale grey.
var thinFamilies = map[string]bool{"FreeMono": true}

// Families lists the families of class c (bold or regular) that stay
// legible at body sizes.
func Families(c fonts.Class, bold bool) []*fonts.Family {
	var fs []*fonts.Family
	for _, f := range fonts.ByClass(c, bold) {
		if !thinFamilies[f.Name] {
			fs = append(fs, f)
		}
	}
	return fs
}
