package raster

import (
	"image"
	"image/color"
)

// ToGray converts the part r of img to an 8-bit grey image whose origin is
// (0,0), with the ITU-R 601 luma of color.GrayModel. Transparent pixels of
// an NRGBA image read as white paper. Common decoder outputs (Gray, Gray16,
// RGBA, NRGBA, YCbCr, Paletted) take fast paths; anything else goes
// through color.GrayModel.
func ToGray(img image.Image, r image.Rectangle) *image.Gray {
	w, h := r.Dx(), r.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	switch src := img.(type) {
	case *image.Gray:
		for y := 0; y < h; y++ {
			i := src.PixOffset(r.Min.X, r.Min.Y+y)
			copy(out.Pix[y*out.Stride:y*out.Stride+w], src.Pix[i:i+w])
		}
	case *image.YCbCr:
		// Y is the luma plane: exactly the grey value.
		for y := 0; y < h; y++ {
			i := src.YOffset(r.Min.X, r.Min.Y+y)
			copy(out.Pix[y*out.Stride:y*out.Stride+w], src.Y[i:i+w])
		}
	case *image.RGBA:
		for y := 0; y < h; y++ {
			s := src.Pix[src.PixOffset(r.Min.X, r.Min.Y+y):]
			d := out.Pix[y*out.Stride:]
			for x := 0; x < w; x++ {
				d[x] = Luma(s[4*x], s[4*x+1], s[4*x+2])
			}
		}
	case *image.NRGBA:
		// Composite on white so that transparent areas read as paper.
		for y := 0; y < h; y++ {
			s := src.Pix[src.PixOffset(r.Min.X, r.Min.Y+y):]
			d := out.Pix[y*out.Stride:]
			for x := 0; x < w; x++ {
				a := uint32(s[4*x+3])
				l := uint32(Luma(s[4*x], s[4*x+1], s[4*x+2]))
				d[x] = uint8((l*a + 255*(255-a) + 127) / 255)
			}
		}
	case *image.Gray16:
		for y := 0; y < h; y++ {
			s := src.Pix[src.PixOffset(r.Min.X, r.Min.Y+y):]
			d := out.Pix[y*out.Stride:]
			for x := 0; x < w; x++ {
				d[x] = s[2*x] // high byte of the big-endian sample
			}
		}
	case *image.Paletted:
		var lut [256]uint8
		for i, c := range src.Palette {
			lut[i] = color.GrayModel.Convert(c).(color.Gray).Y
		}
		for y := 0; y < h; y++ {
			s := src.Pix[src.PixOffset(r.Min.X, r.Min.Y+y):]
			d := out.Pix[y*out.Stride:]
			for x := 0; x < w; x++ {
				d[x] = lut[s[x]]
			}
		}
	default:
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				out.Pix[y*out.Stride+x] = color.GrayModel.Convert(img.At(r.Min.X+x, r.Min.Y+y)).(color.Gray).Y
			}
		}
	}
	return out
}

// Gray returns img as an 8-bit grey image with origin (0,0): img itself
// when it already is one, else ToGray of its bounds.
func Gray(img image.Image) *image.Gray {
	if g, ok := img.(*image.Gray); ok && g.Rect.Min == (image.Point{}) {
		return g
	}
	return ToGray(img, img.Bounds())
}

// Luma is the ITU-R 601 luma that color.GrayModel uses, on 8-bit values.
func Luma(r, g, b uint8) uint8 {
	return uint8((19595*uint32(r) + 38470*uint32(g) + 7471*uint32(b) + 1<<15) >> 16)
}

// Histogram counts the pixels of g at each grey level.
func Histogram(g *image.Gray) [256]int {
	var hist [256]int
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := 0; y < h; y++ {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			hist[v]++
		}
	}
	return hist
}
