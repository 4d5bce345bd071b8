package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/inputs"
	"github.com/anonymizer-project/anonymizer/pipeline/workers"
)

func detectCommand() *cli.Command {
	return &cli.Command{
		Name:      "detect",
		Usage:     "find personal data on page images and documents and write a JSON report per input",
		ArgsUsage: inputsArgsUsage,
		Description: "Writes DIR/<stem>.report.json for each input, one entry per page. With the\n" +
			"single input '-', reads a document from standard input (its format told by its\n" +
			"content) and writes the report to standard output.\n" +
			"A failed input is logged in one line and does not stop the others; the exit\n" +
			"code is then 1.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "output folder for reports (created if missing)"},
		}, detectFlags()...),
		Action: runDetect,
	}
}

// inputsArgsUsage is the arguments of the commands that read documents
// (expanded by commandIO).
const inputsArgsUsage = "FILE|FOLDER|GLOB... (PNG, JPEG, TIFF, PDF; or - for standard input)"

// signalContext is cancelled on Ctrl-C or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// commandIO expands a command's input arguments and checks its output
// folder: --output is required unless the single input is stdin ('-'), and
// the folder is created when the command writes there, which with stdin it
// does only when dirWithStdout is set.
func commandIO(c *cli.Context, dirWithStdout bool) (paths []string, toStdout bool, outDir string, err error) {
	paths, err = inputs.Expand(c.Args().Slice())
	if err != nil {
		return nil, false, "", usageError{err}
	}
	toStdout = len(paths) == 1 && paths[0] == inputs.Stdin
	outDir = c.String("output")
	if outDir == "" && !toStdout {
		return nil, false, "", usagef("--output DIR is required (except for the single input '-')")
	}
	if outDir != "" && (dirWithStdout || !toStdout) {
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return nil, false, "", fmt.Errorf("output folder: %w", err)
		}
	}
	return paths, toStdout, outDir, nil
}

func runDetect(c *cli.Context) error {
	paths, toStdout, outDir, err := commandIO(c, false)
	if err != nil {
		return err
	}
	det, opts, err := newDetector(c)
	if err != nil {
		return err
	}
	defer det.Close()

	return forEachInput(paths, opts.OCR.Workers, func(ctx context.Context, path, stem string) error {
		f, err := det.DetectFile(ctx, path)
		if err != nil {
			return err
		}
		n := 0
		for _, p := range f.Report.Pages {
			n += len(p.Entities)
		}
		if toStdout {
			return f.Report.Encode(os.Stdout)
		}
		out := filepath.Join(outDir, stem+".report.json")
		if err := f.Report.WriteFile(out); err != nil {
			return err
		}
		log.Info().Str("input", path).Str("report", out).Int("pages", len(f.Pages)).Int("entities", n).
			Float64("ms", f.Report.TimingMS["total"]).Msg("detected")
		return nil
	})
}

// forEachInput runs do on every input on nWorkers workers until Ctrl-C,
// with the input's stem (inputs.Stems), and then summarizes the failures.
func forEachInput(paths []string, nWorkers int, do func(ctx context.Context, path, stem string) error) error {
	ctx, cancel := signalContext()
	defer cancel()
	stems := inputs.Stems(paths)
	errs := workers.ForEach(ctx, len(paths), nWorkers, func(ctx context.Context, i int) error {
		return do(ctx, paths[i], stems[i])
	})
	return summarize(paths, errs)
}

// summarize logs each failed input in one line and returns inputsFailed
// when any failed.
func summarize(paths []string, errs []error) error {
	failed := 0
	for i, err := range errs {
		if err != nil {
			failed++
			log.Error().Str("input", paths[i]).Msg(err.Error())
		}
	}
	if failed > 0 {
		return inputsFailed{failed: failed, total: len(paths)}
	}
	return nil
}
