package render

import (
	"math/rand/v2"
	"testing"
)

// nearestSources must give what walking from each pixel finds.
func TestNearestSourcesMatchesWalk(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, density := range []float64{0.02, 0.3, 0.9} {
		w, h := 37, 23
		src := make([]bool, w*h)
		for i := range src {
			src[i] = rng.Float64() < density
		}
		near := nearestSources(src, w, h)
		dirs := [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				for d, dv := range dirs {
					want := -1
					for k := 1; ; k++ {
						xx, yy := x+k*dv[0], y+k*dv[1]
						if xx < 0 || xx >= w || yy < 0 || yy >= h {
							break
						}
						if src[yy*w+xx] {
							want = xx
							if d >= 2 {
								want = yy
							}
							break
						}
					}
					if got := int(near[d][y*w+x]); got != want {
						t.Fatalf("density %.2f (%d,%d) dir %d: %d, want %d", density, x, y, d, got, want)
					}
				}
			}
		}
	}
}
