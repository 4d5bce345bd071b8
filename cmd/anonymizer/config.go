package main

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

// fileConfig is the JSON config file (configs/anonymizer.json is the
// template). Command-line flags override it.
type fileConfig struct {
	Key         string `json:"key"`
	Workers     int    `json:"workers"`
	PageTimeout string `json:"page_timeout"`
	MaxPixels   int    `json:"max_pixels"`
	OCR         struct {
		PSM       int    `json:"psm"`
		SecondPSM *int   `json:"second_psm"`
		Language  string `json:"language"`
	} `json:"ocr"`
	Detect struct {
		Types     []string `json:"types"`
		Threshold float64  `json:"threshold"`
		AllowList []string `json:"allow_list"`
		DenyList  []string `json:"deny_list"`
		Region    string   `json:"region"`
		NER       *bool    `json:"ner"`
	} `json:"detect"`
}

func loadFileConfig(path string) (*fileConfig, error) {
	var fc fileConfig
	if path == "" {
		return &fc, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("config: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fc); err != nil {
		return nil, usagef("config %s: %v", path, err)
	}
	return &fc, nil
}

// detectFlags are shared by every command that detects.
func detectFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Usage: "JSON config file (see configs/anonymizer.json); flags override it"},
		&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "pages processed in parallel, one Tesseract each (default: CPU count)"},
		&cli.StringFlag{Name: "types", Usage: "comma-separated entity types to detect (default all): " + typeList()},
		&cli.Float64Flag{Name: "threshold", Usage: "minimum entity score, in (0,1] (default 0.5)"},
		&cli.StringSliceFlag{Name: "allow", Usage: "text never to flag (repeatable)"},
		&cli.StringSliceFlag{Name: "deny", Usage: "text always to flag, optionally TYPE:text (repeatable)"},
		&cli.StringFlag{Name: "region", Usage: "default phone region, ISO 3166 code (default US)"},
		&cli.BoolFlag{Name: "ner", Usage: "also run the statistical NER model (prose) for names, organisations and places; slower start (about 0.5 s of CPU to load)"},
		&cli.StringFlag{Name: "key", EnvVars: []string{"ANONYMIZER_KEY"}, Usage: "secret key for hashing original text (and seeding surrogates); without one a random key is used for this run"},
		&cli.BoolFlag{Name: "show-text", Usage: "write original text into reports (off: reports hold only keyed hashes)"},
		&cli.IntFlag{Name: "psm", Usage: "Tesseract page segmentation mode of the first full-page pass (default 3)"},
		&cli.IntFlag{Name: "second-psm", Usage: "page segmentation mode of a second full-page OCR pass run alongside the first and merged, e.g. 11 (sparse text); 0, the default: none, and the page pass is split into bands read in parallel"},
		&cli.BoolFlag{Name: "no-reread", Usage: "do not re-read low-confidence words (faster, more misses on poor scans)"},
		&cli.DurationFlag{Name: "page-timeout", Usage: "time limit per page (default 2m)"},
		&cli.IntFlag{Name: "max-pixels", Usage: "largest accepted image, width*height (default 80000000)"},
	}
}

func typeList() string {
	var s []string
	for _, t := range pii.AllTypes {
		s = append(s, string(t))
	}
	return strings.Join(s, ",")
}

// detectOptions merges the config file and the flags.
func detectOptions(c *cli.Context) (engine.DetectOptions, error) {
	fc, err := loadFileConfig(c.String("config"))
	if err != nil {
		return engine.DetectOptions{}, err
	}
	opts := engine.DetectOptions{PII: pii.DefaultConfig(), PageTimeout: 2 * time.Minute, MaxPixels: fc.MaxPixels}
	if fc.PageTimeout != "" {
		d, err := time.ParseDuration(fc.PageTimeout)
		if err != nil {
			return opts, usagef("config page_timeout: %v", err)
		}
		opts.PageTimeout = d
	}
	if c.IsSet("page-timeout") {
		opts.PageTimeout = c.Duration("page-timeout")
	}
	if c.IsSet("max-pixels") {
		opts.MaxPixels = c.Int("max-pixels")
	}
	workers := fc.Workers
	if c.IsSet("workers") {
		workers = c.Int("workers")
	}
	if workers < 0 {
		return opts, usagef("--workers must be positive")
	}
	if workers == 0 {
		workers = runtime.NumCPU()
	}
	opts.OCR = ocr.Options{Workers: workers, Language: fc.OCR.Language, PSM: fc.OCR.PSM}
	if c.IsSet("psm") {
		opts.OCR.PSM = c.Int("psm")
	}
	opts.SecondPSM = engine.DefaultSecondPSM
	if fc.OCR.SecondPSM != nil {
		opts.SecondPSM = *fc.OCR.SecondPSM
	}
	if c.IsSet("second-psm") {
		opts.SecondPSM = c.Int("second-psm")
	}
	opts.NoReread = c.Bool("no-reread")

	types := fc.Detect.Types
	if c.IsSet("types") {
		types = strings.Split(c.String("types"), ",")
	}
	for _, s := range types {
		if strings.TrimSpace(s) == "" {
			continue
		}
		t, ok := pii.ParseType(s)
		if !ok {
			return opts, usagef("unknown entity type %q (known: %s)", s, typeList())
		}
		opts.PII.Types = append(opts.PII.Types, t)
	}
	if fc.Detect.Threshold != 0 {
		opts.PII.Threshold = fc.Detect.Threshold
	}
	if c.IsSet("threshold") {
		opts.PII.Threshold = c.Float64("threshold")
	}
	opts.PII.AllowList = append(fc.Detect.AllowList, c.StringSlice("allow")...)
	opts.PII.DenyList = append(fc.Detect.DenyList, c.StringSlice("deny")...)
	if fc.Detect.Region != "" {
		opts.PII.Region = fc.Detect.Region
	}
	if c.IsSet("region") {
		opts.PII.Region = c.String("region")
	}
	if fc.Detect.NER != nil {
		opts.PII.NER = *fc.Detect.NER
	}
	if c.IsSet("ner") {
		opts.PII.NER = c.Bool("ner")
	}
	if err := opts.PII.Validate(); err != nil {
		return opts, usageError{err}
	}
	opts.ShowText = c.Bool("show-text")

	key := fc.Key
	if c.IsSet("key") || os.Getenv("ANONYMIZER_KEY") != "" {
		key = c.String("key")
	}
	if key == "" {
		k := make([]byte, 32)
		if _, err := rand.Read(k); err != nil {
			return opts, fmt.Errorf("random key: %w", err)
		}
		opts.HashKey = k
		log.Info().Msg("no --key or ANONYMIZER_KEY: using a random key for this run (text hashes are not comparable across runs)")
	} else {
		opts.HashKey = []byte(key)
	}
	return opts, nil
}
