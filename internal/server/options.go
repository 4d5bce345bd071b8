package server

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

// Query parameters each endpoint takes; any other is refused.
var (
	detectParams    = []string{"types", "threshold", "region"}
	anonymizeParams = append(slices.Clone(detectParams), "strategy", "min-confidence", "redact-color", "text-layer")
)

// optionError is a bad query parameter, named.
type optionError struct{ param, msg string }

func (e *optionError) Error() string { return fmt.Sprintf("query parameter %q: %s", e.param, e.msg) }

// requestOptions are a request's settings: the base engines' under its
// query parameters.
type requestOptions struct {
	pii       pii.Config
	anon      engine.AnonymizeOptions
	textLayer bool
}

// parseOptions reads the query parameters of an endpoint (anonymize: the
// anonymization ones too) over the base engines' settings.
func parseOptions(q url.Values, e *Engines, anonymize bool) (requestOptions, error) {
	o := requestOptions{pii: e.Detector.Options().PII, anon: e.Anonymize}
	allowed := detectParams
	if anonymize {
		allowed = anonymizeParams
	}
	for name, vs := range q {
		if !slices.Contains(allowed, name) {
			return o, &optionError{name, "unknown (known: " + strings.Join(allowed, ", ") + ")"}
		}
		if len(vs) != 1 {
			return o, &optionError{name, "given more than once"}
		}
	}
	for _, name := range allowed {
		if !q.Has(name) {
			continue
		}
		if err := o.set(name, q.Get(name), e); err != nil {
			return o, &optionError{name, err.Error()}
		}
	}
	if err := o.pii.Validate(); err != nil {
		return o, &optionError{"region", err.Error()}
	}
	return o, nil
}

// set sets one parameter.
func (o *requestOptions) set(name, v string, e *Engines) error {
	var err error
	switch name {
	case "types":
		o.pii.Types = nil
		for _, s := range strings.Split(v, ",") {
			t, ok := entity.ParseType(s)
			if !ok {
				return fmt.Errorf("unknown entity type %q", s)
			}
			o.pii.Types = append(o.pii.Types, t)
		}
	case "threshold":
		o.pii.Threshold, err = unitFloat(v, false)
	case "region":
		if o.pii.Region = strings.ToUpper(v); o.pii.Region == "" {
			return fmt.Errorf("empty")
		}
	case "strategy":
		o.anon.Strategy = entity.Strategy(v)
		switch o.anon.Strategy {
		case entity.Render, entity.Redact:
		case entity.Diffusion:
			if o.anon.Inpainter == nil {
				return fmt.Errorf("diffusion needs the model, which this server has not loaded")
			}
		default:
			return fmt.Errorf("want diffusion, render or redact")
		}
	case "min-confidence":
		o.anon.MinConfidence, err = unitFloat(v, true)
	case "redact-color":
		o.anon.RedactColor, err = engine.ParseColor(v)
	case "text-layer":
		o.textLayer, err = strconv.ParseBool(v)
	}
	return err
}

// unitFloat reads a number in (0, 1], or [0, 1] with zero allowed.
func unitFloat(s string, zero bool) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || !(f > 0 || zero && f == 0) || !(f <= 1) {
		if zero {
			return 0, fmt.Errorf("want a number in [0, 1]")
		}
		return 0, fmt.Errorf("want a number in (0, 1]")
	}
	return f, nil
}

// maxVariants bounds the detectors and anonymizers kept for request
// settings; past it one is dropped (they cost a pattern set each, and
// the OCR is shared).
const maxVariants = 32

// variant is a detector and anonymizer for one set of request settings.
type variant struct {
	det *engine.Detector
	an  *engine.Anonymizer
}

// variants are built on demand and kept by the digest of the settings that
// decide outputs (engine.OutputDigest).
type variants struct {
	mu sync.Mutex
	m  map[string]*variant
}

func newVariants() *variants { return &variants{m: map[string]*variant{}} }

// get returns the detector (and with anonymize, the anonymizer) for o over
// e, and the settings' digest.
func (vs *variants) get(e *Engines, o requestOptions, anonymize bool) (*variant, string, error) {
	dopts := e.Detector.Options()
	dopts.PII = o.pii
	var aopts *engine.AnonymizeOptions
	if anonymize {
		aopts = &o.anon
	}
	digest, err := engine.OutputDigest(dopts, aopts, e.Model)
	if err != nil {
		return nil, "", err
	}
	vs.mu.Lock()
	defer vs.mu.Unlock()
	if v, ok := vs.m[digest]; ok {
		return v, digest, nil
	}
	v, err := newVariant(e, o, anonymize)
	if err != nil {
		return nil, "", err
	}
	if len(vs.m) >= maxVariants {
		for k := range vs.m {
			delete(vs.m, k)
			break
		}
	}
	vs.m[digest] = v
	return v, digest, nil
}

func newVariant(e *Engines, o requestOptions, anonymize bool) (*variant, error) {
	det, err := e.Detector.Variant(o.pii)
	if err != nil {
		return nil, err
	}
	v := &variant{det: det}
	if anonymize {
		if v.an, err = engine.NewAnonymizer(det, o.anon); err != nil {
			return nil, err
		}
	}
	return v, nil
}
