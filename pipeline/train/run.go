package train

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
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
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if lim := ompThreadLimit(); cfg.Threads > lim {
		// libtorch's OpenMP waits forever in its first parallel op when
		// asked for more threads than OMP_THREAD_LIMIT allows.
		cfg.Threads = lim
	}
	if cfg.Threads > 0 {
		if err := torch.SetThreads(cfg.Threads); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	if err := os.MkdirAll(filepath.Join(cfg.Out, "samples"), 0o755); err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	start, resumeDir := 0, ""
	if o.Resume {
		d, s, err := LatestCheckpoint(cfg.Out)
		if err != nil {
			return nil, err
		}
		if d == "" {
			return nil, fmt.Errorf("train: --resume: no checkpoint in %s", cfg.Out)
		}
		resumeDir, start = d, s
	}
	cfgJSON, _ := json.MarshalIndent(cfg, "", "  ")
	if err := os.WriteFile(filepath.Join(cfg.Out, "config.json"), cfgJSON, 0o644); err != nil {
		return nil, fmt.Errorf("train: write config: %w", err)
	}

	var model *torch.Model
	var err error
	switch {
	case resumeDir != "":
		model, err = torch.LoadModel(resumeDir, cfg.Device)
	case cfg.Init != "":
		model, err = torch.LoadModel(cfg.Init, cfg.Device)
	default:
		model, err = torch.NewModel(torch.ModelConfig{Preset: cfg.Preset}, cfg.Device, cfg.Seed)
	}
	if err != nil {
		return nil, fmt.Errorf("train: model: %w", err)
	}
	defer model.Close()
	topt := cfg.Trainer
	topt.Accum = cfg.Accum
	if topt.Seed == 0 {
		topt.Seed = cfg.Seed
	}
	tr, err := torch.NewTrainer(model, cfg.Kind, topt)
	if err != nil {
		return nil, fmt.Errorf("train: trainer: %w", err)
	}
	defer tr.Close()
	if resumeDir != "" {
		if err := tr.Load(resumeDir); err != nil {
			return nil, fmt.Errorf("train: resume from %s: %w", resumeDir, err)
		}
	}
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
	enc := json.NewEncoder(mf)

	res := &Result{Step: start}
	t0 := time.Now()
	samples := 0
	var paused time.Duration // validation and checkpoints, not training
	for step := start + 1; step <= cfg.Steps; step++ {
		if ctx.Err() != nil {
			res.Interrupted = true
			break
		}
		lr := cfg.LRAt(step)
		var sl StepLog
		for a := 0; a < cfg.Accum; a++ {
			b, err := loader.Next()
			if err != nil {
				return res, fmt.Errorf("train: step %d: %w", step, err)
			}
			var st torch.TrainStats
			if cfg.Kind == "vae" {
				st, err = tr.VAEStep(b.Images, b.N, b.H, b.W, float32(lr))
			} else {
				st, err = tr.UNetStep(torch.Batch{Images: b.Images, Masks: b.Masks, Glyphs: b.Glyphs, Texts: b.Texts,
					N: b.N, H: b.H, W: b.W}, float32(lr))
			}
			if err != nil {
				return res, fmt.Errorf("train: step %d: %w", step, err)
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
		el := (time.Since(t0) - paused).Seconds()
		sl.Step, sl.LR, sl.ElapsedS = step, lr, el
		sl.SamplesPerSec = float64(samples) / el
		if err := enc.Encode(sl); err != nil {
			return res, fmt.Errorf("train: metrics: %w", err)
		}
		res.Step = step
		res.Losses = append(res.Losses, sl.Loss)
		res.SamplesPerSec = sl.SamplesPerSec
		if o.Progress != nil {
			done := step - start
			its := float64(done) / el
			eta := time.Duration(float64(cfg.Steps-step)/its) * time.Second
			fmt.Fprintf(o.Progress, "\r%s %d/%d loss %.4f lr %.2e %.2f it/s %.1f samples/s ETA %s   ",
				cfg.Kind, step, cfg.Steps, sl.Loss, lr, its, sl.SamplesPerSec, eta.Round(time.Second))
		}
		tp := time.Now()
		if cfg.CheckpointEvery > 0 && step%cfg.CheckpointEvery == 0 && step < cfg.Steps {
			if res.Checkpoint, err = saveCheckpoint(&cfg, tr, step); err != nil {
				return res, err
			}
		}
		if cfg.ValEvery > 0 && step%cfg.ValEvery == 0 && step < cfg.Steps {
			vl, err := validate(ctx, &cfg, model, valSets, o.Reader, step)
			if err != nil {
				return res, err
			}
			res.LastVal = vl
			if err := enc.Encode(vl); err != nil {
				return res, fmt.Errorf("train: metrics: %w", err)
			}
		}
		paused += time.Since(tp)
	}
	if o.Progress != nil {
		fmt.Fprintln(o.Progress)
	}
	if res.Step > start || resumeDir == "" {
		if res.Checkpoint, err = saveCheckpoint(&cfg, tr, res.Step); err != nil {
			return res, err
		}
	}
	if res.Interrupted {
		return res, nil
	}
	res.Model = filepath.Join(cfg.Out, "model")
	if err := tr.Export(res.Model, true); err != nil {
		return res, fmt.Errorf("train: export: %w", err)
	}
	if !cfg.NoFinalVal && len(valSets) > 0 {
		// Validate what ships: the exported EMA weights.
		em, err := torch.LoadModel(res.Model, cfg.Device)
		if err != nil {
			return res, fmt.Errorf("train: load exported model: %w", err)
		}
		defer em.Close()
		vl, err := validate(context.WithoutCancel(ctx), &cfg, em, valSets, o.Reader, res.Step)
		if err != nil {
			return res, err
		}
		res.LastVal = vl
		if err := enc.Encode(vl); err != nil {
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
		vl.UNet, rows, err = ValidateUNet(ctx, m, sets, rd, torch.SampleOptions{Steps: cfg.ValSampleSteps, Guidance: DefaultGuidance,
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

// ErrNoModel is returned by FindModel when no model directory is found.
var ErrNoModel = errors.New("no model found")

// DefaultModelName is the shipped model's directory under models/.
const DefaultModelName = "default"

// FindModel returns the model directory to use: dir when given, else the
// first of ../models/default next to the executable, models/default next
// to it, and models/default in the working directory that holds a model.
// It checks that config.json and model.safetensors are present; loading
// (torch.LoadModel) checks names, shapes and dtypes.
func FindModel(dir string) (string, error) {
	if dir != "" {
		if err := checkModelDir(dir); err != nil {
			return "", err
		}
		return dir, nil
	}
	var cands []string
	if exe, err := os.Executable(); err == nil {
		if r, err := filepath.EvalSymlinks(exe); err == nil {
			exe = r
		}
		d := filepath.Dir(exe)
		cands = append(cands, filepath.Join(d, "..", "models", DefaultModelName), filepath.Join(d, "models", DefaultModelName))
	}
	cands = append(cands, filepath.Join("models", DefaultModelName))
	for _, c := range cands {
		if checkModelDir(c) == nil {
			return filepath.Clean(c), nil
		}
	}
	return "", fmt.Errorf("%w: looked in %s; train one with `anonymizer train vae` and `anonymizer train unet` or pass --model DIR",
		ErrNoModel, strings.Join(cands, ", "))
}

func checkModelDir(dir string) error {
	for _, f := range []string{"config.json", "model.safetensors"} {
		st, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			return fmt.Errorf("model %s: missing %s (want a directory written by `anonymizer train`): %w", dir, f, ErrNoModel)
		}
		if st.Size() == 0 {
			return fmt.Errorf("model %s: %s is empty (corrupt model)", dir, f)
		}
	}
	return nil
}

// LoadModel finds (FindModel) and loads a model; a corrupt or mismatched
// checkpoint gives an error naming the directory.
func LoadModel(dir, device string) (*torch.Model, string, error) {
	d, err := FindModel(dir)
	if err != nil {
		return nil, "", err
	}
	m, err := torch.LoadModel(d, device)
	if err != nil {
		return nil, d, fmt.Errorf("model %s is corrupt or does not match this build: %w", d, err)
	}
	return m, d, nil
}
