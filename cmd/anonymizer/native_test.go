//go:build torch

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/torch"
)

func TestModelInfo(t *testing.T) {
	if code := run("model", "info", "--preset", "tiny"); code != exitOK {
		t.Fatalf("model info: exit code %d", code)
	}
	if code := run("model", "info", "--preset", "huge"); code != exitUsage {
		t.Fatalf("unknown preset: exit code %d", code)
	}
	if code := run("model", "info", "--model", t.TempDir()); code != exitSomeFailed {
		t.Fatalf("empty model folder: exit code %d", code)
	}
}

// TestDiffusionStrategy runs anonymize --strategy diffusion with an
// untrained tiny model: what it prints does not read back, so every line
// must fall back (to render or redact) and the report must say so.
func TestDiffusionStrategy(t *testing.T) {
	_, good, _ := inputsDir(t)
	out := t.TempDir()
	if code := run("anonymize", "--key", "k", "-o", out, "--strategy", "diffusion", "--model", t.TempDir(), good); code != exitSomeFailed {
		t.Fatalf("missing model: exit code %d, want %d", code, exitSomeFailed)
	}
	m, err := torch.NewModel(torch.ModelConfig{Preset: "tiny"}, "cpu", 1)
	if err != nil {
		t.Fatal(err)
	}
	model := t.TempDir()
	if err := m.Save(model); err != nil {
		t.Fatal(err)
	}
	m.Close()
	if code := run("anonymize", "--key", "k", "-o", out, "--strategy", "diffusion", "--diffusion-steps", "2",
		"--model", model, good); code != exitOK {
		t.Fatalf("diffusion: exit code %d", code)
	}
	data, err := os.ReadFile(filepath.Join(out, "good.report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep report.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	ents := rep.Pages[0].Entities
	if len(ents) == 0 {
		t.Fatal("no entities")
	}
	for _, e := range ents {
		if e.Strategy != "render" && e.Strategy != "redact" {
			t.Errorf("entity %s: strategy %q, want a fallback from the untrained model", e.ID, e.Strategy)
		}
	}
	if _, ok := rep.TimingMS["generate"]; !ok {
		t.Errorf("timing %v has no generate stage", rep.TimingMS)
	}
}
