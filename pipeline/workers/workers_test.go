package workers

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

// Every index runs once, and no more calls run at a time than workers.
func TestForEachRunsEveryIndexWithinTheBound(t *testing.T) {
	const n, workers = 50, 3
	var seen [n]atomic.Int32
	var running, peak atomic.Int32
	errs := ForEach(context.Background(), n, workers, func(ctx context.Context, i int) error {
		r := running.Add(1)
		for p := peak.Load(); r > p && !peak.CompareAndSwap(p, r); p = peak.Load() {
		}
		seen[i].Add(1)
		running.Add(-1)
		return nil
	})
	if len(errs) != n {
		t.Fatalf("%d errors, want %d", len(errs), n)
	}
	for i := range seen {
		if c := seen[i].Load(); c != 1 || errs[i] != nil {
			t.Fatalf("index %d ran %d times (error %v)", i, c, errs[i])
		}
	}
	if p := peak.Load(); p > workers {
		t.Errorf("%d calls at once, want at most %d", p, workers)
	}
}

// Errors come back by index, and Run returns the lowest index's.
func TestErrorsByIndex(t *testing.T) {
	e3, e7 := errors.New("three"), errors.New("seven")
	fn := func(ctx context.Context, i int) error {
		switch i {
		case 3:
			return e3
		case 7:
			return e7
		}
		return nil
	}
	errs := ForEach(context.Background(), 10, 4, fn)
	if errs[3] != e3 || errs[7] != e7 || errs[0] != nil {
		t.Fatalf("errors %v", errs)
	}
	if err := Run(context.Background(), 10, 4, fn); err != e3 {
		t.Errorf("Run: %v, want %v", err, e3)
	}
	if err := FirstError(make([]error, 4)); err != nil {
		t.Errorf("FirstError of no errors: %v", err)
	}
}

// A cancelled context starts no work; every index gets its error.
func TestForEachCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var calls atomic.Int32
	errs := ForEach(ctx, 5, 0, func(ctx context.Context, i int) error {
		calls.Add(1)
		return nil
	})
	if calls.Load() != 0 {
		t.Errorf("%d calls after cancel", calls.Load())
	}
	for i, err := range errs {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("index %d: %v, want context.Canceled", i, err)
		}
	}
}
