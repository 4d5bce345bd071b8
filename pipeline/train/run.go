package train

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
	"github.com/anonymizer-project/anonymizer/pipeline/generate"
	"github.com/anonymizer-project/anonymizer/torch"
)

// Options are the run's non-config inputs.
type Options struct {
	// Progress receives a one-line progress display (loss, it/s, ETA),
	// rewritten with \r; nil for none.
	Progress io.Writer
	// Reader reads text for the read-back validation (an ocr.Engine); nil
	// skips read-back figures.
	Reader Reader
	// Resume continues from the newest checkpoint in Out (error when there
	// is none).
	Resume bool
}

// StepLog is one metrics line per optimizer step.
type StepLog struct {
	Step          int     `json:"step"`
	Loss          float64 `json:"loss"`
	Recon         float64 `json:"recon,omitempty"`
	KL            float64 `json:"kl,omitempty"`
	Edge          float64 `json:"edge,omitempty"`
	GradNorm      float64 `json:"grad_norm"`
	LR            float64 `json:"lr"`
	SamplesPerSec float64 `json:"samples_per_s"`
	ElapsedS      float64 `json:"elapsed_s"`
}

// ValLog is one metrics line per validation.
type ValLog struct {
	Step int                    `json:"step"`
	VAE  map[string]VAEMetrics  `json:"val_vae,omitempty"`
	UNet map[string]UNetMetrics `json:"val_unet,omitempty"`
	// Grid is the sample grid written for this validation.
	Grid string `json:"grid,omitempty"`
}

// Result summarises a run.
type Result struct {
	// Step is the last optimizer step done; Losses the per-step losses of
	// this invocation (from the resumed step on).
	Step        int
	Losses      []float64
	Interrupted bool
	// SamplesPerSec is the training throughput of this invocation
	// (samples through forward+backward per second, data loading included).
	SamplesPerSec float64
	// Checkpoint is the last checkpoint written; Model the exported
	// inference model (empty when interrupted).
	Checkpoint, Model string
	LastVal           *ValLog
}

type dataState struct {
	Step         int    `json:"step"`
	DataPosition int64  `json:"data_position"`
	Seed         uint64 `json:"seed"`
	Kind         string `json:"kind"`
}

// CheckpointDir is the directory of step s in a run directory.
func CheckpointDir(out string, s int) string {
	return filepath.Join(out, "checkpoints", fmt.Sprintf("step-%07d", s))
}

// LatestCheckpoint returns the newest complete checkpoint of a run
// directory and its step, or "" when there is none.
func LatestCheckpoint(out string) (string, int, error) {
	dirs, err := filepath.Glob(filepath.Join(out, "checkpoints", "step-*"))
	if err != nil {
		return "", 0, fmt.Errorf("train: list checkpoints: %w", err)
	}
	best, bestStep := "", -1
	for _, d := range dirs {
		var st dataState
		data, err := os.ReadFile(filepath.Join(d, "data.json"))
		if err != nil || json.Unmarshal(data, &st) != nil {
			continue // incomplete (data.json is written last)
		}
		if st.Step > bestStep {
			best, bestStep = d, st.Step
		}
	}
	if best == "" {
		return "", 0, nil
	}
	return best, bestStep, nil
}

// BuildLoader is the data stream of a run: its sources and mix (see
// DataConfig), seed, batch size and crop sizes.
func BuildLoader(cfg *Config) (*dataset.Loader, error) {
	var srcs []dataset.Weighted
	if cfg.Data.Synthetic > 0 {
		s, err := dataset.NewSynth(nil)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, dataset.Weighted{Source: s, Weight: cfg.Data.Synthetic})
	}
	if cfg.Data.AnnotatedWeight > 0 {
		for _, dir := range cfg.Data.Annotated {
			a, err := dataset.NewAnnotated(dir, dataset.SplitTrain)
			if err != nil {
				return nil, err
			}
			var src dataset.Source = a
			if cfg.Data.AnnotatedGlyphs == "layout" {
				src = dataset.WithLayoutGlyphs(a)
			}
			srcs = append(srcs, dataset.Weighted{Source: src, Weight: cfg.Data.AnnotatedWeight / float64(len(cfg.Data.Annotated))})
		}
	}
	return dataset.NewLoader(dataset.LoaderConfig{Sources: srcs, Seed: cfg.Seed, BatchSize: cfg.BatchSize,
		Height: cfg.Data.Height, Widths: cfg.Data.Widths, Workers: cfg.Data.Workers, Prefetch: cfg.Data.Prefetch})
}

// ompThreadLimit is OMP_THREAD_LIMIT from the environment (a large number
// when unset or unreadable).
func ompThreadLimit() int {
	n, err := strconv.Atoi(os.Getenv("OMP_THREAD_LIMIT"))
	if err != nil || n < 1 {
		return math.MaxInt32
	}
	return n
}

// Run trains until cfg.Steps, validating and checkpointing on the way.
// When ctx is cancelled (Ctrl-C) it finishes the current optimizer step,
// writes a checkpoint and returns with Interrupted set and no error.
func Run(ctx context.Context, cfg Config, o Options) (*Result, error) {
	start, resumeDir, err := setUp(&cfg, o)
	if err != nil {
		return nil, err
	}
	model, err := openModel(&cfg, resumeDir)
	if err != nil {
		return nil, fmt.Errorf("train: model: %w", err)
	}
	defer model.Close()
	tr, err := newTrainer(&cfg, model, resumeDir)
	if err != nil {
		return nil, err
	}
	defer tr.Close()
	loader, err := BuildLoader(&cfg)
	if err != nil {
		return nil, fmt.Errorf("train: data: %w", err)
	}
	defer loader.Close()
	loader.SetPosition(int64(start * cfg.Accum))
	var valSets []ValSet
	if cfg.ValEvery > 0 || !cfg.NoFinalVal {
		if valSets, err = NewValSets(cfg.ValSize, cfg.Data.Height, cfg.Data.Annotated); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	mf, err := os.OpenFile(filepath.Join(cfg.Out, "metrics.jsonl"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("train: metrics: %w", err)
	}
	defer mf.Close()
	r := &runner{cfg: &cfg, o: o, model: model, tr: tr, loader: loader, valSets: valSets, enc: json.NewEncoder(mf),
		res: &Result{Step: start}, start: start}
	if err := r.loop(ctx); err != nil {
		return r.res, err
	}
	return r.finish(ctx, resumeDir)
}

// setUp validates cfg (capping its threads), applies the thread count,
// creates the run directory, finds the checkpoint to resume from (when
// asked) and writes the effective config.
func setUp(cfg *Config, o Options) (start int, resumeDir string, err error) {
	if err := cfg.Validate(); err != nil {
		return 0, "", err
	}
	if lim := ompThreadLimit(); cfg.Threads > lim {
		// libtorch's OpenMP waits forever in its first parallel op when
		// asked for more threads than OMP_THREAD_LIMIT allows.
		cfg.Threads = lim
	}
	if cfg.Threads > 0 {
		if err := torch.SetThreads(cfg.Threads); err != nil {
			return 0, "", fmt.Errorf("train: %w", err)
		}
	}
	if err := os.MkdirAll(filepath.Join(cfg.Out, "samples"), 0o755); err != nil {
		return 0, "", fmt.Errorf("train: %w", err)
	}
	if o.Resume {
		d, s, err := LatestCheckpoint(cfg.Out)
		if err != nil {
			return 0, "", err
		}
		if d == "" {
			return 0, "", fmt.Errorf("train: --resume: no checkpoint in %s", cfg.Out)
		}
		resumeDir, start = d, s
	}
	cfgJSON, _ := json.MarshalIndent(cfg, "", "  ")
	if err := os.WriteFile(filepath.Join(cfg.Out, "config.json"), cfgJSON, 0o644); err != nil {
		return 0, "", fmt.Errorf("train: write config: %w", err)
	}
	return start, resumeDir, nil
}

// openModel loads the checkpoint to resume from, else the Init model, else
// creates a new model of the preset.
func openModel(cfg *Config, resumeDir string) (*torch.Model, error) {
	switch {
	case resumeDir != "":
		return torch.LoadModel(resumeDir, cfg.Device)
	case cfg.Init != "":
		return torch.LoadModel(cfg.Init, cfg.Device)
	default:
		return torch.NewModel(torch.ModelConfig{Preset: cfg.Preset}, cfg.Device, cfg.Seed)
	}
}

// newTrainer creates the run's trainer on model and restores its state when
// resuming.
func newTrainer(cfg *Config, model *torch.Model, resumeDir string) (*torch.Trainer, error) {
	topt := cfg.Trainer
	topt.Accum = cfg.Accum
	if topt.Seed == 0 {
		topt.Seed = cfg.Seed
	}
	tr, err := torch.NewTrainer(model, cfg.Kind, topt)
	if err != nil {
		return nil, fmt.Errorf("train: trainer: %w", err)
	}
	if resumeDir != "" {
		if err := tr.Load(resumeDir); err != nil {
			tr.Close()
			return nil, fmt.Errorf("train: resume from %s: %w", resumeDir, err)
		}
	}
	return tr, nil
}

// runner is one Run's training loop and its outputs.
type runner struct {
	cfg     *Config
	o       Options
	model   *torch.Model
	tr      *torch.Trainer
	loader  *dataset.Loader
	valSets []ValSet
	enc     *json.Encoder // metrics.jsonl
	res     *Result
	start   int // the step resumed from
}

// loop runs the optimizer steps from start+1 to cfg.Steps, or until ctx is
// cancelled, with the periodic checkpoints and validations.
func (r *runner) loop(ctx context.Context) error {
	cfg, res := r.cfg, r.res
	t0 := time.Now()
	samples := 0
	var paused time.Duration // validation and checkpoints, not training
	for step := r.start + 1; step <= cfg.Steps; step++ {
		if ctx.Err() != nil {
			res.Interrupted = true
			break
		}
		lr := cfg.LRAt(step)
		sl, n, err := r.optimizerStep(step, lr)
		if err != nil {
			return err
		}
		samples += n
		el := (time.Since(t0) - paused).Seconds()
		sl.Step, sl.LR, sl.ElapsedS = step, lr, el
		sl.SamplesPerSec = float64(samples) / el
		if err := r.enc.Encode(sl); err != nil {
			return fmt.Errorf("train: metrics: %w", err)
		}
		res.Step = step
		res.Losses = append(res.Losses, sl.Loss)
		res.SamplesPerSec = sl.SamplesPerSec
		if r.o.Progress != nil {
			done := step - r.start
			its := float64(done) / el
			eta := time.Duration(float64(cfg.Steps-step)/its) * time.Second
			fmt.Fprintf(r.o.Progress, "\r%s %d/%d loss %.4f lr %.2e %.2f it/s %.1f samples/s ETA %s   ",
				cfg.Kind, step, cfg.Steps, sl.Loss, lr, its, sl.SamplesPerSec, eta.Round(time.Second))
		}
		tp := time.Now()
		if err := r.periodic(ctx, step); err != nil {
			return err
		}
		paused += time.Since(tp)
	}
	if r.o.Progress != nil {
		fmt.Fprintln(r.o.Progress)
	}
	return nil
}

// optimizerStep runs the cfg.Accum micro-batches of one optimizer step and
// returns their mean losses (the step's figures are filled by the caller)
// and the number of samples trained on.
func (r *runner) optimizerStep(step int, lr float64) (StepLog, int, error) {
	cfg := r.cfg
	var sl StepLog
	samples := 0
	for a := 0; a < cfg.Accum; a++ {
		b, err := r.loader.Next()
		if err != nil {
			return sl, samples, fmt.Errorf("train: step %d: %w", step, err)
		}
		var st torch.TrainStats
		if cfg.Kind == "vae" {
			st, err = r.tr.VAEStep(b.Images, b.N, b.H, b.W, float32(lr))
		} else {
			st, err = r.tr.UNetStep(torch.Batch{Images: b.Images, Masks: b.Masks, Glyphs: b.Glyphs, Texts: b.Texts,
				N: b.N, H: b.H, W: b.W}, float32(lr))
		}
		if err != nil {
			return sl, samples, fmt.Errorf("train: step %d: %w", step, err)
		}
		samples += b.N
		k := 1 / float64(cfg.Accum)
		sl.Loss += float64(st.Loss) * k
		sl.Recon += float64(st.Recon) * k
		sl.KL += float64(st.KL) * k
		sl.Edge += float64(st.Edge) * k
		if st.Stepped {
			sl.GradNorm = float64(st.GradNorm)
		}
	}
	return sl, samples, nil
}

// periodic writes the checkpoint and runs the validation that are due
// after step (the last step's are left to finish).
func (r *runner) periodic(ctx context.Context, step int) error {
	cfg := r.cfg
	var err error
	if cfg.CheckpointEvery > 0 && step%cfg.CheckpointEvery == 0 && step < cfg.Steps {
		if r.res.Checkpoint, err = saveCheckpoint(cfg, r.tr, step); err != nil {
			return err
		}
	}
	if cfg.ValEvery > 0 && step%cfg.ValEvery == 0 && step < cfg.Steps {
		vl, err := validate(ctx, cfg, r.model, r.valSets, r.o.Reader, step)
		if err != nil {
			return err
		}
		r.res.LastVal = vl
		if err := r.enc.Encode(vl); err != nil {
			return fmt.Errorf("train: metrics: %w", err)
		}
	}
	return nil
}

// finish writes the last checkpoint and, unless the run was interrupted,
// exports the EMA weights as the inference model and validates that.
func (r *runner) finish(ctx context.Context, resumeDir string) (*Result, error) {
	cfg, res := r.cfg, r.res
	var err error
	if res.Step > r.start || resumeDir == "" {
		if res.Checkpoint, err = saveCheckpoint(cfg, r.tr, res.Step); err != nil {
			return res, err
		}
	}
	if res.Interrupted {
		return res, nil
	}
	res.Model = filepath.Join(cfg.Out, "model")
	if err := r.tr.Export(res.Model, true); err != nil {
		return res, fmt.Errorf("train: export: %w", err)
	}
	if !cfg.NoFinalVal && len(r.valSets) > 0 {
		// Validate what ships: the exported EMA weights.
		em, err := torch.LoadModel(res.Model, cfg.Device)
		if err != nil {
			return res, fmt.Errorf("train: load exported model: %w", err)
		}
		defer em.Close()
		vl, err := validate(context.WithoutCancel(ctx), cfg, em, r.valSets, r.o.Reader, res.Step)
		if err != nil {
			return res, err
		}
		res.LastVal = vl
		if err := r.enc.Encode(vl); err != nil {
			return res, fmt.Errorf("train: metrics: %w", err)
		}
	}
	return res, nil
}

func validate(ctx context.Context, cfg *Config, m *torch.Model, sets []ValSet, rd Reader, step int) (*ValLog, error) {
	vl := &ValLog{Step: step}
	var rows [][]*image.Gray
	var err error
	if cfg.Kind == "vae" {
		vl.VAE, rows, err = ValidateVAE(ctx, m, sets, rd)
	} else {
		vl.UNet, rows, err = ValidateUNet(ctx, m, sets, rd, torch.SampleOptions{Steps: cfg.ValSampleSteps, Guidance: generate.DefaultGuidance,
			Seed: ValSeed})
	}
	if err != nil {
		return nil, err
	}
	vl.Grid = filepath.Join(cfg.Out, "samples", fmt.Sprintf("step-%07d.png", step))
	if err := dataset.WritePNG(vl.Grid, dataset.Grid(rows, 2)); err != nil {
		return nil, err
	}
	return vl, nil
}

// saveCheckpoint writes the trainer state and data position, then removes
// checkpoints beyond KeepLast.
func saveCheckpoint(cfg *Config, tr *torch.Trainer, step int) (string, error) {
	dir := CheckpointDir(cfg.Out, step)
	if err := os.RemoveAll(dir); err != nil {
		return "", fmt.Errorf("train: checkpoint: %w", err)
	}
	if err := tr.Save(dir); err != nil {
		return "", fmt.Errorf("train: checkpoint step %d: %w", step, err)
	}
	st := dataState{Step: step, DataPosition: int64(step * cfg.Accum), Seed: cfg.Seed, Kind: cfg.Kind}
	data, _ := json.Marshal(st)
	if err := os.WriteFile(filepath.Join(dir, "data.json"), data, 0o644); err != nil {
		return "", fmt.Errorf("train: checkpoint: %w", err)
	}
	dirs, _ := filepath.Glob(filepath.Join(cfg.Out, "checkpoints", "step-*"))
	sort.Strings(dirs)
	for len(dirs) > cfg.KeepLast {
		if err := os.RemoveAll(dirs[0]); err != nil {
			return "", fmt.Errorf("train: prune checkpoint: %w", err)
		}
		dirs = dirs[1:]
	}
	return dir, nil
}
