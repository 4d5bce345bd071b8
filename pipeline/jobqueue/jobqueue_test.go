package jobqueue

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/rs/zerolog"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

// testKey is the workers' and the local run's key.
var testKey = []byte("queue test key")

// startNATS runs an embedded NATS server with JetStream on a random
// loopback port, its store in a temporary folder.
func startNATS(t *testing.T) string {
	t.Helper()
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true,
		StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("NATS server did not start")
	}
	t.Cleanup(s.Shutdown)
	return s.ClientURL()
}

// openQueue connects to url and opens the queue with the default names.
func openQueue(t *testing.T, url string) (*Queue, *nats.Conn) {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	limits := DefaultLimits()
	limits.MaxBytes = 256 << 20
	q, err := Open(context.Background(), js, DefaultNames(), limits)
	if err != nil {
		t.Fatal(err)
	}
	return q, nc
}

// testEngine is one detector and render anonymizer shared by a test's
// workers, and the digest of their options.
type testEngine struct {
	an     *engine.Anonymizer
	digest string
}

func newTestEngine(t *testing.T) testEngine {
	t.Helper()
	dopts := engine.DefaultDetectOptions()
	dopts.OCR.Workers = 2
	dopts.HashKey = testKey
	// One OCR pass per page keeps the tests fast.
	dopts.SecondPSM, dopts.NoReread = 0, true
	det, err := engine.NewDetector(dopts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { det.Close() })
	aopts := engine.DefaultAnonymizeOptions()
	aopts.Key = testKey
	an, err := engine.NewAnonymizer(det, aopts)
	if err != nil {
		t.Fatal(err)
	}
	digest, err := engine.OutputDigest(dopts, &aopts)
	if err != nil {
		t.Fatal(err)
	}
	return testEngine{an, digest}
}

func (e testEngine) config(m *Metrics) WorkerConfig {
	return WorkerConfig{
		Engines:    map[entity.Strategy]Engine{entity.Render: {Anonymizer: e.an, Options: e.digest}},
		Slots:      1,
		AckWait:    3 * time.Second,
		MaxDeliver: 2,
		RetryDelay: 100 * time.Millisecond,
		Metrics:    m,
		Log:        zerolog.Nop(),
	}
}

// startWorker runs a worker on q until the test ends or the returned stop
// is called.
func startWorker(t *testing.T, q *Queue, cfg WorkerConfig) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := q.RunWorker(ctx, cfg); err != nil {
			t.Error(err)
		}
	})
	stop = func() { cancel(); wg.Wait() }
	t.Cleanup(stop)
	return stop
}

// pagePNG is a small synthetic page as PNG.
func pagePNG(t *testing.T, seed int64) []byte {
	t.Helper()
	d, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Kinds[seed%3], Seed: seed,
		Width: synthdoc.MinWidth, Height: synthdoc.MinHeight})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, d.Image); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// local is what a local run of the engine writes for data: the output and
// the report without its timings.
func local(t *testing.T, e testEngine, name string, data []byte) (out []byte, rep string) {
	t.Helper()
	f, err := e.an.AnonymizeData(context.Background(), name, data)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := encodeOutput(&b, f, name); err != nil {
		t.Fatal(err)
	}
	var rb bytes.Buffer
	if err := f.Report.Encode(&rb); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), untimed(t, rb.Bytes())
}

// untimed is a report without its timings, which differ between runs,
// and its source, which is the name the job was first submitted under.
func untimed(t *testing.T, data []byte) string {
	t.Helper()
	var r report.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	r.TimingMS, r.Source = nil, ""
	b, _ := json.Marshal(r)
	return string(b)
}

// submitAll submits each named input and waits for every outcome.
func submitAll(t *testing.T, q *Queue, e testEngine, inputs map[string][]byte) (map[string]Submitted, map[string]*Result) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	mark, err := q.Mark(ctx)
	if err != nil {
		t.Fatal(err)
	}
	how := map[string]Submitted{}
	results := map[string]*Result{}
	waiting := map[string]bool{}
	for name, data := range inputs {
		job := NewJob(name, data, entity.Render, e.digest)
		if how[name], err = q.Submit(ctx, job, data); err != nil {
			t.Fatal(err)
		}
		switch how[name] {
		case Queued, AlreadyQueued:
			waiting[job.ID] = true
		default:
			r, err := q.Outcome(ctx, job.ID, name)
			if err != nil || r == nil {
				t.Fatalf("%s: outcome %v, %v", name, r, err)
			}
			results[name] = r
		}
	}
	byID := map[string][]string{}
	for name, data := range inputs {
		id := NewJob(name, data, entity.Render, e.digest).ID
		byID[id] = append(byID[id], name)
	}
	err = q.Wait(ctx, mark, waiting, func(r *Result) error {
		for _, name := range byID[r.ID] {
			results[name] = r
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return how, results
}

// TestWorkersProcessFolder: three workers and a submitter process a folder
// with a duplicate and a poison input; the outputs equal a local run byte
// for byte, the duplicate is run once, the poison input is dead-lettered
// with its error, and resubmitting the folder queues nothing.
func TestWorkersProcessFolder(t *testing.T) {
	url := startNATS(t)
	e := newTestEngine(t)
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	for range 3 {
		q, _ := openQueue(t, url)
		startWorker(t, q, e.config(m))
	}
	q, _ := openQueue(t, url)
	inputs := map[string][]byte{"a.png": pagePNG(t, 1), "b.png": pagePNG(t, 2),
		"poison.png": []byte("\x89PNG\r\n\x1a\nthis is no image at all")}
	inputs["a-copy.png"] = inputs["a.png"]

	how, results := submitAll(t, q, e, inputs)
	if how["a.png"] == how["a-copy.png"] || (how["a.png"] != AlreadyQueued && how["a-copy.png"] != AlreadyQueued) {
		t.Errorf("the copy of a.png was not dropped as a duplicate: %v, %v", how["a.png"], how["a-copy.png"])
	}
	for _, name := range []string{"a.png", "a-copy.png", "b.png"} {
		if r := results[name]; r == nil || r.Dead || len(r.Output) == 0 || len(r.Report) == 0 {
			t.Fatalf("%s: no output (%+v)", name, r)
		}
	}
	// One local run is enough here: TestKilledWorker compares another.
	out, rep := local(t, e, "a.png", inputs["a.png"])
	if r := results["a.png"]; !bytes.Equal(r.Output, out) || r.Ext != ".png" {
		t.Errorf("a.png: the queued output (%d bytes, %s) differs from the local run's (%d bytes)", len(r.Output), r.Ext, len(out))
	}
	if untimed(t, results["a.png"].Report) != rep {
		t.Errorf("a.png: the queued report differs from the local run's")
	}
	if p := results["poison.png"]; p == nil || !p.Dead || p.Error == "" || p.Deliveries != 2 {
		t.Errorf("poison input: want a dead letter after 2 deliveries with its error, got %+v", p)
	} else if strings.Contains(p.Error, "this is no image") {
		t.Errorf("the dead letter holds the input's content: %q", p.Error)
	}
	if n := counted(m.jobsDone, 2); n != 2 {
		t.Errorf("jobs done: %v, want 2 (a.png and its copy once; %v redeliveries)", n, testutil.ToFloat64(m.redeliveries))
	}
	if n := counted(m.jobsDead, 1); n != 1 {
		t.Errorf("jobs dead: %v, want 1", n)
	}
	if n, err := q.Pending(context.Background()); err != nil || n != 0 {
		t.Errorf("jobs left on the queue: %d, %v", n, err)
	}

	how, again := submitAll(t, q, e, inputs)
	for name, h := range how {
		want := AlreadyDone
		if name == "poison.png" {
			want = AlreadyDead
		}
		if h != want || again[name] == nil {
			t.Errorf("resubmitted %s: %v, want %v", name, h, want)
		}
	}
	if n := testutil.ToFloat64(m.jobsDone); n != 2 {
		t.Errorf("jobs done after resubmitting: %v, want still 2", n)
	}
}

// TestKilledWorker: a worker lost mid-job (its connection closed without
// an acknowledgement) loses nothing: another worker runs the job after the
// ack wait and its output equals a local run byte for byte. A job run
// again overwrites its output with the same bytes.
func TestKilledWorker(t *testing.T) {
	url := startNATS(t)
	e := newTestEngine(t)
	doomedQ, doomedConn := openQueue(t, url)
	stopDoomed := startWorker(t, doomedQ, e.config(nil))
	q, _ := openQueue(t, url)
	data := pagePNG(t, 4)
	job := NewJob("d.png", data, entity.Render, e.digest)
	ctx := context.Background()
	mark, _ := q.Mark(ctx)
	if _, err := q.Submit(ctx, job, data); err != nil {
		t.Fatal(err)
	}
	waitAckPending(t, q)
	doomedConn.Close()
	stopDoomed()

	m := NewMetrics(prometheus.NewRegistry())
	startWorker(t, q, e.config(m))
	var first *Result
	if err := q.Wait(ctx, mark, map[string]bool{job.ID: true}, func(r *Result) error { first = r; return nil }); err != nil {
		t.Fatal(err)
	}
	out, _ := local(t, e, "d.png", data)
	if first.Dead || !bytes.Equal(first.Output, out) {
		t.Fatalf("after the lost worker: dead %v (%s), output equal to the local run's: %v", first.Dead, first.Error, bytes.Equal(first.Output, out))
	}
	if n := counted(m.redeliveries, 1); n != 1 {
		t.Errorf("redeliveries: %v, want 1", n)
	}

	// Run the job once more, as a redelivery after a loss between storing
	// the output and the report would.
	before, err := q.store.GetInfo(ctx, outputObject(job.ID))
	if err != nil {
		t.Fatal(err)
	}
	if err := q.store.Delete(ctx, reportObject(job.ID)); err != nil {
		t.Fatal(err)
	}
	mark, _ = q.Mark(ctx)
	body, _ := json.Marshal(job)
	if _, err := q.js.Publish(ctx, q.jobSubject(job.Strategy), body, jetstream.WithMsgID(job.ID+"-again")); err != nil {
		t.Fatal(err)
	}
	var second *Result
	if err := q.Wait(ctx, mark, map[string]bool{job.ID: true}, func(r *Result) error { second = r; return nil }); err != nil {
		t.Fatal(err)
	}
	after, err := q.store.GetInfo(ctx, outputObject(job.ID))
	if err != nil {
		t.Fatal(err)
	}
	if n := counted(m.jobsDone, 2); n != 2 {
		t.Errorf("jobs done: %v, want 2 (the job was run again)", n)
	}
	if !bytes.Equal(second.Output, first.Output) || after.Digest != before.Digest {
		t.Errorf("the job run again wrote different bytes: %s, then %s", before.Digest, after.Digest)
	}
}

// counted is c's value once it reaches want, or after 5 s: a worker
// counts a job after its outcome is published and it is acknowledged.
func counted(c prometheus.Counter, want float64) float64 {
	deadline := time.Now().Add(5 * time.Second)
	for testutil.ToFloat64(c) < want && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	return testutil.ToFloat64(c)
}

// waitAckPending waits until a worker holds a job.
func waitAckPending(t *testing.T, q *Queue) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		c, err := q.js.Consumer(ctx, q.names.Jobs, otherConsumer)
		if err == nil {
			if info, err := c.Info(ctx); err == nil && info.NumAckPending == 1 {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("no worker took the job")
}

// TestSaveStaysInDir: an output name read from the bucket cannot leave the
// output folder.
func TestSaveStaysInDir(t *testing.T) {
	dir := t.TempDir()
	for _, ext := range []string{"/../../x.png", "png", ""} {
		if err := Save(dir, "a", &Result{Event: Event{Name: "a.png", Ext: ext}}); err == nil {
			t.Errorf("ext %q: saved", ext)
		}
	}
	if err := Save(dir, "a", &Result{Event: Event{Name: "a.png", Ext: ".png"}, Output: []byte("x"), Report: []byte("{}")}); err != nil {
		t.Error(err)
	}
}
