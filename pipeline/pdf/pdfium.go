package pdf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/klippa-app/go-pdfium"
	pdfiumerr "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// engine is the process-wide PDFium pool, started on first use: compiling
// the WebAssembly module takes seconds, its instances are cheap to reuse.
var engine struct {
	once sync.Once
	pool pdfium.Pool
	err  error
}

// maxInstances bounds the PDFium instances. An instance never gives back
// the WebAssembly memory it has grown to (the largest document and page it
// has rendered, up to a few hundred MB), and rendering is a small part of a
// page's time in the pipeline, so a few instances serve many workers.
const maxInstances = 4

// pdfiumPool returns the shared pool, starting it on the first call. It
// holds up to min(CPUs, maxInstances) PDFium instances; each serves one call
// at a time, the others wait. The compiled module is cached under the user's cache directory (when there
// is one), which cuts the start of later processes from seconds to a fraction
// of a second. PDFium gets no file system and no console.
func pdfiumPool() (pdfium.Pool, error) {
	engine.once.Do(func() {
		rc := wazero.NewRuntimeConfig().
			WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
			WithCloseOnContextDone(true)
		if dir, err := os.UserCacheDir(); err == nil {
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "anonymizer", "pdfium-wasm")); err == nil {
				rc = rc.WithCompilationCache(cache)
			}
		}
		n := min(runtime.NumCPU(), maxInstances)
		engine.pool, engine.err = webassembly.Init(webassembly.Config{
			MaxIdle: n, MaxTotal: n, ReuseWorkers: true,
			RuntimeConfig: rc, FSConfig: wazero.NewFSConfig(),
			Stdout: io.Discard, Stderr: io.Discard,
		})
		if engine.err != nil {
			engine.err = fmt.Errorf("start PDFium: %w", engine.err)
		}
	})
	return engine.pool, engine.err
}

// session is one PDFium instance with one document loaded.
type session struct {
	inst   pdfium.Pdfium
	doc    references.FPDF_DOCUMENT
	stop   func() bool   // stops the watch on the caller's context
	killed chan struct{} // closed once the watch has killed inst
}

// openSession borrows an instance and loads data into it. Cancelling ctx
// kills the instance, which ends a render in progress.
func openSession(ctx context.Context, data []byte) (*session, error) {
	pool, err := pdfiumPool()
	if err != nil {
		return nil, err
	}
	inst, err := pool.GetInstanceWithContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("wait for PDFium: %w", err)
	}
	s := &session{inst: inst, killed: make(chan struct{})}
	s.stop = context.AfterFunc(ctx, func() {
		_ = inst.Kill()
		close(s.killed)
	})
	res, err := inst.FPDF_LoadMemDocument(&requests.FPDF_LoadMemDocument{Data: &data})
	if err != nil {
		s.close()
		return nil, loadError(err)
	}
	s.doc = res.Document
	return s, nil
}

// loadError maps PDFium's load errors to this package's sentinels.
func loadError(err error) error {
	switch {
	case errors.Is(err, pdfiumerr.ErrPassword), errors.Is(err, pdfiumerr.ErrSecurity):
		return ErrEncrypted
	case errors.Is(err, pdfiumerr.ErrFile), errors.Is(err, pdfiumerr.ErrFormat), errors.Is(err, pdfiumerr.ErrUnknown):
		return ErrMalformed
	}
	return fmt.Errorf("PDFium: %w", err)
}

// close releases the document and gives the instance back to the pool (or
// drops it, if the context killed it).
func (s *session) close() {
	if !s.stop() {
		<-s.killed // a killed instance holds nothing more to release
		return
	}
	if s.doc != "" {
		_, _ = s.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: s.doc})
	}
	_ = s.inst.Close()
}
