package main

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"sort"
	"testing"

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

func listDir(t *testing.T, dir string) []string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
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
