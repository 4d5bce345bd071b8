//go:build !torch

package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
)

// nativeCore says whether this binary links the native core.
const nativeCore = false

// This binary only lists the commands that need the native core: main hands
// every run of them, help included, to the sibling, which defines them.

func trainCommand() *cli.Command    { return nativeOnly("train", trainUsage) }
func generateCommand() *cli.Command { return nativeOnly("generate", generateUsage) }
func modelCommand() *cli.Command    { return nativeOnly("model", modelUsage) }

func nativeOnly(name, usage string) *cli.Command {
	return &cli.Command{
		Name:            name,
		Usage:           usage,
		SkipFlagParsing: true,
		Action: func(*cli.Context) error {
			return fmt.Errorf("%s needs the native core: run %s", name, nativeBinary)
		},
	}
}

// diffusionInpainter fails: main hands --strategy diffusion to the sibling.
func diffusionInpainter(*cli.Context) (engine.Inpainter, error) {
	return nil, fmt.Errorf("--strategy diffusion needs the native core: run %s", nativeBinary)
}

// modelDir fails like diffusionInpainter.
func modelDir(*cli.Context) (string, error) {
	return "", fmt.Errorf("--strategy diffusion needs the native core: run %s", nativeBinary)
}
