package pii

import "testing"

func TestEditDist1(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"october", "october", true},
		{"ocotber", "october", true},  // swap
		{"octobre", "october", true},  // swap at the end
		{"octber", "october", true},   // deletion
		{"occtober", "october", true}, // insertion
		{"octoner", "october", true},  // replacement
		{"otcober", "october", true},
		{"ocotbre", "october", false},
		{"oct", "october", false},
		{"martha", "march", false},
	} {
		if got := patEditDist1(c.a, c.b); got != c.want {
			t.Errorf("patEditDist1(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := patEditDist1(c.b, c.a); got != c.want {
			t.Errorf("patEditDist1(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}
