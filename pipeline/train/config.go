// Package train runs the training of the generator's models: the VAE
// ("vae") and then the UNet with its text encoder ("unet", VAE frozen),
// on batches from pipeline/dataset, through the native core (torch).
//
// A run directory holds config.json (the effective config), metrics.jsonl
// (one JSON object per step and per validation), checkpoints/step-NNNNNNN/
// (exact-resume state: weights, EMA, AdamW moments, step, core RNG, plus
// data.json with the data position), samples/step-NNNNNNN.png (validation
// grids) and, at the end, model/ (the EMA weights as an inference
// checkpoint that generate.LoadModel and `--model` accept). Validation
// scores the model as generation uses it (package generate).
package train

import (
	"encoding/json"
	"fmt"
	"math"
	"os"

	"github.com/anonymizer-project/anonymizer/torch"
)

// DataConfig selects the training data and its mix.
type DataConfig struct {
	// Synthetic is the weight of synthetic text crops.
	Synthetic float64 `json:"synthetic"`
	// Annotated are FUNSD-format folders (pages minus the 10% validation
	// split); AnnotatedWeight their total weight.
	Annotated       []string `json:"annotated"`
	AnnotatedWeight float64  `json:"annotated_weight"`
	// AnnotatedGlyphs is where the annotated crops' glyphs come from:
	// "scan" (default: the word's own ink, dataset.ScanGlyph) or "layout"
	// (the render path's layout of the text in the style estimated from
	// the word, as at inference: dataset.LayoutGlyph).
	AnnotatedGlyphs string `json:"annotated_glyphs"`
	// Height and Widths of the crops (one width drawn per batch).
	Height int   `json:"height"`
	Widths []int `json:"widths"`
	// Workers generating samples; Prefetch batches prepared ahead.
	Workers  int `json:"workers"`
	Prefetch int `json:"prefetch"`
}

// Config is a training run. Zero values are filled by DefaultConfig; a JSON
// file read with LoadConfig overrides the fields it names.
type Config struct {
	Kind   string `json:"kind"`   // "vae" or "unet"
	Preset string `json:"preset"` // "tiny", "small", "base" (new models only)
	// Init is a model directory to start from (for "unet": the model with
	// the trained VAE). Empty: a new model of Preset.
	Init    string `json:"init"`
	Out     string `json:"out"`
	Device  string `json:"device"`  // "cpu", "cuda", "cuda:N", "" = auto
	Threads int    `json:"threads"` // libtorch intra-op threads; 0 = leave
	Seed    uint64 `json:"seed"`

	Steps     int     `json:"steps"` // optimizer steps in all
	BatchSize int     `json:"batch_size"`
	Accum     int     `json:"accum"` // micro-batches per optimizer step
	LR        float64 `json:"lr"`
	MinLR     float64 `json:"min_lr"`
	Warmup    int     `json:"warmup"` // linear warm-up steps, then cosine to MinLR

	CheckpointEvery int `json:"checkpoint_every"` // 0: only at the end
	KeepLast        int `json:"keep_last"`        // checkpoints kept (>= 1)
	ValEvery        int `json:"val_every"`        // 0: only at the end
	ValSize         int `json:"val_size"`         // crops per validation set
	ValSampleSteps  int `json:"val_sample_steps"` // DDIM steps for UNet validation
	// NoFinalVal skips the validation at the end of the run.
	NoFinalVal bool `json:"no_final_val"`

	Data    DataConfig           `json:"data"`
	Trainer torch.TrainerOptions `json:"trainer"`
}

// DefaultConfig is the default run of kind on synthetic data.
func DefaultConfig(kind string) Config {
	c := Config{
		Kind: kind, Preset: "small", Out: "runs/" + kind, Device: "cpu", Seed: 1,
		Steps: 2000, BatchSize: 16, Accum: 1, LR: 2e-4, MinLR: 1e-5, Warmup: 100,
		CheckpointEvery: 200, KeepLast: 3, ValEvery: 500, ValSize: 32, ValSampleSteps: 20,
		Data:    DataConfig{Synthetic: 1, AnnotatedWeight: 0.3, Height: 32, Widths: []int{96, 128, 160}, Workers: 1, Prefetch: 2},
		Trainer: torch.DefaultTrainerOptions(),
	}
	if kind == "vae" {
		c.LR = 5e-4
	}
	return c
}

// LoadConfig merges the JSON file at path onto cfg.
func LoadConfig(path string, cfg *Config) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("train: read config: %w", err)
	}
	if err := json.Unmarshal(data, cfg); err != nil {
		return fmt.Errorf("train: config %s: %w", path, err)
	}
	return nil
}

// Validate checks the config.
func (c *Config) Validate() error {
	switch {
	case c.Kind != "vae" && c.Kind != "unet":
		return fmt.Errorf("train: kind %q: want vae or unet", c.Kind)
	case c.Out == "":
		return fmt.Errorf("train: no output directory")
	case c.Steps < 1 || c.BatchSize < 1 || c.Accum < 1:
		return fmt.Errorf("train: steps, batch size and accum must be at least 1")
	case c.LR <= 0 || c.MinLR < 0 || c.MinLR > c.LR:
		return fmt.Errorf("train: want 0 <= min_lr <= lr, lr > 0")
	case c.Warmup < 0 || c.CheckpointEvery < 0 || c.ValEvery < 0 || c.ValSize < 0:
		return fmt.Errorf("train: warmup, checkpoint_every, val_every and val_size must not be negative")
	case c.Data.AnnotatedGlyphs != "" && c.Data.AnnotatedGlyphs != "scan" && c.Data.AnnotatedGlyphs != "layout":
		return fmt.Errorf("train: annotated_glyphs %q: want scan or layout", c.Data.AnnotatedGlyphs)
	case c.Data.Synthetic < 0 || c.Data.AnnotatedWeight < 0:
		return fmt.Errorf("train: data weights must not be negative")
	case c.Data.Synthetic == 0 && (len(c.Data.Annotated) == 0 || c.Data.AnnotatedWeight == 0):
		return fmt.Errorf("train: no training data (synthetic weight 0 and no annotated folders)")
	}
	if c.KeepLast < 1 {
		c.KeepLast = 1
	}
	if c.ValSampleSteps < 1 {
		c.ValSampleSteps = 20
	}
	return nil
}

// LRAt is the learning rate of optimizer step s (1-based): linear warm-up
// over Warmup steps, then a cosine from LR down to MinLR at Steps.
func (c *Config) LRAt(s int) float64 {
	if c.Warmup > 0 && s <= c.Warmup {
		return c.LR * float64(s) / float64(c.Warmup)
	}
	span := c.Steps - c.Warmup
	if span <= 0 {
		return c.LR
	}
	p := math.Min(1, float64(s-c.Warmup)/float64(span))
	return c.MinLR + (c.LR-c.MinLR)*0.5*(1+math.Cos(math.Pi*p))
}
