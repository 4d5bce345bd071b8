package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// TestEmailSplitByOCR keeps the front of an address that OCR read as a
// word of its own, when it touches the rest, and leaves a word before a
// space alone.
func TestEmailSplitByOCR(t *testing.T) {
	glued := mkPage(append(row(10, 10, "scrivere", "a"), tw{"cassandra.", 114, 10}, tw{"secci@example.it", 194, 10}))
	got := find(analyze(t, DefaultConfig(), glued), entity.Email)
	if len(got) != 1 || got[0].Text != "cassandra. secci@example.it" {
		t.Fatalf("glued address: got %+v", got)
	}
	spaced := mkPage(row(10, 10, "Write", "to", "us.", "info@example.it"))
	got = find(analyze(t, DefaultConfig(), spaced), entity.Email)
	if len(got) != 1 || got[0].Text != "info@example.it" {
		t.Fatalf("address after a sentence: got %+v", got)
	}
}
