package main

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// detectFlags are shared by every command that detects. Their defaults are
// engine.DefaultDetectOptions().
func detectFlags() []cli.Flag {
	d := engine.DefaultDetectOptions()
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Usage: "JSON config file (see configs/anonymizer.json); flags override it"},
		&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: d.OCR.Workers, Usage: "pages processed in parallel, one Tesseract each; 0: one per CPU"},
		&cli.StringFlag{Name: "types", DefaultText: "all", Usage: "comma-separated entity types to detect: " + typeList()},
		&cli.Float64Flag{Name: "threshold", Value: d.PII.Threshold, Usage: "minimum entity score, in (0,1]"},
		&cli.StringSliceFlag{Name: "allow", Usage: "text never to flag (repeatable)"},
		&cli.StringSliceFlag{Name: "deny", Usage: "text always to flag, optionally TYPE:text (repeatable)"},
		&cli.StringFlag{Name: "region", Value: d.PII.Region, Usage: "fallback region (ISO 3166 code) for pages that name no country of their own (phones, postcodes, day/month order)"},
		&cli.BoolFlag{Name: "ner", Value: d.PII.NER, Usage: "also run the statistical NER model (prose) for names, organisations and places; slower start (about 0.5 s of CPU to load)"},
		&cli.StringFlag{Name: "key", EnvVars: []string{"ANONYMIZER_KEY"}, Usage: "secret key for hashing original text (and seeding surrogates); without one a random key is used for this run"},
		&cli.BoolFlag{Name: "show-text", Value: d.ShowText, Usage: "write original text into reports (off: reports hold only keyed hashes)"},
		&cli.IntFlag{Name: "psm", Value: d.OCR.PSM, Usage: "Tesseract page segmentation mode of the first full-page pass"},
		&cli.IntFlag{Name: "second-psm", Value: d.SecondPSM, Usage: "page segmentation mode of a second full-page OCR pass run alongside the first and merged, e.g. 11 (sparse text); 0: none, and the page pass is split into bands read in parallel"},
		&cli.BoolFlag{Name: "no-reread", Value: d.NoReread, Usage: "do not re-read low-confidence words (faster, more misses on poor scans)"},
		&cli.DurationFlag{Name: "page-timeout", Value: d.PageTimeout, Usage: "time limit per page"},
		&cli.IntFlag{Name: "max-pixels", Value: d.MaxPixels, Usage: "largest accepted page, width*height"},
		&cli.IntFlag{Name: "max-pages", Value: d.MaxPages, Usage: "most pages accepted in one document (PDF, TIFF)"},
		&cli.Float64Flag{Name: "dpi", Value: d.DPI, Usage: "resolution born-digital PDF pages are rendered at (scanned pages keep their image's own)"},
	}
}

func typeList() string {
	var s []string
	for _, t := range entity.AllTypes {
		s = append(s, string(t))
	}
	return strings.Join(s, ",")
}

// fileConfig is the --config file (configs/anonymizer.json is the
// template). A key left out, zero or null keeps the default.
type fileConfig struct {
	Key         string  `json:"key"`
	Workers     int     `json:"workers"`
	PageTimeout string  `json:"page_timeout"`
	MaxPixels   int     `json:"max_pixels"`
	MaxPages    int     `json:"max_pages"`
	DPI         float64 `json:"dpi"`
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

// flagValues are the file's values of the flags it sets, as command-line
// text; a flag it leaves at its default is missing.
func (fc *fileConfig) flagValues() map[string]string {
	v := map[string]string{}
	set := func(name, value string, isDefault bool) {
		if !isDefault {
			v[name] = value
		}
	}
	set("key", fc.Key, fc.Key == "")
	set("workers", strconv.Itoa(fc.Workers), fc.Workers == 0)
	set("page-timeout", fc.PageTimeout, fc.PageTimeout == "")
	set("max-pixels", strconv.Itoa(fc.MaxPixels), fc.MaxPixels == 0)
	set("max-pages", strconv.Itoa(fc.MaxPages), fc.MaxPages == 0)
	set("dpi", strconv.FormatFloat(fc.DPI, 'g', -1, 64), fc.DPI == 0)
	set("psm", strconv.Itoa(fc.OCR.PSM), fc.OCR.PSM == 0)
	if fc.OCR.SecondPSM != nil {
		set("second-psm", strconv.Itoa(*fc.OCR.SecondPSM), false)
	}
	set("types", strings.Join(fc.Detect.Types, ","), len(fc.Detect.Types) == 0)
	set("threshold", strconv.FormatFloat(fc.Detect.Threshold, 'g', -1, 64), fc.Detect.Threshold == 0)
	set("region", fc.Detect.Region, fc.Detect.Region == "")
	if fc.Detect.NER != nil {
		set("ner", strconv.FormatBool(*fc.Detect.NER), false)
	}
	return v
}

// applyConfigFile reads the --config file and sets from it each flag that
// neither the command line nor the flag's environment variable set: flags
// override the file. It returns the file for what no flag sets: the OCR
// language, and the allow and deny lists, which the flags' entries extend.
func applyConfigFile(c *cli.Context) (fileConfig, error) {
	var fc fileConfig
	path := c.String("config")
	if path == "" {
		return fc, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fc, usagef("config: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fc); err != nil {
		return fc, usagef("config %s: %v", path, err)
	}
	values := fc.flagValues()
	for _, name := range slices.Sorted(maps.Keys(values)) {
		if c.IsSet(name) {
			continue
		}
		if err := c.Set(name, values[name]); err != nil {
			return fc, usagef("config %s: %s: %v", path, name, err)
		}
	}
	return fc, nil
}

// detectOptions are engine.DefaultDetectOptions() under the --config file
// under the flags.
func detectOptions(c *cli.Context) (engine.DetectOptions, error) {
	fc, err := applyConfigFile(c)
	if err != nil {
		return engine.DetectOptions{}, err
	}
	opts := engine.DefaultDetectOptions()
	opts.PageTimeout = c.Duration("page-timeout")
	opts.MaxPixels = c.Int("max-pixels")
	if opts.MaxPages = c.Int("max-pages"); opts.MaxPages < 1 {
		return opts, usagef("--max-pages must be at least 1")
	}
	if opts.DPI = c.Float64("dpi"); !(opts.DPI >= 10 && opts.DPI <= 1200) {
		return opts, usagef("--dpi must be between 10 and 1200")
	}
	switch opts.OCR.Workers = c.Int("workers"); {
	case opts.OCR.Workers < 0:
		return opts, usagef("--workers must be positive")
	case opts.OCR.Workers == 0:
		opts.OCR.Workers = runtime.NumCPU()
	}
	opts.OCR.PSM = c.Int("psm")
	if fc.OCR.Language != "" {
		opts.OCR.Language = fc.OCR.Language
	}
	opts.SecondPSM = c.Int("second-psm")
	opts.NoReread = c.Bool("no-reread")
	opts.ShowText = c.Bool("show-text")
	opts.Logger = log
	for _, s := range strings.Split(c.String("types"), ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		t, ok := entity.ParseType(s)
		if !ok {
			return opts, usagef("unknown entity type %q (known: %s)", s, typeList())
		}
		opts.PII.Types = append(opts.PII.Types, t)
	}
	opts.PII.Threshold = c.Float64("threshold")
	opts.PII.AllowList = append(fc.Detect.AllowList, c.StringSlice("allow")...)
	opts.PII.DenyList = append(fc.Detect.DenyList, c.StringSlice("deny")...)
	opts.PII.Region = c.String("region")
	opts.PII.NER = c.Bool("ner")
	if err := opts.PII.Validate(); err != nil {
		return opts, usageError{err}
	}
	opts.HashKey = []byte(c.String("key"))
	if len(opts.HashKey) == 0 {
		opts.HashKey = make([]byte, 32)
		if _, err := rand.Read(opts.HashKey); err != nil {
			return opts, fmt.Errorf("random key: %w", err)
		}
		log.Info().Msg("no --key or ANONYMIZER_KEY: using a random key for this run (text hashes are not comparable across runs)")
	}
	return opts, nil
}
