// Command benchcore measures the native core on this machine: the fused
// GroupNorm+SiLU op against libtorch's unfused ops at the UNet's real
// shapes, and batched DDIM inpainting time per region. Its last line is one
// JSON object (read by `make bench`).
//
//	go run ./scripts/benchcore [-preset small] [-steps 20] [-batch 16] [-w 128]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"time"

	"github.com/anonymizer-project/anonymizer/torch"
)

type unetConfig struct {
	Ch     int   `json:"ch"`
	Mult   []int `json:"mult"`
	NumRes int   `json:"num_res"`
	Groups int   `json:"groups"`
}

type gnShape struct {
	N, C, H, W, Groups int
	Count              int // occurrences per UNet forward
}

// unetGroupNormShapes lists the GroupNorm+SiLU inputs of one UNet forward
// (two per residual block plus the output norm), following the layout in
// csrc/models/models.cpp, for a batch of n latents of size h x w.
func unetGroupNormShapes(u unetConfig, n, h, w int) []gnShape {
	counts := map[[3]int]int{}
	add := func(c, level int) { counts[[3]int{c, h >> level, w >> level}]++ }
	cur := u.Ch
	skips := []int{cur}
	for i, m := range u.Mult {
		out := u.Ch * m
		for r := 0; r < u.NumRes; r++ {
			add(cur, i)
			add(out, i)
			cur = out
			skips = append(skips, cur)
		}
		if i+1 < len(u.Mult) {
			skips = append(skips, cur)
		}
	}
	last := len(u.Mult) - 1
	for k := 0; k < 4; k++ { // mid1, mid2: two norms each
		add(cur, last)
	}
	for i := last; i >= 0; i-- {
		out := u.Ch * u.Mult[i]
		for r := 0; r <= u.NumRes; r++ {
			sc := skips[len(skips)-1]
			skips = skips[:len(skips)-1]
			add(cur+sc, i)
			add(out, i)
			cur = out
		}
	}
	add(cur, 0) // norm_out
	var shapes []gnShape
	for k, c := range counts {
		shapes = append(shapes, gnShape{N: n, C: k[0], H: k[1], W: k[2], Groups: u.Groups, Count: c})
	}
	sort.Slice(shapes, func(i, j int) bool {
		a, b := shapes[i], shapes[j]
		if a.H*a.W != b.H*b.W {
			return a.H*a.W > b.H*b.W
		}
		return a.C < b.C
	})
	return shapes
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchcore:", err)
	os.Exit(1)
}

func main() {
	preset := flag.String("preset", "small", "model preset")
	steps := flag.Int("steps", 20, "DDIM steps")
	n := flag.Int("batch", 16, "regions per sample call")
	h := flag.Int("h", 32, "crop height (px)")
	w := flag.Int("w", 128, "crop width (px)")
	guidance := flag.Float64("guidance", 2, "classifier-free guidance scale (1 = off)")
	iters := flag.Int("iters", 20, "timing iterations per GroupNorm shape")
	threads := flag.Int("threads", 1, "intra-op threads (0 = libtorch default; on a shared 2-core machine OpenMP with 2 threads stalls)")
	trainSteps := flag.Int("train-steps", 3, "timed training steps per trainer kind (0 = skip)")
	flag.Parse()

	if *threads > 0 {
		if err := torch.SetThreads(*threads); err != nil {
			fail(err)
		}
	}
	build, err := torch.GetBuildInfo()
	if err != nil {
		fail(err)
	}
	fmt.Printf("core %s, torch %s, threads %d, fused kernels %v, CUDA %v\n", build.Version, build.Torch,
		build.Threads, build.FusedKernels, build.CUDAAvailable)

	m, err := torch.NewModel(torch.ModelConfig{Preset: *preset}, "cpu", 1)
	if err != nil {
		fail(err)
	}
	defer m.Close()
	info, err := m.Info()
	if err != nil {
		fail(err)
	}
	var cfg struct {
		Unet unetConfig `json:"unet"`
	}
	if err := json.Unmarshal(info.Config, &cfg); err != nil {
		fail(fmt.Errorf("decode config: %w", err))
	}
	fmt.Printf("preset %s: vae %d, unet %d, text %d, total %d params (%.1f MB fp32)\n", *preset, info.Params.VAE,
		info.Params.UNet, info.Params.Text, info.Params.Total, float64(info.BytesFP32)/1e6)

	// GroupNorm+SiLU at the UNet's shapes for this batch (doubled under CFG).
	bn := *n
	if *guidance != 1 {
		bn *= 2
	}
	var fusedTotal, refTotal, maxErr float64
	fmt.Printf("%-22s %6s %10s %10s %8s\n", "groupnorm_silu shape", "count", "fused_ms", "unfused_ms", "speedup")
	type shapeOut struct {
		Shape     [4]int  `json:"shape"`
		Groups    int     `json:"groups"`
		Count     int     `json:"count"`
		FusedMs   float64 `json:"fused_ms"`
		UnfusedMs float64 `json:"unfused_ms"`
		Speedup   float64 `json:"speedup"`
	}
	var shapeRows []shapeOut
	for _, s := range unetGroupNormShapes(cfg.Unet, bn, *h/4, *w/4) {
		r, err := torch.BenchGroupNormSiLU(s.N, s.C, s.H, s.W, s.Groups, *iters)
		if err != nil {
			fail(err)
		}
		fusedTotal += r.FusedMs * float64(s.Count)
		refTotal += r.ReferenceMs * float64(s.Count)
		maxErr = math.Max(maxErr, r.MaxAbsErr)
		label := fmt.Sprintf("%dx%dx%dx%d/g%d", s.N, s.C, s.H, s.W, s.Groups)
		fmt.Printf("%-22s %6d %10.3f %10.3f %7.2fx\n", label, s.Count, r.FusedMs, r.ReferenceMs, r.ReferenceMs/r.FusedMs)
		shapeRows = append(shapeRows, shapeOut{Shape: [4]int{s.N, s.C, s.H, s.W}, Groups: s.Groups, Count: s.Count,
			FusedMs: r.FusedMs, UnfusedMs: r.ReferenceMs, Speedup: r.ReferenceMs / r.FusedMs})
	}
	speedup := refTotal / fusedTotal
	fmt.Printf("groupnorm_silu per UNet forward: fused %.2f ms, unfused %.2f ms, speedup %.2fx, max abs err %.2g\n",
		fusedTotal, refTotal, speedup, maxErr)

	// Batched inpainting.
	b := syntheticBatch(*n, *h, *w)
	opts := torch.SampleOptions{Steps: *steps, Eta: 0, Guidance: float32(*guidance), Seed: 1}
	if _, err := m.Sample(b, torch.SampleOptions{Steps: 2, Guidance: float32(*guidance), Seed: 1}); err != nil {
		fail(err) // warm-up
	}
	const runs = 2
	var best time.Duration
	for i := 0; i < runs; i++ {
		t0 := time.Now()
		if _, err := m.Sample(b, opts); err != nil {
			fail(err)
		}
		if d := time.Since(t0); i == 0 || d < best {
			best = d
		}
	}
	perRegion := float64(best.Milliseconds()) / float64(*n)
	fmt.Printf("sample: %d regions %dx%d, %d DDIM steps, guidance %.1f: %.0f ms per call, %.1f ms per region\n",
		*n, *h, *w, *steps, *guidance, float64(best.Milliseconds()), perRegion)
	// Training step cost (the next issue trains this preset on the CPU).
	var vaeStepMs, unetStepMs float64
	if *trainSteps > 0 {
		vaeStepMs, unetStepMs, err = timeTraining(*preset, b, *trainSteps)
		if err != nil {
			fail(err)
		}
		fmt.Printf("train: batch %d crops %dx%d: vae step %.0f ms, unet step %.0f ms\n", *n, *h, *w, vaeStepMs, unetStepMs)
	}
	rss, _, _ := torch.Memory()

	out := map[string]any{
		"preset":                      *preset,
		"torch":                       build.Torch,
		"threads":                     build.Threads,
		"fused_kernels":               build.FusedKernels,
		"groupnorm_silu_speedup":      round(speedup, 3),
		"groupnorm_silu_fused_ms":     round(fusedTotal, 3),
		"groupnorm_silu_unfused_ms":   round(refTotal, 3),
		"groupnorm_silu_max_abs_err":  maxErr,
		"groupnorm_silu_shapes":       shapeRows,
		"sample_ms_per_region":        round(perRegion, 2),
		"sample_ms_per_call":          best.Milliseconds(),
		"sample_regions":              *n,
		"sample_steps":                *steps,
		"sample_guidance":             *guidance,
		"sample_crop":                 fmt.Sprintf("%dx%d", *h, *w),
		"model_params_" + *preset:     info.Params.Total,
		"model_bytes_fp32_" + *preset: info.BytesFP32,
		"rss_bytes":                   rss,
		"train_vae_step_ms":           round(vaeStepMs, 1),
		"train_unet_step_ms":          round(unetStepMs, 1),
	}
	js, err := json.Marshal(out)
	if err != nil {
		fail(err)
	}
	fmt.Println(string(js))
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
			if kind == "vae" {
				_, err = tr.VAEStep(b.Images, b.N, b.H, b.W, 1e-4)
			} else {
				_, err = tr.UNetStep(b, 1e-4)
			}
			if err != nil {
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
