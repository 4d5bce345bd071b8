// Command anonymizer finds personal data on document images and replaces it
// with realistic synthetic stand-ins.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"
)

// Exit codes.
const (
	exitOK         = 0
	exitSomeFailed = 1
	exitUsage      = 2
)

// version is set at link time (-ldflags "-X main.version=...").
var version = "dev"

// usageError marks a command-line mistake found by a command's own code
// (exit code 2).
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// inputsFailed is returned when some inputs failed (exit code 1).
type inputsFailed struct{ failed, total int }

func (e inputsFailed) Error() string {
	return fmt.Sprintf("%d of %d inputs failed", e.failed, e.total)
}

// commandError is an error returned by a command's own code (its Action).
// Every other error that the CLI library returns comes from reading the
// command line before any command ran: an unknown command or flag, a bad
// flag value, a missing required flag.
type commandError struct{ error }

func (e commandError) Unwrap() error { return e.error }

func newApp() *cli.App {
	app := &cli.App{
		Name:    "anonymizer",
		Usage:   "find personal data on document images and replace it with synthetic stand-ins",
		Version: version,
		Description: "Pages go in (PNG, JPEG, TIFF of one or more pages, PDF); each name, phone number, date, address, ID or\n" +
			"account number on them is found (Tesseract OCR + patterns + NER + form labels)\n" +
			"and reported with its boxes. Original text never appears in reports or logs:\n" +
			"reports carry a keyed SHA-256 of it (key from --key or ANONYMIZER_KEY).\n\n" +
			"Exit codes: 0 all inputs done, 1 some inputs failed, 2 bad usage.",
		Flags:  globalFlags(),
		Before: func(c *cli.Context) error { return setupLogging(c) },
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		ExitErrHandler: func(*cli.Context, error) {
			// Exit codes are decided in main.
		},
	}
	for _, e := range commandTable() {
		markCommandErrors(e.Command)
		app.Commands = append(app.Commands, e.Command)
	}
	return app
}

// globalFlags are the flags before the command.
func globalFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "log-level", Value: "info", Usage: "debug, info, warn or error"},
		&cli.StringFlag{Name: "log-format", Value: "auto", Usage: "auto (console on a terminal, JSON otherwise), console or json"},
	}
}

// markCommandErrors wraps the errors of cmd's actions, and its
// subcommands', in commandError.
func markCommandErrors(cmd *cli.Command) {
	if act := cmd.Action; act != nil {
		cmd.Action = func(c *cli.Context) error {
			if err := act(c); err != nil {
				return commandError{err}
			}
			return nil
		}
	}
	for _, sub := range cmd.Subcommands {
		markCommandErrors(sub)
	}
}

var log = zerolog.New(logOutput).With().Timestamp().Logger()

func setupLogging(c *cli.Context) error {
	lvl, err := zerolog.ParseLevel(strings.ToLower(c.String("log-level")))
	if err != nil || lvl == zerolog.NoLevel {
		return usagef("--log-level %q: want debug, info, warn or error", c.String("log-level"))
	}
	zerolog.SetGlobalLevel(lvl)
	format := c.String("log-format")
	switch format {
	case "auto":
		if isatty.IsTerminal(terminal.Fd()) {
			format = "console"
		} else {
			format = "json"
		}
	case "console", "json":
	default:
		return usagef("--log-format %q: want auto, console or json", format)
	}
	if format == "console" {
		log = zerolog.New(zerolog.ConsoleWriter{Out: logOutput, TimeFormat: time.TimeOnly}).With().Timestamp().Logger()
	} else {
		log = zerolog.New(logOutput).With().Timestamp().Logger()
	}
	return nil
}

// exitCode maps the outcome of a run to the exit code: a usageError, or an
// error the CLI library found in the command line, is bad usage; failed
// inputs and any other failure of a command exit 1.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ue usageError
	var cp configProblems
	if errors.As(err, &ue) || errors.As(err, &cp) {
		return exitUsage
	}
	var ce commandError
	var inf inputsFailed
	if errors.As(err, &ce) || errors.As(err, &inf) {
		return exitSomeFailed
	}
	return exitUsage
}

func main() {
	// Tesseract's OpenMP runtime reads OMP_THREAD_LIMIT once, when it is
	// loaded: this re-executes the program with it set, before any work.
	if err := ensureThreadLimit(); err != nil {
		fmt.Fprintf(os.Stderr, "anonymizer: %v\n", err)
	}
	// A command that needs the native core runs in the sibling binary.
	if what, ok := needsNativeCore(globalFlags(), commandTable(), os.Args[1:]); ok && !nativeCore {
		err := execNative(what)
		fmt.Fprintf(os.Stderr, "anonymizer: %v\n", err)
		os.Exit(exitSomeFailed)
	}
	err := newApp().Run(os.Args)
	code := exitCode(err)
	if err != nil {
		var inf inputsFailed
		if !errors.As(err, &inf) {
			fmt.Fprintf(os.Stderr, "anonymizer: %v\n", err)
		}
		var cp configProblems
		if code == exitUsage && !errors.As(err, &cp) {
			fmt.Fprintln(os.Stderr, "run 'anonymizer --help' for usage")
		}
	}
	os.Exit(code)
}
