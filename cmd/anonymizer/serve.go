package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/internal/server"
	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "answer detect and anonymize requests over HTTP (health, readiness, metrics, audit log)",
		Description: "POST a document's bytes to /v1/detect (answers its report) or /v1/anonymize\n" +
			"(answers {report, output (base64), content_type}); options go in query parameters\n" +
			"(types, threshold, region; for anonymize also strategy, min-confidence,\n" +
			"redact-color, text-layer), the flags below being the defaults. GET /healthz,\n" +
			"/readyz (503 until the OCR and model are loaded, and while draining) and /metrics\n" +
			"(Prometheus). On SIGTERM or Ctrl-C it stops accepting, finishes the requests in\n" +
			"flight within --shutdown-timeout and exits 0. See docs/operations.md.",
		Flags: append(append([]cli.Flag{
			&cli.StringFlag{Name: "listen", Value: "127.0.0.1:8080", Usage: "address to listen on"},
			&cli.Float64Flag{Name: "rate", Value: 5, Usage: "requests per second per client (API key, or address without keys); 0: no limit"},
			&cli.IntFlag{Name: "burst", Value: 10, Usage: "requests a client may send at once"},
			&cli.IntFlag{Name: "max-inflight", Value: 2, Usage: "requests processed at once"},
			&cli.IntFlag{Name: "queue", Value: 16, Usage: "requests waiting beyond --max-inflight before new ones get 503"},
			&cli.Int64Flag{Name: "max-body", Value: 32 << 20, Usage: "largest request body, bytes"},
			&cli.StringFlag{Name: "api-key-file", Usage: "file of API keys, one a line; requests then need Authorization: Bearer <key>"},
			&cli.StringFlag{Name: "audit-log", Usage: "file the audit log is appended to, one JSON line per request"},
			&cli.DurationFlag{Name: "shutdown-timeout", Value: 30 * time.Second, Usage: "how long requests in flight may finish after SIGTERM"},
		}, anonymizeFlags()...), detectFlags()...),
		Action: runServe,
	}
}

func runServe(c *cli.Context) error {
	if c.Args().Len() > 0 {
		return usagef("serve takes no arguments")
	}
	dopts, err := detectOptions(c)
	if err != nil {
		return err
	}
	cfg, closeAudit, err := serveConfig(c)
	if err != nil {
		return err
	}
	defer closeAudit()
	srv, err := server.New(cfg)
	if err != nil {
		return usageError{err}
	}
	ln, err := net.Listen("tcp", c.String("listen"))
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	log.Info().Str("listen", ln.Addr().String()).Msg("serving")
	ctx, cancel := signalContext()
	defer cancel()
	errc := make(chan error, 2)
	loaded := make(chan *engine.Detector, 1)
	go func() { errc <- srv.Serve(ln) }()
	go func() {
		errc <- srv.Load(func() (*server.Engines, error) {
			e, err := serveEngines(c, dopts)
			if err == nil {
				loaded <- e.Detector
			}
			return e, err
		})
	}()
	for {
		select {
		case <-ctx.Done():
			return shutdown(srv, c.Duration("shutdown-timeout"), loaded)
		case err := <-errc:
			if err != nil {
				shutdown(srv, 0, loaded)
				return err
			}
		}
	}
}

// shutdown drains srv within timeout and closes the detector when it was
// loaded.
func shutdown(srv *server.Server, timeout time.Duration, loaded chan *engine.Detector) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err := srv.Shutdown(ctx)
	select {
	case det := <-loaded:
		det.Close()
	default:
	}
	if err == nil {
		log.Info().Msg("stopped")
	}
	return err
}

// serveEngines loads the detector and, for --strategy diffusion, the model.
func serveEngines(c *cli.Context, dopts engine.DetectOptions) (*server.Engines, error) {
	aopts, err := anonymizeOptions(c, dopts.HashKey)
	if err != nil {
		return nil, err
	}
	det, err := engine.NewDetector(dopts)
	if err != nil {
		return nil, err
	}
	e := &server.Engines{Detector: det, Anonymize: aopts}
	if aopts.Strategy == entity.Diffusion {
		e.Model = fmt.Sprintf("model=%s steps=%d", c.String("model"), c.Int("diffusion-steps"))
	}
	return e, nil
}

// serveConfig reads the server's flags; the returned function closes the
// audit log.
func serveConfig(c *cli.Context) (server.Config, func(), error) {
	cfg := server.Config{
		Rate: c.Float64("rate"), Burst: c.Int("burst"),
		MaxInflight: c.Int("max-inflight"), Queue: c.Int("queue"),
		MaxBody: c.Int64("max-body"), Logger: log,
	}
	if path := c.String("api-key-file"); path != "" {
		keys, err := readAPIKeys(path)
		if err != nil {
			return cfg, func() {}, err
		}
		cfg.APIKeys = keys
	}
	closeAudit := func() {}
	if path := c.String("audit-log"); path != "" {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
		if err != nil {
			return cfg, closeAudit, usagef("--audit-log: %v", err)
		}
		cfg.Audit, closeAudit = f, func() { f.Close() }
	}
	return cfg, closeAudit, nil
}

// readAPIKeys reads an API key file: one key a line; blank lines and lines
// starting with # are skipped.
func readAPIKeys(path string) ([][]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("--api-key-file: %v", err)
	}
	var keys [][]byte
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) > 0 && line[0] != '#' {
			keys = append(keys, bytes.Clone(line))
		}
	}
	if len(keys) == 0 {
		return nil, usageError{errors.New("--api-key-file holds no key")}
	}
	return keys, nil
}
