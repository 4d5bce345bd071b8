package editdist

import "testing"

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"qetober", "october", 2}, {"october", "october", 0}, {"number", "november", 3}, {"abc", "", 3}, {"nevembcr", "november", 2}} {
		if got := Distance([]byte(c.a), []byte(c.b), 2); got != min(c.want, 3) {
			t.Errorf("Distance(%q, %q, 2) = %d, want %d", c.a, c.b, got, min(c.want, 3))
		}
		if got := Distance([]rune(c.a), []rune(c.b), -1); got != c.want {
			t.Errorf("Distance(%q, %q, -1) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	// Runes count as one element each.
	if got := Distance([]rune("Straße"), []rune("Strasse"), -1); got != 2 {
		t.Errorf("Straße/Strasse = %d, want 2", got)
	}
}
