package server

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

var testKey = []byte("server test key")

// shared is the one detector (and its Tesseract pool) the tests' servers
// run on, as a server's requests do.
var shared struct {
	once sync.Once
	det  *engine.Detector
	err  error
}

func TestMain(m *testing.M) {
	os.Setenv("OMP_THREAD_LIMIT", "1")
	code := m.Run()
	if shared.det != nil {
		shared.det.Close()
	}
	os.Exit(code)
}

func engines(t *testing.T) *Engines {
	t.Helper()
	shared.once.Do(func() {
		o := engine.DefaultDetectOptions()
		o.OCR.Workers, o.HashKey = 2, testKey
		shared.det, shared.err = engine.NewDetector(o)
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	a := engine.DefaultAnonymizeOptions()
	a.Key = testKey
	return &Engines{Detector: shared.det, Anonymize: a}
}

// syncBuffer is a buffer written from several goroutines (audit, log).
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is a real server on a loopback port.
type testServer struct {
	*Server
	url        string
	audit, log *syncBuffer
}

// start serves cfg's server on 127.0.0.1 (loaded with the shared
// detector unless load is false); limits left zero get roomy values.
func start(t *testing.T, cfg Config, load bool) *testServer {
	t.Helper()
	ts := &testServer{audit: &syncBuffer{}, log: &syncBuffer{}}
	if cfg.MaxInflight == 0 {
		cfg.MaxInflight = 2
	}
	if cfg.MaxBody == 0 {
		cfg.MaxBody = 8 << 20
	}
	cfg.Audit = ts.audit
	cfg.Logger = zerolog.New(ts.log).Level(zerolog.DebugLevel)
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts.Server = s
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.url = "http://" + ln.Addr().String()
	done := make(chan error, 1)
	go func() { done <- s.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		s.Shutdown(ctx)
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
	if load {
		e := engines(t)
		if err := s.Load(func() (*Engines, error) { return e, nil }); err != nil {
			t.Fatal(err)
		}
	}
	return ts
}

// answer is a response read whole.
type answer struct {
	code int
	hdr  http.Header
	body []byte
}

func (ts *testServer) do(t *testing.T, method, path string, body []byte, hdr ...string) answer {
	t.Helper()
	req, err := http.NewRequest(method, ts.url+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{resp.StatusCode, resp.Header, b}
}

// wantError checks an error answer: its code, a JSON error holding
// substr, and the request id of the header.
func wantError(t *testing.T, what string, a answer, code int, substr string) {
	t.Helper()
	var e errorBody
	if err := json.Unmarshal(a.body, &e); err != nil {
		t.Fatalf("%s: %d %q is not a JSON error: %v", what, a.code, a.body, err)
	}
	if a.code != code || !strings.Contains(e.Error, substr) || e.RequestID == "" || e.RequestID != a.hdr.Get(RequestIDHeader) {
		t.Errorf("%s: got %d %+v (header id %q), want %d with %q", what, a.code, e, a.hdr.Get(RequestIDHeader), code, substr)
	}
}

// page is a synthetic page as PNG bytes, with its planted values.
func page(t *testing.T, kind synthdoc.Kind, seed int64) ([]byte, *synthdoc.Document) {
	t.Helper()
	d, err := synthdoc.Generate(synthdoc.Options{Kind: kind, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.EncodePNG()
	if err != nil {
		t.Fatal(err)
	}
	return b, d
}

// strip is the top 160 rows of a synthetic page: a few words, read fast.
func strip(t *testing.T) []byte {
	t.Helper()
	d, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Letter, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, d.Image.SubImage(image.Rect(0, 0, d.Image.Rect.Dx(), 160))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestProbesFollowLoadingAndDraining(t *testing.T) {
	ts := start(t, Config{}, false)
	if a := ts.do(t, "GET", "/healthz", nil); a.code != 200 {
		t.Errorf("healthz before load: %d", a.code)
	}
	if a := ts.do(t, "GET", "/readyz", nil); a.code != 503 {
		t.Errorf("readyz before load: %d, want 503", a.code)
	}
	wantError(t, "detect before load", ts.do(t, "POST", "/v1/detect", strip(t)), 503, "not ready")
	e := engines(t)
	ts.Load(func() (*Engines, error) { return e, nil })
	if a := ts.do(t, "GET", "/readyz", nil); a.code != 200 {
		t.Errorf("readyz after load: %d", a.code)
	}
	m := ts.do(t, "GET", "/metrics", nil)
	if m.code != 200 || !strings.Contains(string(m.body), "anonymizer_ready 1") || !strings.Contains(string(m.body), "anonymizer_model_load_seconds") {
		t.Errorf("metrics after load: %d\n%s", m.code, m.body)
	}
}

func TestDetectAndAnonymize(t *testing.T) {
	ts := start(t, Config{}, true)
	data := strip(t)

	a := ts.do(t, "POST", "/v1/detect", data, RequestIDHeader, "client-id-1")
	var rep report.Report
	if err := json.Unmarshal(a.body, &rep); a.code != 200 || err != nil || len(rep.Pages) != 1 || len(rep.Pages[0].Entities) == 0 {
		t.Fatalf("detect: %d %v, %d pages", a.code, err, len(rep.Pages))
	}
	if got := a.hdr.Get(RequestIDHeader); got != "client-id-1" {
		t.Errorf("request id %q, want the client's", got)
	}

	// Options per request: only phones, redacted in mid grey.
	a = ts.do(t, "POST", "/v1/anonymize?types=PHONE&strategy=redact&redact-color=%23808080", data)
	var out anonymizeResponse
	if err := json.Unmarshal(a.body, &out); a.code != 200 || err != nil {
		t.Fatalf("anonymize: %d %v %.300s", a.code, err, a.body)
	}
	if out.ContentType != "image/png" {
		t.Errorf("content type %q", out.ContentType)
	}
	img, err := png.Decode(bytes.NewReader(out.Output))
	if err != nil {
		t.Fatalf("output: %v", err)
	}
	n := 0
	for _, e := range out.Report.Pages[0].Entities {
		if e.Type != "PHONE" || e.Strategy != "redact" {
			t.Errorf("entity %s %s, want only redacted phones", e.Type, e.Strategy)
		}
		b := e.Boxes[0]
		if y := color.GrayModel.Convert(img.At(b.Left+b.Width/2, b.Top+b.Height/2)).(color.Gray).Y; y < 0x7e || y > 0x82 {
			t.Errorf("entity %s: centre at grey %d, want the redaction colour's 128", e.ID, y)
		}
		n++
	}
	if n == 0 {
		t.Error("no phone found on the letterhead")
	}
	// The output decodes as a document of the same size.
	if img.Bounds().Dx() != rep.Pages[0].Width {
		t.Errorf("output width %d, want %d", img.Bounds().Dx(), rep.Pages[0].Width)
	}
	if _, err := base64.StdEncoding.DecodeString(jsonField(t, a.body, "output")); err != nil {
		t.Errorf("output is not base64: %v", err)
	}
}

func jsonField(t *testing.T, b []byte, name string) string {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var s string
	json.Unmarshal(m[name], &s)
	return s
}

func TestErrors(t *testing.T) {
	ts := start(t, Config{MaxBody: 1 << 20}, true)
	good := strip(t)
	cases := []struct {
		name, path string
		body       []byte
		code       int
		substr     string
	}{
		{"unknown parameter", "/v1/detect?strategy=redact", good, 400, `"strategy"`},
		{"bad threshold", "/v1/detect?threshold=2", good, 400, `"threshold"`},
		{"bad type", "/v1/anonymize?types=PERSON,NOPE", good, 400, `"types"`},
		{"bad region", "/v1/detect?region=XX", good, 400, `"region"`},
		{"bad colour", "/v1/anonymize?redact-color=red", good, 400, `"redact-color"`},
		{"bad min-confidence", "/v1/anonymize?min-confidence=-1", good, 400, `"min-confidence"`},
		{"bad text-layer", "/v1/anonymize?text-layer=maybe", good, 400, `"text-layer"`},
		{"diffusion without model", "/v1/anonymize?strategy=diffusion", good, 400, "model"},
		{"empty", "/v1/detect", nil, 400, "empty"},
		{"truncated PNG", "/v1/detect", good[:len(good)/3], 400, ""},
		{"over max body", "/v1/anonymize", make([]byte, 1<<20+1), 413, "size limit"},
		{"text", "/v1/detect", []byte("name: John Smith\n"), 415, "not a PNG"},
		{"huge header", "/v1/detect", hugeHeader(), 413, "pixel"},
	}
	for _, c := range cases {
		wantError(t, c.name, ts.do(t, "POST", c.path, c.body), c.code, c.substr)
	}
	if a := ts.do(t, "GET", "/v1/detect", nil); a.code != 405 {
		t.Errorf("GET /v1/detect: %d, want 405", a.code)
	}
}

func TestAPIKeys(t *testing.T) {
	ts := start(t, Config{APIKeys: [][]byte{[]byte("alpha"), []byte("beta")}}, true)
	body := []byte("not a document")
	wantError(t, "no key", ts.do(t, "POST", "/v1/detect", body), 401, "API key")
	wantError(t, "wrong key", ts.do(t, "POST", "/v1/detect", body, "Authorization", "Bearer gamma"), 401, "API key")
	wantError(t, "not bearer", ts.do(t, "POST", "/v1/detect", body, "Authorization", "Basic beta"), 401, "API key")
	// A good key gets past the check, to the body's own error.
	wantError(t, "good key", ts.do(t, "POST", "/v1/detect", body, "Authorization", "Bearer beta"), 415, "")
	if strings.Contains(ts.audit.String(), "beta") || strings.Contains(ts.log.String(), "beta") {
		t.Error("a key reached the audit log or the server log")
	}
}

func TestRateLimitAnswers429WithRetryAfter(t *testing.T) {
	ts := start(t, Config{Rate: 0.5, Burst: 2}, true)
	body := []byte("not a document")
	for i := range 2 {
		if a := ts.do(t, "POST", "/v1/detect", body); a.code != 415 {
			t.Fatalf("request %d within the burst: %d", i, a.code)
		}
	}
	a := ts.do(t, "POST", "/v1/detect", body)
	wantError(t, "over the burst", a, 429, "rate")
	if ra := a.hdr.Get("Retry-After"); ra != "1" && ra != "2" {
		t.Errorf("Retry-After %q, want 1 or 2 s at 0.5/s", ra)
	}
}

func TestQueueFullAnswers503(t *testing.T) {
	ts := start(t, Config{MaxInflight: 1, Queue: 0}, true)
	held, finish := ts.held(t, "/v1/detect")
	a := ts.do(t, "POST", "/v1/detect", strip(t))
	wantError(t, "queue full", a, 503, "queue")
	if a.hdr.Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	finish()
	if a := <-held; a.code != 200 {
		t.Errorf("the admitted request: %d %.200s", a.code, a.body)
	}
}

// held starts a request whose body (the strip) stays half sent, so that it
// holds its place in the server, until finish sends the rest; it returns
// once the server has admitted it.
func (ts *testServer) held(t *testing.T, path string) (<-chan answer, func()) {
	t.Helper()
	body := strip(t)
	pr, pw := io.Pipe()
	done := make(chan answer, 1)
	go func() {
		resp, err := http.Post(ts.url+path, "application/octet-stream", pr)
		if err != nil {
			done <- answer{code: -1, body: []byte(err.Error())}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		done <- answer{resp.StatusCode, resp.Header, b}
	}()
	pw.Write(body[:100])
	waitFor(t, func() bool { return ts.admit.present.Load() == 1 })
	return done, func() {
		pw.Write(body[100:])
		pw.Close()
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 20 s")
		}
	}
}

// TestFlood sends 40 requests, 20 at a time, from one client at rate 2,
// burst 4, 2 in flight: each is answered 200 or 429, nothing else.
func TestFlood(t *testing.T) {
	ts := start(t, Config{Rate: 2, Burst: 4, MaxInflight: 2, Queue: 16}, true)
	body := strip(t)
	codes := map[int]int{}
	var mu sync.Mutex
	for range 2 {
		var wg sync.WaitGroup
		for range 20 {
			wg.Go(func() {
				a := ts.do(t, "POST", "/v1/detect", body)
				if a.code == 429 && a.hdr.Get("Retry-After") == "" {
					t.Error("429 without Retry-After")
				}
				mu.Lock()
				codes[a.code]++
				mu.Unlock()
			})
		}
		wg.Wait()
	}
	t.Logf("flood: %v", codes)
	if codes[200] < 4 || codes[200]+codes[429] != 40 {
		t.Errorf("flood answers %v: want at least the burst of 200s, the rest 429", codes)
	}
}

// TestPlantedDataStaysOut anonymizes and detects a page of planted
// personal data (and sends a broken copy) and finds none of the planted
// values in the audit log, the metrics or the server log.
func TestPlantedDataStaysOut(t *testing.T) {
	ts := start(t, Config{}, true)
	data, d := page(t, synthdoc.Form, 5)
	for _, path := range []string{"/v1/anonymize", "/v1/detect?types=PERSON,ADDRESS"} {
		if a := ts.do(t, "POST", path, data); a.code != 200 {
			t.Fatalf("%s: %d %.200s", path, a.code, a.body)
		}
	}
	ts.do(t, "POST", "/v1/detect", data[:len(data)/2])
	metrics := string(ts.do(t, "GET", "/metrics", nil).body)
	sinks := map[string]string{"audit log": ts.audit.String(), "metrics": metrics, "server log": ts.log.String()}
	if !strings.Contains(sinks["audit log"], `"anonymize"`) || strings.Count(sinks["audit log"], "\n") != 3 {
		t.Fatalf("audit log holds not the 3 records:\n%s", sinks["audit log"])
	}
	checked := 0
	for _, e := range d.Entities {
		values := []string{e.Text}
		for _, w := range e.Words {
			if len(w.Text) >= 5 && strings.ContainsAny(strings.ToLower(w.Text), "abcdefghijklmnopqrstuvwxyz") {
				values = append(values, w.Text)
			}
		}
		for _, v := range values {
			checked++
			for name, text := range sinks {
				if strings.Contains(text, v) {
					t.Errorf("planted %s %q is in the %s", e.Type, v, name)
				}
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d planted values checked", checked)
	}
}

// TestShutdownFinishesInFlight starts a request, drains: readiness and new
// requests answer 503 at once, the request in flight finishes with 200,
// and Shutdown returns nil.
func TestShutdownFinishesInFlight(t *testing.T) {
	ts := start(t, Config{}, true)
	held, finish := ts.held(t, "/v1/anonymize")
	shut := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		shut <- ts.Shutdown(ctx)
	}()
	waitFor(t, ts.draining.Load)
	rec := httptest.NewRecorder()
	ts.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 503 {
		t.Errorf("readyz while draining: %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	ts.Handler().ServeHTTP(rec, httptest.NewRequest("POST", "/v1/detect", bytes.NewReader(strip(t))))
	if rec.Code != 503 {
		t.Errorf("a new request while draining: %d", rec.Code)
	}
	select {
	case err := <-shut:
		t.Fatalf("shutdown returned before the request in flight finished: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	finish()
	if a := <-held; a.code != 200 {
		t.Errorf("the request in flight: %d %.200s", a.code, a.body)
	}
	if err := <-shut; err != nil {
		t.Errorf("shutdown: %v", err)
	}
}

// TestPanicIsRecovered: a panic in a request is answered 400, counted and
// logged without its value unless the runtime's.
func TestPanicIsRecovered(t *testing.T) {
	ts := start(t, Config{}, true)
	rec := httptest.NewRecorder()
	q := &request{w: rec, r: httptest.NewRequest("POST", "/v1/detect", nil), start: time.Now(),
		rec: auditRecord{RequestID: "r1", Endpoint: epDetect}}
	func() {
		defer s(ts).finish(q)
		defer ts.recoverPanic(q)
		panic(fmt.Errorf("secret document words"))
	}()
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "could not be processed") {
		t.Errorf("panic answered %d %s", rec.Code, rec.Body)
	}
	if !strings.Contains(ts.log.String(), "request panicked") || strings.Contains(ts.log.String(), "secret") {
		t.Errorf("panic log: %s", ts.log)
	}
	if !strings.Contains(string(ts.do(t, "GET", "/metrics", nil).body), "anonymizer_panics_total 1") {
		t.Error("panic not counted")
	}
}

func s(ts *testServer) *Server { return ts.Server }

// hugeHeader is a PNG whose header claims 100000x100000 pixels.
func hugeHeader() []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1)))
	data := b.Bytes()
	// IHDR's width and height follow the 8-byte signature, the chunk
	// length and the type; its CRC covers the type and the data.
	copy(data[16:], []byte{0, 1, 0x86, 0xa0, 0, 1, 0x86, 0xa0})
	crc := crc32.ChecksumIEEE(data[12:29])
	copy(data[29:], []byte{byte(crc >> 24), byte(crc >> 16), byte(crc >> 8), byte(crc)})
	return data
}
