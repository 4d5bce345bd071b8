package raster

import "image"

// Otsu returns the grey level t that best splits a histogram of grey
// levels into a dark class (levels <= t) and a light one, maximising the
// between-class variance, and the separation of the classes (the light
// mean minus the dark mean). ok is false when no split leaves both classes
// populated.
func Otsu(hist *[256]float64) (t int, sep float64, ok bool) {
	var n, sum float64
	for i, c := range hist {
		n += c
		sum += float64(i) * c
	}
	var wB, sumB, best float64
	for i := 0; i < 256; i++ {
		wB += hist[i]
		if wB == 0 {
			continue
		}
		wF := n - wB
		if wF == 0 {
			break
		}
		sumB += float64(i) * hist[i]
		mB, mF := sumB/wB, (sum-sumB)/wF
		if v := wB * wF * (mB - mF) * (mB - mF); v > best {
			best, t, sep, ok = v, i, mF-mB, true
		}
	}
	return t, sep, ok
}

// OtsuGray is the threshold that separates ink from paper in g: pixels
// below it are ink. It is 128 when g holds a single grey level.
func OtsuGray(g *image.Gray) uint8 {
	var hist [256]float64
	for v, n := range Histogram(g) {
		hist[v] = float64(n)
	}
	t, _, ok := Otsu(&hist)
	if !ok {
		return 128
	}
	return uint8(min(t+1, 255))
}

// OtsuValues is Otsu's split of grey values (quantized with Quant): the
// threshold t between the classes (values <= t are the dark class) and
// their separation. It is 128.5 and 0 when the values hold one level, 128
// and 0 when there are none.
func OtsuValues(vals []float32) (t float32, sep float32) {
	if len(vals) == 0 {
		return 128, 0
	}
	var hist [256]float64
	for _, v := range vals {
		hist[Quant(v)]++
	}
	level, s, ok := Otsu(&hist)
	if !ok {
		return 128.5, 0
	}
	return float32(level) + 0.5, float32(s)
}
