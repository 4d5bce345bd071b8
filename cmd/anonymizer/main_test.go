package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/engine"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/manifest"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

// hugeHeader is a PNG whose header claims 100000x100000 pixels.
func hugeHeader() []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], 100000)
	binary.BigEndian.PutUint32(ihdr[4:], 100000)
	ihdr[8] = 8
	chunk := append([]byte("IHDR"), ihdr...)
	binary.Write(&b, binary.BigEndian, uint32(13))
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

// inputsDir writes one good synthetic page and the bad inputs the issue
// names: a truncated PNG, a 100000x100000 header, a text file named .png.
func inputsDir(t *testing.T) (dir string, good string, bad []string) {
	t.Helper()
	dir = t.TempDir()
	d, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Letter, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	good = filepath.Join(dir, "good.png")
	if err := d.WritePNG(good); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(good)
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	bad = []string{
		filepath.Join(dir, "missing.png"),
		write("truncated.png", data[:len(data)/3]),
		write("huge.png", hugeHeader()),
		write("text.png", []byte("this is a text file\n")),
	}
	return dir, good, bad
}

func run(args ...string) int {
	return exitCode(newApp().Run(append([]string{"anonymizer", "--log-format", "json", "--log-level", "error"}, args...)))
}

// listDir lists the outputs in dir: every file but the batch's manifest
// (which the resume tests check).
func listDir(t *testing.T, dir string) []string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		if e.Name() != manifest.Name {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

func TestDetectBadInputsDoNotStopOthers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract")
	}
	_, good, bad := inputsDir(t)
	out := t.TempDir()
	code := run(append([]string{"detect", "--key", "k", "-o", out, good}, bad...)...)
	if code != exitSomeFailed {
		t.Fatalf("exit code %d, want %d", code, exitSomeFailed)
	}
	if got := listDir(t, out); len(got) != 1 || got[0] != "good.report.json" {
		t.Fatalf("outputs %v, want only good.report.json", got)
	}
}

func TestAnonymizeWritesImageAndReport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract")
	}
	_, good, bad := inputsDir(t)
	out := t.TempDir()
	if code := run("anonymize", "--key", "k", "-o", out, good, bad[1]); code != exitSomeFailed {
		t.Fatalf("exit code %d", code)
	}
	// Nothing half-written: exactly the good input's two files.
	if got := listDir(t, out); len(got) != 2 || got[0] != "good.png" || got[1] != "good.report.json" {
		t.Fatalf("outputs %v", got)
	}
	dry := t.TempDir()
	if code := run("anonymize", "--key", "k", "--dry-run", "-o", dry, good); code != exitOK {
		t.Fatalf("dry run exit code %d", code)
	}
	if got := listDir(t, dry); len(got) != 1 || got[0] != "good.report.json" {
		t.Fatalf("dry run outputs %v", got)
	}
}

func TestUsageErrors(t *testing.T) {
	dir, good, _ := inputsDir(t)
	cases := [][]string{
		{"detect", "--no-such-flag", good},
		{"detect", good}, // no -o
		{"detect", "-o", dir},
		{"detect", "-o", dir, "--types", "PHONE,NOPE", good},
		{"anonymize", "-o", dir, "--strategy", "diffusion", "--diffusion-steps", "0", good},
		{"anonymize", "-o", dir, "--strategy", "blur", good},
		{"anonymize", "-o", dir, "--min-confidence", "2", good},
		{"--log-level", "loud", "detect", "-o", dir, good},
	}
	for _, c := range cases {
		if code := run(c...); code != exitUsage {
			t.Errorf("%v: exit code %d, want %d", c, code, exitUsage)
		}
	}
}

func TestUsageErrorsBeforeAnyWork(t *testing.T) {
	dir, good, _ := inputsDir(t)
	file := filepath.Join(dir, "a-file")
	os.WriteFile(file, nil, 0o644)
	badConfig := filepath.Join(dir, "bad.json")
	os.WriteFile(badConfig, []byte(`{"detect": {"threshold": "high"}}`), 0o644)
	unknownKey := filepath.Join(dir, "unknown.json")
	os.WriteFile(unknownKey, []byte(`{"ocr": {"dpi": 300}}`), 0o644)
	badValue := filepath.Join(dir, "value.json")
	os.WriteFile(badValue, []byte(`{"page_timeout": "soon"}`), 0o644)
	cases := []struct {
		args []string
		want int
	}{
		{[]string{"nope"}, exitUsage},
		{[]string{"help", "nope"}, exitUsage},
		{[]string{"--nope", "detect", "-o", dir, good}, exitUsage},
		{[]string{"detect", "-o", dir, "--workers", "many", good}, exitUsage},
		{[]string{"detect", "-o", dir, "--workers", "-1", good}, exitUsage},
		{[]string{"detect", "-o", dir, "--threshold", "0", good}, exitUsage},
		{[]string{"detect", "-o", dir, "--region", "XX", good}, exitUsage},
		{[]string{"anonymize", "-o", dir, "--redact-color", "red", good}, exitUsage},
		{[]string{"eval", "detect"}, exitUsage}, // --data is required
		{[]string{"detect", "-o", dir, "--config", filepath.Join(dir, "missing.json"), good}, exitUsage},
		{[]string{"detect", "-o", dir, "--config", badConfig, good}, exitUsage},
		{[]string{"detect", "-o", dir, "--config", unknownKey, good}, exitUsage},
		{[]string{"detect", "-o", dir, "--config", badValue, good}, exitUsage},
		// A failure of the command's own work is not bad usage.
		{[]string{"detect", "-o", file, good}, exitSomeFailed},
	}
	for _, c := range cases {
		if code := run(c.args...); code != c.want {
			t.Errorf("%v: exit code %d, want %d", c.args, code, c.want)
		}
	}
}

// optionsOf runs a command with the detect and anonymize flags on args and
// returns the options they give.
func optionsOf(t *testing.T, args ...string) (engine.DetectOptions, engine.AnonymizeOptions) {
	t.Helper()
	var dopts engine.DetectOptions
	var aopts engine.AnonymizeOptions
	app := &cli.App{
		Name:  "test",
		Flags: append(anonymizeFlags(), detectFlags()...),
		Action: func(c *cli.Context) (err error) {
			if dopts, err = detectOptions(c); err != nil {
				return err
			}
			aopts, err = anonymizeOptions(c, dopts.HashKey)
			return err
		},
	}
	if err := app.Run(append([]string{"test"}, args...)); err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return dopts, aopts
}

// sameOptions compares options as printed: an empty list is no list.
func sameOptions(a, b engine.DetectOptions) bool {
	return fmt.Sprintf("%+v", a) == fmt.Sprintf("%+v", b)
}

func TestDefaultsAreTheEngines(t *testing.T) {
	t.Setenv("ANONYMIZER_KEY", "k")
	got, gotA := optionsOf(t)
	want := engine.DefaultDetectOptions()
	want.OCR.Workers = runtime.NumCPU()
	want.HashKey = []byte("k")
	want.Logger = got.Logger
	if !sameOptions(got, want) {
		t.Errorf("detect options without flags:\n got %+v\nwant %+v", got, want)
	}
	wantA := engine.DefaultAnonymizeOptions()
	wantA.Key = []byte("k")
	if gotA.Strategy != wantA.Strategy || gotA.MinConfidence != wantA.MinConfidence ||
		gotA.QualityCheck != wantA.QualityCheck || formatColor(gotA.RedactColor) != formatColor(wantA.RedactColor) {
		t.Errorf("anonymize options without flags:\n got %+v\nwant %+v", gotA, wantA)
	}
	// The shipped config template holds the defaults.
	fromFile, _ := optionsOf(t, "--config", filepath.Join("..", "..", "configs", "anonymizer.json"))
	if !sameOptions(fromFile, want) {
		t.Errorf("detect options from configs/anonymizer.json:\n got %+v\nwant %+v", fromFile, want)
	}
}

func TestConfigFileUnderFlags(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.json")
	os.WriteFile(path, []byte(`{
		"key": "file key", "workers": 3, "page_timeout": "30s", "max_pixels": 1000,
		"ocr": {"psm": 6, "second_psm": 11, "language": "deu"},
		"detect": {"types": ["PHONE", "EMAIL"], "threshold": 0.7, "allow_list": ["Acme"],
			"deny_list": ["ORG:Initech"], "region": "GB", "ner": true}
	}`), 0o644)
	t.Setenv("ANONYMIZER_KEY", "")
	os.Unsetenv("ANONYMIZER_KEY")
	got, _ := optionsOf(t, "--config", path)
	want := engine.DefaultDetectOptions()
	want.Logger = got.Logger
	want.HashKey = []byte("file key")
	want.OCR.Workers, want.OCR.PSM, want.OCR.Language = 3, 6, "deu"
	want.PageTimeout, want.MaxPixels, want.SecondPSM = 30*time.Second, 1000, 11
	want.PII.Types = []entity.Type{entity.Phone, entity.Email}
	want.PII.Threshold, want.PII.Region, want.PII.NER = 0.7, "GB", true
	want.PII.AllowList, want.PII.DenyList = []string{"Acme"}, []string{"ORG:Initech"}
	if !sameOptions(got, want) {
		t.Errorf("options from the file:\n got %+v\nwant %+v", got, want)
	}

	got, _ = optionsOf(t, "--config", path, "--key", "flag key", "-j", "2", "--psm", "4", "--second-psm", "0",
		"--types", "DATE", "--threshold", "0.9", "--allow", "Globex", "--region", "US", "--page-timeout", "1m")
	want.HashKey = []byte("flag key")
	want.OCR.Workers, want.OCR.PSM, want.SecondPSM, want.PageTimeout = 2, 4, 0, time.Minute
	want.PII.Types = []entity.Type{entity.Date}
	want.PII.Threshold, want.PII.Region = 0.9, "US"
	want.PII.AllowList = []string{"Acme", "Globex"} // the flag's entries add to the file's
	if !sameOptions(got, want) {
		t.Errorf("options from the file under flags:\n got %+v\nwant %+v", got, want)
	}

	t.Setenv("ANONYMIZER_KEY", "env key")
	if got, _ := optionsOf(t, "--config", path); string(got.HashKey) != "env key" {
		t.Errorf("key %q, want the environment's over the file's", got.HashKey)
	}
}

// TestHelpShowsEachDefaultOnce renders every help page of this binary.
func TestHelpShowsEachDefaultOnce(t *testing.T) {
	doubled := regexp.MustCompile(`\(default[^)\n]*\)[^\n]*\(default`)
	for _, args := range helpPages(newApp()) {
		var out bytes.Buffer
		app := newApp()
		app.Writer = &out
		if err := app.Run(append(append([]string{"anonymizer"}, args...), "--help")); err != nil {
			t.Fatalf("%v --help: %v", args, err)
		}
		if m := doubled.FindString(out.String()); m != "" {
			t.Errorf("%v --help: default shown twice: %s", args, m)
		}
	}
}

// helpPages are the command paths of app that this binary defines.
func helpPages(app *cli.App) [][]string {
	pages := [][]string{nil}
	var walk func(path []string, cmds []*cli.Command)
	walk = func(path []string, cmds []*cli.Command) {
		for _, c := range cmds {
			if c.SkipFlagParsing {
				continue // listed here, defined in the sibling
			}
			p := append(append([]string(nil), path...), c.Name)
			pages = append(pages, p)
			walk(p, c.Subcommands)
		}
	}
	walk(nil, app.Commands)
	return pages
}

func TestNeedsNativeCore(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"detect", "-o", "out", "a.png"}, ""},
		{[]string{"anonymize", "-o", "out", "a.png"}, ""},
		{[]string{"anonymize", "--strategy", "render", "a.png"}, ""},
		{[]string{"anonymize", "--strategy", "diffusion", "a.png"}, "anonymize"},
		{[]string{"--log-level", "error", "anonymize", "--key", "k", "--strategy=diffusion", "a.png"}, "anonymize"},
		{[]string{"anonymize", "--no-such-flag", "--strategy", "diffusion", "a.png"}, ""}, // reported here
		{[]string{"eval", "detect", "--data", "d"}, ""},
		{[]string{"eval", "anonymize", "--data", "d", "--strategy", "diffusion"}, "eval"},
		{[]string{"train", "vae", "--steps", "3"}, "train"},
		{[]string{"generate", "--help"}, "generate"},
		{[]string{"help", "model"}, "model"},
		{[]string{"help", "anonymize"}, ""},
		{[]string{"synth", "-o", "out"}, ""},
		{nil, ""},
	}
	for _, c := range cases {
		what, ok := needsNativeCore(globalFlags(), commandTable(), c.args)
		if ok != (c.want != "") || what != c.want {
			t.Errorf("%v: needs native core %v (%q), want %q", c.args, ok, what, c.want)
		}
	}
}

// TestBinaries builds both binaries: they print the same help for every
// command, and anonymizer hands the native commands to anonymizer-torch.
func TestBinaries(t *testing.T) {
	if testing.Short() || nativeCore {
		t.Skip("builds both binaries; the build without the torch tag runs it")
	}
	dir := t.TempDir()
	for _, b := range []struct{ name, tags string }{{"anonymizer", ""}, {nativeBinary, "torch"}} {
		cmd := exec.Command("go", "build", "-tags", b.tags, "-o", filepath.Join(dir, b.name), ".")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build %s: %v\n%s", b.name, err, out)
		}
	}
	bin := func(name string, args ...string) (string, int) {
		cmd := exec.Command(filepath.Join(dir, name), args...)
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), code
	}
	for _, args := range [][]string{
		{"--help"}, {"anonymize", "--help"}, {"eval", "anonymize", "--help"},
		{"generate", "--help"}, {"train", "--help"}, {"train", "vae", "--help"}, {"help", "model"}, {"model", "info", "--help"},
	} {
		plain, _ := bin("anonymizer", args...)
		native, _ := bin(nativeBinary, args...)
		if plain != native || !strings.Contains(plain, "USAGE") {
			t.Errorf("%v: help differs between the binaries:\n%s\n---\n%s", args, plain, native)
		}
	}
	if out, code := bin("anonymizer", "model", "info", "--preset", "tiny"); code != exitOK || !strings.Contains(out, "native core") {
		t.Errorf("model info through anonymizer: exit code %d, output %q", code, out)
	}
	// Without the sibling, a native command fails and says why.
	os.Remove(filepath.Join(dir, nativeBinary))
	if out, code := bin("anonymizer", "generate", "--help"); code != exitSomeFailed || !strings.Contains(out, "needs the native core") {
		t.Errorf("generate without %s: exit code %d, output %q", nativeBinary, code, out)
	}
}
