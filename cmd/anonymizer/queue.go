package main

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/jobqueue"
)

// queueFlags are shared by the commands of the job queue (worker, submit,
// collect). The limits apply when a stream or the bucket is created.
func queueFlags() []cli.Flag {
	n, l := jobqueue.DefaultNames(), jobqueue.DefaultLimits()
	return []cli.Flag{
		&cli.StringFlag{Name: "nats", EnvVars: []string{"NATS_URL"}, Required: true, Usage: "NATS server URL, e.g. nats://127.0.0.1:4222"},
		&cli.StringFlag{Name: "subject-prefix", Value: n.Prefix, Usage: "first token of the queue's subjects"},
		&cli.StringFlag{Name: "stream", Value: n.Jobs, Usage: "work-queue stream of jobs"},
		&cli.StringFlag{Name: "events-stream", Value: n.Events, Usage: "stream of job outcomes (done, dead letter)"},
		&cli.StringFlag{Name: "bucket", Value: n.Bucket, Usage: "object store bucket of inputs, outputs and reports"},
		&cli.DurationFlag{Name: "retention", Value: l.Retention, Usage: "longest a job, an outcome or an object is kept (when the queue is created)"},
		&cli.Int64Flag{Name: "bucket-max-bytes", Value: l.MaxBytes, Usage: "size limit of the bucket (when it is created); 0: none"},
	}
}

// openQueue connects to the NATS server and opens the queue, creating its
// streams and bucket when they are missing.
func openQueue(ctx context.Context, c *cli.Context, name string) (*jobqueue.Queue, *nats.Conn, error) {
	nc, err := nats.Connect(c.String("nats"), nats.Name("anonymizer "+name), nats.MaxReconnects(-1))
	if err != nil {
		return nil, nil, fmt.Errorf("connect to %s: %w", c.String("nats"), err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("jetstream: %w", err)
	}
	names := jobqueue.Names{Prefix: c.String("subject-prefix"), Jobs: c.String("stream"),
		Events: c.String("events-stream"), Bucket: c.String("bucket")}
	limits := jobqueue.DefaultLimits()
	limits.Retention, limits.MaxBytes = c.Duration("retention"), c.Int64("bucket-max-bytes")
	q, err := jobqueue.Open(ctx, js, names, limits)
	if err != nil {
		nc.Close()
		return nil, nil, err
	}
	return q, nc, nil
}

// requireKey fails unless a key was given: the queue's workers and
// submitters must share one, because it decides outputs and job ids.
func requireKey(c *cli.Context) error {
	if c.String("key") == "" {
		return usagef("%s needs the key its workers and submitters share: --key, ANONYMIZER_KEY or the config file", c.Command.Name)
	}
	return nil
}

// without is flags less those named.
func without(flags []cli.Flag, names ...string) []cli.Flag {
	var out []cli.Flag
next:
	for _, f := range flags {
		for _, n := range names {
			if f.Names()[0] == n {
				continue next
			}
		}
		out = append(out, f)
	}
	return out
}
