package engine

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// A stage that panics fails its page with an internal error that names
// the stage; the stages after it do not run, and the process goes on.
func TestStagePanicIsThePagesError(t *testing.T) {
	ran := false
	secret := "Maria Lopez"
	key, err := runStages(context.Background(), timer{}, &ran, []stage[*bool]{
		{"detect", func(context.Context, *bool) error {
			var cells []int
			_ = cells[len(secret)] // index out of range
			return nil
		}},
		{"render", func(_ context.Context, r *bool) error { *r = true; return nil }},
	})
	if key != "detect" || !errors.Is(err, errInternal) || ran {
		t.Fatalf("key %q, err %v, later stage ran %v", key, err, ran)
	}
	if strings.Contains(err.Error(), secret) {
		t.Errorf("error holds the page's text: %v", err)
	}
	key, err = runStages(context.Background(), timer{}, &ran, []stage[*bool]{
		{"detect", func(context.Context, *bool) error { panic(secret) }},
	})
	if key != "detect" || !errors.Is(err, errInternal) || strings.Contains(err.Error(), secret) {
		t.Errorf("a panic with the text as its value: key %q, err %v", key, err)
	}
}
