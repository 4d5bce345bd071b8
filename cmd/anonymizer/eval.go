package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/evaluate"
	"github.com/anonymizer-project/anonymizer/pipeline/workers"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "measure the pipeline on a labelled data set (FUNSD pii.json layout)",
		Subcommands: []*cli.Command{
			{
				Name:  "detect",
				Usage: "detection recall and precision per entity type, the words flagged per role, per kind of document and country",
				Description: "A labelled PII word counts as found when at least 50% of its box is covered by\n" +
					"the detected boxes. With annotations/<name>.json next to images/ (FUNSD layout),\n" +
					"also prints the share of all annotated words that were flagged, and the word\n" +
					"precision (meaningful only where labels are complete, as on `anonymizer synth` sets).\n" +
					"Then a table of recall and precision by the same 50% rule (a flagged word is right\n" +
					"when at least half of it lies inside labelled PII word boxes, or words.json's role is\n" +
					"pii), the share of words flagged per role (FUNSD's question words are field labels;\n" +
					"label, header and prose must never be flagged), and, where DATA/words.json records\n" +
					"them (`anonymizer corpus`), the same per kind of document and per country. The last\n" +
					"line holds the figures as JSON.",
				Flags:  append(evalSetFlags(), detectFlags()...),
				Action: runEvalDetect,
			},
			{
				Name:  "anonymize",
				Usage: "detection recall and precision, leak rate, read-back accuracy, background error and untouched pixels",
				Description: "Anonymizes every labelled image in memory (nothing is written) and measures:\n" +
					"leak rate over the labelled entities Tesseract can read in the original and\n" +
					"read-back exact match and mean CER of rendered regions, both read by a second\n" +
					"Tesseract pass of the whole page (PSM 11) that the pipeline never gates on,\n" +
					"mean background error\n" +
					"(grey levels), pixels changed outside the replaced regions (must be 0), and the\n" +
					"spread of the regions' confidences. The precision table and the words flagged per\n" +
					"role are over the replaced regions: the entities' boxes and the changed rectangles\n" +
					"(figures named replaced_...).",
				Flags:  append(append(evalSetFlags(), anonymizeFlags()...), detectFlags()...),
				Action: runEvalAnonymize,
			},
		},
	}
}

// evalSetFlags select the labelled images of an eval command.
func evalSetFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "data", Required: true, Usage: "data set root (the folder pii.json's keys are relative to)"},
		&cli.StringFlag{Name: "labels", DefaultText: "DATA/pii.json", Usage: "labels file"},
		&cli.StringFlag{Name: "split", Usage: "only images whose key starts with this (e.g. testing_data)"},
		&cli.IntFlag{Name: "limit", Usage: "at most this many images (0: all)"},
		&cli.StringFlag{Name: "json", Usage: "also write the figures as JSON to this file"},
	}
}

// evalSet resolves the labelled images of an eval command.
func evalSet(c *cli.Context) (set *evaluate.Set, images []string, err error) {
	root := c.String("data")
	labelsPath := c.String("labels")
	if labelsPath == "" {
		labelsPath = filepath.Join(root, "pii.json")
	}
	set, err = evaluate.OpenSet(root, labelsPath)
	if err != nil {
		return nil, nil, usageError{err}
	}
	images = set.Labels.Images(c.String("split"))
	if n := c.Int("limit"); n > 0 && n < len(images) {
		images = images[:n]
	}
	if len(images) == 0 {
		return nil, nil, usagef("no labelled images under %q in %s", c.String("split"), labelsPath)
	}
	return set, images, nil
}

// printFigures prints the figures as one JSON line and writes them to
// --json when given.
func printFigures(c *cli.Context, fig map[string]float64) error {
	js, _ := json.Marshal(fig)
	fmt.Println(string(js))
	if p := c.String("json"); p != "" {
		if err := os.WriteFile(p, append(js, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
	}
	return nil
}

// evalScore is the score an eval command keeps: a table to print and its
// figures.
type evalScore interface {
	Print(w io.Writer)
	Figures() map[string]float64
}

// evalLoop runs page on every labelled image on the workers, then reads the
// image's labelled page (labels, annotated words, kind and country) and
// hands it to record (which updates score) under a lock, logging progress.
// At the end it prints the score and its figures with the mean page time
// and the wall time.
func evalLoop(c *cli.Context, set *evaluate.Set, images []string, nWorkers int, what string, score evalScore, page func(ctx context.Context, i int, path string) (ms float64, record func(p evaluate.Page), err error)) error {
	ctx, cancel := signalContext()
	defer cancel()
	var mu sync.Mutex
	var done int
	var pageMS float64
	t0 := time.Now()
	paths := make([]string, len(images))
	for i, im := range images {
		paths[i] = filepath.Join(set.Root, im)
	}
	errs := workers.ForEach(ctx, len(images), nWorkers, func(ctx context.Context, i int) error {
		ms, record, err := page(ctx, i, paths[i])
		if err != nil {
			return err
		}
		p, err := set.Page(images[i])
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		record(p)
		pageMS += ms
		done++
		if done%10 == 0 || done == len(images) {
			log.Info().Int("done", done).Int("of", len(images)).Msg(what)
		}
		return nil
	})
	if err := summarize(paths, errs); err != nil {
		return err
	}
	score.Print(os.Stdout)
	fig := score.Figures()
	fig["ms_per_page"] = pageMS / float64(len(images))
	fig["wall_s"] = time.Since(t0).Seconds()
	return printFigures(c, fig)
}

// singlePage refuses a document of several pages: labels are per image.
func singlePage(f *engine.File) error {
	if n := len(f.Pages); n != 1 {
		return fmt.Errorf("evaluation takes single-page images; this input has %d pages", n)
	}
	return nil
}

// entityFlags are all boxes of a page's entities, with their types.
func entityFlags(f *engine.File) []evaluate.Flag {
	var flags []evaluate.Flag
	for _, e := range f.Pages[0].Entities {
		for _, b := range e.Boxes {
			flags = append(flags, evaluate.Flag{Type: string(e.Type), Box: b})
		}
	}
	return flags
}

// changedFlags are the rectangles the report says anonymize changed, with
// the type of the entity each was changed for.
func changedFlags(f *engine.AnonFile) []evaluate.Flag {
	var flags []evaluate.Flag
	for _, e := range f.Report.Pages[0].Entities {
		for _, b := range e.Changed {
			flags = append(flags, evaluate.Flag{Type: string(e.Type), Box: b})
		}
	}
	return flags
}

func runEvalDetect(c *cli.Context) error {
	set, images, err := evalSet(c)
	if err != nil {
		return err
	}
	det, opts, err := newDetector(c)
	if err != nil {
		return err
	}
	defer det.Close()

	score := evaluate.NewDetectScore()
	return evalLoop(c, set, images, opts.OCR.Workers, "eval detect", score, func(ctx context.Context, i int, path string) (float64, func(evaluate.Page), error) {
		f, err := det.DetectFile(ctx, path)
		if err == nil {
			err = singlePage(f)
		}
		if err != nil {
			return 0, nil, err
		}
		return f.Report.TimingMS["total"], func(p evaluate.Page) { score.Add(p, entityFlags(f)) }, nil
	})
}

func runEvalAnonymize(c *cli.Context) error {
	set, images, err := evalSet(c)
	if err != nil {
		return err
	}
	det, an, dopts, err := newAnonymizer(c, true)
	if err != nil {
		return err
	}
	defer det.Close()

	e := anonEval{set: set, images: images, det: det, an: an, score: evaluate.NewAnonScore()}
	return evalLoop(c, set, images, dopts.OCR.Workers, "eval anonymize", e.score, e.page)
}

// anonEval measures anonymize on the labelled images of set.
type anonEval struct {
	set    *evaluate.Set
	images []string
	det    *engine.Detector
	an     *engine.Anonymizer
	score  *evaluate.AnonScore
}

// page anonymizes image i (at path) in memory, reads the input and the
// output with the evaluation's own reader (readSecond), and returns the
// page time and the function that records the page in the score.
func (e anonEval) page(ctx context.Context, i int, path string) (float64, func(evaluate.Page), error) {
	f, err := e.an.AnonymizeFile(ctx, path)
	if err == nil {
		err = singlePage(f.File)
	}
	if err != nil {
		return 0, nil, err
	}
	before, after, err := readSecond(ctx, e.det.OCR(), f, e.set.Labels[e.images[i]])
	if err != nil {
		return 0, nil, err
	}
	cers, err := readBack(ctx, e.det.OCR(), f)
	if err != nil {
		return 0, nil, err
	}
	ents, changed := entityFlags(f.File), changedFlags(f)
	score := e.score
	return f.Report.TimingMS["total"], func(p evaluate.Page) {
		score.AddPage(p, ents, changed)
		score.AddLeaks(before, after)
		for k, r := range f.Outputs[0].Regions {
			score.AddRegion(r.Strategy, cers[k], r.Check.BackgroundError, r.Check.Confidence)
		}
		score.AddUntouched(f.Outputs[0].Input, f.Outputs[0].Image, evaluate.Boxes(append(ents, changed...)))
	}, nil
}

// readSecond reads the input and the output once each with the evaluation's
// own reader (evaluate.SecondPSM over the whole page, not the reads the
// pipeline gated on) and reports, per label, whether its text was readable
// before and after.
func readSecond(ctx context.Context, rd evaluate.PageReader, f *engine.AnonFile, labs []evaluate.Label) (before, after []bool, err error) {
	in, err := evaluate.ReadSecond(ctx, rd, f.Outputs[0].Input)
	if err != nil {
		return nil, nil, err
	}
	out, err := evaluate.ReadSecond(ctx, rd, f.Outputs[0].Image)
	if err != nil {
		return nil, nil, err
	}
	before, after = make([]bool, len(labs)), make([]bool, len(labs))
	for k, l := range labs {
		before[k] = in.Readable(l)
		after[k] = before[k] && out.Readable(l)
	}
	return before, after, nil
}

// readBack is, per region, the character error rate of the evaluation's own
// read of the drawn text (0 for regions where nothing was drawn).
func readBack(ctx context.Context, rd evaluate.PageReader, f *engine.AnonFile) ([]float64, error) {
	cers := make([]float64, len(f.Outputs[0].Regions))
	for k, r := range f.Outputs[0].Regions {
		if r.Drawn == "" {
			continue
		}
		cer, err := evaluate.ReadBack(ctx, rd, f.Outputs[0].Image, r.TextBox, r.Drawn)
		if err != nil {
			return nil, err
		}
		cers[k] = cer
	}
	return cers, nil
}
