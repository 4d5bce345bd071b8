package server

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
)

// metrics are the server's Prometheus metrics, every name prefixed
// anonymizer_. Labels take values from fixed sets only (endpoints, codes,
// entity types, strategies, stage names, reasons), never from a request.
type metrics struct {
	reg         *prometheus.Registry
	requests    *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	stages      *prometheus.HistogramVec
	pages       *prometheus.CounterVec
	entities    *prometheus.CounterVec
	outcomes    *prometheus.CounterVec
	leaks       prometheus.Counter
	fallbacks   *prometheus.CounterVec
	inflight    prometheus.Gauge
	queue       prometheus.Gauge
	rejected    *prometheus.CounterVec
	panics      prometheus.Counter
	loadSeconds prometheus.Gauge
	ready       prometheus.Gauge
}

// latencyBuckets span a small page's detection (about 0.1 s) to a long
// document's anonymization (minutes).
var latencyBuckets = prometheus.ExponentialBuckets(0.05, 2, 14)

func newMetrics() *metrics {
	const ns = "anonymizer"
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "requests_total",
			Help: "Requests answered, by endpoint and HTTP status code."}, []string{"endpoint", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "request_duration_seconds",
			Help: "Time from a request's arrival to its answer, by endpoint.", Buckets: latencyBuckets}, []string{"endpoint"}),
		stages: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "stage_duration_seconds",
			Help: "Time a document spent in each pipeline stage (the report's timing_ms, summed over its pages).", Buckets: latencyBuckets}, []string{"stage"}),
		pages: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "pages_total",
			Help: "Pages processed, by endpoint."}, []string{"endpoint"}),
		entities: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "entities_total",
			Help: "Entities found, by type."}, []string{"type"}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "outcomes_total",
			Help: "Anonymized entities by the strategy they ended with: generated, rendered or redacted."}, []string{"outcome"}),
		leaks: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "leaks_caught_total",
			Help: "Anonymized entities whose verification read the original back (report verification.leak)."}),
		fallbacks: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "fallbacks_total",
			Help: "Anonymized entities that ended with another strategy than the request's, by both."}, []string{"from", "to"}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "inflight_requests",
			Help: "Requests being processed."}),
		queue: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "queue_depth",
			Help: "Requests admitted and waiting for a processing slot."}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "rejected_total",
			Help: "Requests refused, by reason."}, []string{"reason"}),
		panics: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "panics_total",
			Help: "Requests whose processing panicked (recovered, answered 400)."}),
		loadSeconds: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "model_load_seconds",
			Help: "Time taken to load the OCR engine and, when configured, the diffusion model."}),
		ready: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "ready",
			Help: "1 when the server accepts documents (engines loaded, not draining), else 0."}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.stages, m.pages, m.entities, m.outcomes, m.leaks, m.fallbacks,
		m.inflight, m.queue, m.rejected, m.panics, m.loadSeconds, m.ready,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{Namespace: ns}))
	return m
}

// outcomeNames name the strategies an entity ends with.
var outcomeNames = map[entity.Strategy]string{entity.Diffusion: "generated", entity.Render: "rendered", entity.Redact: "redacted"}

// observeReport counts a processed document's pages, entities, outcomes
// (strategy is the request's first strategy; "" for detection) and stage
// times.
func (m *metrics) observeReport(endpoint string, r *report.Report, strategy entity.Strategy) {
	m.pages.WithLabelValues(endpoint).Add(float64(len(r.Pages)))
	for _, p := range r.Pages {
		for _, e := range p.Entities {
			m.entities.WithLabelValues(string(e.Type)).Inc()
			if strategy == "" {
				continue
			}
			if name, ok := outcomeNames[e.Strategy]; ok {
				m.outcomes.WithLabelValues(name).Inc()
			}
			if e.Strategy != strategy {
				m.fallbacks.WithLabelValues(string(strategy), string(e.Strategy)).Inc()
			}
			if e.Verification != nil && e.Verification.Leak {
				m.leaks.Inc()
			}
		}
	}
	for stage, ms := range r.TimingMS {
		m.stages.WithLabelValues(stage).Observe(ms / 1000)
	}
}

// observeRequest counts an answered request.
func (m *metrics) observeRequest(endpoint string, code int, seconds float64) {
	m.requests.WithLabelValues(endpoint, strconv.Itoa(code)).Inc()
	m.latency.WithLabelValues(endpoint).Observe(seconds)
}
