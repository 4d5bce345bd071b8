// Package ocr is the OCR stage: Tesseract (through gosseract) at word level,
// with a pool of single-threaded clients, full-page passes, targeted re-OCR of
// sub-regions (upscaled) and one-line read-back for verification. ReadPage is
// the read that detection uses (passes, recovered ink, re-read rows) and
// ReadFields its second look at the fields detection names; Merge holds the
// rules that decide which reading of a word stays.
//
// Threads: Tesseract built with OpenMP is several times slower on a small
// machine unless OMP_THREAD_LIMIT=1. New sets the variable when it is unset,
// but libgomp reads it when it is loaded, before main runs; a program must
// therefore be started with it set, or re-execute itself first thing in main
// as cmd/anonymizer does. OpenMPThreadLimit reports what libgomp actually
// uses.
//
// Concurrency: an Engine is safe for concurrent use. Each call takes one
// client from the pool; a client serves one goroutine at a time. Tesseract
// calls cannot be interrupted, so a call whose context ends first returns the
// context's error at once and its client is abandoned: it finishes in the
// background, is closed then, and a fresh client takes its place in the pool
// (so for a moment one more Tesseract than Workers may be running). The
// first client is created by New, the others on first use.
//
// Images go to Tesseract as Leptonica "spix" rasters of the grey image (no
// compression, nothing to decode). Word text never goes into errors.
//
// Known limits of gosseract v2.4.1 (not fixable from here): its word-box call
// leaks the C strings of the words and the result iterator, about 1 KB per
// call for a 15-word image (~10 KB for a dense form page); and its client
// initialisation points the process's stderr at a 512-byte buffer while the
// model loads (about 0.1 s), so other output to stderr in that window is lost.
package ocr

import (
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/otiai10/gosseract/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
)

// FieldLineBase offsets the Block and Line ids of words from Region: a
// region's ids are FieldLineBase + n<<12 + (Tesseract's block, or a running
// line number), n counting Region calls, so they never collide with Page's ids
// (which start at 1) nor with another region's.
const FieldLineBase = 1 << 24

// Defaults, chosen by measurement on FUNSD (scripts/ocrmodes, docs/measurements.md).
const (
	DefaultLanguage = "eng"
	// DefaultPSM is 6 (one uniform block): on forms PSM 3 (the CLI's
	// default) drops whole fields.
	DefaultPSM     = 6
	DefaultTimeout = 60 * time.Second
	// DefaultFieldScale is the upscale factor of Region: FUNSD's field text
	// is 8-12 px high, and Tesseract reads best at 20-30 px.
	DefaultFieldScale = 2.0
	// DefaultReadHeight is the height ReadText scales a small region up to.
	DefaultReadHeight = 48
	// DefaultFieldPSM is used by Region when psm <= 0: one uniform block.
	DefaultFieldPSM = 6
	// regionPad is the paper margin (in scaled pixels) put around a region.
	regionPad = 12
)

// Toggle is a three-state switch whose zero value means "the default".
type Toggle int

// Toggle values.
const (
	Default Toggle = iota
	On
	Off
)

// Options configure an Engine. Zero values mean the defaults.
type Options struct {
	// Language is a Tesseract language, or several joined by "+"; default "eng".
	Language string
	// PSM is the page segmentation mode of the full-page pass (Page).
	PSM int
	// Workers is the size of the client pool (each client holds its own
	// copy of the model); default runtime.NumCPU().
	Workers int
	// Timeout bounds each call; default 60s.
	Timeout time.Duration
	// TessdataPrefix is the directory holding LANG.traineddata; default
	// $TESSDATA_PREFIX or Tesseract's compiled-in path.
	TessdataPrefix string

	// PageScale upscales the image before the full-page pass (default 1 =
	// none). On FUNSD (PSM 6) 1.25 raises PII word coverage from 0.890 to
	// 0.929 and words read right from 0.747 to 0.819 for about 30% more
	// page time; 1.5 gives 0.937 and 0.846 for about 40%.
	PageScale float64
	// FieldScale upscales the sub-region in Region; default DefaultFieldScale.
	FieldScale float64
	// ReadHeight is the height (pixels) ReadText scales a region up to when
	// it is smaller; default DefaultReadHeight.
	ReadHeight int
	// Invert controls Tesseract's second look at low-confidence lines as
	// inverted (white on black) text (tessedit_do_invert). Default: off
	// (the CLI has it on): on FUNSD it changed no result and cost time.
	// Turn it on for documents with white-on-black fields.
	Invert Toggle
	// Thresholding is Tesseract's thresholding_method: 0 Otsu (default),
	// 1 Leptonica Otsu, 2 Sauvola.
	Thresholding int
	// Recover makes Page and ReadPage follow the full-page pass with
	// Recover (re-reading text-like ink the pass left uncovered) and merge
	// the result; default on. PagePSM never does.
	Recover Toggle
	// Variables are further Tesseract variables, set on every client.
	Variables map[string]string
}

func (o Options) withDefaults() Options {
	if o.Language == "" {
		o.Language = DefaultLanguage
	}
	if o.PSM == 0 {
		o.PSM = DefaultPSM
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.TessdataPrefix == "" {
		o.TessdataPrefix = os.Getenv("TESSDATA_PREFIX")
	}
	if o.PageScale <= 0 {
		o.PageScale = 1
	}
	if o.FieldScale <= 0 {
		o.FieldScale = DefaultFieldScale
	}
	if o.ReadHeight <= 0 {
		o.ReadHeight = DefaultReadHeight
	}
	return o
}

func (o Options) validate() error {
	if !recognisingPSM(o.PSM) {
		return fmt.Errorf("ocr: page segmentation mode %d does not recognise text (want 1 or 3..13)", o.PSM)
	}
	if o.PageScale > 8 || o.FieldScale > 8 {
		return fmt.Errorf("ocr: scale factors above 8 are not supported (page %g, field %g)", o.PageScale, o.FieldScale)
	}
	if o.Thresholding < 0 || o.Thresholding > 2 {
		return fmt.Errorf("ocr: thresholding method %d out of range 0..2", o.Thresholding)
	}
	return nil
}

// recognisingPSM reports whether a page segmentation mode produces text
// (0 is orientation detection only, 2 segmentation only).
func recognisingPSM(psm int) bool {
	return psm == 1 || psm >= 3 && psm <= 13
}

// Engine runs OCR with a pool of Tesseract clients.
type Engine struct {
	opts      Options
	pool      chan *slot
	closing   chan struct{}
	closeOnce sync.Once
	bg        sync.WaitGroup // abandoned calls still running
	regionSeq atomic.Int64
}

type slot struct{ c *gosseract.Client }

// initMu serialises client initialisation: gosseract's Init redirects the
// process's stderr while Tesseract loads its model, which is not safe to do
// from two goroutines at once.
var initMu sync.Mutex

// New creates an engine. It sets OMP_THREAD_LIMIT=1 in the environment when
// unset, checks that the language data exists, and initialises one client
// (a second in the background, the others on first use).
func New(opts Options) (*Engine, error) {
	if os.Getenv("OMP_THREAD_LIMIT") == "" {
		if err := os.Setenv("OMP_THREAD_LIMIT", "1"); err != nil {
			return nil, fmt.Errorf("ocr: set OMP_THREAD_LIMIT: %w", err)
		}
	}
	o := opts.withDefaults()
	if err := o.validate(); err != nil {
		return nil, err
	}
	if err := checkTessdata(o); err != nil {
		return nil, err
	}
	e := &Engine{
		opts:    o,
		pool:    make(chan *slot, o.Workers),
		closing: make(chan struct{}),
	}
	first, err := e.newClient()
	if err != nil {
		return nil, err
	}
	// The second client loads in the background (inits are serialised, see
	// initMu) while the caller decodes its first page: a page's two
	// concurrent passes need both. The pool is FIFO, so the empty slot goes
	// in first for the loader to take; the others load on first use.
	for i := 1; i < o.Workers; i++ {
		e.pool <- &slot{}
	}
	e.pool <- &slot{c: first}
	if o.Workers > 1 {
		e.bg.Add(1)
		go func() {
			defer e.bg.Done()
			var s *slot
			select {
			case s = <-e.pool:
			case <-e.closing:
				return
			}
			if s.c == nil {
				if c, err := e.newClient(); err == nil {
					s.c = c
				}
			}
			e.pool <- s
		}()
	}
	return e, nil
}

// Options returns the engine's options with defaults filled in.
func (e *Engine) Options() Options { return e.opts }

// checkTessdata finds LANG.traineddata for every language, so that a missing
// model is a clear error rather than Tesseract's message on stderr.
func checkTessdata(o Options) error {
	dirs := []string{}
	if o.TessdataPrefix != "" {
		dirs = append(dirs, o.TessdataPrefix, filepath.Join(o.TessdataPrefix, "tessdata"))
	} else {
		dirs = append(dirs, tessdataDirs()...)
	}
	for _, lang := range strings.Split(o.Language, "+") {
		if lang == "" {
			return fmt.Errorf("ocr: empty language in %q", o.Language)
		}
		found := false
		for _, d := range dirs {
			if _, err := os.Stat(filepath.Join(d, lang+".traineddata")); err == nil {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("ocr: tessdata for language %q not found (looked in %s); install tesseract-ocr-%s or set TESSDATA_PREFIX",
				lang, strings.Join(dirs, ", "), lang)
		}
	}
	return nil
}

// tessdataDirs lists where Tesseract looks by default on Debian and other
// common installs.
func tessdataDirs() []string {
	dirs, _ := filepath.Glob("/usr/share/tesseract-ocr/*/tessdata")
	return append(dirs, "/usr/share/tessdata", "/usr/local/share/tessdata", "/usr/share/tesseract-ocr/tessdata")
}

// blankImage is an 8x8 white image used to force a client's initialisation.
var blankImage = func() []byte {
	g := image.NewGray(image.Rect(0, 0, 8, 8))
	for i := range g.Pix {
		g.Pix[i] = 255
	}
	return encodeSpix(g)
}()

// newClient creates and initialises one Tesseract client.
func (e *Engine) newClient() (*gosseract.Client, error) {
	initMu.Lock()
	defer initMu.Unlock()
	c := gosseract.NewClient()
	fail := func(err error) (*gosseract.Client, error) {
		c.Close()
		return nil, err
	}
	if e.opts.TessdataPrefix != "" {
		if err := c.SetTessdataPrefix(e.opts.TessdataPrefix); err != nil {
			return fail(fmt.Errorf("ocr: tessdata prefix: %w", err))
		}
	}
	if err := c.SetLanguage(strings.Split(e.opts.Language, "+")...); err != nil {
		return fail(fmt.Errorf("ocr: language: %w", err))
	}
	// Tesseract's diagnostics (tprintf) go to debug_file; keep them (and any
	// text they might quote) out of the process's output.
	if err := c.DisableOutput(); err != nil {
		return fail(fmt.Errorf("ocr: disable tesseract output: %w", err))
	}
	vars := map[string]string{"thresholding_method": strconv.Itoa(e.opts.Thresholding)}
	if e.opts.Invert == On {
		vars["tessedit_do_invert"] = "1"
	} else {
		vars["tessedit_do_invert"] = "0"
	}
	for k, v := range e.opts.Variables {
		vars[k] = v
	}
	for k, v := range vars {
		if err := c.SetVariable(gosseract.SettableVariable(k), v); err != nil {
			return fail(fmt.Errorf("ocr: set tesseract variable %s: %w", k, err))
		}
	}
	if err := c.SetImageFromBytes(blankImage); err != nil {
		return fail(fmt.Errorf("ocr: init image: %w", err))
	}
	if err := c.SetPageSegMode(gosseract.PSM_SINGLE_WORD); err != nil {
		return fail(fmt.Errorf("ocr: init psm: %w", err))
	}
	if _, err := c.Text(); err != nil {
		return fail(fmt.Errorf("ocr: initialise tesseract (language %q): %w", e.opts.Language, err))
	}
	return c, nil
}

// ErrClosed is returned by calls on a closed engine.
var ErrClosed = errors.New("ocr: engine closed")

// Close releases every client, waiting for running calls (including
// abandoned ones) to finish. Calls after Close return ErrClosed.
func (e *Engine) Close() error {
	e.closeOnce.Do(func() {
		close(e.closing)
		for i := 0; i < e.opts.Workers; i++ {
			s := <-e.pool
			if s.c != nil {
				s.c.Close()
			}
		}
		e.bg.Wait()
	})
	return nil
}

// recognize runs one Tesseract pass over an encoded image.
func (e *Engine) recognize(ctx context.Context, img []byte, psm int) ([]gosseract.BoundingBox, error) {
	ctx, cancel := context.WithTimeout(ctx, e.opts.Timeout)
	defer cancel()
	select {
	case <-e.closing:
		return nil, ErrClosed
	default:
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	var s *slot
	select {
	case s = <-e.pool:
	case <-ctx.Done():
		return nil, fmt.Errorf("ocr: waiting for a free client: %w", ctx.Err())
	case <-e.closing:
		return nil, ErrClosed
	}
	if s.c == nil {
		c, err := e.newClient()
		if err != nil {
			e.pool <- s
			return nil, err
		}
		s.c = c
	}
	type result struct {
		boxes []gosseract.BoundingBox
		err   error
	}
	done := make(chan result, 1)
	c := s.c
	e.bg.Add(1)
	go func() {
		defer e.bg.Done()
		var r result
		if r.err = c.SetImageFromBytes(img); r.err == nil {
			if r.err = c.SetPageSegMode(gosseract.PageSegMode(psm)); r.err == nil {
				r.boxes, r.err = c.GetBoundingBoxesVerbose()
			}
		}
		done <- r
	}()
	select {
	case r := <-done:
		e.pool <- s
		if r.err != nil {
			return nil, fmt.Errorf("ocr: tesseract: %w", r.err)
		}
		return r.boxes, nil
	case <-ctx.Done():
		// The client is busy and cannot be interrupted: abandon it (closed
		// once its call returns) and put a fresh, lazily created one in its
		// place. The closer is counted before the slot goes back, so that
		// Close, which needs every slot, waits for it too.
		e.bg.Add(1)
		go func() {
			defer e.bg.Done()
			<-done
			c.Close()
		}()
		e.pool <- &slot{}
		return nil, fmt.Errorf("ocr: tesseract call abandoned: %w", ctx.Err())
	}
}

// mapping converts coordinates in the image given to Tesseract back to page
// coordinates: page = origin + (p - off) / scale, clipped to clip.
type mapping struct {
	origin image.Point
	off    image.Point
	scale  float64
	clip   image.Rectangle
}

func (m mapping) box(r image.Rectangle) doc.Box {
	x0 := m.origin.X + int(math.Floor(float64(r.Min.X-m.off.X)/m.scale))
	y0 := m.origin.Y + int(math.Floor(float64(r.Min.Y-m.off.Y)/m.scale))
	x1 := m.origin.X + int(math.Ceil(float64(r.Max.X-m.off.X)/m.scale))
	y1 := m.origin.Y + int(math.Ceil(float64(r.Max.Y-m.off.Y)/m.scale))
	return doc.BoxFromRect(image.Rect(x0, y0, x1, y1).Intersect(m.clip))
}

// words converts Tesseract's boxes. Line ids become a running count from
// lineBase+1 (unique within the result); Block becomes blockBase+block.
func (m mapping) words(boxes []gosseract.BoundingBox, pass string, blockBase, lineBase int) []doc.Word {
	out := make([]doc.Word, 0, len(boxes))
	line := lineBase
	lastB, lastP, lastL := -1, -1, -1
	for _, b := range boxes {
		if b.BlockNum != lastB || b.ParNum != lastP || b.LineNum != lastL {
			line++
			lastB, lastP, lastL = b.BlockNum, b.ParNum, b.LineNum
		}
		text := strings.TrimSpace(b.Word)
		if text == "" {
			continue
		}
		box := m.box(b.Box)
		if box.Empty() {
			continue
		}
		out = append(out, doc.Word{
			Text:  text,
			Box:   box,
			Conf:  math.Max(0, math.Min(100, b.Confidence)),
			Block: blockBase + b.BlockNum,
			Par:   b.ParNum,
			Line:  line,
			Pass:  pass,
		})
	}
	return out
}

// Page reads a whole page: the full-page pass with the engine's PSM, then
// (unless Options.Recover is Off) Recover over the ink that pass left
// uncovered, merged by Fill. Word boxes are in the image's pixel
// coordinates; Line ids are unique within the page; Pass is "page", or
// "recover" for words Recover found (which may share a Line with "page"
// words, see Fill). ReadPage is the fuller read that detection uses.
func (e *Engine) Page(ctx context.Context, img image.Image, index int) (*doc.Page, error) {
	p, err := e.PagePSM(ctx, img, index, e.opts.PSM)
	if err != nil || e.opts.Recover == Off {
		return p, err
	}
	rec, err := e.Recover(ctx, img, p, 0)
	if err != nil {
		return nil, err
	}
	p.Words, _ = Merge(p.Words, Fill, Reading{Words: rec})
	return p, nil
}

// PagePSM is one full-page pass with the given page segmentation mode and
// no recovery, e.g. a second sparse pass (PSM 11) to merge by Fill.
func (e *Engine) PagePSM(ctx context.Context, img image.Image, index, psm int) (*doc.Page, error) {
	b, err := checkPage(img, index, psm)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ocr: page %d: %w", index, err) // no grey copy of a page no one waits for
	}
	g := raster.ToGray(img, b)
	if e.opts.PageScale != 1 {
		g = scaleGray(g, e.opts.PageScale)
	}
	boxes, err := e.recognize(ctx, encodeSpix(g), psm)
	if err != nil {
		return nil, fmt.Errorf("ocr: page %d: %w", index, err)
	}
	m := mapping{origin: b.Min, scale: e.opts.PageScale, clip: b}
	return &doc.Page{
		Index:  index,
		Width:  b.Dx(),
		Height: b.Dy(),
		Words:  m.words(boxes, doc.PassPage, 0, 0),
	}, nil
}

// checkPage validates a full-page pass's mode and image; it returns the
// image's bounds.
func checkPage(img image.Image, index, psm int) (image.Rectangle, error) {
	if !recognisingPSM(psm) {
		return image.Rectangle{}, fmt.Errorf("ocr: page %d: page segmentation mode %d does not recognise text (want 1 or 3..13)", index, psm)
	}
	b := img.Bounds()
	if b.Empty() {
		return b, fmt.Errorf("ocr: page %d: image has zero size (%dx%d)", index, b.Dx(), b.Dy())
	}
	return b, nil
}

// prepareRegion crops r (already clipped), converts to grey, scales by s and
// pads with the region's paper colour. It returns nil data when the region
// holds no ink at all.
func prepareRegion(img image.Image, r image.Rectangle, s float64) ([]byte, mapping) {
	m := mapping{origin: r.Min, off: image.Pt(regionPad, regionPad), scale: s, clip: r}
	g := raster.ToGray(img, r)
	paper := paperLevel(g)
	if !hasInk(g, paper) {
		return nil, m
	}
	if s != 1 {
		g = scaleGray(g, s)
	}
	g = padGray(g, regionPad, paper)
	return encodeSpix(g), m
}

// Region re-reads the sub-region r of img (upscaled by FieldScale) with the
// given page segmentation mode (DefaultFieldPSM when psm <= 0). Boxes are
// mapped back to page coordinates and clipped to r; Block and Line ids are
// offset (see FieldLineBase); Pass is "field". A region without ink returns
// no words without calling Tesseract.
func (e *Engine) Region(ctx context.Context, img image.Image, r image.Rectangle, psm int) ([]doc.Word, error) {
	return e.RegionScaled(ctx, img, r, psm, e.opts.FieldScale)
}

// RegionScaled is Region with the upscale factor given (1..8).
func (e *Engine) RegionScaled(ctx context.Context, img image.Image, r image.Rectangle, psm int, scale float64) ([]doc.Word, error) {
	if scale < 1 || scale > 8 {
		return nil, fmt.Errorf("ocr: region: scale %g outside [1, 8]", scale)
	}
	c, err := checkRect(img, r)
	if err != nil {
		return nil, err
	}
	if psm <= 0 {
		psm = DefaultFieldPSM
	}
	if !recognisingPSM(psm) {
		return nil, fmt.Errorf("ocr: region: page segmentation mode %d does not recognise text (want 1 or 3..13)", psm)
	}
	data, m := prepareRegion(img, c, scale)
	if data == nil {
		return nil, nil
	}
	boxes, err := e.recognize(ctx, data, psm)
	if err != nil {
		return nil, fmt.Errorf("ocr: region %v: %w", c, err)
	}
	base := FieldLineBase + int(e.regionSeq.Add(1))<<12
	return m.words(boxes, doc.PassField, base, base), nil
}

// ReadText reads the region r as one text line (PSM 7), upscaling it to about
// ReadHeight pixels when smaller. It returns the words joined by single
// spaces and the character-weighted mean word confidence (0..100); a region
// without ink (or where nothing is recognised) reads as "" with confidence 0.
func (e *Engine) ReadText(ctx context.Context, img image.Image, r image.Rectangle) (string, float64, error) {
	c, err := checkRect(img, r)
	if err != nil {
		return "", 0, err
	}
	s := 1.0
	if h := c.Dy(); h < e.opts.ReadHeight {
		s = math.Min(4, float64(e.opts.ReadHeight)/float64(h))
	}
	data, m := prepareRegion(img, c, s)
	if data == nil {
		return "", 0, nil
	}
	boxes, err := e.recognize(ctx, data, int(gosseract.PSM_SINGLE_LINE))
	if err != nil {
		return "", 0, fmt.Errorf("ocr: read text in %v: %w", c, err)
	}
	words := m.words(boxes, doc.PassField, 0, 0)
	parts := make([]string, 0, len(words))
	var sum, n float64
	for _, w := range words {
		parts = append(parts, w.Text)
		k := float64(len([]rune(w.Text)))
		sum += w.Conf * k
		n += k
	}
	if n == 0 {
		return "", 0, nil
	}
	return strings.Join(parts, " "), sum / n, nil
}
