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

	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
)

// Exit codes.
const (
	exitOK         = 0
	exitSomeFailed = 1
	exitUsage      = 2
)

// version is set at link time (-ldflags "-X main.version=...").
var version = "dev"

// usageError marks a command-line mistake (exit code 2).
type usageError struct{ error }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// inputsFailed is returned when some inputs failed (exit code 1).
type inputsFailed struct{ failed, total int }

func (e inputsFailed) Error() string {
	return fmt.Sprintf("%d of %d inputs failed", e.failed, e.total)
}

func newApp() *cli.App {
	return &cli.App{
		Name:    "anonymizer",
		Usage:   "find personal data on document images and replace it with synthetic stand-ins",
		Version: version,
		Description: "Pages go in (PNG, JPEG, TIFF); each name, phone number, date, address, ID or\n" +
			"account number on them is found (Tesseract OCR + patterns + NER + form labels)\n" +
			"and reported with its boxes. Original text never appears in reports or logs:\n" +
			"reports carry a keyed SHA-256 of it (key from --key or ANONYMIZER_KEY).\n\n" +
			"Exit codes: 0 all inputs done, 1 some inputs failed, 2 bad usage.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-level", Value: "info", Usage: "debug, info, warn or error"},
			&cli.StringFlag{Name: "log-format", Value: "auto", Usage: "auto (console on a terminal, JSON otherwise), console or json"},
		},
		Before: func(c *cli.Context) error { return setupLogging(c) },
		Commands: []*cli.Command{
			detectCommand(),
			anonymizeCommand(),
			evalCommand(),
			synthCommand(),
			trainCommand(),
			generateCommand(),
			modelCommand(),
		},
		OnUsageError: func(c *cli.Context, err error, isSub bool) error { return usageError{err} },
		ExitErrHandler: func(*cli.Context, error) {
			// Exit codes are decided in main.
		},
	}
}

var log = zerolog.New(os.Stderr).With().Timestamp().Logger()

func setupLogging(c *cli.Context) error {
	lvl, err := zerolog.ParseLevel(strings.ToLower(c.String("log-level")))
	if err != nil || lvl == zerolog.NoLevel {
		return usagef("--log-level %q: want debug, info, warn or error", c.String("log-level"))
	}
	zerolog.SetGlobalLevel(lvl)
	format := c.String("log-format")
	switch format {
	case "auto":
		if isatty.IsTerminal(os.Stderr.Fd()) {
			format = "console"
		} else {
			format = "json"
		}
	case "console", "json":
	default:
		return usagef("--log-format %q: want auto, console or json", format)
	}
	if format == "console" {
		log = zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr, TimeFormat: time.TimeOnly}).With().Timestamp().Logger()
	} else {
		log = zerolog.New(os.Stderr).With().Timestamp().Logger()
	}
	return nil
}

func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	var inf inputsFailed
	if errors.As(err, &inf) {
		return exitSomeFailed
	}
	// Flag parsing errors from urfave/cli are usage errors too.
	msg := err.Error()
	if strings.HasPrefix(msg, "flag provided but not defined") || strings.HasPrefix(msg, "Required flag") ||
		strings.HasPrefix(msg, "invalid value") || strings.Contains(msg, "No help topic") {
		return exitUsage
	}
	return exitSomeFailed
}

func main() {
	// Tesseract's OpenMP runtime reads OMP_THREAD_LIMIT once, at start: set
	// it before anything else (this re-executes the program when unset).
	if err := ocr.EnsureThreadLimit(); err != nil {
		fmt.Fprintf(os.Stderr, "anonymizer: %v\n", err)
	}
	err := newApp().Run(os.Args)
	code := exitCode(err)
	if err != nil {
		var inf inputsFailed
		if !errors.As(err, &inf) {
			fmt.Fprintf(os.Stderr, "anonymizer: %v\n", err)
		}
		if code == exitUsage {
			fmt.Fprintln(os.Stderr, "run 'anonymizer --help' for usage")
		}
	}
	os.Exit(code)
}
