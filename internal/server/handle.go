package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/document"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/tiffpages"
)

// Endpoints, as the metrics label them.
const (
	epDetect    = "detect"
	epAnonymize = "anonymize"
)

// RequestIDHeader carries a request's id both ways: a client's own id (a
// short token) is kept, otherwise one is made.
const RequestIDHeader = "X-Request-Id"

func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if !s.ready() {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("POST /v1/detect", s.document(epDetect))
	mux.HandleFunc("POST /v1/anonymize", s.document(epAnonymize))
	return mux
}

// request is one document request on its way: what its answer, metrics,
// audit record and log line share.
type request struct {
	w      http.ResponseWriter
	r      *http.Request
	start  time.Time
	rec    auditRecord
	body   []byte
	wrote  bool
	errMsg string
}

// document is the handler of a document endpoint: admission (key, rate,
// readiness, queue), the body, the options, then the engine.
func (s *Server) document(endpoint string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := &request{w: w, r: r, start: time.Now()}
		q.rec = auditRecord{RequestID: requestID(r), Endpoint: endpoint}
		w.Header().Set(RequestIDHeader, q.rec.RequestID)
		defer s.finish(q)
		defer s.recoverPanic(q)
		s.serveDocument(q)
	}
}

func (s *Server) serveDocument(q *request) {
	e, opts, ok := s.check(q)
	if !ok {
		return
	}
	anonymize := q.rec.Endpoint == epAnonymize
	if err := s.admit.enter(); err != nil {
		q.w.Header().Set("Retry-After", "1")
		s.fail(q, http.StatusServiceUnavailable, "queue_full", err.Error())
		return
	}
	hadSlot := false
	defer func() { s.admit.leave(hadSlot) }()
	data, err := readBody(q.r, s.cfg.MaxBody)
	if err != nil {
		s.failInput(q, err)
		return
	}
	q.body = data
	sum := sha256.Sum256(data)
	q.rec.InputSHA256 = hex.EncodeToString(sum[:])
	if _, err := document.Sniff(data); err != nil {
		s.failInput(q, err)
		return
	}
	v, digest, err := s.variants.get(e, opts, anonymize)
	if err != nil {
		s.fail(q, http.StatusBadRequest, "bad_options", err.Error())
		return
	}
	q.rec.Options = digest
	if err := s.admit.acquire(q.r.Context()); err != nil {
		s.fail(q, http.StatusServiceUnavailable, "canceled", "canceled while queued")
		return
	}
	hadSlot = true
	if anonymize {
		s.anonymize(q, v, opts)
	} else {
		s.detect(q, v)
	}
}

// check runs the checks before a request is admitted: its key, its
// client's rate, readiness and its options; it answers a request that
// fails one.
func (s *Server) check(q *request) (*Engines, requestOptions, bool) {
	client, ok := s.authorize(q.r)
	q.rec.Client = client
	if !ok {
		s.fail(q, http.StatusUnauthorized, "unauthorized", "missing or wrong API key (Authorization: Bearer <key>)")
		return nil, requestOptions{}, false
	}
	if ok, wait := s.clients.allow(client, q.start); !ok {
		q.w.Header().Set("Retry-After", fmt.Sprint(retryAfter(wait)))
		s.fail(q, http.StatusTooManyRequests, "rate_limited", "over the rate limit")
		return nil, requestOptions{}, false
	}
	e := s.engines.Load()
	if e == nil || s.draining.Load() {
		q.w.Header().Set("Retry-After", "1")
		s.fail(q, http.StatusServiceUnavailable, "not_ready", "not ready")
		return nil, requestOptions{}, false
	}
	opts, err := parseOptions(q.r.URL.Query(), e, q.rec.Endpoint == epAnonymize)
	if err != nil {
		s.fail(q, http.StatusBadRequest, "bad_options", err.Error())
		return nil, requestOptions{}, false
	}
	return e, opts, true
}

func (s *Server) detect(q *request, v *variant) {
	f, err := v.det.DetectData(q.r.Context(), "request", q.body)
	if err != nil {
		s.failInput(q, err)
		return
	}
	s.metrics.observeReport(epDetect, f.Report, "")
	q.rec.summarize(f.Report, false)
	s.reply(q, http.StatusOK, f.Report)
}

// anonymizeResponse is /v1/anonymize's answer.
type anonymizeResponse struct {
	Report      *report.Report `json:"report"`
	Output      []byte         `json:"output"`
	ContentType string         `json:"content_type"`
}

func (s *Server) anonymize(q *request, v *variant, o requestOptions) {
	ctx := q.r.Context()
	f, err := v.an.AnonymizeData(ctx, "request", q.body)
	if err != nil {
		s.failInput(q, err)
		return
	}
	ext := document.OutputExt(f.Format, "-", len(f.Pages))
	var words [][]doc.Word
	if o.textLayer && ext == ".pdf" {
		if words, err = v.an.TextLayer(ctx, f); err != nil {
			s.failInput(q, err)
			return
		}
	}
	var out bytes.Buffer
	if err := document.Encode(&out, "output"+ext, f.OutPages(words)); err != nil {
		s.failInput(q, err)
		return
	}
	s.metrics.observeReport(epAnonymize, f.Report, o.anon.Strategy)
	q.rec.summarize(f.Report, true)
	s.reply(q, http.StatusOK, anonymizeResponse{Report: f.Report, Output: out.Bytes(), ContentType: contentTypes[ext]})
}

// contentTypes are the outputs' media types by extension.
var contentTypes = map[string]string{".png": "image/png", ".tif": "image/tiff", ".pdf": "application/pdf"}

// authorize checks the request's API key when the server has keys, and
// names its client for rate limits and the audit log: the key's digest
// prefix, or the remote address without keys. Keys are compared in
// constant time (as SHA-256 digests, so their lengths do not show either).
func (s *Server) authorize(r *http.Request) (client string, ok bool) {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if len(s.cfg.APIKeys) == 0 {
		return host, true
	}
	token, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !found || token == "" {
		return host, false
	}
	got := sha256.Sum256([]byte(token))
	match := 0
	for _, k := range s.cfg.APIKeys {
		want := sha256.Sum256(k)
		match |= subtle.ConstantTimeCompare(got[:], want[:])
	}
	if match != 1 {
		return host, false
	}
	return "key-" + hex.EncodeToString(got[:6]), true
}

// requestID keeps a client's X-Request-Id when it is a short token of
// letters, digits, '-', '_' and '.', and makes one otherwise.
func requestID(r *http.Request) string {
	id := r.Header.Get(RequestIDHeader)
	if len(id) > 0 && len(id) <= 64 && strings.Trim(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") == "" {
		return id
	}
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// errTooLarge marks a body over the limit.
var errTooLarge = errors.New("the body is over the size limit")

// readBody reads the request body, at most max bytes.
func readBody(r *http.Request, max int64) ([]byte, error) {
	if r.ContentLength > max {
		return nil, fmt.Errorf("%w of %d bytes", errTooLarge, max)
	}
	data, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, max))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, fmt.Errorf("%w of %d bytes", errTooLarge, max)
	case err != nil:
		return nil, fmt.Errorf("read body: %w", err)
	case len(data) == 0:
		return nil, fmt.Errorf("empty body: send the document's bytes")
	}
	return data, nil
}

// inputStatus is the answer to an input the engine could not take: 415
// for no accepted format, 413 over a size limit (body, pixels, pages), 503
// for a deadline or a cancelled request, and 400 for anything else about
// the document (undecodable, or failing in the engine).
func inputStatus(err error) (int, string) {
	switch {
	case errors.Is(err, document.ErrUnsupported):
		return http.StatusUnsupportedMediaType, "unsupported"
	case errors.Is(err, errTooLarge), errors.Is(err, imageio.ErrTooLarge),
		errors.Is(err, pdf.ErrTooManyPages), errors.Is(err, tiffpages.ErrTooManyPages):
		return http.StatusRequestEntityTooLarge, "too_large"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "timeout"
	case errors.Is(err, context.Canceled):
		return http.StatusServiceUnavailable, "canceled"
	}
	return http.StatusBadRequest, "bad_input"
}

// failInput answers a body the server or the engine could not take
// (inputStatus).
func (s *Server) failInput(q *request, err error) {
	status, reason := inputStatus(err)
	s.fail(q, status, reason, err.Error())
}

// errorBody is every error's answer.
type errorBody struct {
	Error     string `json:"error"`
	RequestID string `json:"request_id"`
}

// fail answers an error; reason labels it in metrics and the audit log.
func (s *Server) fail(q *request, status int, reason, msg string) {
	q.rec.Reason, q.errMsg = reason, msg
	s.reply(q, status, errorBody{Error: msg, RequestID: q.rec.RequestID})
}

// reply writes v as the JSON answer.
func (s *Server) reply(q *request, status int, v any) {
	q.rec.Status, q.wrote = status, true
	writeJSON(q.w, status, v)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// recoverPanic turns a panic in a request into a 400 answer, a count and
// a log line with the stack; the panic's value is logged only when it is a
// runtime error (whose text is the runtime's own, never a document's).
func (s *Server) recoverPanic(q *request) {
	p := recover()
	if p == nil {
		return
	}
	s.metrics.panics.Inc()
	ev := s.log.Error().Str("request_id", q.rec.RequestID).Str("endpoint", q.rec.Endpoint).Bytes("stack", debug.Stack())
	if re, ok := p.(runtime.Error); ok {
		ev = ev.Str("panic", re.Error())
	}
	ev.Msg("request panicked")
	if !q.wrote {
		s.fail(q, http.StatusBadRequest, "panic", "the document could not be processed")
	}
}

// finish counts the request, writes its audit record and logs it.
func (s *Server) finish(q *request) {
	d := time.Since(q.start)
	q.rec.Time, q.rec.DurationMS = q.start.UTC(), float64(d.Microseconds())/1000
	s.metrics.observeRequest(q.rec.Endpoint, q.rec.Status, d.Seconds())
	if q.rec.Reason != "" {
		s.metrics.rejected.WithLabelValues(q.rec.Reason).Inc()
	}
	if err := s.audit.write(&q.rec); err != nil {
		s.log.Error().Err(err).Str("request_id", q.rec.RequestID).Msg("audit log write failed")
	}
	ev := s.log.Info()
	if q.rec.Status != http.StatusOK {
		ev = s.log.Warn().Str("reason", q.rec.Reason).Str("error", q.errMsg)
	}
	ev.Str("request_id", q.rec.RequestID).Str("endpoint", q.rec.Endpoint).Str("client", q.rec.Client).
		Int("status", q.rec.Status).Int("pages", q.rec.Pages).Float64("ms", q.rec.DurationMS).Msg("request")
}
