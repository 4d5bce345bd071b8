package dataset

import (
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
)

// Grid lays out rows of images (any sizes) with pad pixels of mid grey
// between them.
func Grid(rows [][]*image.Gray, pad int) *image.Gray {
	w, h := 0, 0
	for _, r := range rows {
		rw, rh := pad, 0
		for _, g := range r {
			rw += g.Rect.Dx() + pad
			rh = max(rh, g.Rect.Dy())
		}
		w = max(w, rw)
		h += rh + pad
	}
	out := image.NewGray(image.Rect(0, 0, max(w, 1), h+pad))
	for i := range out.Pix {
		out.Pix[i] = 128
	}
	y := pad
	for _, r := range rows {
		x, rh := pad, 0
		for _, g := range r {
			draw.Draw(out, image.Rect(x, y, x+g.Rect.Dx(), y+g.Rect.Dy()), g, g.Rect.Min, draw.Src)
			x += g.Rect.Dx() + pad
			rh = max(rh, g.Rect.Dy())
		}
		y += rh + pad
	}
	return out
}

// PreviewRows is one row per sample: the crop, the crop with the mask
// painted white, and the glyph image.
func PreviewRows(samples []*Sample) [][]*image.Gray {
	rows := make([][]*image.Gray, 0, len(samples))
	for _, s := range samples {
		rows = append(rows, []*image.Gray{s.Image, MaskedImage(s), s.Glyph})
	}
	return rows
}

// WritePNG writes img to path.
func WritePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("dataset: write png: %w", err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("dataset: encode png %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("dataset: write png: %w", err)
	}
	return nil
}
