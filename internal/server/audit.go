package server

import (
	"encoding/json"
	"io"
	"sync"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/report"
)

// auditRecord is one line of the audit log: what was asked, by whom, and
// what came of it, in counts and hashes; never a document's text (nor a
// report's, whose readbacks are surrogates but stay out all the same).
type auditRecord struct {
	Time      time.Time `json:"time"`
	RequestID string    `json:"request_id"`
	Client    string    `json:"client"`
	Endpoint  string    `json:"endpoint"`
	Status    int       `json:"status"`
	// Reason names why a request was refused or failed.
	Reason string `json:"reason,omitempty"`
	// InputSHA256 is the SHA-256 of the request body.
	InputSHA256 string `json:"input_sha256,omitempty"`
	// Options is the keyed digest of the options that decide the output
	// (engine.OutputDigest).
	Options      string             `json:"options,omitempty"`
	Pages        int                `json:"pages,omitempty"`
	Entities     map[string]int     `json:"entities,omitempty"`
	Strategies   map[string]int     `json:"strategies,omitempty"`
	Verification *auditVerify       `json:"verification,omitempty"`
	TimingMS     map[string]float64 `json:"timing_ms,omitempty"`
	DurationMS   float64            `json:"duration_ms"`
}

// auditVerify counts the verification outcomes of anonymized entities.
type auditVerify struct {
	Verified   int `json:"verified"`
	Leaks      int `json:"leaks"`
	Unverified int `json:"unverified"`
}

// summarize fills the record's counts from a report; anonymized says the
// entities carry strategies and verification.
func (r *auditRecord) summarize(rep *report.Report, anonymized bool) {
	r.Pages = len(rep.Pages)
	r.Entities = map[string]int{}
	r.TimingMS = rep.TimingMS
	if anonymized {
		r.Strategies = map[string]int{}
		r.Verification = &auditVerify{}
	}
	for _, p := range rep.Pages {
		for _, e := range p.Entities {
			r.Entities[string(e.Type)]++
			if !anonymized {
				continue
			}
			r.Strategies[string(e.Strategy)]++
			switch v := e.Verification; {
			case v == nil:
				r.Verification.Unverified++
			case v.Leak:
				r.Verification.Leaks++
			default:
				r.Verification.Verified++
			}
		}
	}
}

// auditLog writes records one JSON line each, whole lines only: the
// writer is held for one record at a time, and a record is written in one
// call (an O_APPEND file then never interleaves them).
type auditLog struct {
	mu sync.Mutex
	w  io.Writer
}

func newAuditLog(w io.Writer) *auditLog { return &auditLog{w: w} }

func (a *auditLog) write(r *auditRecord) error {
	if a.w == nil {
		return nil
	}
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	a.mu.Lock()
	defer a.mu.Unlock()
	_, err = a.w.Write(line)
	return err
}
