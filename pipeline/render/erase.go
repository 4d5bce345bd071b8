package render

import (
	"image"
	"image/draw"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
)

// Clone copies img into a writable image of a lossless type: grey stays
// grey, NRGBA stays NRGBA, everything else becomes RGBA.
func Clone(img image.Image) draw.Image {
	b := img.Bounds()
	var out draw.Image
	switch img.(type) {
	case *image.Gray:
		out = image.NewGray(b)
	case *image.NRGBA:
		out = image.NewNRGBA(b)
	default:
		out = image.NewRGBA(b)
	}
	draw.Draw(out, b, img, b.Min, draw.Src)
	return out
}

// EraseExtent rebuilds the background over the ink in the field extent b
// of out (InkBox, then RebuildBackground over it padded by 2 px), leaving
// the protected boxes untouched, and returns the box it changed: empty
// when b holds only paper and rules, and nothing is changed then.
func EraseExtent(out draw.Image, b doc.Box, protected []doc.Box) doc.Box {
	ink := InkBox(out, b, protected)
	if ink.Empty() {
		return doc.Box{}
	}
	// Its errors (an empty region, no ink but rules) both mean that there
	// is nothing to erase.
	patch, err := RebuildBackground(out, ink.Pad(2).Intersect(b))
	if err != nil {
		return doc.Box{}
	}
	pb := patch.Bounds()
	draw.DrawMask(out, pb, patch, pb.Min, outsideMask(pb, protected), pb.Min, draw.Over)
	return doc.BoxFromRect(pb)
}

// outsideMask is opaque over r except inside the boxes.
func outsideMask(r image.Rectangle, boxes []doc.Box) *image.Alpha {
	m := image.NewAlpha(r)
	for i := range m.Pix {
		m.Pix[i] = 255
	}
	for _, b := range boxes {
		br := b.Rect().Intersect(r)
		for y := br.Min.Y; y < br.Max.Y; y++ {
			clear(m.Pix[m.PixOffset(br.Min.X, y):m.PixOffset(br.Max.X, y)])
		}
	}
	return m
}

// SkipWordTails moves b's left edge past the ink that continues a kept
// word ending just left of it: OCR boxes can stop short of their word's
// ink ("Email:" boxed as far as "Emai"), and a field extent that starts
// there must not erase the rest of the label. The word's ink runs on while
// columns hold ink with gaps under a third of its height.
func SkipWordTails(img image.Image, b doc.Box, keep []doc.Box) doc.Box {
	for _, k := range keep {
		if k.Right() > b.Left+b.Width/2 || b.Left-k.Right() > k.Height || k.Height < 4 {
			continue
		}
		if 2*k.RowOverlap(b) < k.Height {
			continue
		}
		end, gap := k.Right(), 0
		for x := k.Right(); x < b.Right() && gap <= k.Height/3; x++ {
			if columnInk(img, x, k.Top, k.Bottom()) {
				end, gap = x+1, 0
			} else {
				gap++
			}
		}
		if end > b.Left {
			b.Width -= end - b.Left
			b.Left = end
		}
	}
	return b
}

// columnInk reports whether column x holds a dark pixel (luma under 128)
// between rows top and bottom.
func columnInk(img image.Image, x, top, bottom int) bool {
	for y := top; y < bottom; y++ {
		r, g, b, _ := img.At(x, y).RGBA()
		if (19595*r+38470*g+7471*b)>>16 < 128<<8 {
			return true
		}
	}
	return false
}
