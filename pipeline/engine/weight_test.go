package engine

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/fonts"
	"github.com/anonymizer-project/anonymizer/pipeline/render"
)

// A line matched to a bold face among lines of its size set in the
// family's regular face is re-estimated in the regular face, unless its
// strokes are thicker than theirs.
func TestBoldOutliers(t *testing.T) {
	bold := fonts.ByClass(fonts.Mono, true)
	if len(bold) == 0 {
		t.Skip("no bold mono font")
	}
	regular := regularWeight(bold[0])
	if regular == nil {
		t.Fatalf("%s has no regular face", bold[0].Name)
	}
	style := func(f *fonts.Family, capH, stroke float64) *job {
		return &job{style: render.Style{Family: f, Bold: f.Bold, CapHeight: capH, StrokeWidth: stroke}}
	}
	peers := []*job{style(regular, 13, 1.5), style(regular, 13.5, 1.6), style(regular, 12.8, 1.5)}
	outlier := style(bold[0], 13, 1.6)
	reallyBold := style(bold[0], 13, 2.4)
	heading := style(bold[0], 20, 2.2) // another size: no peers
	got := boldOutliers(append(peers, outlier, reallyBold, heading))
	if len(got) != 1 || len(got[regular]) != 1 || got[regular][0] != outlier {
		t.Errorf("outliers %v, want the one bold line as thin as its peers", got)
	}
	if len(boldOutliers([]*job{peers[0], outlier})) != 0 {
		t.Error("one peer made a line regular")
	}
}
