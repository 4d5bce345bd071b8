package jobqueue

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are a worker's Prometheus metrics, all named
// anonymizer_worker_*. A nil *Metrics counts nothing.
type Metrics struct {
	jobsDone, jobsFailed, jobsDead, redeliveries, duplicates prometheus.Counter
	inProgress                                               prometheus.Gauge
	stageSeconds                                             *prometheus.HistogramVec
}

// NewMetrics registers a worker's metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	counter := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Name: "anonymizer_worker_" + name, Help: help})
		reg.MustRegister(c)
		return c
	}
	m := &Metrics{
		jobsDone:     counter("jobs_done_total", "Jobs whose output and report were stored and acknowledged."),
		jobsFailed:   counter("jobs_failed_total", "Job deliveries that failed (retried, or dead-lettered on the last try)."),
		jobsDead:     counter("jobs_dead_total", "Jobs moved to the dead letter."),
		redeliveries: counter("redeliveries_total", "Jobs received that had been delivered before."),
		duplicates:   counter("duplicates_total", "Jobs received that were done already (their report was stored)."),
		inProgress: prometheus.NewGauge(prometheus.GaugeOpts{Name: "anonymizer_worker_jobs_in_progress",
			Help: "Jobs this worker is running."}),
		stageSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "anonymizer_worker_stage_seconds",
			Help:    "Time per job and stage: fetch (input), anonymize (whole engine run), engine_<stage> (the engine's own stages, summed over pages), encode, store.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}, []string{"stage"}),
	}
	reg.MustRegister(m.inProgress, m.stageSeconds)
	return m
}

func (m *Metrics) done() {
	if m != nil {
		m.jobsDone.Inc()
	}
}

func (m *Metrics) failed() {
	if m != nil {
		m.jobsFailed.Inc()
	}
}

func (m *Metrics) dead() {
	if m != nil {
		m.jobsDead.Inc()
	}
}

func (m *Metrics) redelivered() {
	if m != nil {
		m.redeliveries.Inc()
	}
}

func (m *Metrics) duplicate() {
	if m != nil {
		m.duplicates.Inc()
	}
}

func (m *Metrics) started() {
	if m != nil {
		m.inProgress.Inc()
	}
}

func (m *Metrics) finished() {
	if m != nil {
		m.inProgress.Dec()
	}
}

func (m *Metrics) stage(name string, d time.Duration) {
	if m != nil {
		m.stageSeconds.WithLabelValues(name).Observe(d.Seconds())
	}
}
