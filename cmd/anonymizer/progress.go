package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/sys/unix"
)

// terminal is standard error as the process started with it. Tesseract's
// client (gosseract) points descriptor 2 at /dev/null while it starts,
// whatever other threads write then; log lines and the progress bar go to
// this copy of it instead, which it leaves alone.
var terminal = dupStderr()

func dupStderr() *os.File {
	fd, err := unix.FcntlInt(uintptr(unix.Stderr), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return os.Stderr
	}
	return os.NewFile(uintptr(fd), "/dev/stderr")
}

// logOutput is where log lines go: standard error, or above the progress
// bar while one is drawn (the bar's container prints them there), so that
// log lines and the bar never garble each other.
var logOutput = &switchWriter{w: terminal}

// switchWriter writes to a writer that can be swapped while in use.
type switchWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *switchWriter) Write(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.w.Write(b)
	if err != nil && s.w != io.Writer(terminal) {
		// The bar failed (a terminal that reports no size): the line is
		// not lost.
		return terminal.Write(b)
	}
	return n, err
}

func (s *switchWriter) set(w io.Writer) {
	s.mu.Lock()
	s.w = w
	s.mu.Unlock()
}

// progress draws a batch's progress on standard error: inputs done of all,
// pages, entities, pages per second and the time left.
type progress struct {
	p               *mpb.Progress
	bar             *mpb.Bar
	pages, entities atomic.Int64
	start           time.Time
}

// newProgress starts the bar of a batch of total inputs, or returns nil
// when there is none to draw: with --no-progress, or when standard error
// is not a terminal.
func newProgress(off bool, total int) *progress {
	if off || !isatty.IsTerminal(terminal.Fd()) {
		return nil
	}
	pr := &progress{start: time.Now()}
	pr.p = mpb.New(mpb.WithOutput(terminal), mpb.WithWidth(32), mpb.WithAutoRefresh())
	pr.bar = pr.p.AddBar(int64(total),
		mpb.PrependDecorators(decor.CountersNoUnit("%d/%d inputs")),
		mpb.AppendDecorators(decor.Any(pr.counts), decor.Name(" ETA "), decor.AverageETA(decor.ET_STYLE_MMSS)),
	)
	logOutput.set(pr.p)
	return pr
}

// counts is the bar's text after it: pages, entities and the page rate.
func (pr *progress) counts(decor.Statistics) string {
	pages := pr.pages.Load()
	rate := float64(pages) / time.Since(pr.start).Seconds()
	return fmt.Sprintf(" %d pages · %d entities · %.2f pages/s", pages, pr.entities.Load(), rate)
}

// done counts one finished (or skipped, or failed) input.
func (pr *progress) done(pages, entities int) {
	if pr == nil {
		return
	}
	pr.pages.Add(int64(pages))
	pr.entities.Add(int64(entities))
	pr.bar.Increment()
}

// stop ends the bar (where it stands, if inputs were left undone) and
// gives the log back its terminal.
func (pr *progress) stop() {
	if pr == nil {
		return
	}
	if !pr.bar.Completed() {
		pr.bar.Abort(false)
	}
	pr.p.Wait()
	logOutput.set(terminal)
}
