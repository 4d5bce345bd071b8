package generate

import (
	"context"
	"errors"
	"image"
	"image/draw"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
	"github.com/anonymizer-project/anonymizer/torch"
)

func TestFindModel(t *testing.T) {
	dir := t.TempDir()
	if _, err := FindModel(dir); !errors.Is(err, ErrNoModel) {
		t.Fatalf("empty dir: %v", err)
	}
	m, err := torch.NewModel(torch.ModelConfig{Preset: "tiny"}, "cpu", 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	if d, err := FindModel(dir); err != nil || d != dir {
		t.Fatalf("FindModel(%s) = %s, %v", dir, d, err)
	}
	// Corrupt weights: a clear error from LoadModel.
	if err := os.WriteFile(filepath.Join(dir, "model.safetensors"), []byte("not a checkpoint"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadModel(dir, "cpu"); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("corrupt model: %v", err)
	}
}

func TestGenerateRegionShapesAndPaste(t *testing.T) {
	m, err := torch.NewModel(torch.ModelConfig{Preset: "tiny"}, "cpu", 3)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	page := image.NewGray(image.Rect(0, 0, 300, 120))
	for i := range page.Pix {
		page.Pix[i] = uint8(200 + i%50)
	}
	orig := append([]uint8(nil), page.Pix...)
	res, err := render.Replace(page, doc.Box{Left: 40, Top: 50, Width: 120, Height: 24}, "Mark Ellis",
		render.Style{CapHeight: 14}, render.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	region := res.Region.Rect()
	g, err := GenerateRegion(m, page, res, "Mark Ellis", torch.SampleOptions{Steps: 2, Guidance: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	// The glyph carries the render path's letters inside the mask only.
	dark := 0
	for y := 0; y < g.Glyph.Rect.Dy(); y++ {
		for x := 0; x < g.Glyph.Rect.Dx(); x++ {
			v := g.Glyph.Pix[y*g.Glyph.Stride+x]
			if !(image.Point{x, y}).In(g.Placement.Box.Inset(-1)) && v != 255 {
				t.Fatalf("glyph pixel %d,%d outside the mask is %d", x, y, v)
			}
			if v < 128 {
				dark++
			}
		}
	}
	if dark == 0 {
		t.Fatal("glyph has no letters")
	}
	if g.Output.Rect.Dy() != 32 || g.Output.Rect.Dx()%16 != 0 || g.Output.Rect != g.Input.Rect {
		t.Fatalf("crop %v, input %v", g.Output.Rect, g.Input.Rect)
	}
	// Outside the box the sampler keeps the input crop.
	box := g.Placement.Box.Inset(-1)
	for y := 0; y < g.Output.Rect.Dy(); y++ {
		for x := 0; x < g.Output.Rect.Dx(); x++ {
			if (image.Point{x, y}).In(box) {
				continue
			}
			d := int(g.Output.Pix[y*g.Output.Stride+x]) - int(g.Input.Pix[y*g.Input.Stride+x])
			if d > 1 || d < -1 {
				t.Fatalf("crop pixel %d,%d outside the mask changed by %d", x, y, d)
			}
		}
	}
	if g.Patch.Rect != region {
		t.Fatalf("patch %v, region %v", g.Patch.Rect, region)
	}
	draw.Draw(page, region, g.Patch, region.Min, draw.Src)
	changed := 0
	for y := 0; y < 120; y++ {
		for x := 0; x < 300; x++ {
			i := y*page.Stride + x
			if !(image.Point{x, y}).In(region) && page.Pix[i] != orig[i] {
				t.Fatalf("page pixel %d,%d outside the region changed", x, y)
			}
			if page.Pix[i] != orig[i] {
				changed++
			}
		}
	}
	if changed == 0 {
		t.Fatal("nothing generated inside the region")
	}
	res.Region = doc.Box{Left: 400, Top: 400, Width: 20, Height: 20}
	if _, err := GenerateRegion(m, page, res, "x", torch.SampleOptions{Steps: 1}); err == nil {
		t.Fatal("region outside the page accepted")
	}
	if _, err := GenerateRegion(m, page, nil, "x", torch.SampleOptions{Steps: 1}); err == nil {
		t.Fatal("missing layout accepted")
	}
}

// GenerateRegions samples same-size crops together, and each region comes
// out as it does alone with its seed; a region it cannot place fails alone.
func TestGenerateRegionsBatchedAsAlone(t *testing.T) {
	m, err := torch.NewModel(torch.ModelConfig{Preset: "tiny"}, "cpu", 3)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	page := image.NewGray(image.Rect(0, 0, 400, 160))
	for i := range page.Pix {
		page.Pix[i] = uint8(200 + i%50)
	}
	var reqs []Request
	for i, line := range []struct {
		box  doc.Box
		text string
	}{
		{doc.Box{Left: 20, Top: 20, Width: 120, Height: 24}, "Mark Ellis"},
		{doc.Box{Left: 200, Top: 20, Width: 120, Height: 24}, "Mark Ellis"}, // the same crop size
		{doc.Box{Left: 20, Top: 90, Width: 300, Height: 24}, "12 Harbour Street"},
	} {
		res, err := render.Replace(page, line.box, line.text, render.Style{CapHeight: 14}, render.Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		reqs = append(reqs, Request{Res: res, Text: line.text, Seed: uint64(10 + i)})
	}
	reqs = append(reqs, Request{Res: reqs[0].Res, Text: ""}) // fails alone
	o := torch.SampleOptions{Sampler: torch.DPMPP2M, Steps: 3, Guidance: 2}
	gens, errs := GenerateRegions(context.Background(), m, page, reqs, o)
	if errs[3] == nil || gens[3] != nil {
		t.Fatalf("empty text: %v", errs[3])
	}
	if gens[0].Output.Rect != gens[1].Output.Rect || gens[0].Output.Rect == gens[2].Output.Rect {
		t.Fatalf("crops %v %v %v: want the first two of one size", gens[0].Output.Rect, gens[1].Output.Rect, gens[2].Output.Rect)
	}
	for i, r := range reqs[:3] {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		o.Seed = r.Seed
		alone, err := GenerateRegion(m, page, r.Res, r.Text, o)
		if err != nil {
			t.Fatal(err)
		}
		for k := range alone.Patch.Pix {
			if d := int(alone.Patch.Pix[k]) - int(gens[i].Patch.Pix[k]); d > 1 || d < -1 {
				t.Fatalf("region %d: pixel %d is %d alone, %d in the batch", i, k, alone.Patch.Pix[k], gens[i].Patch.Pix[k])
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, errs := GenerateRegions(ctx, m, page, reqs[:1], o); !errors.Is(errs[0], context.Canceled) {
		t.Fatalf("cancelled: %v", errs[0])
	}
}

func TestMatchToneMapsPaperAndInk(t *testing.T) {
	orig := image.NewGray(image.Rect(0, 0, 64, 32))
	gen := image.NewGray(orig.Rect)
	box := image.Rect(16, 8, 48, 24)
	for y := 0; y < 32; y++ {
		for x := 0; x < 64; x++ {
			i := y*64 + x
			orig.Pix[i], gen.Pix[i] = 250, 250
			if (image.Point{x, y}).In(box) {
				gen.Pix[i] = 220 // paler paper
				if x%4 == 0 {
					orig.Pix[i], gen.Pix[i] = 20, 120 // ink, paler in gen
				}
			}
		}
	}
	MatchTone(gen, orig, box)
	if v := gen.Pix[10*64+17]; v < 245 {
		t.Errorf("paper inside box %d, want about 250", v)
	}
	if v := gen.Pix[10*64+16]; v > 30 {
		t.Errorf("ink inside box %d, want about 20", v)
	}
	if v := gen.Pix[2*64+2]; v != 250 {
		t.Errorf("pixel outside box changed to %d", v)
	}
}
