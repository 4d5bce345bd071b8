package jobqueue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Job is one document to anonymize, as its message carries it. The worker
// runs its own options and key; the job carries the one option that
// travels (the strategy) and the submitter's digest of all of them, which
// the worker checks against its own, so that every worker writes the same
// bytes for a job.
type Job struct {
	// ID is SHA256 and Options joined by '-': the message id (a queued
	// resubmission is dropped) and the key of the job's objects.
	ID string `json:"id"`
	// Name is the input's file name: the report's source, and the output's
	// extension.
	Name     string          `json:"name"`
	SHA256   string          `json:"sha256"`
	Strategy entity.Strategy `json:"strategy"`
	// Options is engine.OutputDigest of the options that decide outputs.
	Options string `json:"options"`
}

// NewJob is the job of the input name holding data, anonymized with
// strategy and the options whose digest is options.
func NewJob(name string, data []byte, strategy entity.Strategy, options string) Job {
	sum := sha256.Sum256(data)
	sha := hex.EncodeToString(sum[:])
	return Job{ID: sha + "-" + options, Name: name, SHA256: sha, Strategy: strategy, Options: options}
}

// valid reports whether the job's fields fit together.
func (j Job) valid() bool {
	_, err := hex.DecodeString(j.SHA256)
	return err == nil && len(j.SHA256) == 2*sha256.Size && j.Options != "" &&
		j.ID == j.SHA256+"-"+j.Options && j.Name != ""
}

// Event is a job's outcome, on Prefix.done.<id> or Prefix.dead.<id>. It
// never holds document text: the error of a dead job is the engine's,
// which names stages and formats, not content.
type Event struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Ext is the output's extension (done jobs).
	Ext string `json:"ext,omitempty"`
	// Error is why a dead job failed, and Deliveries how often it was
	// delivered.
	Error      string `json:"error,omitempty"`
	Deliveries int    `json:"deliveries,omitempty"`
	// Dead is set on the events of Prefix.dead.
	Dead bool `json:"dead,omitempty"`
}

// Submitted says what Submit did with a job.
type Submitted int

const (
	// Queued: the job went onto the queue.
	Queued Submitted = iota
	// AlreadyQueued: the same job waits on the queue or is being worked.
	AlreadyQueued
	// AlreadyDone: the job's output and report are in the bucket.
	AlreadyDone
	// AlreadyDead: the same job went to the dead letter within the
	// duplicate window; resubmit after it to try again.
	AlreadyDead
)

// Submit uploads the input (once per content) and queues its job, unless
// the same job is done or queued already.
func (q *Queue) Submit(ctx context.Context, job Job, data []byte) (Submitted, error) {
	if done, err := q.isDone(ctx, job.ID); err != nil || done {
		return AlreadyDone, err
	}
	if _, err := q.store.GetInfo(ctx, inputObject(job.SHA256)); errors.Is(err, jetstream.ErrObjectNotFound) {
		if _, err := q.store.PutBytes(ctx, inputObject(job.SHA256), data); err != nil {
			return Queued, fmt.Errorf("upload %s: %w", job.Name, err)
		}
	} else if err != nil {
		return Queued, fmt.Errorf("look up input %s: %w", job.Name, err)
	}
	body, err := json.Marshal(job)
	if err != nil {
		return Queued, fmt.Errorf("job %s: %w", job.Name, err)
	}
	ack, err := q.js.Publish(ctx, q.jobSubject(job.Strategy), body, jetstream.WithMsgID(job.ID), jetstream.WithExpectStream(q.names.Jobs))
	if err != nil {
		return Queued, fmt.Errorf("queue %s: %w", job.Name, err)
	}
	if !ack.Duplicate {
		return Queued, nil
	}
	if ev, err := q.lastEvent(ctx, q.deadSubject(job.ID)); err != nil || ev != nil {
		return AlreadyDead, err
	}
	return AlreadyQueued, nil
}

// isDone reports whether the job's report, the last object a worker
// stores, is in the bucket.
func (q *Queue) isDone(ctx context.Context, id string) (bool, error) {
	_, err := q.store.GetInfo(ctx, reportObject(id))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, jetstream.ErrObjectNotFound):
		return false, nil
	}
	return false, fmt.Errorf("look up report %s: %w", id, err)
}

// lastEvent is the last event on subject, nil when there is none.
func (q *Queue) lastEvent(ctx context.Context, subject string) (*Event, error) {
	m, err := q.events.GetLastMsgForSubject(ctx, subject)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", q.names.Events, err)
	}
	return decodeEvent(m.Data)
}

func decodeEvent(data []byte) (*Event, error) {
	var ev Event
	if err := json.Unmarshal(data, &ev); err != nil {
		return nil, fmt.Errorf("decode event: %w", err)
	}
	return &ev, nil
}

// publishEvent records a job's outcome.
func (q *Queue) publishEvent(ctx context.Context, ev Event) error {
	subject := q.doneSubject(ev.ID)
	if ev.Dead {
		subject = q.deadSubject(ev.ID)
	}
	body, err := json.Marshal(ev)
	if err != nil {
		return fmt.Errorf("event %s: %w", ev.ID, err)
	}
	if _, err := q.js.Publish(ctx, subject, body, jetstream.WithExpectStream(q.names.Events)); err != nil {
		return fmt.Errorf("publish outcome of %s: %w", ev.ID, err)
	}
	return nil
}
