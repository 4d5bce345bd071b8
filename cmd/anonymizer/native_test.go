//go:build torch

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
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
	if code := run("anonymize", "--key", "k", "-o", out, "--strategy", "diffusion", "--sampler", "euler",
		"--model", model, good); code != exitUsage {
		t.Fatalf("unknown sampler: exit code %d, want %d", code, exitUsage)
	}
	if code := run("anonymize", "--key", "k", "-o", out, "--strategy", "diffusion", "--sampler", "dpmpp2m",
		"--diffusion-steps", "2", "--model", model, good); code != exitOK {
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

// TestShippedModelWrites runs `generate` with the shipped model on a
// rendered page: pixels outside the replaced region stay identical, and
// the generated words read back as the requested text.
func TestShippedModelWrites(t *testing.T) {
	model := filepath.Join("..", "..", "models", "default")
	if _, err := os.Stat(filepath.Join(model, "model.safetensors")); err != nil {
		t.Fatalf("no shipped model: %v", err)
	}
	dir := t.TempDir()
	d, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Form, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "page.png")
	if err := d.WritePNG(page); err != nil {
		t.Fatal(err)
	}
	eng, err := ocr.New(ocr.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	var boxes []doc.Box // single-line entities
	for _, e := range d.Entities {
		if b := e.Box(); b.Height <= e.Words[0].Box.Height*3/2 {
			boxes = append(boxes, b)
		}
	}
	texts := []string{"Mark Ellis", "555-0142", "Oak Street"}
	if len(boxes) < len(texts) {
		t.Fatalf("%d single-line entities on the page", len(boxes))
	}
	good := 0
	for i, b := range boxes[:len(texts)] {
		out := filepath.Join(dir, fmt.Sprintf("out%d.png", i))
		box := fmt.Sprintf("%d,%d,%d,%d", b.Left, b.Top, b.Width, b.Height)
		if code := run("generate", "--model", model, "--text", texts[i], "--image", page, "--box", box, "-o", out); code != exitOK {
			t.Fatalf("generate: exit code %d", code)
		}
		img, _, err := imageio.Load(out, 0)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := eng.ReadText(context.Background(), img, b.Pad(b.Height/2).Union(doc.Box{Left: b.Left, Top: b.Top, Width: 3 * b.Width, Height: b.Height}).Clip(img.Bounds()).Rect())
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(verify.Normalize(got), verify.Normalize(texts[i])) {
			good++
		} else {
			t.Logf("%q read back as %q", texts[i], got)
		}
	}
	if good < 2 {
		t.Fatalf("%d of 3 generated texts read back", good)
	}
}
