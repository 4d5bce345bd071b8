//go:build torch

package main

import (
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/generate"
	"github.com/anonymizer-project/anonymizer/torch"
)

// nativeCore says whether this binary links the native core.
const nativeCore = true

// diffusionInpainter loads the model for the diffusion strategy (--model,
// or the shipped one); the process keeps it until it exits.
func diffusionInpainter(c *cli.Context) (engine.Inpainter, error) {
	o, err := sampleOptions(c, c.Int("diffusion-steps"))
	if err != nil {
		return nil, err
	}
	m, dir, err := generate.LoadModel(c.String("model"), "")
	if err != nil {
		return nil, err
	}
	log.Info().Str("model", dir).Str("sampler", string(o.Sampler)).Int("steps", o.Steps).Msg("diffusion model loaded")
	return generate.NewInpainter(m, o), nil
}

// sampleOptions are the sampling options of --sampler, the given steps and
// guidance generate.DefaultGuidance.
func sampleOptions(c *cli.Context, steps int) (torch.SampleOptions, error) {
	s, err := torch.ParseSampler(c.String("sampler"))
	if err != nil {
		return torch.SampleOptions{}, usagef("--sampler %q: want ddim or dpmpp2m", c.String("sampler"))
	}
	return torch.SampleOptions{Sampler: s, Steps: steps, Guidance: generate.DefaultGuidance}, nil
}

// modelDir is the diffusion model directory that --model names, or the
// shipped one that diffusionInpainter loads without it.
func modelDir(c *cli.Context) (string, error) {
	dir, err := generate.FindModel(c.String("model"))
	if err != nil {
		return "", err
	}
	return filepath.Abs(dir)
}
