package ocr

// #cgo LDFLAGS: -lgomp
// #include <omp.h>
import "C"

// OpenMPThreadLimit is the thread limit libgomp (and so Tesseract) actually
// uses. libgomp reads OMP_THREAD_LIMIT once, when it is loaded at process
// start, so setting the variable later (as New does) does not change it.
func OpenMPThreadLimit() int { return int(C.omp_get_thread_limit()) }
