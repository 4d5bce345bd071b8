package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/inputs"
	"github.com/anonymizer-project/anonymizer/pipeline/manifest"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/workers"
)

// batchFlags are the flags of the commands that run over many inputs.
func batchFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "resume", Usage: "skip the inputs that the output folder's manifest (" + manifest.Name + ") records as done with the same bytes and the same output options; needs --key"},
		&cli.BoolFlag{Name: "no-progress", Usage: "draw no progress bar (there is none when standard error is not a terminal)"},
	}
}

// batch is a command's run over its inputs.
type batch struct {
	paths   []string
	workers int
	// dir is the output folder that the manifest goes to; "" (output to
	// standard output) keeps none.
	dir string
	// digest is the engine.OutputDigest of the options (see outputDigest).
	digest     string
	resume     bool
	noProgress bool
}

// newBatch reads the batch flags of a command that has built its options
// (its --key is then known) and writes into dir.
func newBatch(c *cli.Context, paths []string, workers int, dir, digest string) (batch, error) {
	b := batch{paths: paths, workers: workers, dir: dir, digest: digest,
		resume: c.Bool("resume"), noProgress: c.Bool("no-progress")}
	if b.resume && c.String("key") == "" {
		return b, usagef("--resume needs --key or ANONYMIZER_KEY: with a random key every run's outputs differ")
	}
	if b.resume && dir == "" {
		return b, usagef("--resume needs an output folder")
	}
	return b, nil
}

// inputDone is what a command's work on one input tells the batch.
type inputDone struct {
	pages, entities int
	// outputs are the files written, relative to the output folder.
	outputs []string
}

// entitiesIn counts a report's entities.
func entitiesIn(r *report.Report) int {
	n := 0
	for _, p := range r.Pages {
		n += len(p.Entities)
	}
	return n
}

// run reads every input and runs do on it, on b.workers workers until
// Ctrl-C, with the input's stem (inputs.Stems), then summarizes the
// failures. With an output folder it first deletes the temporary files a
// killed run left there, and records each finished input in the folder's
// manifest; with --resume it skips the inputs the manifest holds.
func (b batch) run(do func(ctx context.Context, path, stem string, data []byte) (inputDone, error)) error {
	var man *manifest.Manifest
	if b.dir != "" {
		removed, err := atomicfile.RemoveStale(b.dir)
		if err != nil {
			return err
		}
		if len(removed) > 0 {
			log.Info().Int("files", len(removed)).Str("folder", b.dir).Msg("removed temporary files left by an interrupted run")
		}
		if man, err = manifest.Open(b.dir); err != nil {
			return err
		}
		defer man.Close()
	}
	ctx, cancel := signalContext()
	defer cancel()
	stems := inputs.Stems(b.paths)
	bar := newProgress(b.noProgress, len(b.paths))
	errs := workers.ForEach(ctx, len(b.paths), b.workers, func(ctx context.Context, i int) error {
		d, err := b.one(ctx, man, b.paths[i], stems[i], do)
		bar.done(d.pages, d.entities)
		return err
	})
	bar.stop()
	return summarize(b.paths, errs)
}

// one runs do on one input unless --resume finds it done.
func (b batch) one(ctx context.Context, man *manifest.Manifest, path, stem string,
	do func(ctx context.Context, path, stem string, data []byte) (inputDone, error)) (inputDone, error) {
	data, err := imageio.ReadInput(path)
	if err != nil {
		return inputDone{}, err
	}
	sum := sha256.Sum256(data)
	input := hex.EncodeToString(sum[:])
	if b.resume {
		if e, ok := man.Done(input, b.digest, stem); ok {
			log.Info().Str("input", path).Msg("skipped: done by an earlier run (manifest)")
			return inputDone{pages: e.Pages, entities: e.Entities}, nil
		}
	}
	d, err := do(ctx, path, stem, data)
	if err != nil || man == nil {
		return d, err
	}
	return d, man.Add(manifest.Entry{InputSHA256: input, Options: b.digest, Stem: stem, Outputs: d.outputs, Pages: d.pages, Entities: d.entities})
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

// relOutputs are the names of written files in the output folder; empty
// paths (nothing written) are left out.
func relOutputs(paths ...string) []string {
	var out []string
	for _, p := range paths {
		if p != "" {
			out = append(out, filepath.Base(p))
		}
	}
	return out
}

// boolSetting is a CLI setting as OutputDigest's extra text.
func boolSetting(name string, v bool) string { return name + "=" + strconv.FormatBool(v) }
