package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// TestItemOverARowOfNumbers reads a receipt's description line, over a row
// of the item's code, quantity and price alone, as goods: no name, whatever
// lists hold its words. A name over a row of words stays one.
func TestItemOverARowOfNumbers(t *testing.T) {
	p := mkPage(
		row(113, 855, "MINYAK", "MASAK", "SAJI", "SKG"),
		row(144, 894, "9556173201458", "1", "31.50"),
	)
	if ps := find(analyze(t, DefaultConfig(), p), entity.Person); len(ps) != 0 {
		t.Errorf("persons on an item's line: %q", texts(ps))
	}
	p = mkPage(
		row(113, 855, "MASAK", "SAJI"),
		row(113, 894, "Kaunter", "03", "POS", "0214"),
	)
	if ps := find(analyze(t, DefaultConfig(), p), entity.Person); len(ps) != 1 {
		t.Errorf("persons over a row of words: %q, want the name", texts(ps))
	}
}
