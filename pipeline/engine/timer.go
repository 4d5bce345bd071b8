package engine

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

// stage is one step of a page's processing, on the state P its steps
// share, and the report key its time goes to.
type stage[P any] struct {
	key string
	run func(context.Context, P) error
}

// runStages runs the stages in order on p, timing each under its key; it
// stops at the first error and returns it with the failing stage's key.
func runStages[P any](ctx context.Context, t timer, p P, stages []stage[P]) (string, error) {
	for _, s := range stages {
		if err := t.run(s.key, func() error { return recovered(func() error { return s.run(ctx, p) }) }); err != nil {
			return s.key, err
		}
	}
	return "", nil
}

// errInternal is a stage's failure on a page that its code did not
// expect: the page fails, the other pages and the process go on.
var errInternal = errors.New("internal error")

// recovered runs f and turns a panic into errInternal, with the runtime's
// own message only (a panic's value may hold the page's text, which no
// error carries).
func recovered(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("%w: %s", errInternal, re.Error())
			} else {
				err = errInternal
			}
		}
	}()
	return f()
}

// timer adds up the wall time of a page's stages by report key: a key
// appears once a stage under it has run, even one that did nothing.
type timer map[string]time.Duration

// run runs the stage f under key and returns its error.
func (t timer) run(key string, f func() error) error {
	t0 := time.Now()
	err := f()
	t[key] += time.Since(t0)
	return err
}

// ms is the timing in milliseconds, as reports hold it.
func (t timer) ms() map[string]float64 {
	out := make(map[string]float64, len(t))
	for k, d := range t {
		out[k] = ms(d)
	}
	return out
}
