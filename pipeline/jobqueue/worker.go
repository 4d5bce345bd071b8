package jobqueue

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"

	"github.com/anonymizer-project/anonymizer/pipeline/document"
	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Engine is how a worker runs the jobs of one strategy: the anonymizer,
// and the digest of the options it was built with (engine.OutputDigest),
// which must equal the job's.
type Engine struct {
	Anonymizer *engine.Anonymizer
	Options    string
}

// WorkerConfig configures RunWorker.
type WorkerConfig struct {
	// Engines are the strategies the worker runs. A worker with the
	// diffusion strategy (a GPU worker) takes diffusion jobs first and the
	// others when there are none.
	Engines map[entity.Strategy]Engine
	// Slots is how many jobs the worker runs at once.
	Slots int
	// AckWait is how long a job may go without word from its worker
	// before it is delivered again; a running job tells the server it is
	// in progress every AckWait/3.
	AckWait time.Duration
	// MaxDeliver is how often a job is tried: a job that fails that many
	// times, or whose workers were lost that many times, goes to the dead
	// letter.
	MaxDeliver int
	// RetryDelay is how long a failed job waits before its next try.
	RetryDelay time.Duration
	// Metrics, when set, counts jobs and times stages.
	Metrics *Metrics
	Log     zerolog.Logger
}

// fetchWait is how long one pull waits for a job when the queue is empty.
const fetchWait = 2 * time.Second

// RunWorker pulls and runs jobs until ctx is cancelled. The consumers are
// created, or updated to cfg's AckWait and MaxDeliver.
func (q *Queue) RunWorker(ctx context.Context, cfg WorkerConfig) error {
	if cfg.Slots < 1 || cfg.MaxDeliver < 1 || cfg.AckWait <= 0 || len(cfg.Engines) == 0 {
		return errors.New("worker: want at least one slot, one delivery, one engine and an ack wait")
	}
	var order []jetstream.Consumer
	for _, name := range []string{diffusionConsumer, otherConsumer} {
		if !cfg.takes(name) {
			continue
		}
		c, err := q.js.CreateOrUpdateConsumer(ctx, q.names.Jobs, jetstream.ConsumerConfig{
			Durable:        name,
			Description:    "anonymizer workers",
			FilterSubjects: q.consumerFilters(name),
			AckPolicy:      jetstream.AckExplicitPolicy,
			AckWait:        cfg.AckWait,
			// One delivery beyond MaxDeliver lets a worker see that
			// every try was lost and dead-letter the job itself.
			MaxDeliver: cfg.MaxDeliver + 1,
		})
		if err != nil {
			return fmt.Errorf("consumer %s: %w", name, err)
		}
		order = append(order, c)
	}
	var wg sync.WaitGroup
	for range cfg.Slots {
		wg.Go(func() { q.workLoop(ctx, cfg, order) })
	}
	wg.Wait()
	return nil
}

// takes reports whether a worker with cfg's engines takes the jobs of the
// named consumer.
func (cfg WorkerConfig) takes(name string) bool {
	for s := range cfg.Engines {
		if consumerFor(s) == name {
			return true
		}
	}
	return false
}

// workLoop runs one job at a time, taking it from the first consumer in
// order that has one.
func (q *Queue) workLoop(ctx context.Context, cfg WorkerConfig, order []jetstream.Consumer) {
	for ctx.Err() == nil {
		msg := q.next(ctx, cfg, order)
		if msg != nil {
			q.handle(ctx, cfg, msg)
		}
	}
}

// next is the next job: a consumer earlier in order is asked without
// waiting, the last one waits fetchWait. It returns nil when none came.
func (q *Queue) next(ctx context.Context, cfg WorkerConfig, order []jetstream.Consumer) jetstream.Msg {
	for i, c := range order {
		var batch jetstream.MessageBatch
		var err error
		if i < len(order)-1 {
			batch, err = c.FetchNoWait(1)
		} else {
			batch, err = c.Fetch(1, jetstream.FetchMaxWait(fetchWait))
		}
		if err != nil {
			if ctx.Err() == nil {
				cfg.Log.Warn().Err(err).Msg("fetch job")
				sleep(ctx, time.Second)
			}
			return nil
		}
		for msg := range batch.Messages() {
			return msg
		}
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// handle runs one delivery of a job and settles it: acknowledged when its
// objects and outcome are stored, delivered again after a failure, or
// moved to the dead letter after MaxDeliver tries.
func (q *Queue) handle(ctx context.Context, cfg WorkerConfig, msg jetstream.Msg) {
	m := cfg.Metrics
	var job Job
	if err := json.Unmarshal(msg.Data(), &job); err != nil || !job.valid() {
		q.deadLetter(ctx, cfg, msg, Event{ID: "unreadable", Error: "unreadable job message"})
		return
	}
	log := cfg.Log.With().Str("job", job.ID[:12]).Str("input", job.Name).Logger()
	meta, err := msg.Metadata()
	if err != nil {
		log.Error().Err(err).Msg("job metadata")
		return
	}
	tries := int(meta.NumDelivered)
	if tries > 1 {
		m.redelivered()
	}
	if tries > cfg.MaxDeliver {
		q.deadLetter(ctx, cfg, msg, Event{ID: job.ID, Name: job.Name, Deliveries: tries - 1,
			Error: fmt.Sprintf("no outcome after %d deliveries: the workers were lost", tries-1)})
		return
	}
	m.started()
	ran, err := q.runJob(ctx, cfg, msg, job)
	m.finished()
	switch {
	case err == nil:
		if err := msg.DoubleAck(ctx); err != nil {
			log.Warn().Err(err).Msg("acknowledge job (it will be delivered again and found done)")
		}
		if ran {
			m.done()
			log.Info().Int("delivery", tries).Msg("job done")
		} else {
			m.duplicate()
			log.Info().Int("delivery", tries).Msg("job found done already")
		}
	case ctx.Err() != nil:
		// Stopping: the job goes to another worker at once.
		msg.Nak()
	case tries >= cfg.MaxDeliver:
		m.failed()
		q.deadLetter(ctx, cfg, msg, Event{ID: job.ID, Name: job.Name, Deliveries: tries, Error: err.Error()})
	default:
		m.failed()
		log.Warn().Int("delivery", tries).Msg(err.Error())
		msg.NakWithDelay(cfg.RetryDelay)
	}
}

// deadLetter records ev as the job's dead outcome and ends its deliveries.
func (q *Queue) deadLetter(ctx context.Context, cfg WorkerConfig, msg jetstream.Msg, ev Event) {
	ev.Dead = true
	if err := q.publishEvent(ctx, ev); err != nil {
		cfg.Log.Error().Err(err).Msg("dead letter")
		msg.Nak()
		return
	}
	cfg.Metrics.dead()
	cfg.Log.Error().Str("input", ev.Name).Int("deliveries", ev.Deliveries).Msg("job dead: " + ev.Error)
	msg.TermWithReason("dead letter")
}

// runJob anonymizes the job's input and stores its output, its report and
// its outcome, telling the server the job is in progress meanwhile; ran is
// false for a job whose report was stored already (a duplicate, or a worker
// lost after storing), which is only given its outcome again.
func (q *Queue) runJob(ctx context.Context, cfg WorkerConfig, msg jetstream.Msg, job Job) (ran bool, err error) {
	ev := Event{ID: job.ID, Name: job.Name}
	stop := keepInProgress(msg, cfg.AckWait/3)
	defer stop()
	done, err := q.isDone(ctx, job.ID)
	if err != nil {
		return false, err
	}
	if done {
		info, err := q.store.GetInfo(ctx, outputObject(job.ID))
		if err != nil {
			return false, fmt.Errorf("look up output: %w", err)
		}
		ev.Ext = info.Metadata["ext"]
		return false, q.publishEvent(ctx, ev)
	}
	eng, ok := cfg.Engines[job.Strategy]
	switch {
	case !ok:
		return false, fmt.Errorf("this worker does not run strategy %q", job.Strategy)
	case eng.Options != job.Options:
		return false, errors.New("the worker's options or key differ from the submitter's (options digest mismatch)")
	}
	out, rep, ext, err := q.anonymize(ctx, cfg.Metrics, eng.Anonymizer, job)
	if err != nil {
		return false, err
	}
	ev.Ext = ext
	t0 := time.Now()
	// The output goes first: a stored report means a complete job.
	meta := jetstream.ObjectMeta{Name: outputObject(job.ID), Metadata: map[string]string{"ext": ext}}
	if _, err := q.store.Put(ctx, meta, bytes.NewReader(out)); err != nil {
		return false, fmt.Errorf("store output: %w", err)
	}
	if _, err := q.store.PutBytes(ctx, reportObject(job.ID), rep); err != nil {
		return false, fmt.Errorf("store report: %w", err)
	}
	cfg.Metrics.stage("store", time.Since(t0))
	return true, q.publishEvent(ctx, ev)
}

// anonymize fetches the job's input, checks its digest and runs the engine
// on it; it returns the encoded output, the report and the output's
// extension.
func (q *Queue) anonymize(ctx context.Context, m *Metrics, an *engine.Anonymizer, job Job) (out, rep []byte, ext string, err error) {
	t0 := time.Now()
	data, err := q.store.GetBytes(ctx, inputObject(job.SHA256))
	if err != nil {
		return nil, nil, "", fmt.Errorf("fetch input: %w", err)
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != job.SHA256 {
		return nil, nil, "", errors.New("fetch input: content does not match its SHA-256")
	}
	m.stage("fetch", time.Since(t0))
	t0 = time.Now()
	f, err := an.AnonymizeData(ctx, job.Name, data)
	if err != nil {
		return nil, nil, "", err
	}
	m.stage("anonymize", time.Since(t0))
	for stage, ms := range f.Report.TimingMS {
		if stage != "total" {
			m.stage("engine_"+stage, time.Duration(ms*float64(time.Millisecond)))
		}
	}
	t0 = time.Now()
	var ob, rb bytes.Buffer
	ext, err = encodeOutput(&ob, f, job.Name)
	if err != nil {
		return nil, nil, "", err
	}
	if err := f.Report.Encode(&rb); err != nil {
		return nil, nil, "", err
	}
	m.stage("encode", time.Since(t0))
	return ob.Bytes(), rb.Bytes(), ext, nil
}

// encodeOutput writes f's pages to w as anonymize writes the output of the
// input name, and returns the output's extension.
func encodeOutput(w io.Writer, f *engine.AnonFile, name string) (string, error) {
	ext := document.OutputExt(f.Format, name, len(f.Pages))
	return ext, document.Encode(w, "out"+ext, f.OutPages(nil))
}

// keepInProgress tells the server every period that msg's job is still
// running, until the returned stop is called.
func keepInProgress(msg jetstream.Msg, period time.Duration) (stop func()) {
	t := time.NewTicker(period)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-t.C:
				msg.InProgress()
			case <-quit:
				return
			}
		}
	})
	return func() {
		t.Stop()
		close(quit)
		wg.Wait()
	}
}
