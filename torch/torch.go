// Package torch is the thin cgo layer over the native core's C API
// (csrc/include/anoncore.h, library build/libanoncore.so). It converts Go
// slices and strings to the C calls and C statuses to Go errors; it holds no
// business logic.
//
// Data: pixel buffers are float32 slices in row-major [n, 1, h, w] layout,
// grayscale, values in [0, 1] (0 = black ink, 1 = white paper); masks use the
// same layout with 1 = generate. Latents are [n, latent_ch, h/d, w/d], d
// the model's downsampling factor (Model.Geometry).
// Every length is checked against the given shape before crossing into C.
//
// Threading model:
//   - A Model may be used from many goroutines at once: Info, Encode,
//     Decode, Sample and Save run concurrently (the core takes a shared lock
//     per model). A Trainer step or Trainer.Load on that model waits for
//     them and runs alone (exclusive lock).
//   - Close waits for calls in flight on the same handle and then frees it;
//     calls after Close return ErrClosed.
//   - Different models are independent. SetThreads is process-wide and sets
//     libtorch's intra-op thread pool; call it once at start-up.
//   - Calls on one Trainer are serialised (a Go mutex). A Trainer keeps its
//     model's weights alive, even after Model.Close.
//
// Errors are *Error values carrying the core's status code; use errors.Is
// with ErrInvalid, ErrIO, ErrCheckpoint, ErrRuntime or ErrOutOfMemory.
// Messages never contain the texts passed in.
//
// The first call into the library compares its ABI version with the one of
// the header this package was compiled against; on a mismatch that call and
// every later one fail with ErrABI.
package torch

/*
#cgo CFLAGS: -I${SRCDIR}/../csrc/include
#cgo LDFLAGS: -L${SRCDIR}/../build -lanoncore -Wl,-rpath,${SRCDIR}/../build
#include <stdlib.h>
#include "anoncore.h"
*/
import "C"

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"unsafe"
)

// ABIVersion is the C API version this package was compiled against
// (ANON_ABI_VERSION in anoncore.h).
const ABIVersion = int(C.ANON_ABI_VERSION)

// Code is a status code of the C API.
type Code int

// Status codes, mirroring anon_status.
const (
	CodeInvalid     Code = C.ANON_ERR_INVALID
	CodeIO          Code = C.ANON_ERR_IO
	CodeCheckpoint  Code = C.ANON_ERR_CHECKPOINT
	CodeRuntime     Code = C.ANON_ERR_RUNTIME
	CodeOutOfMemory Code = C.ANON_ERR_OOM
	codeClosed      Code = -1
	codeABI         Code = -2
)

// Error is a failure reported by the native core (or a Go-side argument
// check before the call).
type Error struct {
	Op   string
	Code Code
	Msg  string
}

func (e *Error) Error() string { return "torch: " + e.Op + ": " + e.Msg }

// Is matches sentinel errors by code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Op == "" && t.Code == e.Code
}

// Sentinels for errors.Is.
var (
	ErrInvalid     = &Error{Code: CodeInvalid, Msg: "invalid argument"}
	ErrIO          = &Error{Code: CodeIO, Msg: "i/o error"}
	ErrCheckpoint  = &Error{Code: CodeCheckpoint, Msg: "bad checkpoint"}
	ErrRuntime     = &Error{Code: CodeRuntime, Msg: "runtime error"}
	ErrOutOfMemory = &Error{Code: CodeOutOfMemory, Msg: "out of memory"}
	ErrClosed      = &Error{Code: codeClosed, Msg: "handle is closed"}
	ErrABI         = &Error{Code: codeABI, Msg: "native core ABI mismatch"}
)

// abiChecked holds the result of the one ABI comparison (see checkABI).
var abiChecked = sync.OnceValue(func() error { return checkABI(int(C.anon_abi_version()), ABIVersion) })

// checkABI compares the library's ABI version with the header's.
func checkABI(lib, header int) error {
	if lib == header {
		return nil
	}
	return &Error{Op: "abi_version", Code: codeABI, Msg: fmt.Sprintf(
		"libanoncore has ABI %d, this program was built for ABI %d (rebuild the native core and the program together: make build)",
		lib, header)}
}

// status converts a C status into an error with the thread-local message;
// it must run on the OS thread that made the call (see lockedCall).
func status(op string, rc C.int) error {
	if rc == C.ANON_OK {
		return nil
	}
	msg := strings.TrimPrefix(C.GoString(C.anon_last_error()), op+": ")
	return &Error{Op: op, Code: Code(rc), Msg: msg}
}

func invalid(op, format string, args ...any) error {
	return &Error{Op: op, Code: CodeInvalid, Msg: fmt.Sprintf(format, args...)}
}

// Version returns the native core's version string.
func Version() string { return C.GoString(C.anon_version()) }

// BuildInfo describes the native build and the machine it runs on.
type BuildInfo struct {
	Version       string `json:"version"`
	ABI           int    `json:"abi"`
	Torch         string `json:"torch"`
	CUDABuilt     bool   `json:"cuda_built"`
	CUDAAvailable bool   `json:"cuda_available"`
	CUDADevices   int    `json:"cuda_devices"`
	Threads       int    `json:"threads"`
	FusedKernels  bool   `json:"fused_kernels"`
}

// GetBuildInfo reports the library version, libtorch version, CUDA and
// thread settings.
func GetBuildInfo() (BuildInfo, error) {
	var info BuildInfo
	s, err := takeJSON("build_info", func(out **C.char) C.int { return C.anon_build_info(out) })
	if err != nil {
		return info, err
	}
	if err := json.Unmarshal([]byte(s), &info); err != nil {
		return info, fmt.Errorf("torch: build_info: decode: %w", err)
	}
	return info, nil
}

// SetThreads sets libtorch's intra-op thread count (process-wide).
func SetThreads(n int) error {
	return call("set_threads", func() C.int { return C.anon_set_threads(C.int(n)) })
}

// Memory reports the process's resident set size and the bytes held by the
// CUDA caching allocator (0 without CUDA).
func Memory() (rssBytes, deviceBytes int64, err error) {
	var rss, dev C.int64_t
	err = call("memory", func() C.int { return C.anon_memory(&rss, &dev) })
	return int64(rss), int64(dev), err
}

// call runs a C call and the read of its error message on one OS thread.
func call(op string, f func() C.int) error {
	if err := abiChecked(); err != nil {
		return err
	}
	var err error
	lockedCall(func() { err = status(op, f()) })
	return err
}

func takeJSON(op string, f func(out **C.char) C.int) (string, error) {
	if err := abiChecked(); err != nil {
		return "", err
	}
	var s string
	var err error
	lockedCall(func() {
		var out *C.char
		if err = status(op, f(&out)); err != nil {
			return
		}
		s = C.GoString(out)
		C.anon_free(unsafe.Pointer(out))
	})
	return s, err
}

// cStrings copies texts to C; free releases them.
func cStrings(texts []string) (arr **C.char, free func()) {
	n := len(texts)
	if n == 0 {
		return nil, func() {}
	}
	ptrSize := unsafe.Sizeof((*C.char)(nil))
	mem := C.malloc(C.size_t(uintptr(n) * ptrSize))
	slice := unsafe.Slice((**C.char)(mem), n)
	for i, s := range texts {
		slice[i] = C.CString(s)
	}
	return (**C.char)(mem), func() {
		for _, p := range slice {
			C.free(unsafe.Pointer(p))
		}
		C.free(mem)
	}
}

func checkLen(op, what string, buf []float32, want int) error {
	if want <= 0 {
		return invalid(op, "%s: empty shape", what)
	}
	if len(buf) != want {
		return invalid(op, "%s: have %d values, shape needs %d", what, len(buf), want)
	}
	return nil
}
