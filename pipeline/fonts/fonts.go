// Package fonts finds the typefaces the project renders with: TrueType files
// from Debian's font packages (Liberation, DejaVu, FreeFont) when installed,
// and Go's embedded fonts, which are always present, as the fallback.
package fonts

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

// Class is a font's broad design class.
type Class string

// The classes the style estimator distinguishes.
const (
	Serif Class = "serif"
	Sans  Class = "sans"
	Mono  Class = "mono"
)

// Classes lists every class in a stable order.
var Classes = []Class{Serif, Sans, Mono}

// Family is one typeface (regular or bold) of a class.
type Family struct {
	Name  string
	Class Class
	Bold  bool
	// Path is the TrueType file, or "" for Go's embedded fonts.
	Path string
	data []byte
	once sync.Once
	font *opentype.Font
	err  error
}

// Font parses the family's font file once.
func (f *Family) Font() (*opentype.Font, error) {
	f.once.Do(func() {
		data := f.data
		if data == nil {
			var err error
			data, err = os.ReadFile(f.Path)
			if err != nil {
				f.err = fmt.Errorf("read font %s: %w", f.Path, err)
				return
			}
		}
		f.font, f.err = opentype.Parse(data)
		if f.err != nil {
			f.err = fmt.Errorf("parse font %s: %w", f.Name, f.err)
		}
	})
	return f.font, f.err
}

// Face returns a face at the given pixel size (em size, 72 dpi so that
// points equal pixels). Faces are not safe for concurrent use: make one per
// goroutine.
func (f *Family) Face(sizePx float64) (font.Face, error) {
	ft, err := f.Font()
	if err != nil {
		return nil, err
	}
	return opentype.NewFace(ft, &opentype.FaceOptions{Size: sizePx, DPI: 72, Hinting: font.HintingNone})
}

// systemFonts are Debian font files by class; missing files are skipped.
var systemFonts = []struct {
	name, file string
	class      Class
	bold       bool
}{
	{"LiberationSerif", "truetype/liberation/LiberationSerif-Regular.ttf", Serif, false},
	{"LiberationSerif-Bold", "truetype/liberation/LiberationSerif-Bold.ttf", Serif, true},
	{"LiberationSans", "truetype/liberation/LiberationSans-Regular.ttf", Sans, false},
	{"LiberationSans-Bold", "truetype/liberation/LiberationSans-Bold.ttf", Sans, true},
	{"LiberationMono", "truetype/liberation/LiberationMono-Regular.ttf", Mono, false},
	{"LiberationMono-Bold", "truetype/liberation/LiberationMono-Bold.ttf", Mono, true},
	{"DejaVuSerif", "truetype/dejavu/DejaVuSerif.ttf", Serif, false},
	{"DejaVuSerif-Bold", "truetype/dejavu/DejaVuSerif-Bold.ttf", Serif, true},
	{"DejaVuSans", "truetype/dejavu/DejaVuSans.ttf", Sans, false},
	{"DejaVuSans-Bold", "truetype/dejavu/DejaVuSans-Bold.ttf", Sans, true},
	{"DejaVuSansMono", "truetype/dejavu/DejaVuSansMono.ttf", Mono, false},
	{"DejaVuSansMono-Bold", "truetype/dejavu/DejaVuSansMono-Bold.ttf", Mono, true},
	{"FreeSerif", "truetype/freefont/FreeSerif.ttf", Serif, false},
	{"FreeSerif-Bold", "truetype/freefont/FreeSerifBold.ttf", Serif, true},
	{"FreeSans", "truetype/freefont/FreeSans.ttf", Sans, false},
	{"FreeSans-Bold", "truetype/freefont/FreeSansBold.ttf", Sans, true},
	{"FreeMono", "truetype/freefont/FreeMono.ttf", Mono, false},
	{"FreeMono-Bold", "truetype/freefont/FreeMonoBold.ttf", Mono, true},
}

// FontDir is where Debian installs fonts.
const FontDir = "/usr/share/fonts"

var (
	loadOnce sync.Once
	all      []*Family
)

func embedded() []*Family {
	return []*Family{
		{Name: "GoRegular", Class: Sans, data: goregular.TTF},
		{Name: "GoBold", Class: Sans, Bold: true, data: gobold.TTF},
		{Name: "GoMono", Class: Mono, data: gomono.TTF},
		{Name: "GoMonoBold", Class: Mono, Bold: true, data: gomonobold.TTF},
	}
}

// All returns every available family: system fonts first, then Go's
// embedded fonts. The list is built once and shared; do not modify it.
func All() []*Family {
	loadOnce.Do(func() {
		for _, s := range systemFonts {
			p := filepath.Join(FontDir, s.file)
			if _, err := os.Stat(p); err == nil {
				all = append(all, &Family{Name: s.name, Class: s.class, Bold: s.bold, Path: p})
			}
		}
		all = append(all, embedded()...)
	})
	return all
}

// ByClass returns the families of one class and weight, system fonts first.
// Serif has no embedded fallback, so without system fonts it falls back to
// the sans families.
func ByClass(c Class, bold bool) []*Family {
	var out []*Family
	for _, f := range All() {
		if f.Class == c && f.Bold == bold {
			out = append(out, f)
		}
	}
	if len(out) == 0 && c == Serif {
		return ByClass(Sans, bold)
	}
	return out
}

// Default is the font used when nothing better is known: the first sans
// regular family.
func Default() *Family { return ByClass(Sans, false)[0] }

// Lookup finds a family by name.
func Lookup(name string) (*Family, bool) {
	for _, f := range All() {
		if f.Name == name {
			return f, true
		}
	}
	return nil, false
}

// Names lists the available family names, sorted.
func Names() []string {
	var out []string
	for _, f := range All() {
		out = append(out, f.Name)
	}
	sort.Strings(out)
	return out
}

// Weights returns the family and its other weight (regular or bold) of the
// same typeface, when installed: "LiberationSans" and "LiberationSans-Bold".
func Weights(f *Family) []*Family {
	out := []*Family{f}
	base := strings.TrimSuffix(strings.TrimSuffix(f.Name, "-Bold"), "Bold")
	for _, g := range All() {
		if g == f || g.Class != f.Class || g.Bold == f.Bold {
			continue
		}
		gb := strings.TrimSuffix(strings.TrimSuffix(g.Name, "-Bold"), "Bold")
		if gb == base || (f.Path == "" && g.Path == "" && strings.HasPrefix(gb, "Go") == strings.HasPrefix(base, "Go") && g.Class == f.Class) {
			out = append(out, g)
		}
	}
	return out
}
