// Package dataset produces training samples for the generator's models:
// synthetic text crops rendered on the fly (text from realistic
// distributions, Debian and Go fonts, paper, ink, form rules and scan
// degradations) and crops around the words of annotated documents in the
// FUNSD layout (self-supervised: the masked word is the target).
//
// A sample is a grey crop H x W (32 px high by default, W a multiple of 16)
// with a word box inside it, the mask of that box, the target text and its
// glyph image: the ink coverage of the text at the box, black on white
// elsewhere (see InkGlyph and ScanGlyph for training, render.Result.Glyph
// for inference).
//
// Determinism: sample k of batch b of a stream depends only on (seed, b, k)
// and the sources, never on timing or on how many workers prefetch, so the
// data position of a run is just the batch index (exact resume).
package dataset

import (
	"fmt"
	"image"
	"math/rand/v2"
)

// DefaultHeight is the crop height the models are trained on.
const DefaultHeight = 32

// Sample is one training crop.
type Sample struct {
	// Image is the clean crop (the target), Mask is 255 inside the region to
	// generate and 0 elsewhere, Glyph is the ink coverage of Text at Box
	// (white elsewhere). All three are W x H with origin (0, 0).
	Image, Mask, Glyph *image.Gray
	// Text is the word's text; Box its region in the crop.
	Text string
	Box  image.Rectangle
	// Source names where the sample came from ("synth", "funsd").
	Source string
}

// Source produces samples. Generate must be deterministic for a given rng
// state and safe for concurrent use.
type Source interface {
	Name() string
	Generate(rng *rand.Rand, w, h int) (*Sample, error)
}

// Batch is N samples of one size as float32 buffers in the native core's
// layout: row-major [N, 1, H, W], values in [0, 1] (0 = ink, 1 = paper);
// masks 1 = generate. Samples keeps the images for validation and previews.
type Batch struct {
	Images, Masks, Glyphs []float32
	Texts                 []string
	N, H, W               int
	Samples               []*Sample
}

// NewBatch packs samples of one size into float buffers.
func NewBatch(samples []*Sample) (*Batch, error) {
	if len(samples) == 0 {
		return nil, fmt.Errorf("dataset: empty batch")
	}
	w, h := samples[0].Image.Rect.Dx(), samples[0].Image.Rect.Dy()
	size := w * h
	b := &Batch{N: len(samples), H: h, W: w, Samples: samples,
		Images: make([]float32, len(samples)*size), Masks: make([]float32, len(samples)*size),
		Glyphs: make([]float32, len(samples)*size), Texts: make([]string, len(samples))}
	for i, s := range samples {
		for _, g := range []*image.Gray{s.Image, s.Mask, s.Glyph} {
			if g.Rect.Dx() != w || g.Rect.Dy() != h {
				return nil, fmt.Errorf("dataset: sample %d is %dx%d, batch is %dx%d", i, g.Rect.Dx(), g.Rect.Dy(), w, h)
			}
		}
		toFloat(b.Images[i*size:(i+1)*size], s.Image)
		toFloat(b.Masks[i*size:(i+1)*size], s.Mask)
		toFloat(b.Glyphs[i*size:(i+1)*size], s.Glyph)
		b.Texts[i] = s.Text
	}
	return b, nil
}

func toFloat(dst []float32, g *image.Gray) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := 0; y < h; y++ {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		for x, v := range row {
			dst[y*w+x] = float32(v) / 255
		}
	}
}

// FloatToGray converts one [H, W] plane with values in [0, 1] to an image.
func FloatToGray(src []float32, w, h int) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := 0; i < w*h && i < len(src); i++ {
		v := src[i]*255 + 0.5
		if v < 0 {
			v = 0
		} else if v > 255 {
			v = 255
		}
		g.Pix[i] = uint8(v)
	}
	return g
}

// Plane returns sample i's image plane of a [N,1,H,W] buffer as an image.
func (b *Batch) Plane(buf []float32, i int) *image.Gray {
	size := b.W * b.H
	return FloatToGray(buf[i*size:(i+1)*size], b.W, b.H)
}

// MaskedImage returns the crop with the masked region painted white (what
// the generator sees of the original).
func MaskedImage(s *Sample) *image.Gray {
	out := image.NewGray(s.Image.Rect)
	copy(out.Pix, s.Image.Pix)
	for i, m := range s.Mask.Pix {
		if m >= 128 {
			out.Pix[i] = 255
		}
	}
	return out
}

// splitmix64 is the seed mixer used for every derived stream.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// SampleRNG is the random stream of sample k of batch b for seed.
func SampleRNG(seed uint64, b int64, k int) *rand.Rand {
	s1 := splitmix64(seed ^ splitmix64(uint64(b)+0x51ed2701))
	s2 := splitmix64(s1 ^ uint64(k)*0x2545f4914f6cdd1d)
	return rand.New(rand.NewPCG(s1, s2))
}

// maskOf returns a W x H mask with r set.
func maskOf(w, h int, r image.Rectangle) *image.Gray {
	m := image.NewGray(image.Rect(0, 0, w, h))
	r = r.Intersect(m.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			m.Pix[y*m.Stride+x] = 255
		}
	}
	return m
}
