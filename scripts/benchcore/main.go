// Command benchcore measures the native core on this machine through the
// C API: inpainting time per region, batched (all regions in one sample
// call) and sequential (one call per region, as the engine ran lines before
// it batched them), training step times and the model's size. Its last line is one JSON object (read by `make bench`).
// The fused GroupNorm+SiLU kernel is measured by scripts/profile_kernels.
//
//	go run ./scripts/benchcore [-preset small] [-sampler ddim] [-steps 20] [-batch 16] [-w 128]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"syscall"
	"time"

	"github.com/anonymizer-project/anonymizer/scripts/benchtorch"
	"github.com/anonymizer-project/anonymizer/torch"
)

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchcore:", err)
	os.Exit(1)
}

func main() {
	var mf benchtorch.ModelFlags
	mf.Register("regions per sample call", "crop width (px)",
		1, "intra-op threads (0 = libtorch default; on a shared 2-core machine OpenMP with 2 threads stalls)")
	steps := flag.Int("steps", 20, "sampler steps")
	samplerName := flag.String("sampler", "ddim", "ddim or dpmpp2m")
	seq := flag.Bool("seq", true, "also time the regions one call each")
	h := flag.Int("h", 32, "crop height (px)")
	guidance := flag.Float64("guidance", 2, "classifier-free guidance scale (1 = off)")
	trainSteps := flag.Int("train-steps", 3, "timed training steps per trainer kind (0 = skip)")
	flag.Parse()

	if err := mf.SetThreads(); err != nil {
		fail(err)
	}
	sampler, err := torch.ParseSampler(*samplerName)
	if err != nil {
		fail(err)
	}
	build, err := torch.GetBuildInfo()
	if err != nil {
		fail(err)
	}
	fmt.Printf("core %s, torch %s, threads %d, fused kernels %v, CUDA %v\n", build.Version, build.Torch,
		build.Threads, build.FusedKernels, build.CUDAAvailable)

	m, err := torch.NewModel(torch.ModelConfig{Preset: mf.Preset}, "cpu", 1)
	if err != nil {
		fail(err)
	}
	defer m.Close()
	info, err := m.Info()
	if err != nil {
		fail(err)
	}
	fmt.Printf("preset %s: vae %d, unet %d, text %d, total %d params (%.1f MB fp32)\n", mf.Preset, info.Params.VAE,
		info.Params.UNet, info.Params.Text, info.Params.Total, float64(info.BytesFP32)/1e6)

	// Batched inpainting.
	b := syntheticBatch(mf.Batch, *h, mf.Width)
	opts := torch.SampleOptions{Sampler: sampler, Steps: *steps, Eta: 0, Guidance: float32(*guidance), Seed: 1}
	if _, err := m.Sample(b, torch.SampleOptions{Sampler: sampler, Steps: 2, Guidance: float32(*guidance), Seed: 1}); err != nil {
		fail(err) // warm-up
	}
	best, bestCPU, err := bestOf(2, func() error { _, err := m.Sample(b, opts); return err })
	if err != nil {
		fail(err)
	}
	perRegion := float64(best.Milliseconds()) / float64(mf.Batch)
	cpuPerRegion := float64(bestCPU.Milliseconds()) / float64(mf.Batch)
	fmt.Printf("sample: %d regions %dx%d, %d %s steps, guidance %.1f: %.0f ms per call, %.1f ms per region (CPU time %.1f)\n",
		mf.Batch, *h, mf.Width, *steps, sampler, *guidance, float64(best.Milliseconds()), perRegion, cpuPerRegion)
	var seqPerRegion, seqCPUPerRegion float64
	if *seq {
		seqBest, seqCPU, err := bestOf(2, func() error {
			for i := 0; i < b.N; i++ {
				if _, err := m.Sample(region(b, i), opts); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			fail(err)
		}
		seqPerRegion = float64(seqBest.Milliseconds()) / float64(mf.Batch)
		seqCPUPerRegion = float64(seqCPU.Milliseconds()) / float64(mf.Batch)
		fmt.Printf("sample: the same regions one call each: %.1f ms per region (CPU time %.1f; batched / sequential %.2f, CPU time %.2f)\n",
			seqPerRegion, seqCPUPerRegion, perRegion/seqPerRegion, cpuPerRegion/seqCPUPerRegion)
	}
	// Training step cost (the next issue trains this preset on the CPU).
	var vaeStepMs, unetStepMs float64
	if *trainSteps > 0 {
		vaeStepMs, unetStepMs, err = timeTraining(mf.Preset, b, *trainSteps)
		if err != nil {
			fail(err)
		}
		fmt.Printf("train: batch %d crops %dx%d: vae step %.0f ms, unet step %.0f ms\n", mf.Batch, *h, mf.Width, vaeStepMs, unetStepMs)
	}
	rss, _, _ := torch.Memory()

	out := map[string]any{
		"preset":                        mf.Preset,
		"torch":                         build.Torch,
		"threads":                       build.Threads,
		"fused_kernels":                 build.FusedKernels,
		"sample_ms_per_region":          round(perRegion, 2),
		"sample_seq_ms_per_region":      round(seqPerRegion, 2),
		"sample_cpu_ms_per_region":      round(cpuPerRegion, 2),
		"sample_seq_cpu_ms_per_region":  round(seqCPUPerRegion, 2),
		"sample_sampler":                string(sampler),
		"sample_ms_per_call":            best.Milliseconds(),
		"sample_regions":                mf.Batch,
		"sample_steps":                  *steps,
		"sample_guidance":               *guidance,
		"sample_crop":                   fmt.Sprintf("%dx%d", *h, mf.Width),
		"model_params_" + mf.Preset:     info.Params.Total,
		"model_bytes_fp32_" + mf.Preset: info.BytesFP32,
		"rss_bytes":                     rss,
		"train_vae_step_ms":             round(vaeStepMs, 1),
		"train_unet_step_ms":            round(unetStepMs, 1),
	}
	js, err := json.Marshal(out)
	if err != nil {
		fail(err)
	}
	fmt.Println(string(js))
}

// bestOf runs f runs times and returns the shortest wall time and the
// shortest CPU time (user + system, all threads) of a run. On a shared
// machine the CPU time leaves out the waits for a core, though it still
// grows when other work shares the core's caches.
func bestOf(runs int, f func() error) (wall, cpu time.Duration, err error) {
	for i := 0; i < runs; i++ {
		t0, c0 := time.Now(), cpuTime()
		if err := f(); err != nil {
			return 0, 0, err
		}
		d, c := time.Since(t0), cpuTime()-c0
		if i == 0 || d < wall {
			wall = d
		}
		if i == 0 || c < cpu {
			cpu = c
		}
	}
	return wall, cpu, nil
}

// cpuTime is the process's user + system CPU time so far.
func cpuTime() time.Duration {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}

// region is region i of b as a batch of one, with the seed it has in b.
func region(b torch.Batch, i int) torch.Batch {
	size := b.H * b.W
	return torch.Batch{Images: b.Images[i*size : (i+1)*size], Masks: b.Masks[i*size : (i+1)*size],
		Glyphs: b.Glyphs[i*size : (i+1)*size], Texts: b.Texts[i : i+1], Seeds: []uint64{1 + uint64(i)}, N: 1, H: b.H, W: b.W}
}

// timeTraining returns the mean wall time of a VAE and of a UNet training
// step on the batch (after one warm-up step each) for a fresh model.
func timeTraining(preset string, b torch.Batch, steps int) (vaeMs, unetMs float64, err error) {
	tm, err := torch.NewModel(torch.ModelConfig{Preset: preset}, "cpu", 2)
	if err != nil {
		return 0, 0, err
	}
	defer tm.Close()
	for _, kind := range []string{"vae", "unet"} {
		tr, err := torch.NewTrainer(tm, kind, torch.DefaultTrainerOptions())
		if err != nil {
			return 0, 0, err
		}
		var total time.Duration
		for i := 0; i <= steps; i++ {
			t0 := time.Now()
			if err := benchtorch.Step(tr, kind, b); err != nil {
				tr.Close()
				return 0, 0, err
			}
			if i > 0 {
				total += time.Since(t0)
			}
		}
		tr.Close()
		ms := float64(total.Microseconds()) / 1000 / float64(steps)
		if kind == "vae" {
			vaeMs = ms
		} else {
			unetMs = ms
		}
	}
	return vaeMs, unetMs, nil
}

func round(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}

// syntheticBatch: white crops with dark bars, the right half masked, and a
// glyph image of bars for the surrogate.
func syntheticBatch(n, h, w int) torch.Batch {
	size := n * h * w
	b := torch.Batch{Images: make([]float32, size), Masks: make([]float32, size), Glyphs: make([]float32, size),
		N: n, H: h, W: w}
	for i := 0; i < n; i++ {
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				k := i*h*w + y*w + x
				text := y > h/4 && y < 3*h/4
				b.Images[k], b.Glyphs[k] = 1, 1
				if text && (x+i)%7 < 2 {
					b.Images[k] = 0.1
				}
				if text && (x+2*i)%5 < 2 {
					b.Glyphs[k] = 0.05
				}
				if x >= w/2 {
					b.Masks[k] = 1
				}
			}
		}
		b.Texts = append(b.Texts, fmt.Sprintf("Region %d", i))
	}
	return b
}
