// Package workers runs indexed jobs on a bounded pool of goroutines.
package workers

import (
	"context"
	"sync"
)

// ForEach runs fn for i in [0, n) on up to workers goroutines and returns
// each call's error (nil for success) by index. It stops starting new work
// once ctx is done; calls not started get ctx's error.
func ForEach(ctx context.Context, n, workers int, fn func(ctx context.Context, i int) error) []error {
	errs := make([]error, n)
	if workers < 1 {
		workers = 1
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers && w < n; w++ {
		wg.Go(func() {
			for i := range next {
				errs[i] = fn(ctx, i)
			}
		})
	}
	for i := 0; i < n; i++ {
		if ctx.Err() != nil {
			for j := i; j < n; j++ {
				errs[j] = ctx.Err()
			}
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return errs
}

// Run is ForEach returning the error of the lowest index that failed.
func Run(ctx context.Context, n, workers int, fn func(ctx context.Context, i int) error) error {
	return FirstError(ForEach(ctx, n, workers, fn))
}

// FirstError returns the first non-nil error of ForEach's results.
func FirstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
