package main

import (
	"crypto/rand"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

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

// fileExtras are the config file's fields that no flag sets.
type fileExtras struct {
	Language            string
	AllowList, DenyList []string
}

// readConfig reads and checks a config file.
func readConfig(path string) (configFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return configFile{}, usagef("config: %v", err)
	}
	cf, problems := parseConfig(data)
	if len(problems) > 0 {
		return cf, configProblems{path: path, problems: problems}
	}
	return cf, nil
}

// applyConfigFile reads the --config file and sets from it each flag of
// the running command that neither the command line nor the flag's
// environment variable set: flags override the file. It returns the
// file's fields that no flag sets: the OCR language, and the allow and
// deny lists, which the flags' entries extend.
func applyConfigFile(c *cli.Context) (fileExtras, error) {
	var ex fileExtras
	path := c.String("config")
	if path == "" {
		return ex, nil
	}
	cf, err := readConfig(path)
	if err != nil {
		return ex, err
	}
	has := commandFlags(c)
	for _, f := range configFields() {
		v, ok := cf.values[f.path]
		if !ok || f.flag == "" || !has[f.flag] || c.IsSet(f.flag) {
			continue
		}
		if err := c.Set(f.flag, flagText(v)); err != nil {
			return ex, usagef("config %s: %s: %v", path, f.path, err)
		}
	}
	ex.Language, _ = cf.values["ocr.language"].(string)
	ex.AllowList, _ = cf.values["detect.allow_list"].([]string)
	ex.DenyList, _ = cf.values["detect.deny_list"].([]string)
	return ex, nil
}

// commandFlags are the names of the running command's flags.
func commandFlags(c *cli.Context) map[string]bool {
	has := map[string]bool{}
	if c.Command == nil {
		return has
	}
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			has[n] = true
		}
	}
	return has
}

// flagText is a config value as command-line text.
func flagText(v any) string {
	switch v := v.(type) {
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case time.Duration:
		return v.String()
	case []string:
		return strings.Join(v, ",")
	}
	return fmt.Sprint(v)
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
	opts.MaxPages = c.Int("max-pages")
	opts.DPI = c.Float64("dpi")
	opts.OCR.Workers = c.Int("workers")
	if err := checkFlags(c, "max-pages", "dpi", "workers"); err != nil {
		return opts, err
	}
	if opts.OCR.Workers == 0 {
		opts.OCR.Workers = runtime.NumCPU()
	}
	opts.OCR.PSM = c.Int("psm")
	if fc.Language != "" {
		opts.OCR.Language = fc.Language
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
	opts.PII.AllowList = append(fc.AllowList, c.StringSlice("allow")...)
	opts.PII.DenyList = append(fc.DenyList, c.StringSlice("deny")...)
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
