// Package jobqueue spreads anonymization over many machines with NATS
// JetStream: inputs, outputs and reports travel through an object store
// bucket, one job per document waits on a work-queue stream, workers pull
// jobs, and a second stream carries each job's outcome (done, or dead with
// the error that stopped it). Delivery is at least once; outputs are keyed
// by the job id, so a redelivered job overwrites an object with the same
// bytes. docs/queue.md describes the design.
package jobqueue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Names are the JetStream names the queue uses.
type Names struct {
	// Prefix starts every subject: Prefix.jobs.<strategy>,
	// Prefix.done.<id>, Prefix.dead.<id>.
	Prefix string
	// Jobs is the work-queue stream of jobs; Events the stream of
	// outcomes; Bucket the object store of inputs, outputs and reports.
	Jobs, Events, Bucket string
}

// DefaultNames are the names the commands use unless told otherwise.
func DefaultNames() Names {
	return Names{Prefix: "anonymizer", Jobs: "ANONYMIZER_JOBS", Events: "ANONYMIZER_EVENTS", Bucket: "anonymizer"}
}

// Limits are set on the streams and the bucket when the queue creates them
// (an existing stream or bucket keeps its own).
type Limits struct {
	// Retention is the longest a job, an outcome or an object is kept.
	Retention time.Duration
	// MaxBytes caps the bucket (inputs, outputs and reports); a full
	// bucket refuses new inputs. 0: no limit.
	MaxBytes int64
	// Duplicates is how long the jobs stream remembers a job id to drop a
	// resubmission that is still queued (done jobs are found by their
	// report in the bucket at any age).
	Duplicates time.Duration
}

// DefaultLimits keep everything a week, dedupe queued jobs for a day and
// cap the bucket at 8 GiB.
func DefaultLimits() Limits {
	return Limits{Retention: 7 * 24 * time.Hour, MaxBytes: 8 << 30, Duplicates: 24 * time.Hour}
}

// The two durable pull consumers of the jobs stream: diffusion jobs, which
// need a GPU worker, and the others. A work-queue stream wants consumers
// whose filters do not overlap.
const (
	diffusionConsumer = "diffusion"
	otherConsumer     = "cpu"
)

// Queue is an open job queue: the jobs and events streams and the bucket.
type Queue struct {
	js     jetstream.JetStream
	names  Names
	jobs   jetstream.Stream
	events jetstream.Stream
	store  jetstream.ObjectStore
}

// Open opens the queue's streams and bucket, creating those that are
// missing with limits.
func Open(ctx context.Context, js jetstream.JetStream, names Names, limits Limits) (*Queue, error) {
	if limits.Duplicates > limits.Retention {
		limits.Duplicates = limits.Retention
	}
	q := &Queue{js: js, names: names}
	var err error
	q.jobs, err = ensureStream(ctx, js, jetstream.StreamConfig{
		Name:        names.Jobs,
		Description: "anonymizer jobs, one per document",
		Subjects:    []string{names.Prefix + ".jobs.*"},
		Retention:   jetstream.WorkQueuePolicy,
		MaxAge:      limits.Retention,
		Duplicates:  limits.Duplicates,
		Discard:     jetstream.DiscardNew,
		Storage:     jetstream.FileStorage,
	})
	if err != nil {
		return nil, err
	}
	q.events, err = ensureStream(ctx, js, jetstream.StreamConfig{
		Name:              names.Events,
		Description:       "anonymizer job outcomes: done, or dead with the error",
		Subjects:          []string{names.Prefix + ".done.*", names.Prefix + ".dead.*"},
		Retention:         jetstream.LimitsPolicy,
		MaxAge:            limits.Retention,
		MaxMsgsPerSubject: 1,
		Storage:           jetstream.FileStorage,
	})
	if err != nil {
		return nil, err
	}
	q.store, err = js.ObjectStore(ctx, names.Bucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		q.store, err = js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{
			Bucket:      names.Bucket,
			Description: "anonymizer inputs, outputs and reports",
			TTL:         limits.Retention,
			MaxBytes:    maxBytes(limits.MaxBytes),
			Storage:     jetstream.FileStorage,
		})
	}
	if err != nil {
		return nil, fmt.Errorf("object store %s: %w", names.Bucket, err)
	}
	return q, nil
}

// maxBytes is a byte limit as JetStream takes it (-1: none).
func maxBytes(n int64) int64 {
	if n <= 0 {
		return -1
	}
	return n
}

// ensureStream opens the stream cfg names, creating it with cfg when it is
// missing.
func ensureStream(ctx context.Context, js jetstream.JetStream, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	s, err := js.Stream(ctx, cfg.Name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		s, err = js.CreateStream(ctx, cfg)
	}
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", cfg.Name, err)
	}
	return s, nil
}

// Subjects and object names.
func (q *Queue) jobSubject(s entity.Strategy) string { return q.names.Prefix + ".jobs." + string(s) }
func (q *Queue) doneSubject(id string) string        { return q.names.Prefix + ".done." + id }
func (q *Queue) deadSubject(id string) string        { return q.names.Prefix + ".dead." + id }

func inputObject(sha string) string { return "in/" + sha }
func outputObject(id string) string { return "out/" + id }
func reportObject(id string) string { return "report/" + id }

// consumerFilters are the subjects each consumer of the jobs stream takes.
func (q *Queue) consumerFilters(name string) []string {
	if name == diffusionConsumer {
		return []string{q.jobSubject(entity.Diffusion)}
	}
	return []string{q.jobSubject(entity.Render), q.jobSubject(entity.Redact)}
}

// consumerFor names the consumer that holds jobs of strategy s.
func consumerFor(s entity.Strategy) string {
	if s == entity.Diffusion {
		return diffusionConsumer
	}
	return otherConsumer
}

// Pending is the number of jobs in the jobs stream: queued, or delivered
// and not yet acknowledged.
func (q *Queue) Pending(ctx context.Context) (uint64, error) {
	info, err := q.jobs.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("stream %s: %w", q.names.Jobs, err)
	}
	return info.State.Msgs, nil
}
