package engine

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

// TestKeepBrackets: the ")" of "(MCR M12345A)" that the ID's word holds
// stays on the stand-in; one with no "(" before it on its line does not
// come back, nor does a bracket the value keeps itself.
func TestKeepBrackets(t *testing.T) {
	page := &doc.Page{Words: []doc.Word{
		{Text: "Dr", Line: 1}, {Text: "(MCR", Line: 1}, {Text: "M12345A)", Line: 1},
		{Text: "Ref", Line: 2}, {Text: "K1234)", Line: 2},
		{Text: "(Tel", Line: 3}, {Text: "(555)", Line: 3}, {Text: "0100)", Line: 3},
	}}
	for _, c := range []struct {
		words     []int
		text, sur string
		want      string
	}{
		{[]int{2}, "M12345A)", "W74494U", "W74494U)"},
		{[]int{4}, "K1234)", "P5821", "P5821"},
		{[]int{6, 7}, "(555) 0100)", "(555) 0162", "(555) 0162)"},
		{[]int{2}, "M12345A)", "W74494U)", "W74494U)"},
	} {
		e := pii.Entity{Text: c.text, Words: c.words}
		if got := keepBrackets(page, e, c.sur); got != c.want {
			t.Errorf("%q -> %q: got %q, want %q", c.text, c.sur, got, c.want)
		}
	}
}
