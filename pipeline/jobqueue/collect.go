package jobqueue

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
)

// Result is a finished job: its outcome and, when it is done, its output
// and report.
type Result struct {
	Event
	Output, Report []byte
}

// Mark is the position in the events stream from which Wait sees outcomes:
// take it before submitting.
func (q *Queue) Mark(ctx context.Context) (uint64, error) {
	info, err := q.events.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("stream %s: %w", q.names.Events, err)
	}
	return info.State.LastSeq + 1, nil
}

// Outcome is the job's result when it has one: done (its report is stored)
// or dead.
func (q *Queue) Outcome(ctx context.Context, id, name string) (*Result, error) {
	done, err := q.isDone(ctx, id)
	if err != nil {
		return nil, err
	}
	if done {
		return q.Fetch(ctx, Event{ID: id, Name: name})
	}
	ev, err := q.lastEvent(ctx, q.deadSubject(id))
	if err != nil || ev == nil {
		return nil, err
	}
	return &Result{Event: *ev}, nil
}

// Fetch is the result of a done job, its output and report read from the
// bucket.
func (q *Queue) Fetch(ctx context.Context, ev Event) (*Result, error) {
	info, err := q.store.GetInfo(ctx, outputObject(ev.ID))
	if err != nil {
		return nil, fmt.Errorf("output of %s: %w", ev.Name, err)
	}
	r := &Result{Event: ev}
	r.Ext = info.Metadata["ext"]
	if r.Output, err = q.store.GetBytes(ctx, outputObject(ev.ID)); err != nil {
		return nil, fmt.Errorf("output of %s: %w", ev.Name, err)
	}
	if r.Report, err = q.store.GetBytes(ctx, reportObject(ev.ID)); err != nil {
		return nil, fmt.Errorf("report of %s: %w", ev.Name, err)
	}
	return r, nil
}

// Wait follows the outcomes from mark on until each job of ids has one,
// and calls got with each, in the order they finish.
func (q *Queue) Wait(ctx context.Context, mark uint64, ids map[string]bool, got func(*Result) error) error {
	left := len(ids)
	if left == 0 {
		return nil
	}
	return q.follow(ctx, mark, false, func(ev *Event) (bool, error) {
		if !ids[ev.ID] {
			return false, nil
		}
		ids[ev.ID] = false
		left--
		r := &Result{Event: *ev}
		if !ev.Dead {
			var err error
			if r, err = q.Fetch(ctx, *ev); err != nil {
				return true, err
			}
		}
		return left == 0, got(r)
	})
}

// Outcomes are the last outcome of every job in the events stream, in the
// order they were recorded; Fetch reads a done one's output and report.
func (q *Queue) Outcomes(ctx context.Context) ([]Event, error) {
	last := map[string]int{}
	var out []Event
	err := q.follow(ctx, 1, true, func(ev *Event) (bool, error) {
		if i, ok := last[ev.ID]; ok {
			out[i] = *ev
		} else {
			last[ev.ID] = len(out)
			out = append(out, *ev)
		}
		return false, nil
	})
	return out, err
}

// follow calls fn with each outcome from sequence start on until fn says
// stop, or, with caughtUp, once the outcomes stored when it started are
// read.
func (q *Queue) follow(ctx context.Context, start uint64, caughtUp bool, fn func(*Event) (stop bool, err error)) error {
	if caughtUp {
		if mark, err := q.Mark(ctx); err != nil || mark <= start {
			return err
		}
	}
	c, err := q.events.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{
		DeliverPolicy: jetstream.DeliverByStartSequencePolicy,
		OptStartSeq:   start,
	})
	if err != nil {
		return fmt.Errorf("follow %s: %w", q.names.Events, err)
	}
	for {
		msg, err := c.Next(jetstream.FetchMaxWait(5 * time.Second))
		if errors.Is(err, jetstream.ErrNoMessages) || errors.Is(err, nats.ErrTimeout) {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("follow %s: %w", q.names.Events, err)
		}
		ev, err := decodeEvent(msg.Data())
		if err != nil {
			return err
		}
		ev.Dead = strings.HasPrefix(msg.Subject(), q.names.Prefix+".dead.")
		stop, err := fn(ev)
		if err != nil || stop {
			return err
		}
		if meta, err := msg.Metadata(); caughtUp && err == nil && meta.NumPending == 0 {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// Save writes a done job's output to dir/stem<ext> and its report to
// dir/stem.report.json, each by temporary file and rename; the output goes
// first, so a report never describes an output that is missing.
func Save(dir, stem string, r *Result) error {
	if name := stem + r.Ext; !strings.HasPrefix(r.Ext, ".") || filepath.Base(name) != name {
		return fmt.Errorf("job %s: bad output name %q", r.Name, name)
	}
	if err := atomicfile.WriteBytes(filepath.Join(dir, stem+r.Ext), r.Output); err != nil {
		return err
	}
	return atomicfile.WriteBytes(filepath.Join(dir, stem+".report.json"), r.Report)
}
