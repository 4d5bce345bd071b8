// Command benchtrain measures training throughput of a preset on this
// machine: synthetic crops from pipeline/dataset (generation included,
// prefetched as in training) through VAE and UNet training steps of the
// native core. Its last line is one JSON object (read by `make bench`):
// train_samples_per_s is the UNet's (the long phase of training),
// vae_train_samples_per_s the VAE's.
//
//	go run ./scripts/benchtrain [-preset small] [-batch 16] [-w 128] [-steps 3] [-warmup 1] [-threads 0] [-device cpu]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
	"github.com/anonymizer-project/anonymizer/scripts/benchtorch"
	"github.com/anonymizer-project/anonymizer/torch"
)

func main() {
	var mf benchtorch.ModelFlags
	mf.Register("crops per step", "crop width (multiple of 16)", 0, "libtorch threads (0: default)")
	steps := flag.Int("steps", 3, "timed steps per model")
	warm := flag.Int("warmup", 1, "untimed steps first")
	device := flag.String("device", "cpu", "cpu, cuda or cuda:N")
	flag.Parse()
	if err := run(mf, *device, *steps, *warm); err != nil {
		fmt.Fprintln(os.Stderr, "benchtrain:", err)
		os.Exit(1)
	}
}

func run(mf benchtorch.ModelFlags, device string, steps, warm int) error {
	if err := mf.SetThreads(); err != nil {
		return err
	}
	preset, batch, width := mf.Preset, mf.Batch, mf.Width
	synth, err := dataset.NewSynth(nil)
	if err != nil {
		return err
	}
	loader, err := dataset.NewLoader(dataset.LoaderConfig{Sources: []dataset.Weighted{{Source: synth, Weight: 1}},
		Seed: 1, BatchSize: batch, Widths: []int{width}})
	if err != nil {
		return err
	}
	defer loader.Close()
	m, err := torch.NewModel(torch.ModelConfig{Preset: preset}, device, 1)
	if err != nil {
		return err
	}
	defer m.Close()
	info, err := m.Info()
	if err != nil {
		return err
	}
	figures := map[string]float64{}
	for _, kind := range []string{"vae", "unet"} {
		tr, err := torch.NewTrainer(m, kind, torch.DefaultTrainerOptions())
		if err != nil {
			return err
		}
		var t0 time.Time
		for i := 0; i < warm+steps; i++ {
			if i == warm {
				t0 = time.Now()
			}
			b, err := loader.Next()
			if err != nil {
				return err
			}
			tb := torch.Batch{Images: b.Images, Masks: b.Masks, Glyphs: b.Glyphs, Texts: b.Texts, N: b.N, H: b.H, W: b.W}
			if err := benchtorch.Step(tr, kind, tb); err != nil {
				return err
			}
		}
		sps := float64(steps*batch) / time.Since(t0).Seconds()
		fmt.Printf("%-40s %10.2f samples/s (%d steps of %d x 32x%d, preset %s, %d params, %s)\n", kind+" train step",
			sps, steps, batch, width, preset, info.Params.Total, info.Device)
		tr.Close()
		if kind == "vae" {
			figures["vae_train_samples_per_s"] = round2(sps)
		} else {
			figures["train_samples_per_s"] = round2(sps)
		}
	}
	out, _ := json.Marshal(figures)
	fmt.Println(string(out))
	return nil
}

func round2(x float64) float64 { return float64(int64(x*100+0.5)) / 100 }
