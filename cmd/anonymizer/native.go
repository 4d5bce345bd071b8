//go:build !torch

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
)

// The commands that need the native (libtorch) core live in a sibling
// binary, anonymizer-torch, built from this package with -tags torch:
// linking libtorch runs its static initialisation (about 0.35 s) at every
// start, which detect and anonymize do not need. These stand-ins hand the
// whole command line over to it.

// nativeBinary is the sibling's file name.
const nativeBinary = "anonymizer-torch"

func nativeCommand(name, usage string) *cli.Command {
	return &cli.Command{
		Name:            name,
		Usage:           usage,
		SkipFlagParsing: true,
		Action:          func(c *cli.Context) error { return execNative(name) },
	}
}

// execNative replaces this process by the sibling with the same command
// line; it returns only on failure.
func execNative(what string) error {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("%s: find this executable: %w", what, err)
	}
	sibling := filepath.Join(filepath.Dir(exe), nativeBinary)
	if _, err := os.Stat(sibling); err != nil {
		return fmt.Errorf("%s needs the native core: %s is missing next to %s (run `make build`)", what, nativeBinary, exe)
	}
	args := append([]string{sibling}, os.Args[1:]...)
	if err := syscall.Exec(sibling, args, os.Environ()); err != nil {
		return fmt.Errorf("%s: run %s: %w", what, sibling, err)
	}
	return nil
}

// diffusionInpainter hands the whole command over to the sibling, which
// loads the model: the diffusion strategy needs the native core.
func diffusionInpainter(*cli.Context) (engine.Inpainter, error) {
	return nil, execNative("--strategy diffusion")
}

func trainCommand() *cli.Command {
	return nativeCommand("train", "train the generator's models (VAE, then UNet), preview or evaluate them")
}

func generateCommand() *cli.Command {
	return nativeCommand("generate", "run one diffusion inpainting on a page region with a trained model")
}

func modelCommand() *cli.Command {
	return nativeCommand("model", "inspect the diffusion models and the native core (model info)")
}
