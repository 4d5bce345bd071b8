package engine

import (
	"bytes"
	"context"
	"errors"
	"image"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
)

// failingInpainter fails every call, as a model error would.
type failingInpainter struct{ calls int }

func (f *failingInpainter) Inpaint(_ context.Context, _ *image.Gray, lines []InpaintLine) ([]InpaintResult, error) {
	f.calls++
	out := make([]InpaintResult, len(lines))
	for i := range out {
		out[i].Err = errors.New("model: out of memory")
	}
	return out, nil
}

// A model error inside inpaintLines leaves the line to its rendering and is
// logged once per line, without the original or the new text.
func TestInpaintFailureLoggedOnce(t *testing.T) {
	var buf bytes.Buffer
	inp := &failingInpainter{}
	a := &Anonymizer{opts: AnonymizeOptions{Strategy: entity.Diffusion, Inpainter: inp}, log: zerolog.New(&buf)}
	p := &pageRun{
		out:  image.NewGray(image.Rect(0, 0, 100, 40)),
		ents: []pii.Entity{{ID: "p0-e0", Text: "Maria Lopez"}},
		jobs: []*job{{entity: 0, text: "Ada Quill", original: "Maria Lopez",
			res: &render.Result{Region: doc.Box{Left: 10, Top: 10, Width: 60, Height: 14}}}},
	}
	if err := a.inpaintLines(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	if inp.calls != 1 || p.jobs[0].generated {
		t.Fatalf("calls %d, generated %v: want one call and the rendering kept", inp.calls, p.jobs[0].generated)
	}
	log := buf.String()
	if n := strings.Count(log, "\n"); n != 1 || !strings.Contains(log, "p0-e0") || !strings.Contains(log, "out of memory") {
		t.Errorf("log %q: want one line naming the entity and the error", log)
	}
	if strings.Contains(log, "Maria") || strings.Contains(log, "Ada") {
		t.Errorf("log %q holds text", log)
	}
}

// A line whose style cannot be estimated (no ink) gets the default style,
// and that is logged; the zero logger logs nothing.
func TestStyleFailureLogged(t *testing.T) {
	blank := testimg.Flat(120, 40, 250)
	box := doc.Box{Left: 10, Top: 10, Width: 80, Height: 20}
	run := func(a *Anonymizer) *pageRun {
		p := &pageRun{orig: blank, workers: 1,
			page: &doc.Page{Words: []doc.Word{{Text: "Lopez", Box: box}}},
			ents: []pii.Entity{{ID: "p0-e0", Text: "Lopez"}},
			jobs: []*job{{entity: 0, line: lineSpan{words: []int{0}, box: box, text: "Lopez"}}},
		}
		if err := a.estimateStyles(context.Background(), p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var buf bytes.Buffer
	p := run(&Anonymizer{opts: AnonymizeOptions{Strategy: entity.Render}, log: zerolog.New(&buf).Level(zerolog.DebugLevel)})
	if got := p.jobs[0].style.CapHeight; got != 14 {
		t.Errorf("cap height %v, want the default 0.7 of 20", got)
	}
	if log := buf.String(); strings.Count(log, "\n") != 1 || !strings.Contains(log, "p0-e0") || strings.Contains(log, "Lopez") {
		t.Errorf("log %q: want one line naming the entity, without its text", log)
	}
	run(&Anonymizer{opts: AnonymizeOptions{Strategy: entity.Render}}) // the zero logger: must not panic or print
}

// The timer keeps a key for every stage that ran, even one that did
// nothing, and adds up the stages under one key.
func TestTimerKeys(t *testing.T) {
	tm := timer{}
	tm.run("render", func() error { return nil })
	tm.run("render", func() error { return nil })
	want := errors.New("stage failed")
	if err := tm.run("verify", func() error { return want }); err != want {
		t.Errorf("run returned %v, want the stage's error", err)
	}
	got := tm.ms()
	if len(got) != 2 {
		t.Errorf("keys %v, want render and verify", got)
	}
	for _, k := range []string{"render", "verify"} {
		if v, ok := got[k]; !ok || v < 0 {
			t.Errorf("%s: %v %v", k, v, ok)
		}
	}
}

// Every strategy times the same stages; diffusion adds generation.
func TestStageKeys(t *testing.T) {
	keys := func(s entity.Strategy) map[string]bool {
		out := map[string]bool{}
		for _, st := range (&Anonymizer{opts: AnonymizeOptions{Strategy: s}}).stages() {
			out[st.key] = true
		}
		return out
	}
	for _, s := range []entity.Strategy{entity.Render, entity.Redact, entity.Diffusion} {
		k := keys(s)
		want := 3
		if s == entity.Diffusion {
			want = 4
			if !k["generate"] {
				t.Errorf("%s: no generate stage", s)
			}
		}
		if len(k) != want || !k["surrogate"] || !k["render"] || !k["verify"] {
			t.Errorf("%s: stage keys %v", s, k)
		}
	}
}
