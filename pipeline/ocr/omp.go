package ocr

// #cgo LDFLAGS: -lgomp
// #include <omp.h>
import "C"

import (
	"fmt"
	"os"
	"syscall"
)

// OpenMPThreadLimit is the thread limit libgomp (and so Tesseract) actually
// uses. libgomp reads OMP_THREAD_LIMIT once, when it is loaded at process
// start, so setting the variable later (as New does) does not change it.
func OpenMPThreadLimit() int { return int(C.omp_get_thread_limit()) }

// EnsureThreadLimit makes sure Tesseract runs single-threaded: when
// OMP_THREAD_LIMIT is unset and libgomp's limit is above 1, it sets
// OMP_THREAD_LIMIT=1 and re-executes the current program (same arguments and
// environment otherwise), so it must be called first thing in main, before
// any other work. It returns nil without doing anything when the limit is
// already 1 or the user set OMP_THREAD_LIMIT explicitly; it returns only on
// failure otherwise.
func EnsureThreadLimit() error {
	if OpenMPThreadLimit() <= 1 {
		return nil
	}
	if _, set := os.LookupEnv("OMP_THREAD_LIMIT"); set {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("ocr: find executable to re-run with OMP_THREAD_LIMIT=1: %w", err)
	}
	env := append(os.Environ(), "OMP_THREAD_LIMIT=1")
	if err := syscall.Exec(exe, os.Args, env); err != nil {
		return fmt.Errorf("ocr: re-run with OMP_THREAD_LIMIT=1: %w", err)
	}
	return nil
}
