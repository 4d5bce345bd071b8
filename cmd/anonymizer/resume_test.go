package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/manifest"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

// buildCLI builds this binary into a temporary folder.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "anonymizer")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// runCLI runs the binary to its end and returns its log (JSON lines).
func runCLI(t *testing.T, bin string, args ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, stderr.String())
	}
	return stderr.String()
}

// logCount counts the log lines with a message.
func logCount(log, msg string) int {
	return strings.Count(log, `"message":"`+msg)
}

func manifestEntries(t *testing.T, dir string) []manifest.Entry {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, manifest.Name))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var out []manifest.Entry
	for _, line := range bytes.Split(data, []byte("\n")) {
		var e manifest.Entry
		if json.Unmarshal(line, &e) == nil {
			out = append(out, e)
		}
	}
	return out
}

// sameOutputs compares two output folders file by file: images byte for
// byte, reports without their timings.
func sameOutputs(t *testing.T, want, got string) {
	t.Helper()
	names := listDir(t, want)
	if g := listDir(t, got); !slices.Equal(names, g) {
		t.Fatalf("files differ:\nwant %v\n got %v", names, g)
	}
	for _, n := range names {
		a, _ := os.ReadFile(filepath.Join(want, n))
		b, _ := os.ReadFile(filepath.Join(got, n))
		if strings.HasSuffix(n, ".report.json") {
			a, b = withoutTimings(t, a), withoutTimings(t, b)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from the uninterrupted run's", n)
		}
	}
}

func withoutTimings(t *testing.T, report []byte) []byte {
	var m map[string]any
	if err := json.Unmarshal(report, &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "timing_ms")
	b, _ := json.Marshal(m)
	return b
}

// TestResumeAfterKill kills a batch with SIGKILL once it has finished an
// input, starts it again with --resume, and compares the outputs with an
// uninterrupted run's.
func TestResumeAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and anonymizes 4 pages three times")
	}
	bin := buildCLI(t)
	in := t.TempDir()
	for i, d := range synthPages(t, 4) {
		if err := d.WritePNG(filepath.Join(in, fmt.Sprintf("page%d.png", i))); err != nil {
			t.Fatal(err)
		}
	}
	args := func(out string, more ...string) []string {
		a := []string{"--log-format", "json", "anonymize", "--key", "k", "--strategy", "render", "-j", "1", "-o", out}
		return append(append(a, more...), in)
	}
	ref, out := t.TempDir(), t.TempDir()
	runCLI(t, bin, args(ref)...)

	cmd := exec.Command(bin, args(out)...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); len(manifestEntries(t, out)) == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no input finished within a minute")
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	before := len(manifestEntries(t, out))
	if before == 4 {
		t.Fatal("the batch finished before the kill")
	}
	// What a kill while writing leaves: a temporary file of atomicfile's.
	os.WriteFile(filepath.Join(out, ".page3.png.tmp-4242"), []byte("partial"), 0o644)

	log := runCLI(t, bin, args(out, "--resume")...)
	if done, skipped := logCount(log, "anonymized"), logCount(log, "skipped"); done != 4-before || skipped != before {
		t.Errorf("resumed after %d inputs: %d anonymized and %d skipped, want %d and %d", before, done, skipped, 4-before, before)
	}
	entries := manifestEntries(t, out)
	stems := map[string]int{}
	for _, e := range entries {
		stems[e.Stem]++
	}
	if len(entries) != 4 || len(stems) != 4 {
		t.Errorf("manifest holds %d entries for %d inputs, want each of 4 once: %v", len(entries), len(stems), stems)
	}
	sameOutputs(t, ref, out)
	t.Logf("killed after %d of 4 inputs; the resumed run did the other %d", before, 4-before)

	// A changed input, or changed options, is done again.
	other, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Letter, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	other.WritePNG(filepath.Join(in, "page0.png"))
	log = runCLI(t, bin, args(out, "--resume")...)
	if done, skipped := logCount(log, "anonymized"), logCount(log, "skipped"); done != 1 || skipped != 3 {
		t.Errorf("after changing one input: %d anonymized and %d skipped, want 1 and 3", done, skipped)
	}
	one := filepath.Join(in, "page1.png")
	log = runCLI(t, bin, "--log-format", "json", "anonymize", "--key", "k", "--strategy", "render", "--redact-color", "#FF0000", "-o", out, "--resume", one)
	if logCount(log, "anonymized") != 1 {
		t.Errorf("after changing the options: the input was not done again:\n%s", log)
	}
}

// TestResumeNeedsKey: without a key every run's outputs differ, so there
// is nothing to resume.
func TestResumeNeedsKey(t *testing.T) {
	t.Setenv("ANONYMIZER_KEY", "")
	os.Unsetenv("ANONYMIZER_KEY")
	_, good, _ := inputsDir(t)
	for _, cmd := range []string{"detect", "anonymize"} {
		if code := run(cmd, "--resume", "-o", t.TempDir(), good); code != exitUsage {
			t.Errorf("%s --resume without a key: exit code %d, want %d", cmd, code, exitUsage)
		}
	}
}
