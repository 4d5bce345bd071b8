package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/jobqueue"
)

func workerCommand() *cli.Command {
	return &cli.Command{
		Name:  "worker",
		Usage: "run queued anonymization jobs from a NATS JetStream work queue (see docs/queue.md)",
		Description: "Pulls jobs that `anonymizer submit` queued, anonymizes each document with this\n" +
			"worker's own options and key (which must be the submitter's: a job whose options\n" +
			"digest differs is retried elsewhere and then dead-lettered), stores the output and\n" +
			"report in the bucket and acknowledges the job. -j N runs N jobs at once. A cpu\n" +
			"worker takes render and redact jobs; a gpu worker (anonymizer-torch, with the\n" +
			"diffusion model) takes diffusion jobs first, then the others. A job that fails\n" +
			"--max-deliver times, or whose workers were lost that often, goes to the dead\n" +
			"letter with its error. Stops on Ctrl-C or SIGTERM, handing its running jobs back.",
		Flags: append(append(append(queueFlags(),
			&cli.StringFlag{Name: "capability", Value: "cpu", Usage: "cpu (render and redact jobs) or gpu (diffusion jobs first, then the others)"},
			&cli.StringFlag{Name: "metrics-listen", Usage: "address to serve Prometheus /metrics on, e.g. :9464 (off when empty)"},
			&cli.DurationFlag{Name: "ack-wait", Value: 30 * time.Second, Usage: "how long a job may go without word from its worker before it is delivered again (running jobs report progress every third of it)"},
			&cli.IntFlag{Name: "max-deliver", Value: 3, Usage: "tries of a job before it goes to the dead letter"},
		), without(anonymizeFlags(), "strategy")...), detectFlags()...),
		Action: runWorker,
	}
}

func runWorker(c *cli.Context) error {
	strategies := []entity.Strategy{entity.Render, entity.Redact}
	switch c.String("capability") {
	case "cpu":
	case "gpu":
		if !nativeCore {
			return usagef("--capability gpu runs diffusion jobs, which need the native core: run %s worker", nativeBinary)
		}
		strategies = append(strategies, entity.Diffusion)
	default:
		return usagef("--capability %q: want cpu or gpu", c.String("capability"))
	}
	if c.Int("max-deliver") < 1 || c.Duration("ack-wait") < time.Second {
		return usagef("--max-deliver must be at least 1 and --ack-wait at least 1s")
	}
	dopts, err := detectOptions(c)
	if err != nil {
		return err
	}
	if err := requireKey(c); err != nil {
		return err
	}
	det, err := engine.NewDetector(dopts)
	if err != nil {
		return err
	}
	defer det.Close()
	engines, err := workerEngines(c, det, dopts, strategies)
	if err != nil {
		return err
	}
	ctx, cancel := signalContext()
	defer cancel()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if addr := c.String("metrics-listen"); addr != "" {
		if err := serveMetrics(ctx, addr, reg); err != nil {
			return err
		}
	}
	q, nc, err := openQueue(ctx, c, "worker")
	if err != nil {
		return err
	}
	defer nc.Close()
	log.Info().Str("nats", nc.ConnectedUrlRedacted()).Str("capability", c.String("capability")).Int("jobs", dopts.OCR.Workers).Msg("worker started")
	return q.RunWorker(ctx, jobqueue.WorkerConfig{
		Engines:    engines,
		Slots:      dopts.OCR.Workers,
		AckWait:    c.Duration("ack-wait"),
		MaxDeliver: c.Int("max-deliver"),
		RetryDelay: c.Duration("ack-wait") / 3,
		Metrics:    jobqueue.NewMetrics(reg),
		Log:        log,
	})
}

// workerEngines builds an anonymizer per strategy on det, with the digest
// of its options.
func workerEngines(c *cli.Context, det *engine.Detector, dopts engine.DetectOptions, strategies []entity.Strategy) (map[entity.Strategy]jobqueue.Engine, error) {
	engines := map[entity.Strategy]jobqueue.Engine{}
	for _, s := range strategies {
		aopts, err := anonymizeSettings(c, dopts.HashKey, s)
		if err != nil {
			return nil, err
		}
		if s == entity.Diffusion {
			if aopts.Inpainter, err = diffusionInpainter(c); err != nil {
				return nil, err
			}
		}
		an, err := engine.NewAnonymizer(det, aopts)
		if err != nil {
			return nil, usageError{err}
		}
		digest, err := optionsDigest(c, dopts, aopts)
		if err != nil {
			return nil, err
		}
		engines[s] = jobqueue.Engine{Anonymizer: an, Options: digest}
	}
	return engines, nil
}

// serveMetrics serves reg's metrics on addr at /metrics until ctx ends.
func serveMetrics(ctx context.Context, addr string, reg *prometheus.Registry) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return usagef("--metrics-listen: %v", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error().Err(err).Msg("metrics server")
		}
	}()
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	log.Info().Str("addr", ln.Addr().String()).Msg("serving /metrics")
	return nil
}
