package torch

import "runtime"

// lockedCall runs f with the goroutine pinned to its OS thread, so that a C
// call and the read of its thread-local error message happen on the same
// thread.
func lockedCall(f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	f()
}
