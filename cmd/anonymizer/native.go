package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Two binaries are built from this package: anonymizer, and
// anonymizer-torch (-tags torch), which links the native (libtorch) core.
// Linking libtorch runs its static initialisation (about 0.35 s) at every
// start, which detect and anonymize do not need; so anonymizer hands every
// run that needs the core, help included, to its sibling (see main). Both
// list the same commands with the same usage lines; the commands marked
// always are defined only in the sibling (train.go, generate.go and
// model.go are built with -tags torch).

// nativeBinary is the sibling's file name.
const nativeBinary = "anonymizer-torch"

// nativeNeed says when a command needs the native core.
type nativeNeed int

const (
	never nativeNeed = iota
	always
	// forDiffusion: when its --strategy flag asks for diffusion.
	forDiffusion
)

// command is one entry of the command table.
type command struct {
	*cli.Command
	native nativeNeed
}

// The one-line usages of the commands defined only with the native core.
const (
	trainUsage    = "train the generator's models (VAE, then UNet), preview their training data or score them"
	generateUsage = "inpaint one text into one box of a page with the diffusion model"
	modelUsage    = "inspect the diffusion models and the native core"
)

// commandTable is the command table both binaries share.
func commandTable() []command {
	return []command{
		{detectCommand(), never},
		{anonymizeCommand(), forDiffusion},
		{evalCommand(), forDiffusion},
		{synthCommand(), never},
		{corpusCommand(), never},
		{workerCommand(), never},
		{submitCommand(), never},
		{collectCommand(), never},
		{trainCommand(), always},
		{generateCommand(), always},
		{modelCommand(), always},
		{serveCommand(), forDiffusion},
		{configCommand(), never},
	}
}

// needsNativeCore finds the command of table that args (the command line
// after the program name and before the global flags are read) run, as the
// CLI library will, and reports whether it needs the native core, with the
// command's name. "help NAME" counts as a run of NAME. A command line that
// does not parse needs nothing: the library reports it.
func needsNativeCore(globalFlags []cli.Flag, table []command, args []string) (string, bool) {
	set, ok := parseFlags(globalFlags, args)
	if !ok {
		return "", false
	}
	args = set.Args()
	if len(args) > 1 && (args[0] == "help" || args[0] == "h") {
		args = args[1:]
	}
	for _, e := range table {
		if len(args) == 0 || !e.HasName(args[0]) {
			continue
		}
		switch e.native {
		case always:
			return e.Name, true
		case forDiffusion:
			if diffusionAsked(e.Command, args[1:]) {
				return e.Name, true
			}
		}
		return "", false
	}
	return "", false
}

// diffusionAsked reports whether args, the arguments of cmd, run a
// (sub)command of it with --strategy diffusion.
func diffusionAsked(cmd *cli.Command, args []string) bool {
	for {
		set, ok := parseFlags(cmd.Flags, args)
		if !ok {
			return false
		}
		args = set.Args()
		if len(args) > 0 && cmd.Command(args[0]) != nil {
			cmd, args = cmd.Command(args[0]), args[1:]
			continue
		}
		f := set.Lookup("strategy")
		return f != nil && f.Value.String() == string(entity.Diffusion)
	}
}

// parseFlags parses args with flags as the CLI library does (up to the
// first argument that is not a flag); ok is false when they do not parse.
func parseFlags(flags []cli.Flag, args []string) (set *flag.FlagSet, ok bool) {
	set = flag.NewFlagSet("", flag.ContinueOnError)
	set.SetOutput(io.Discard)
	for _, f := range flags {
		if err := f.Apply(set); err != nil {
			return nil, false
		}
	}
	if err := set.Parse(args); err != nil {
		return nil, false
	}
	return set, true
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
