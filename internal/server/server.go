// Package server is the HTTP service of `anonymizer serve`: the detect and
// anonymize endpoints over engines loaded once, with per-client rate
// limits, a bounded queue, health and readiness probes, Prometheus metrics
// and an audit log that holds no document text.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
)

// Config are the service's limits and sinks.
type Config struct {
	// Rate is each client's sustained requests per second and Burst the
	// requests it may send at once (a token bucket per client: its API key,
	// or its address without keys). Rate 0 turns limiting off.
	Rate  float64
	Burst int
	// MaxInflight requests are processed at once; Queue more wait for a
	// slot, and beyond them requests are refused (503).
	MaxInflight, Queue int
	// MaxBody is the largest request body in bytes.
	MaxBody int64
	// APIKeys, when any, are the keys a request must bear
	// (Authorization: Bearer <key>).
	APIKeys [][]byte
	// Audit receives one JSON line per request (nil: none).
	Audit io.Writer
	// Logger is the server log; it never receives document text.
	Logger zerolog.Logger
}

func (c Config) validate() error {
	switch {
	case c.Rate < 0:
		return fmt.Errorf("rate %v is negative", c.Rate)
	case c.Rate > 0 && c.Burst < 1:
		return fmt.Errorf("burst must be at least 1 with a rate")
	case c.MaxInflight < 1:
		return fmt.Errorf("max in-flight must be at least 1")
	case c.Queue < 0:
		return fmt.Errorf("queue %d is negative", c.Queue)
	case c.MaxBody < 1:
		return fmt.Errorf("max body must be at least 1 byte")
	}
	for i, k := range c.APIKeys {
		if len(k) == 0 {
			return fmt.Errorf("API key %d is empty", i+1)
		}
	}
	return nil
}

// Engines are what requests run on, loaded once.
type Engines struct {
	// Detector is the base detector; request variants share its OCR.
	Detector *engine.Detector
	// Anonymize are the base anonymization options (the Inpainter set
	// when the model is loaded).
	Anonymize engine.AnonymizeOptions
	// Model names the diffusion model in option digests ("" without one).
	Model string
}

// Server answers the endpoints. Build it with New, load its engines with
// Load (it is not ready before), serve with Serve and stop with Shutdown.
type Server struct {
	cfg      Config
	log      zerolog.Logger
	metrics  *metrics
	clients  *clients
	admit    *admission
	audit    *auditLog
	engines  atomic.Pointer[Engines]
	variants *variants
	draining atomic.Bool
	http     *http.Server
	mux      *http.ServeMux
}

// New builds a server that is not ready until Load.
func New(cfg Config) (*Server, error) {
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	s := &Server{cfg: cfg, log: cfg.Logger, metrics: newMetrics(), variants: newVariants(),
		clients: newClients(cfg.Rate, cfg.Burst), audit: newAuditLog(cfg.Audit)}
	s.admit = newAdmission(cfg.MaxInflight, cfg.Queue, s.metrics)
	s.mux = s.routes()
	s.http = &http.Server{Handler: s.mux, ReadHeaderTimeout: 10 * time.Second}
	return s, nil
}

// Handler is the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.mux }

// Registry holds the server's metrics.
func (s *Server) Registry() *prometheus.Registry { return s.metrics.reg }

// Load runs load (start the OCR and, when configured, the model), records
// how long it took, and makes the server ready.
func (s *Server) Load(load func() (*Engines, error)) error {
	t0 := time.Now()
	e, err := load()
	if err != nil {
		return fmt.Errorf("load engines: %w", err)
	}
	s.metrics.loadSeconds.Set(time.Since(t0).Seconds())
	s.engines.Store(e)
	s.metrics.ready.Set(1)
	s.log.Info().Float64("load_s", time.Since(t0).Seconds()).Msg("ready")
	return nil
}

// ready reports whether requests can be processed: engines loaded and not
// draining.
func (s *Server) ready() bool { return s.engines.Load() != nil && !s.draining.Load() }

// Serve accepts connections on ln until Shutdown; it returns nil then.
func (s *Server) Serve(ln net.Listener) error {
	if err := s.http.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// Shutdown stops accepting requests (readiness turns 503 at once), waits
// for those in flight until ctx ends, then closes the connections.
func (s *Server) Shutdown(ctx context.Context) error {
	s.draining.Store(true)
	s.metrics.ready.Set(0)
	s.log.Info().Msg("draining")
	err := s.http.Shutdown(ctx)
	if err != nil {
		s.http.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
