package main

import (
	"errors"
	"io/fs"
	"slices"

	"github.com/urfave/cli/v2"

	"fmt"
	"net"
	"os"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

// configVersion is the version of the config format that this program
// writes. Version 0 (a file without "version") is the format before
// versions: there a zero value, an empty string or an empty list meant the
// default; from version 1 on a field that is present sets its flag, and
// only a missing or null field keeps the default.
const configVersion = 1

// valueKind is the JSON type of a config field, as Go reads it.
type valueKind int

const (
	kindInt      valueKind = iota // int
	kindFloat                     // float64
	kindString                    // string
	kindBool                      // bool
	kindDuration                  // time.Duration, written as a string ("30s")
	kindStrings                   // []string
)

func (k valueKind) String() string {
	return [...]string{"an integer", "a number", "a string", "true or false", `a duration such as "30s"`, "a list of strings"}[k]
}

// configField is a field of the config file. A field with a flag sets
// that flag (where the running command has it); one without is read by the
// command itself.
type configField struct {
	path  string // "detect.threshold": section, then field
	flag  string
	kind  valueKind
	check func(v any) error // the value's range; nil: any value of the kind
	// usage and def describe a field without a flag in the template (a
	// flag's come from the flag).
	usage string
	def   any
	// zeroWasDefault marks the version 0 fields whose zero value meant the
	// default (the others were pointers: null meant the default).
	zeroWasDefault bool
}

// configFields is the config format, in the order the template lists it.
// The ranges are the ones the flags are checked against.
func configFields() []configField {
	d := engine.DefaultDetectOptions()
	return []configField{
		{path: "key", flag: "key", kind: kindString, zeroWasDefault: true},
		{path: "workers", flag: "workers", kind: kindInt, check: checkWorkers, zeroWasDefault: true},
		{path: "page_timeout", flag: "page-timeout", kind: kindDuration, check: checkPositiveDuration, zeroWasDefault: true},
		{path: "max_pixels", flag: "max-pixels", kind: kindInt, check: atLeast(1), zeroWasDefault: true},
		{path: "max_pages", flag: "max-pages", kind: kindInt, check: atLeast(1), zeroWasDefault: true},
		{path: "dpi", flag: "dpi", kind: kindFloat, check: checkDPI, zeroWasDefault: true},
		{path: "ocr.psm", flag: "psm", kind: kindInt, check: checkPSM, zeroWasDefault: true},
		{path: "ocr.second_psm", flag: "second-psm", kind: kindInt, check: checkPSM},
		{path: "ocr.language", kind: kindString, check: nonEmpty, def: d.OCR.Language, zeroWasDefault: true,
			usage: "Tesseract language(s), e.g. eng or eng+deu (their traineddata must be installed)"},
		{path: "detect.types", flag: "types", kind: kindStrings, check: checkTypes, zeroWasDefault: true},
		{path: "detect.threshold", flag: "threshold", kind: kindFloat, check: checkThreshold, zeroWasDefault: true},
		{path: "detect.allow_list", kind: kindStrings, check: checkAllowList, def: []string{}, zeroWasDefault: true,
			usage: "text never to flag; --allow adds to it"},
		{path: "detect.deny_list", kind: kindStrings, check: checkDenyList, def: []string{}, zeroWasDefault: true,
			usage: "text always to flag, optionally TYPE:text; --deny adds to it"},
		{path: "detect.region", flag: "region", kind: kindString, check: checkRegion, zeroWasDefault: true},
		{path: "detect.ner", flag: "ner", kind: kindBool},
		{path: "anonymize.strategy", flag: "strategy", kind: kindString, check: checkStrategy},
		{path: "anonymize.min_confidence", flag: "min-confidence", kind: kindFloat, check: checkUnit},
		{path: "anonymize.redact_color", flag: "redact-color", kind: kindString, check: checkColor},
		{path: "anonymize.diffusion_steps", flag: "diffusion-steps", kind: kindInt, check: atLeast(1)},
		{path: "anonymize.sampler", flag: "sampler", kind: kindString, check: checkSampler},
		{path: "anonymize.model", flag: "model", kind: kindString, check: checkDir},
		{path: "serve.listen", flag: "listen", kind: kindString, check: checkHostPort},
		{path: "serve.rate", flag: "rate", kind: kindFloat, check: checkRate},
		{path: "serve.burst", flag: "burst", kind: kindInt, check: atLeast(1)},
		{path: "serve.max_inflight", flag: "max-inflight", kind: kindInt, check: atLeast(1)},
		{path: "serve.queue", flag: "queue", kind: kindInt, check: atLeast(0)},
		{path: "serve.max_body", flag: "max-body", kind: kindInt, check: atLeast(1)},
		{path: "serve.api_key_file", flag: "api-key-file", kind: kindString, check: checkFile},
		{path: "serve.audit_log", flag: "audit-log", kind: kindString, check: nonEmpty},
		{path: "serve.shutdown_timeout", flag: "shutdown-timeout", kind: kindDuration, check: checkPositiveDuration},
	}
}

// configConflicts are the problems of fields that are fine alone: v holds
// the file's values by path.
func configConflicts(v map[string]any) []string {
	var out []string
	_, rate := v["serve.rate"]
	_, burst := v["serve.burst"]
	switch {
	case rate && !burst:
		out = append(out, "serve.burst: missing; serve.rate needs it (the token bucket's size)")
	case burst && !rate:
		out = append(out, "serve.rate: missing; serve.burst needs it (the token bucket's refill rate)")
	}
	if s, ok := v["anonymize.strategy"]; ok && s != string(entity.Diffusion) {
		if _, ok := v["anonymize.model"]; ok {
			out = append(out, fmt.Sprintf("anonymize.model: set, but anonymize.strategy is %q: only diffusion uses a model", s))
		}
	}
	return out
}

// The checks take the value of their field's kind and say what is wrong
// with it; the flags are checked with the same functions.

func atLeast(min int) func(any) error {
	return func(v any) error {
		if n := v.(int); n < min {
			return fmt.Errorf("%d is below %d", n, min)
		}
		return nil
	}
}

func checkWorkers(v any) error { return atLeast(0)(v) }

func checkPSM(v any) error {
	if n := v.(int); n < 0 || n > 13 {
		return fmt.Errorf("%d is outside [0,13]", n)
	}
	return nil
}

func checkDPI(v any) error {
	if f := v.(float64); !(f >= 10 && f <= 1200) {
		return fmt.Errorf("%v is outside [10,1200]", f)
	}
	return nil
}

func checkUnit(v any) error {
	if f := v.(float64); !(f >= 0 && f <= 1) {
		return fmt.Errorf("%v is outside [0,1]", f)
	}
	return nil
}

func checkThreshold(v any) error {
	if f := v.(float64); !(f > 0 && f <= 1) {
		return fmt.Errorf("%v is outside (0,1]", f)
	}
	return nil
}

// checkRate accepts a rate of requests per second; 0 means no limit.
func checkRate(v any) error {
	if f := v.(float64); !(f >= 0) {
		return fmt.Errorf("%v is below 0 (0: no limit)", f)
	}
	return nil
}

func checkPositiveDuration(v any) error {
	if d := v.(time.Duration); d <= 0 {
		return fmt.Errorf("%v is not above 0", d)
	}
	return nil
}

func nonEmpty(v any) error {
	if v.(string) == "" {
		return fmt.Errorf("empty")
	}
	return nil
}

func checkTypes(v any) error {
	for _, s := range v.([]string) {
		if _, ok := entity.ParseType(s); !ok {
			return fmt.Errorf("unknown entity type %q (known: %s)", s, typeList())
		}
	}
	return nil
}

// checkPII runs pii.Config.Validate on the defaults with one field set by
// set, so that the detector's own rules judge the value.
func checkPII(set func(*pii.Config)) error {
	c := pii.DefaultConfig()
	set(&c)
	return c.Validate()
}

func checkRegion(v any) error {
	return checkPII(func(c *pii.Config) { c.Region = v.(string) })
}

func checkAllowList(v any) error {
	return checkPII(func(c *pii.Config) { c.AllowList = v.([]string) })
}

func checkDenyList(v any) error {
	return checkPII(func(c *pii.Config) { c.DenyList = v.([]string) })
}

func checkStrategy(v any) error {
	switch entity.Strategy(v.(string)) {
	case entity.Diffusion, entity.Render, entity.Redact:
		return nil
	}
	return fmt.Errorf("%q: want diffusion, render or redact", v)
}

// checkSampler accepts the samplers torch.ParseSampler reads (the torch
// package is not in the build without the native core).
func checkSampler(v any) error {
	switch v.(string) {
	case "ddim", "dpmpp2m":
		return nil
	}
	return fmt.Errorf("%q: want ddim or dpmpp2m", v)
}

func checkColor(v any) error {
	_, err := engine.ParseColor(v.(string))
	return err
}

// statPath stats a path that a field names.
func statPath(v any) (os.FileInfo, error) {
	st, err := os.Stat(v.(string))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%q does not exist", v)
	}
	if err != nil {
		return nil, fmt.Errorf("%q: %w", v, err)
	}
	return st, nil
}

func checkDir(v any) error {
	st, err := statPath(v)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%q is not a directory", v)
	}
	return nil
}

func checkFile(v any) error {
	st, err := statPath(v)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%q is not a file", v)
	}
	return nil
}

func checkHostPort(v any) error {
	if _, _, err := net.SplitHostPort(v.(string)); err != nil {
		return fmt.Errorf("%q: want HOST:PORT (%v)", v, err)
	}
	return nil
}

// checkFlags checks the values of the named flags with their config
// fields' checks.
func checkFlags(c *cli.Context, names ...string) error {
	for _, f := range configFields() {
		if f.check == nil || !slices.Contains(names, f.flag) {
			continue
		}
		var v any
		switch f.kind {
		case kindInt:
			v = c.Int(f.flag)
		case kindFloat:
			v = c.Float64(f.flag)
		default:
			continue
		}
		if err := f.check(v); err != nil {
			return usagef("--%s: %v", f.flag, err)
		}
	}
	return nil
}
