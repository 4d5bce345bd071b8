package torch

/*
#include "anoncore.h"
*/
import "C"

import "sync"

// handle is the pointer P to a native object that a Go type wraps (Model,
// Trainer), behind its lock. use runs calls on the live pointer: under the
// read lock when shared is set (calls may run concurrently; close waits for
// them) and under the write lock otherwise (calls run one at a time).
type handle[P comparable] struct {
	mu     sync.RWMutex
	p      P
	shared bool
}

// use runs f with the live pointer; after close it returns an error naming
// what is closed.
func (h *handle[P]) use(op, what string, f func(p P) C.int) error {
	if h.shared {
		h.mu.RLock()
		defer h.mu.RUnlock()
	} else {
		h.mu.Lock()
		defer h.mu.Unlock()
	}
	var closed P
	if h.p == closed {
		return &Error{Op: op, Code: codeClosed, Msg: what + " is closed"}
	}
	return call(op, func() C.int { return f(h.p) })
}

// close frees the object with destroy once calls in flight have finished,
// and reports whether it did (false when it was already closed).
func (h *handle[P]) close(destroy func(p P)) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	var closed P
	if h.p == closed {
		return false
	}
	destroy(h.p)
	h.p = closed
	return true
}
