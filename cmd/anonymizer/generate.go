//go:build torch

package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/generate"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/raster"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
)

// generateCommand is `anonymizer generate`: one diffusion inpainting.
func generateCommand() *cli.Command {
	return &cli.Command{
		Name:  "generate",
		Usage: generateUsage,
		Description: "Example: anonymizer generate --text \"Mark Ellis\" --image page.png --box 120,340,180,24 -o out.png\n" +
			"The box (left,top,width,height in page pixels) is cropped, masked and regenerated\n" +
			"with the text, laid out by the render path in the style estimated from the box\n" +
			"(extended to the right when the text needs the room); other pixels are unchanged. Without --model the shipped\n" +
			"model is used (models/default next to the executable or in the working directory).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "text", Required: true, Usage: "text to write"},
			&cli.StringFlag{Name: "image", Required: true, Usage: "page image (PNG, JPEG, TIFF)"},
			&cli.StringFlag{Name: "box", Required: true, Usage: "region: L,T,W,H in page pixels"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Required: true, Usage: "output image"},
			&cli.StringFlag{Name: "model", DefaultText: "the shipped model", Usage: "model directory"},
			&cli.StringFlag{Name: "crops", Usage: "also write the crop | glyph | generated crop as this PNG"},
			&cli.IntFlag{Name: "steps", Value: defaultDiffusionSteps, Usage: "sampler steps"},
			samplerFlag(),
			&cli.Float64Flag{Name: "guidance", Value: generate.DefaultGuidance, Usage: "classifier-free guidance scale (1 = off)"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "sampling seed"},
			&cli.StringFlag{Name: "device", Value: "cpu", Usage: "cpu, cuda, cuda:N or auto"},
		},
		Action: func(c *cli.Context) error {
			box, err := parseBoxFlag(c.String("box"))
			if err != nil {
				return err
			}
			if c.Int("steps") < 1 {
				return usagef("--steps must be at least 1")
			}
			o, err := sampleOptions(c, c.Int("steps"))
			if err != nil {
				return err
			}
			o.Guidance, o.Seed = float32(c.Float64("guidance")), c.Uint64("seed")
			dev := c.String("device")
			if dev == "auto" {
				dev = ""
			}
			m, dir, err := generate.LoadModel(c.String("model"), dev)
			if err != nil {
				return err
			}
			defer m.Close()
			img, _, err := imageio.Load(c.String("image"), 0)
			if err != nil {
				return fmt.Errorf("generate: %w", err)
			}
			if !box.In(img.Bounds()) {
				return usagef("--box %v is not inside the %dx%d page", c.String("box"), img.Bounds().Dx(), img.Bounds().Dy())
			}
			grey := raster.Gray(img)
			region := doc.BoxFromRect(box)
			// A box without text (a blank field) has no style to measure:
			// the render path's defaults for its height then apply.
			st, err := render.EstimateStyle(grey, region, nil, "")
			if err != nil {
				log.Debug().Err(err).Msg("no style measured in the box; using the defaults")
				st = render.Style{}
			}
			res, err := render.Replace(grey, region, c.String("text"), st, render.Options{Seed: c.Uint64("seed")})
			if err != nil {
				return fmt.Errorf("generate: lay out the text: %w", err)
			}
			g, err := generate.GenerateRegion(m, grey, res, c.String("text"), o)
			if err != nil {
				return err
			}
			page := image.NewGray(grey.Rect)
			copy(page.Pix, grey.Pix)
			draw.DrawMask(page, res.Region.Rect(), g.Patch, res.Region.Rect().Min, res.Mask, res.Region.Rect().Min, draw.Over)
			box = res.Region.Rect()
			out := pasteInto(img, page, box)
			if err := imageio.WriteImage(c.String("output"), out); err != nil {
				return fmt.Errorf("generate: %w", err)
			}
			if p := c.String("crops"); p != "" {
				if err := dataset.WritePNG(p, dataset.Grid([][]*image.Gray{{g.Input, g.Glyph, g.Output}}, 2)); err != nil {
					return err
				}
			}
			log.Info().Str("model", dir).Str("output", c.String("output")).Int("crop_w", g.Placement.W).Msg("generated")
			return nil
		},
	}
}

// pasteInto copies the grey region of page over a copy of the original
// image (any colour model), leaving every pixel outside box identical.
func pasteInto(orig image.Image, page *image.Gray, box image.Rectangle) image.Image {
	if g, ok := orig.(*image.Gray); ok && g.Rect.Min == (image.Point{}) {
		return page
	}
	b := orig.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Rect, orig, b.Min, draw.Src)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			v := page.GrayAt(x, y).Y
			out.SetRGBA(x, y, color.RGBA{v, v, v, 255})
		}
	}
	return out
}

func parseBoxFlag(s string) (image.Rectangle, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return image.Rectangle{}, usagef("--box %q: want L,T,W,H", s)
	}
	var v [4]int
	for i, p := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 0 {
			return image.Rectangle{}, usagef("--box %q: want four non-negative integers L,T,W,H", s)
		}
		v[i] = n
	}
	if v[2] < 2 || v[3] < 4 {
		return image.Rectangle{}, usagef("--box %q: width and height too small", s)
	}
	return image.Rect(v[0], v[1], v[0]+v[2], v[1]+v[3]), nil
}
