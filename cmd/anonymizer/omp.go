package main

import (
	"fmt"
	"os"
	"syscall"

	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
)

// ensureThreadLimit makes Tesseract run single-threaded. libgomp reads
// OMP_THREAD_LIMIT once, when it is loaded at process start, so when the
// variable is unset and the limit in force is above 1, this sets
// OMP_THREAD_LIMIT=1 and re-executes the program (same arguments and
// environment otherwise): main calls it before any other work. It does
// nothing when the limit is already 1 or the user set OMP_THREAD_LIMIT;
// otherwise it returns only on failure.
func ensureThreadLimit() error {
	if ocr.OpenMPThreadLimit() <= 1 {
		return nil
	}
	if _, set := os.LookupEnv("OMP_THREAD_LIMIT"); set {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find this executable to re-run with OMP_THREAD_LIMIT=1: %w", err)
	}
	env := append(os.Environ(), "OMP_THREAD_LIMIT=1")
	if err := syscall.Exec(exe, os.Args, env); err != nil {
		return fmt.Errorf("re-run with OMP_THREAD_LIMIT=1: %w", err)
	}
	return nil
}
