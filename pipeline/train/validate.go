package train

import (
	"context"
	"fmt"
	"image"

	"github.com/anonymizer-project/anonymizer/pipeline/dataset"
	"github.com/anonymizer-project/anonymizer/pipeline/generate"
	"github.com/anonymizer-project/anonymizer/pipeline/measure"
	"github.com/anonymizer-project/anonymizer/pipeline/verify"
	"github.com/anonymizer-project/anonymizer/torch"
)

// ValSet is a fixed held-out set of crops.
type ValSet struct {
	Name    string
	Samples []*dataset.Sample
}

// ValSeed is the seed of the synthetic validation set: fixed, so that runs
// with different training seeds are scored on the same crops.
const ValSeed = 0x7a11da7e

// NewValSets builds the fixed validation sets: n synthetic crops (width
// 128) and n crops from the validation split of each annotated folder.
// Each crop's glyph is then the one inference gives the model (see
// dataset.LayoutGlyph), not a training glyph traced from the crop.
func NewValSets(n, h int, annotated []string) ([]ValSet, error) {
	if n <= 0 {
		return nil, nil
	}
	synth, err := dataset.NewSynth(nil)
	if err != nil {
		return nil, err
	}
	sets := []ValSet{{Name: "synth"}}
	srcs := []dataset.Source{synth}
	for _, dir := range annotated {
		a, err := dataset.NewAnnotated(dir, dataset.SplitVal)
		if err != nil {
			return nil, err
		}
		sets = append(sets, ValSet{Name: "funsd"})
		if len(annotated) > 1 {
			sets[len(sets)-1].Name = "funsd:" + dir
		}
		srcs = append(srcs, a)
	}
	for i, src := range srcs {
		for k := 0; k < n; k++ {
			s, err := src.Generate(dataset.SampleRNG(ValSeed, int64(i), k), 128, h)
			if err != nil {
				return nil, fmt.Errorf("train: validation set %s: %w", sets[i].Name, err)
			}
			s.Glyph = dataset.LayoutGlyph(s.Image, s.Box, s.Text)
			sets[i].Samples = append(sets[i].Samples, s)
		}
	}
	return sets, nil
}

// Reader reads one text line in a region (ocr.Engine.ReadText).
type Reader = verify.Reader

// readBack reads the box (padded by 2 px) of img and compares it with text,
// case- and space-normalised; it returns exactness and the CER.
func readBack(ctx context.Context, rd Reader, img *image.Gray, box image.Rectangle, text string) (bool, float64, error) {
	r := box.Inset(-2).Intersect(img.Rect)
	got, _, err := rd.ReadText(ctx, img, r)
	if err != nil {
		return false, 1, fmt.Errorf("train: read back: %w", err)
	}
	return verify.Normalize(got) == verify.Normalize(text), verify.CER(got, text), nil
}

// VAEMetrics are reconstruction figures on one validation set.
type VAEMetrics struct {
	N    int     `json:"n"`
	PSNR float64 `json:"psnr"` // dB, whole crop
	SSIM float64 `json:"ssim"`
	// ReadOrig and ReadRecon are the shares of crops whose word reads back
	// exactly from the original and from the reconstruction; Ratio is
	// ReadRecon / ReadOrig.
	ReadOrig  float64 `json:"read_orig"`
	ReadRecon float64 `json:"read_recon"`
	Ratio     float64 `json:"read_ratio"`
	CERRecon  float64 `json:"cer_recon"`
}

// UNetMetrics are generation figures on one validation set.
type UNetMetrics struct {
	N int `json:"n"`
	// ReadBack is the share of generated crops whose region reads back
	// exactly as the target text; CER the mean character error rate.
	ReadBack float64 `json:"read_back"`
	CER      float64 `json:"cer"`
	// BackgroundError is the mean of measure.RegionBackgroundError (grey
	// levels) over the generated regions, strokes excluded;
	// BackgroundErrorOrig the same over the original crops' regions (the
	// scan's own texture, rules and neighbours count too), for scale.
	BackgroundError     float64 `json:"background_error"`
	BackgroundErrorOrig float64 `json:"background_error_orig"`
}

// chunks splits samples into batches of at most n of one width.
func chunks(samples []*dataset.Sample, n int) [][]*dataset.Sample {
	byW := map[int][]*dataset.Sample{}
	var order []int
	for _, s := range samples {
		w := s.Image.Rect.Dx()
		if _, ok := byW[w]; !ok {
			order = append(order, w)
		}
		byW[w] = append(byW[w], s)
	}
	var out [][]*dataset.Sample
	for _, w := range order {
		ss := byW[w]
		for i := 0; i < len(ss); i += n {
			out = append(out, ss[i:min(len(ss), i+n)])
		}
	}
	return out
}

// ValidateVAE encodes (posterior mean) and decodes every crop and scores the
// reconstructions. rows are preview rows (original, reconstruction) for
// the first crops of each set.
func ValidateVAE(ctx context.Context, m *torch.Model, sets []ValSet, rd Reader) (map[string]VAEMetrics, [][]*image.Gray, error) {
	res := map[string]VAEMetrics{}
	var rows [][]*image.Gray
	for _, set := range sets {
		var mt VAEMetrics
		var psnr, ssim, cer float64
		var ro, rr int
		for _, ch := range chunks(set.Samples, 16) {
			b, err := dataset.NewBatch(ch)
			if err != nil {
				return nil, nil, err
			}
			lat, err := m.Encode(b.Images, b.N, b.H, b.W, 0)
			if err != nil {
				return nil, nil, fmt.Errorf("train: validate vae: %w", err)
			}
			dec, err := m.Decode(lat.Mean, lat.N, lat.H, lat.W)
			if err != nil {
				return nil, nil, fmt.Errorf("train: validate vae: %w", err)
			}
			for i, s := range ch {
				rec := b.Plane(dec, i)
				psnr += measure.PSNR(s.Image, rec)
				ssim += measure.SSIM(s.Image, rec)
				if rd != nil {
					okO, _, err := readBack(ctx, rd, s.Image, s.Box, s.Text)
					if err != nil {
						return nil, nil, err
					}
					okR, c, err := readBack(ctx, rd, rec, s.Box, s.Text)
					if err != nil {
						return nil, nil, err
					}
					if okO {
						ro++
					}
					if okR {
						rr++
					}
					cer += c
				}
				if len(rows) < 8*len(sets) && mt.N < 8 {
					rows = append(rows, []*image.Gray{s.Image, rec})
				}
				mt.N++
			}
		}
		if mt.N > 0 {
			n := float64(mt.N)
			mt.PSNR, mt.SSIM, mt.CERRecon = psnr/n, ssim/n, cer/n
			mt.ReadOrig, mt.ReadRecon = float64(ro)/n, float64(rr)/n
			if ro > 0 {
				mt.Ratio = float64(rr) / float64(ro)
			}
		}
		res[set.Name] = mt
	}
	return res, rows, nil
}

// ValidateUNet generates every crop's word from its masked crop, glyph and
// text and scores read-back and background error. rows are preview rows
// (original, masked input, glyph, generated).
func ValidateUNet(ctx context.Context, m *torch.Model, sets []ValSet, rd Reader, o torch.SampleOptions) (map[string]UNetMetrics, [][]*image.Gray, error) {
	res := map[string]UNetMetrics{}
	var rows [][]*image.Gray
	for _, set := range sets {
		var mt UNetMetrics
		var cer, bg, bgo float64
		var ok int
		for _, ch := range chunks(set.Samples, 16) {
			b, err := dataset.NewBatch(ch)
			if err != nil {
				return nil, nil, err
			}
			out, err := m.Sample(torch.Batch{Images: b.Images, Masks: b.Masks, Glyphs: b.Glyphs, Texts: b.Texts,
				N: b.N, H: b.H, W: b.W}, o)
			if err != nil {
				return nil, nil, fmt.Errorf("train: validate unet: %w", err)
			}
			for i, s := range ch {
				gen := b.Plane(out, i)
				generate.MatchTone(gen, s.Image, s.Box)
				bg += measure.RegionBackgroundError(gen, s.Box)
				bgo += measure.RegionBackgroundError(s.Image, s.Box)
				if rd != nil {
					exact, c, err := readBack(ctx, rd, gen, s.Box, s.Text)
					if err != nil {
						return nil, nil, err
					}
					if exact {
						ok++
					}
					cer += c
				}
				if mt.N < 8 {
					rows = append(rows, []*image.Gray{s.Image, dataset.MaskedImage(s), s.Glyph, gen})
				}
				mt.N++
			}
		}
		if mt.N > 0 {
			n := float64(mt.N)
			mt.ReadBack, mt.CER, mt.BackgroundError, mt.BackgroundErrorOrig = float64(ok)/n, cer/n, bg/n, bgo/n
		}
		res[set.Name] = mt
	}
	return res, rows, nil
}
