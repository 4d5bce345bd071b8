package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/evaluate"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "measure the pipeline on a labelled data set (FUNSD pii.json layout)",
		Subcommands: []*cli.Command{
			{
				Name:  "detect",
				Usage: "detection recall per entity type and the share of all words flagged",
				Description: "A labelled PII word counts as found when at least 50% of its box is covered by\n" +
					"the detected boxes. With annotations/<name>.json next to images/ (FUNSD layout),\n" +
					"also prints the share of all annotated words that were flagged, and the word\n" +
					"precision (meaningful only where labels are complete, as on `anonymizer synth` sets).",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "data", Required: true, Usage: "data set root (the folder pii.json's keys are relative to)"},
					&cli.StringFlag{Name: "labels", Usage: "labels file (default DATA/pii.json)"},
					&cli.StringFlag{Name: "split", Usage: "only images whose key starts with this (e.g. testing_data)"},
					&cli.IntFlag{Name: "limit", Usage: "at most this many images (0: all)"},
					&cli.StringFlag{Name: "json", Usage: "also write the figures as JSON to this file"},
				}, detectFlags()...),
				Action: runEvalDetect,
			},
			{
				Name:  "anonymize",
				Usage: "detection recall, leak rate, read-back accuracy, background error and untouched pixels",
				Description: "Anonymizes every labelled image in memory (nothing is written) and measures:\n" +
					"leak rate over the labelled entities Tesseract can read in the original,\n" +
					"read-back exact match and mean CER of rendered regions, mean background error\n" +
					"(grey levels), pixels changed outside the replaced regions (must be 0), and the\n" +
					"spread of the regions' confidences.",
				Flags: append(append([]cli.Flag{
					&cli.StringFlag{Name: "data", Required: true, Usage: "data set root (the folder pii.json's keys are relative to)"},
					&cli.StringFlag{Name: "labels", Usage: "labels file (default DATA/pii.json)"},
					&cli.StringFlag{Name: "split", Usage: "only images whose key starts with this (e.g. testing_data)"},
					&cli.IntFlag{Name: "limit", Usage: "at most this many images (0: all)"},
					&cli.StringFlag{Name: "json", Usage: "also write the figures as JSON to this file"},
				}, anonymizeFlags()...), detectFlags()...),
				Action: runEvalAnonymize,
			},
		},
	}
}

// evalSet resolves the labelled images of an eval command.
func evalSet(c *cli.Context) (root string, labels evaluate.Labels, images []string, err error) {
	root = c.String("data")
	labelsPath := c.String("labels")
	if labelsPath == "" {
		labelsPath = filepath.Join(root, "pii.json")
	}
	labels, err = evaluate.LoadLabels(labelsPath)
	if err != nil {
		return "", nil, nil, usageError{err}
	}
	images = labels.Images(c.String("split"))
	if n := c.Int("limit"); n > 0 && n < len(images) {
		images = images[:n]
	}
	if len(images) == 0 {
		return "", nil, nil, usagef("no labelled images under %q in %s", c.String("split"), labelsPath)
	}
	return root, labels, images, nil
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

// evalLoop runs page on every labelled image on the workers, serialising
// record (which updates the score) and logging progress; it returns the
// mean page time and the wall time.
func evalLoop(root string, images []string, workers int, what string, page func(ctx context.Context, i int, path string) (ms float64, record func(), err error)) (float64, time.Duration, error) {
	ctx, cancel := signalContext()
	defer cancel()
	var mu sync.Mutex
	var done int
	var pageMS float64
	t0 := time.Now()
	paths := make([]string, len(images))
	for i, im := range images {
		paths[i] = filepath.Join(root, im)
	}
	errs := engine.ForEach(ctx, len(images), workers, func(ctx context.Context, i int) error {
		ms, record, err := page(ctx, i, paths[i])
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		record()
		pageMS += ms
		done++
		if done%10 == 0 || done == len(images) {
			log.Info().Int("done", done).Int("of", len(images)).Msg(what)
		}
		return nil
	})
	if err := summarize(paths, errs); err != nil {
		return 0, 0, err
	}
	return pageMS / float64(len(images)), time.Since(t0), nil
}

// entityBoxes are all boxes of a page's report entities.
func entityBoxes(f *engine.File) []doc.Box {
	var regions []doc.Box
	for _, e := range f.Pages[0].Entities {
		regions = append(regions, e.Boxes...)
	}
	return regions
}

func runEvalDetect(c *cli.Context) error {
	root, labels, images, err := evalSet(c)
	if err != nil {
		return err
	}
	det, opts, err := newDetector(c)
	if err != nil {
		return err
	}
	defer det.Close()

	score := evaluate.NewDetectScore()
	msPage, wall, err := evalLoop(root, images, opts.OCR.Workers, "eval detect", func(ctx context.Context, i int, path string) (float64, func(), error) {
		f, err := det.DetectFile(ctx, path)
		if err != nil {
			return 0, nil, err
		}
		words, err := evaluate.AnnotatedWords(evaluate.AnnotationPath(root, images[i]))
		if err != nil {
			return 0, nil, err
		}
		return f.Report.TimingMS["total"], func() { score.AddPage(labels[images[i]], entityBoxes(f), words) }, nil
	})
	if err != nil {
		return err
	}
	score.Print(os.Stdout)
	fig := score.Figures()
	fig["ms_per_page"] = msPage
	fig["wall_s"] = wall.Seconds()
	return printFigures(c, fig)
}

func runEvalAnonymize(c *cli.Context) error {
	root, labels, images, err := evalSet(c)
	if err != nil {
		return err
	}
	det, an, dopts, err := newAnonymizer(c)
	if err != nil {
		return err
	}
	defer det.Close()

	score := evaluate.NewAnonScore()
	msPage, wall, err := evalLoop(root, images, dopts.OCR.Workers, "eval anonymize", func(ctx context.Context, i int, path string) (float64, func(), error) {
		f, err := an.AnonymizeFile(ctx, path)
		if err != nil {
			return 0, nil, err
		}
		words, err := evaluate.AnnotatedWords(evaluate.AnnotationPath(root, images[i]))
		if err != nil {
			return 0, nil, err
		}
		labs := labels[images[i]]
		before := make([]bool, len(labs))
		after := make([]bool, len(labs))
		for k, l := range labs {
			if before[k], err = evaluate.Readable(ctx, det.OCR(), f.Image, l); err != nil {
				return 0, nil, err
			}
			if before[k] {
				if after[k], err = evaluate.Readable(ctx, det.OCR(), f.Output, l); err != nil {
					return 0, nil, err
				}
			}
		}
		var changed []doc.Box
		for _, r := range f.Regions {
			changed = append(changed, r.Changed)
		}
		return f.Report.TimingMS["total"], func() {
			score.Detect.AddPage(labs, entityBoxes(f.File), words)
			score.AddLeaks(before, after)
			for _, r := range f.Regions {
				score.AddRegion(r.Strategy, r.Check.CER, r.Check.BackgroundError, r.Check.Confidence)
			}
			score.AddUntouched(f.Image, f.Output, changed)
		}, nil
	})
	if err != nil {
		return err
	}
	score.Print(os.Stdout)
	fig := score.Figures()
	fig["ms_per_page"] = msPage
	fig["wall_s"] = wall.Seconds()
	return printFigures(c, fig)
}
