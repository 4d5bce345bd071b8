package main

import (
	"context"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/document"
	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// defaultDiffusionSteps is the number of DDIM steps per generated region.
const defaultDiffusionSteps = 20

// samplerFlag is --sampler of the commands that run the diffusion model.
func samplerFlag() cli.Flag {
	return &cli.StringFlag{Name: "sampler", Value: "ddim", Usage: "diffusion sampler: ddim or dpmpp2m (DPM-Solver++(2M), second order: fewer steps)"}
}

// anonymizeFlags are shared by the commands that anonymize. Their defaults
// are engine.DefaultAnonymizeOptions().
func anonymizeFlags() []cli.Flag {
	d := engine.DefaultAnonymizeOptions()
	return []cli.Flag{
		&cli.StringFlag{Name: "strategy", Value: string(d.Strategy), Usage: "diffusion (the render path's layout printed by the diffusion model, falling back to render), render (surrogate drawn in the document's style, falling back to redact) or redact (solid boxes)"},
		&cli.StringFlag{Name: "model", DefaultText: "the shipped model, models/default", Usage: "diffusion model directory"},
		&cli.IntFlag{Name: "diffusion-steps", Value: defaultDiffusionSteps, Usage: "sampler steps per region for --strategy diffusion"},
		samplerFlag(),
		&cli.Float64Flag{Name: "min-confidence", Value: d.MinConfidence, Usage: "regions whose verified confidence is lower fall back to redaction"},
		&cli.BoolFlag{Name: "no-quality-check", Value: !d.QualityCheck, Usage: "keep rendered regions whatever their confidence (leaks are still redacted)"},
		&cli.StringFlag{Name: "redact-color", Value: formatColor(d.RedactColor), Usage: "fill colour of redacted regions, #RRGGBB"},
	}
}

func anonymizeCommand() *cli.Command {
	return &cli.Command{
		Name:      "anonymize",
		Usage:     "replace personal data on page images and documents with synthetic stand-ins",
		ArgsUsage: inputsArgsUsage,
		Description: "Writes DIR/<stem>.<ext> (same format as the input: a PDF gives a PDF and a\n" +
			"multi-page TIFF a TIFF, with the same pages and page sizes; a single image from\n" +
			"standard input gives PNG) and\n" +
			"DIR/<stem>.report.json. Each entity is replaced by a format-preserving surrogate\n" +
			"drawn in the original's style (render, the default) or printed there by the\n" +
			"diffusion model (diffusion), verified by OCR read-back and a leak check; a region\n" +
			"that fails falls back to the next strategy and finally to a solid box. The\n" +
			"report says which strategy each entity ended with. Pixels outside the replaced regions\n" +
			"are unchanged (bit-identical for PNG and TIFF). Every page of a document is\n" +
			"anonymized, pages in parallel over the workers, and the report lists them in\n" +
			"order. A PDF output holds only the anonymized rasters (and with --text-layer\n" +
			"an invisible text layer read from them): no text, annotation, form, outline,\n" +
			"attachment or metadata of the input. With the single input '-', reads a\n" +
			"document from standard input (its format told by its content) and writes the\n" +
			"result to standard output (PNG; PDF for a PDF, TIFF for a multi-page TIFF) and\n" +
			"the report to DIR (when -o is given).",
		Flags: append(append(append([]cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "output folder (created if missing)"},
			&cli.BoolFlag{Name: "dry-run", Usage: "write only the reports, no images"},
			&cli.BoolFlag{Name: "text-layer", Usage: "give a PDF output an invisible text layer read by OCR from the anonymized pages, so it stays searchable (PDF outputs only)"},
		}, batchFlags()...), anonymizeFlags()...), detectFlags()...),
		Action: runAnonymize,
	}
}

// formatColor writes c as #RRGGBB, the form engine.ParseColor reads.
func formatColor(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02X%02X%02X", r>>8, g>>8, b>>8)
}

func anonymizeOptions(c *cli.Context, key []byte) (engine.AnonymizeOptions, error) {
	o, err := anonymizeSettings(c, key, entity.Strategy(c.String("strategy")))
	if err != nil || o.Strategy != entity.Diffusion {
		return o, err
	}
	o.Inpainter, err = diffusionInpainter(c)
	return o, err
}

// anonymizeSettings are the anonymize options of the flags with strategy s,
// without the diffusion model (a queue's submitter needs only their
// digest; its workers run each job's strategy).
func anonymizeSettings(c *cli.Context, key []byte, s entity.Strategy) (engine.AnonymizeOptions, error) {
	o := engine.DefaultAnonymizeOptions()
	o.Strategy = s
	o.MinConfidence = c.Float64("min-confidence")
	o.QualityCheck = !c.Bool("no-quality-check")
	o.Key = key
	col, err := engine.ParseColor(c.String("redact-color"))
	if err != nil {
		return o, usagef("--redact-color %v", err)
	}
	o.RedactColor = col
	if err := checkStrategy(string(o.Strategy)); err != nil {
		return o, usagef("--strategy %v", err)
	}
	return o, checkFlags(c, "diffusion-steps", "min-confidence")
}

// newDetector builds the detector from the flags and the config file.
func newDetector(c *cli.Context) (*engine.Detector, engine.DetectOptions, error) {
	opts, err := detectOptions(c)
	if err != nil {
		return nil, opts, err
	}
	det, err := engine.NewDetector(opts)
	return det, opts, err
}

// newAnonymizer builds the detector and the anonymizer from the flags;
// keepInput keeps each page as read beside its output (evaluation).
func newAnonymizer(c *cli.Context, keepInput bool) (*engine.Detector, *engine.Anonymizer, engine.DetectOptions, error) {
	dopts, err := detectOptions(c)
	if err != nil {
		return nil, nil, dopts, err
	}
	aopts, err := anonymizeOptions(c, dopts.HashKey)
	if err != nil {
		return nil, nil, dopts, err
	}
	aopts.KeepInput = keepInput
	det, err := engine.NewDetector(dopts)
	if err != nil {
		return nil, nil, dopts, err
	}
	an, err := engine.NewAnonymizer(det, aopts)
	if err != nil {
		det.Close()
		return nil, nil, dopts, usageError{err}
	}
	return det, an, dopts, nil
}

func runAnonymize(c *cli.Context) error {
	// The reports go to --output even when the image goes to stdout.
	paths, toStdout, outDir, err := commandIO(c, true)
	if err != nil {
		return err
	}
	det, an, dopts, err := newAnonymizer(c, false)
	if err != nil {
		return err
	}
	defer det.Close()
	dry, textLayer := c.Bool("dry-run"), c.Bool("text-layer")
	digest, err := anonymizeDigest(c, dopts)
	if err != nil {
		return err
	}
	b, err := newBatch(c, paths, dopts.OCR.Workers, manifestDir(outDir, toStdout), digest)
	if err != nil {
		return err
	}
	return b.run(func(ctx context.Context, path, stem string, data []byte) (inputDone, error) {
		f, err := an.AnonymizeData(ctx, path, data)
		if err != nil {
			return inputDone{}, err
		}
		ext := document.OutputExt(f.Format, path, len(f.Pages))
		var words [][]doc.Word
		switch {
		case !textLayer || dry:
		case ext != ".pdf":
			log.Warn().Str("input", path).Msg("--text-layer applies to PDF outputs only; this output has none")
		default:
			if words, err = an.TextLayer(ctx, f); err != nil {
				return inputDone{}, err
			}
		}
		var imgOut, repOut string
		if outDir != "" {
			repOut = filepath.Join(outDir, stem+".report.json")
			imgOut = filepath.Join(outDir, stem+ext)
		}
		if err := writeAnonymized(f, words, ext, imgOut, repOut, dry, toStdout); err != nil {
			return inputDone{}, err
		}
		counts := map[entity.Strategy]int{}
		for _, p := range f.Report.Pages {
			for _, e := range p.Entities {
				counts[e.Strategy]++
			}
		}
		log.Info().Str("input", path).Str("output", imgOut).Int("pages", len(f.Pages)).Int("generated", counts[entity.Diffusion]).
			Int("rendered", counts[entity.Render]).Int("redacted", counts[entity.Redact]).Float64("ms", f.Report.TimingMS["total"]).Msg("anonymized")
		d := inputDone{pages: len(f.Pages), entities: entitiesIn(f.Report), outputs: relOutputs(repOut)}
		if !dry && !toStdout {
			d.outputs = relOutputs(imgOut, repOut)
		}
		return d, nil
	})
}

// anonymizeDigest is the OutputDigest of an anonymize run: the options,
// and the command-line settings that change its outputs and are not in
// them.
func anonymizeDigest(c *cli.Context, dopts engine.DetectOptions) (string, error) {
	aopts, err := anonymizeSettings(c, dopts.HashKey, entity.Strategy(c.String("strategy")))
	if err != nil {
		return "", err
	}
	return optionsDigest(c, dopts, aopts, boolSetting("dry-run", c.Bool("dry-run")), boolSetting("text-layer", c.Bool("text-layer")))
}

// optionsDigest is the one digest of the options that decide an output
// (a resumed batch's manifest, a queued job's id and its workers' check):
// OutputDigest with extra, and for diffusion the --model flag as written
// (set the same one on submitters and GPU workers), the steps and the
// sampler.
func optionsDigest(c *cli.Context, dopts engine.DetectOptions, aopts engine.AnonymizeOptions, extra ...string) (string, error) {
	if aopts.Strategy == entity.Diffusion {
		extra = append(extra, "model="+c.String("model"), "diffusion-steps="+strconv.Itoa(c.Int("diffusion-steps")),
			"sampler="+c.String("sampler"))
	}
	return engine.OutputDigest(dopts, &aopts, extra...)
}

// writeAnonymized writes f's pages (to imgOut, or to standard output, in
// the format of ext; words, when given, are each page's text layer) unless
// dry, then its report to repOut; without repOut a dry run prints the
// report. The pages go first: a report never describes pages that were
// not written.
func writeAnonymized(f *engine.AnonFile, words [][]doc.Word, ext, imgOut, repOut string, dry, toStdout bool) error {
	if !dry {
		pages := f.OutPages(words)
		if toStdout {
			if err := document.Encode(os.Stdout, "stdout"+ext, pages); err != nil {
				return err
			}
		} else if err := document.WriteFile(imgOut, pages); err != nil {
			return err
		}
	}
	if repOut != "" {
		if err := f.Report.WriteFile(repOut); err != nil {
			if !dry && !toStdout {
				os.Remove(imgOut)
			}
			return err
		}
	} else if dry {
		return f.Report.Encode(os.Stdout)
	}
	return nil
}
