// Package benchtorch is what the native-core benchmarks (scripts/benchcore,
// scripts/benchtrain) share: the flags that choose the model and batch, the
// libtorch thread setting and one training step of either trainer kind.
package benchtorch

import (
	"flag"

	"github.com/anonymizer-project/anonymizer/torch"
)

// ModelFlags are the options that choose the model a benchmark runs and
// the crops it feeds it.
type ModelFlags struct {
	Preset  string
	Batch   int
	Width   int
	Threads int
}

// Register adds -preset, -batch, -w and -threads to the command line;
// batchHelp says what one batch is, threads is the default thread count and
// threadsHelp its description.
func (f *ModelFlags) Register(batchHelp, widthHelp string, threads int, threadsHelp string) {
	flag.StringVar(&f.Preset, "preset", "small", "model preset")
	flag.IntVar(&f.Batch, "batch", 16, batchHelp)
	flag.IntVar(&f.Width, "w", 128, widthHelp)
	flag.IntVar(&f.Threads, "threads", threads, threadsHelp)
}

// SetThreads sets libtorch's intra-op threads; 0 keeps its default.
func (f *ModelFlags) SetThreads() error {
	if f.Threads <= 0 {
		return nil
	}
	return torch.SetThreads(f.Threads)
}

// Step runs one training step of tr, a trainer of the given kind ("vae" or
// "unet"), on b at learning rate 1e-4.
func Step(tr *torch.Trainer, kind string, b torch.Batch) error {
	var err error
	if kind == "vae" {
		_, err = tr.VAEStep(b.Images, b.N, b.H, b.W, 1e-4)
	} else {
		_, err = tr.UNetStep(b, 1e-4)
	}
	return err
}
