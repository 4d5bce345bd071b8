package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/inputs"
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
		Flags: append(append([]cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "output folder for reports (created if missing)"},
		}, batchFlags()...), detectFlags()...),
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
	digest, err := engine.OutputDigest(opts, nil)
	if err != nil {
		return err
	}
	b, err := newBatch(c, paths, opts.OCR.Workers, manifestDir(outDir, toStdout), digest)
	if err != nil {
		return err
	}
	return b.run(func(ctx context.Context, path, stem string, data []byte) (inputDone, error) {
		f, err := det.DetectData(ctx, path, data)
		if err != nil {
			return inputDone{}, err
		}
		d := inputDone{pages: len(f.Pages), entities: entitiesIn(f.Report)}
		if toStdout {
			return d, f.Report.Encode(os.Stdout)
		}
		out := filepath.Join(outDir, stem+".report.json")
		if err := f.Report.WriteFile(out); err != nil {
			return d, err
		}
		d.outputs = relOutputs(out)
		log.Info().Str("input", path).Str("report", out).Int("pages", d.pages).Int("entities", d.entities).
			Float64("ms", f.Report.TimingMS["total"]).Msg("detected")
		return d, nil
	})
}

// manifestDir is the folder of a batch's manifest: the output folder,
// unless the output goes to standard output.
func manifestDir(outDir string, toStdout bool) string {
	if toStdout {
		return ""
	}
	return outDir
}
