//go:build torch

package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/torch"
)

// presets are the model sizes the native core defines.
var presets = []string{"tiny", "small", "base"}

func modelCommand() *cli.Command {
	return &cli.Command{
		Name:  "model",
		Usage: modelUsage,
		Subcommands: []*cli.Command{{
			Name:  "info",
			Usage: "parameter counts per preset (or of a saved model) and the native core's build",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "preset", DefaultText: "all", Usage: "one preset: " + strings.Join(presets, ", ")},
				&cli.StringFlag{Name: "model", Usage: "a saved model folder instead of presets"},
			},
			Action: runModelInfo,
		}},
	}
}

func runModelInfo(c *cli.Context) error {
	bi, err := torch.GetBuildInfo()
	if err != nil {
		return fmt.Errorf("native core: %w", err)
	}
	fmt.Printf("native core %s, libtorch %s, CUDA built %v (available %v, %d devices), %d threads, fused kernels %v\n",
		bi.Version, bi.Torch, bi.CUDABuilt, bi.CUDAAvailable, bi.CUDADevices, bi.Threads, bi.FusedKernels)
	tw := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "model\tVAE\tUNet\ttext encoder\ttotal\tfp32 MB\t")
	show := func(name string, m *torch.Model) error {
		defer m.Close()
		info, err := m.Info()
		if err != nil {
			return fmt.Errorf("model info %s: %w", name, err)
		}
		p := info.Params
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.1f\t\n", name, p.VAE, p.UNet, p.Text, p.Total, float64(info.BytesFP32)/1e6)
		return nil
	}
	if dir := c.String("model"); dir != "" {
		m, err := torch.LoadModel(dir, "cpu")
		if err != nil {
			return fmt.Errorf("load model %s: %w", dir, err)
		}
		if err := show(dir, m); err != nil {
			return err
		}
		return tw.Flush()
	}
	names := presets
	if p := c.String("preset"); p != "" {
		names = []string{p}
	}
	for _, name := range names {
		m, err := torch.NewModel(torch.ModelConfig{Preset: name}, "cpu", 1)
		if err != nil {
			return usagef("preset %q: %v", name, err)
		}
		if err := show(name, m); err != nil {
			return err
		}
	}
	return tw.Flush()
}
