//go:build torch

package main

import (
	"encoding/json"
	"fmt"
	"image"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
	"github.com/anonymizer-project/anonymizer/pipeline/generate"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
	"github.com/anonymizer-project/anonymizer/pipeline/train"
	"github.com/anonymizer-project/anonymizer/torch"
)

// trainCommand is `anonymizer train vae|unet|preview`.
func trainCommand() *cli.Command {
	return &cli.Command{
		Name:  "train",
		Usage: trainUsage,
		Description: "Train the VAE first, then the UNet on top of it:\n" +
			"  anonymizer train vae  --preset small -o runs/vae\n" +
			"  anonymizer train unet --init runs/vae/model -o runs/unet\n" +
			"A run directory holds config.json, metrics.jsonl (one JSON line per step and per\n" +
			"validation), checkpoints/ (exact resume with --resume), samples/*.png (validation\n" +
			"grids) and model/ (EMA weights, usable with --model). Ctrl-C writes a checkpoint\n" +
			"and exits cleanly. Flags override the --config file.",
		Subcommands: []*cli.Command{
			trainKindCommand("vae", "train the KL autoencoder on text crops"),
			trainKindCommand("unet", "train the diffusion UNet and text encoder (VAE frozen; --init a model with a trained VAE)"),
			previewCommand(),
			evalModelCommand(),
		},
	}
}

// dataFlags select the training data; their defaults are d's.
func dataFlags(d train.Config) []cli.Flag {
	widths := make([]string, len(d.Data.Widths))
	for i, w := range d.Data.Widths {
		widths[i] = strconv.Itoa(w)
	}
	return []cli.Flag{
		&cli.Float64Flag{Name: "synthetic", Value: d.Data.Synthetic, Usage: "weight of synthetic text crops"},
		&cli.StringSliceFlag{Name: "annotated", Usage: "FUNSD-format folder (images/, annotations/); repeatable"},
		&cli.Float64Flag{Name: "annotated-weight", Value: d.Data.AnnotatedWeight, Usage: "total weight of the annotated folders"},
		&cli.StringFlag{Name: "annotated-glyphs", Value: d.Data.AnnotatedGlyphs, DefaultText: "scan", Usage: "glyphs of annotated crops: scan (the word's own ink) or layout (the render path's, as at inference)"},
		&cli.StringFlag{Name: "widths", Value: strings.Join(widths, ","), Usage: "crop widths, comma-separated multiples of 16"},
		&cli.Uint64Flag{Name: "seed", Value: d.Seed, Usage: "random seed (model init and data order)"},
	}
}

// trainKindCommand is `anonymizer train vae|unet`; the flags' defaults are
// train.DefaultConfig(kind).
func trainKindCommand(kind, usage string) *cli.Command {
	d := train.DefaultConfig(kind)
	flags := []cli.Flag{
		&cli.StringFlag{Name: "config", Usage: "JSON config file (keys as in RUN/config.json)"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: d.Out, Usage: "run directory"},
		&cli.StringFlag{Name: "preset", Value: d.Preset, Usage: "model preset for a new model: tiny, small, base"},
		&cli.StringFlag{Name: "init", Usage: "start from this model directory (unet: the trained VAE's model)"},
		&cli.IntFlag{Name: "steps", Value: d.Steps, Usage: "optimizer steps in all"},
		&cli.IntFlag{Name: "batch", Value: d.BatchSize, Usage: "crops per micro-batch"},
		&cli.IntFlag{Name: "accum", Value: d.Accum, Usage: "micro-batches per optimizer step"},
		&cli.Float64Flag{Name: "lr", Value: d.LR, Usage: "peak learning rate"},
		&cli.Float64Flag{Name: "min-lr", Value: d.MinLR, Usage: "final learning rate of the cosine"},
		&cli.IntFlag{Name: "warmup", Value: d.Warmup, Usage: "linear warm-up steps"},
		&cli.IntFlag{Name: "checkpoint-every", Value: d.CheckpointEvery, Usage: "steps between checkpoints (0: at the end only)"},
		&cli.IntFlag{Name: "keep-last", Value: d.KeepLast, Usage: "checkpoints kept"},
		&cli.IntFlag{Name: "val-every", Value: d.ValEvery, Usage: "steps between validations (0: at the end only)"},
		&cli.IntFlag{Name: "val-size", Value: d.ValSize, Usage: "crops per validation set"},
		&cli.IntFlag{Name: "val-sample-steps", Value: d.ValSampleSteps, Usage: "DDIM steps when validating the UNet"},
		&cli.BoolFlag{Name: "no-read-back", Usage: "skip the Tesseract read-back figures in validation"},
		&cli.BoolFlag{Name: "resume", Usage: "continue from the newest checkpoint in the run directory"},
		&cli.StringFlag{Name: "device", Value: d.Device, Usage: "cpu, cuda, cuda:N or auto"},
		&cli.IntFlag{Name: "threads", Value: d.Threads, Usage: "libtorch threads (0: libtorch's default)"},
	}
	return &cli.Command{
		Name:   kind,
		Usage:  usage,
		Flags:  append(flags, dataFlags(d)...),
		Action: func(c *cli.Context) error { return runTrain(c, kind) },
	}
}

// runTrain is `anonymizer train vae|unet`.
func runTrain(c *cli.Context, kind string) error {
	cfg, err := trainConfig(c, kind)
	if err != nil {
		return err
	}
	if cfg.Threads > 1 && ocr.OpenMPThreadLimit() < cfg.Threads {
		// libtorch (OpenMP) hangs in its first parallel op when asked
		// for more threads than OMP_THREAD_LIMIT allows.
		log.Warn().Int("threads", cfg.Threads).Int("omp_thread_limit", ocr.OpenMPThreadLimit()).
			Msg("--threads above OMP_THREAD_LIMIT: using libtorch's default instead")
		cfg.Threads = 0
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := train.Options{Progress: os.Stderr, Resume: c.Bool("resume")}
	if !c.Bool("no-read-back") {
		if ocr.OpenMPThreadLimit() > 1 {
			log.Warn().Msg("OMP_THREAD_LIMIT is not 1: Tesseract read-back will be slow")
		}
		eng, err := ocr.New(ocr.Options{})
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		defer eng.Close()
		opts.Reader = eng
	}
	log.Info().Str("kind", kind).Str("output", cfg.Out).Int("steps", cfg.Steps).Bool("resume", opts.Resume).
		Msg("training")
	res, err := train.Run(ctx, cfg, opts)
	if err != nil {
		return err
	}
	ev := log.Info().Int("step", res.Step).Float64("samples_per_s", res.SamplesPerSec).Str("checkpoint", res.Checkpoint)
	if res.Interrupted {
		ev.Msg("interrupted: checkpoint written, continue with --resume")
		return nil
	}
	ev.Str("model", res.Model).Msg("training done")
	if res.LastVal != nil {
		for name, m := range res.LastVal.VAE {
			log.Info().Str("set", name).Int("n", m.N).Float64("psnr", m.PSNR).Float64("ssim", m.SSIM).
				Float64("read_orig", m.ReadOrig).Float64("read_recon", m.ReadRecon).Msg("validation")
		}
		for name, m := range res.LastVal.UNet {
			log.Info().Str("set", name).Int("n", m.N).Float64("read_back", m.ReadBack).Float64("cer", m.CER).
				Float64("background_error", m.BackgroundError).Msg("validation")
		}
	}
	return nil
}

func parseWidths(s string) ([]int, error) {
	var ws []int
	for _, p := range strings.Split(s, ",") {
		w, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || w < 16 || w%16 != 0 {
			return nil, usagef("--widths: %q is not a positive multiple of 16", p)
		}
		ws = append(ws, w)
	}
	return ws, nil
}

// trainConfig is the default config, then the --config file, then flags.
func trainConfig(c *cli.Context, kind string) (train.Config, error) {
	cfg := train.DefaultConfig(kind)
	if p := c.String("config"); p != "" {
		if err := train.LoadConfig(p, &cfg); err != nil {
			return cfg, usageError{err}
		}
		cfg.Kind = kind
	}
	set := func(name string, f func()) {
		if c.IsSet(name) {
			f()
		}
	}
	set("output", func() { cfg.Out = c.String("output") })
	set("preset", func() { cfg.Preset = c.String("preset") })
	set("init", func() { cfg.Init = c.String("init") })
	set("steps", func() { cfg.Steps = c.Int("steps") })
	set("batch", func() { cfg.BatchSize = c.Int("batch") })
	set("accum", func() { cfg.Accum = c.Int("accum") })
	set("lr", func() { cfg.LR = c.Float64("lr") })
	set("min-lr", func() { cfg.MinLR = c.Float64("min-lr") })
	set("warmup", func() { cfg.Warmup = c.Int("warmup") })
	set("checkpoint-every", func() { cfg.CheckpointEvery = c.Int("checkpoint-every") })
	set("keep-last", func() { cfg.KeepLast = c.Int("keep-last") })
	set("val-every", func() { cfg.ValEvery = c.Int("val-every") })
	set("val-size", func() { cfg.ValSize = c.Int("val-size") })
	set("val-sample-steps", func() { cfg.ValSampleSteps = c.Int("val-sample-steps") })
	set("device", func() { cfg.Device = c.String("device") })
	set("threads", func() { cfg.Threads = c.Int("threads") })
	set("seed", func() { cfg.Seed = c.Uint64("seed") })
	set("synthetic", func() { cfg.Data.Synthetic = c.Float64("synthetic") })
	set("annotated", func() { cfg.Data.Annotated = c.StringSlice("annotated") })
	set("annotated-weight", func() { cfg.Data.AnnotatedWeight = c.Float64("annotated-weight") })
	set("annotated-glyphs", func() { cfg.Data.AnnotatedGlyphs = c.String("annotated-glyphs") })
	if c.IsSet("widths") {
		ws, err := parseWidths(c.String("widths"))
		if err != nil {
			return cfg, err
		}
		cfg.Data.Widths = ws
	}
	if cfg.Device == "auto" {
		cfg.Device = ""
	}
	if err := cfg.Validate(); err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

// previewConfig is the preview's data: the VAE's, at one crop width.
func previewConfig() train.Config {
	cfg := train.DefaultConfig("vae")
	cfg.Out = "preview"
	cfg.Data.Widths = []int{128}
	return cfg
}

func previewCommand() *cli.Command {
	return &cli.Command{
		Name:  "preview",
		Usage: "write a PNG grid of training crops (crop | masked input | glyph per row)",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Required: true, Usage: "PNG file to write"},
			&cli.IntFlag{Name: "n", Value: 24, Usage: "number of crops"},
			&cli.IntFlag{Name: "batch-index", Usage: "which batch of the stream to show"},
		}, dataFlags(previewConfig())...),
		Action: func(c *cli.Context) error {
			if c.Int("n") < 1 {
				return usagef("--n must be at least 1")
			}
			cfg := previewConfig()
			cfg.BatchSize = c.Int("n")
			set := func(name string, f func()) {
				if c.IsSet(name) {
					f()
				}
			}
			set("synthetic", func() { cfg.Data.Synthetic = c.Float64("synthetic") })
			set("annotated", func() { cfg.Data.Annotated = c.StringSlice("annotated") })
			set("annotated-weight", func() { cfg.Data.AnnotatedWeight = c.Float64("annotated-weight") })
			set("annotated-glyphs", func() { cfg.Data.AnnotatedGlyphs = c.String("annotated-glyphs") })
			set("seed", func() { cfg.Seed = c.Uint64("seed") })
			if c.IsSet("widths") {
				ws, err := parseWidths(c.String("widths"))
				if err != nil {
					return err
				}
				cfg.Data.Widths = ws
			}
			if err := cfg.Validate(); err != nil {
				return usageError{err}
			}
			l, err := train.BuildLoader(&cfg)
			if err != nil {
				return usageError{err}
			}
			b, err := l.Make(c.Int64("batch-index"))
			if err != nil {
				return err
			}
			out := c.String("output")
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return fmt.Errorf("preview: %w", err)
			}
			if err := dataset.WritePNG(out, dataset.Grid(dataset.PreviewRows(b.Samples), 2)); err != nil {
				return err
			}
			log.Info().Str("output", out).Int("crops", b.N).Msg("preview written")
			return nil
		},
	}
}

// evalModelCommand scores a model directory on the fixed validation sets.
func evalModelCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "score a model on the fixed validation crops (VAE: PSNR, SSIM, read-back; UNet: read-back, background error)",
		Description: "Prints one JSON object. The synthetic set is fixed (seed train.ValSeed); --annotated adds\n" +
			"crops from the held-out 10% of that folder's pages (the pages training skips).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "model", DefaultText: "the shipped model", Usage: "model directory"},
			&cli.StringFlag{Name: "kind", Value: "unet", Usage: "vae or unet"},
			&cli.IntFlag{Name: "val-size", Value: 64, Usage: "crops per set"},
			&cli.IntFlag{Name: "sample-steps", Value: defaultDiffusionSteps, Usage: "sampler steps (unet)"},
			samplerFlag(),
			&cli.Float64Flag{Name: "guidance", Value: generate.DefaultGuidance, Usage: "classifier-free guidance scale (unet; 1 = off)"},
			&cli.StringSliceFlag{Name: "annotated", Usage: "FUNSD-format folder; repeatable"},
			&cli.StringFlag{Name: "grid", Usage: "also write the sample grid as this PNG"},
			&cli.StringFlag{Name: "device", Value: "cpu", Usage: "cpu, cuda, cuda:N or auto"},
		},
		Action: func(c *cli.Context) error {
			kind := c.String("kind")
			if kind != "vae" && kind != "unet" {
				return usagef("--kind %q: want vae or unet", kind)
			}
			dev := c.String("device")
			if dev == "auto" {
				dev = ""
			}
			m, dir, err := generate.LoadModel(c.String("model"), dev)
			if err != nil {
				return err
			}
			defer m.Close()
			sets, err := train.NewValSets(c.Int("val-size"), dataset.DefaultHeight, c.StringSlice("annotated"))
			if err != nil {
				return err
			}
			eng, err := ocr.New(ocr.Options{})
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			defer eng.Close()
			out := map[string]any{"model": dir, "kind": kind}
			var rows [][]*image.Gray
			if kind == "vae" {
				var res map[string]train.VAEMetrics
				res, rows, err = train.ValidateVAE(c.Context, m, sets, eng)
				out["val_vae"] = res
			} else {
				var res map[string]train.UNetMetrics
				var o torch.SampleOptions
				if o, err = sampleOptions(c, c.Int("sample-steps")); err != nil {
					return err
				}
				o.Guidance, o.Seed = float32(c.Float64("guidance")), train.ValSeed
				res, rows, err = train.ValidateUNet(c.Context, m, sets, eng, o)
				out["val_unet"] = res
			}
			if err != nil {
				return err
			}
			if p := c.String("grid"); p != "" {
				if err := dataset.WritePNG(p, dataset.Grid(rows, 2)); err != nil {
					return err
				}
			}
			js, _ := json.Marshal(out)
			fmt.Println(string(js))
			return nil
		},
	}
}
