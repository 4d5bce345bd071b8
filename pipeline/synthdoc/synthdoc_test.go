package synthdoc

import (
	"bytes"
	"fmt"
	"image"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nyaruka/phonenumbers"

	"github.com/anonymizer-project/anonymizer/pipeline/checksum"
)

func mustGen(t *testing.T, o Options) *Document {
	t.Helper()
	d, err := Generate(o)
	if err != nil {
		t.Fatalf("generate %+v: %v", o, err)
	}
	return d
}

func TestDeterministic(t *testing.T) {
	for _, k := range Kinds {
		a := mustGen(t, Options{Kind: k, Seed: 42, Noise: true})
		b := mustGen(t, Options{Kind: k, Seed: 42, Noise: true})
		if !bytes.Equal(a.Image.Pix, b.Image.Pix) {
			t.Errorf("%s: same seed gave different pixels", k)
		}
		if !reflect.DeepEqual(a.Words, b.Words) || !reflect.DeepEqual(a.Entities, b.Entities) {
			t.Errorf("%s: same seed gave different ground truth", k)
		}
		c := mustGen(t, Options{Kind: k, Seed: 43, Noise: true})
		if bytes.Equal(a.Image.Pix, c.Image.Pix) {
			t.Errorf("%s: seeds 42 and 43 gave identical pixels", k)
		}
	}
}

// checkExact checks, on a clean page, that every word's box holds all of
// the word's ink, is tight, and holds no other word's or graphic's ink.
// Ink is read from the image: a pixel is ink when it differs from the
// paper tone.
func checkExact(t *testing.T, d *Document) {
	t.Helper()
	img := d.Image
	w, h := img.Rect.Dx(), img.Rect.Dy()
	owner := make([]int, w*h) // word index + 1 for pixels inside a word box
	for i, wd := range d.Words {
		b := wd.Box
		if b.Empty() || b.Left < 0 || b.Top < 0 || b.Right() > w || b.Bottom() > h {
			t.Fatalf("word %d %q: box %+v empty or outside the %dx%d page", i, wd.Text, b, w, h)
		}
		var top, bottom, left, right bool
		for y := b.Top; y < b.Bottom(); y++ {
			for x := b.Left; x < b.Right(); x++ {
				j := y*w + x
				if owner[j] != 0 {
					t.Fatalf("word %d %q overlaps word %d %q", i, wd.Text, owner[j]-1, d.Words[owner[j]-1].Text)
				}
				owner[j] = i + 1
				if d.graphics[j] {
					t.Fatalf("word %d %q: a rule or mark lies inside its box %+v at (%d,%d)", i, wd.Text, b, x, y)
				}
				if img.Pix[j] != d.paper {
					top = top || y == b.Top
					bottom = bottom || y == b.Bottom()-1
					left = left || x == b.Left
					right = right || x == b.Right()-1
				}
			}
		}
		if !(top && bottom && left && right) {
			t.Errorf("word %d %q: box %+v is not tight (ink on edges t=%v b=%v l=%v r=%v)", i, wd.Text, b, top, bottom, left, right)
		}
	}
	stray := 0
	for j, p := range img.Pix {
		if p != d.paper && owner[j] == 0 && !d.graphics[j] {
			stray++
			if stray <= 3 {
				t.Errorf("ink at (%d,%d) belongs to no word box and no graphic", j%w, j/w)
			}
		}
	}
	if stray > 0 {
		t.Errorf("%d stray ink pixels", stray)
	}
	// Entity words lie inside drawn words and spell the entity text.
	for _, e := range d.Entities {
		var texts []string
		for _, ew := range e.Words {
			texts = append(texts, ew.Text)
			j := ew.Box.Top*w + ew.Box.Left
			o := owner[j]
			if o == 0 {
				t.Errorf("%s word %q: box %+v starts outside every word", e.Type, ew.Text, ew.Box)
				continue
			}
			dw := d.Words[o-1]
			if dw.Box.Intersect(ew.Box) != ew.Box || !strings.Contains(dw.Text, ew.Text) {
				t.Errorf("%s word %q %+v is not part of drawn word %q %+v", e.Type, ew.Text, ew.Box, dw.Text, dw.Box)
			}
		}
		if got := strings.Join(texts, " "); got != e.Text || e.Text == "" {
			t.Errorf("%s entity text %q, words spell %q", e.Type, e.Text, got)
		}
	}
}

func TestExactBoxes(t *testing.T) {
	sizes := []image.Point{{0, 0}, {MinWidth, MinHeight}, {1275, 1650}}
	for _, k := range Kinds {
		for s := int64(0); s < 12; s++ {
			sz := sizes[s%int64(len(sizes))]
			t.Run(fmt.Sprintf("%s/%d/%dx%d", k, s, sz.X, sz.Y), func(t *testing.T) {
				d := mustGen(t, Options{Kind: k, Seed: s, Width: sz.X, Height: sz.Y})
				if len(d.Words) < 40 {
					t.Errorf("only %d words drawn", len(d.Words))
				}
				checkExact(t, d)
			})
		}
	}
}

// allTypes are entity.AllTypes as strings (pipeline/entity/entity.go). They are
// copied, not imported, so that this package's tests do not depend on the
// detector's package building.
var allTypes = []string{"PERSON", "ORGANIZATION", "LOCATION", "ADDRESS", "DATE", "PHONE", "EMAIL", "URL", "IP", "CREDIT_CARD", "IBAN", "US_SSN", "ZIP", "ID"}

func isType(s string) bool {
	for _, t := range allTypes {
		if t == s {
			return true
		}
	}
	return false
}

func TestRequiredTypes(t *testing.T) {
	seen := map[string]int{}
	for _, k := range Kinds {
		for s := int64(0); s < 25; s++ {
			d := mustGen(t, Options{Kind: k, Seed: s})
			has := map[string]bool{}
			for _, e := range d.Entities {
				has[e.Type] = true
				seen[e.Type]++
				if !isType(e.Type) {
					t.Errorf("%s/%d: entity type %q is not an entity.Type", k, s, e.Type)
				}
			}
			for _, want := range []string{"PERSON", "DATE", "PHONE"} {
				if !has[want] {
					t.Errorf("%s/%d: no %s entity", k, s, want)
				}
			}
		}
	}
	for _, ty := range allTypes {
		if seen[ty] == 0 {
			t.Errorf("no %s entity in 75 pages", ty)
		}
	}
	t.Logf("entities by type: %v", seen)
}

var dateLayouts = []string{"1/2/06", "01/02/2006", "2-Jan-06", "2006-01-02", "Jan 2, 2006", "January 2, 2006", "2 January 2006"}

func TestValueFormats(t *testing.T) {
	ssn := regexp.MustCompile(`^(\d{3})-(\d{2})-(\d{4})$`)
	email := regexp.MustCompile(`^[a-z0-9.]+@[a-z0-9]+\.[a-z]+$`)
	ipre := regexp.MustCompile(`^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$`)
	for _, k := range Kinds {
		for s := int64(0); s < 25; s++ {
			d := mustGen(t, Options{Kind: k, Seed: s})
			for _, e := range d.Entities {
				x := e.Text
				// Only addresses span lines; other values stay on one.
				if e.Type != "ADDRESS" {
					f := e.Words[0].Box
					for _, w := range e.Words[1:] {
						if w.Box.Top >= f.Bottom() || f.Top >= w.Box.Bottom() || w.Box.Left < f.Left {
							t.Errorf("%s/%d: %s %q is split across lines", k, s, e.Type, x)
							break
						}
					}
				}
				switch e.Type {
				case "CREDIT_CARD":
					digits := strings.NewReplacer(" ", "", "-", "").Replace(x)
					if !checksum.Luhn(digits) || (len(digits) != 16 && len(digits) != 15) {
						t.Errorf("card %q fails Luhn or length", x)
					}
				case "IBAN":
					if !checksum.IBANValid(x) {
						t.Errorf("IBAN %q fails mod 97", x)
					}
				case "US_SSN":
					m := ssn.FindStringSubmatch(x)
					if m == nil {
						t.Errorf("SSN %q: bad format", x)
						continue
					}
					area, _ := strconv.Atoi(m[1])
					if area < 773 || area > 899 || m[2] == "00" || m[3] == "0000" {
						t.Errorf("SSN %q outside the documented range", x)
					}
				case "PHONE":
					num, err := phonenumbers.Parse(x, "US")
					if err != nil || !phonenumbers.IsValidNumber(num) {
						t.Errorf("phone %q is not a valid US number (%v)", x, err)
					}
				case "EMAIL":
					if !email.MatchString(x) {
						t.Errorf("email %q: bad format", x)
					}
				case "IP":
					if !ipre.MatchString(x) {
						t.Errorf("IP %q: bad format", x)
					}
				case "DATE":
					ok := false
					for _, l := range dateLayouts {
						if _, err := time.Parse(l, x); err == nil {
							ok = true
						}
					}
					if !ok {
						t.Errorf("date %q matches no known layout", x)
					}
				case "ZIP":
					if !regexp.MustCompile(`^\d{5}(-\d{4})?$`).MatchString(x) {
						t.Errorf("ZIP %q: bad format", x)
					}
				}
			}
		}
	}
}

func TestNoiseKeepsGroundTruth(t *testing.T) {
	for _, k := range Kinds {
		clean := mustGen(t, Options{Kind: k, Seed: 7})
		noisy := mustGen(t, Options{Kind: k, Seed: 7, Noise: true})
		if !reflect.DeepEqual(clean.Words, noisy.Words) || !reflect.DeepEqual(clean.Entities, noisy.Entities) {
			t.Fatalf("%s: noise changed the ground truth", k)
		}
		var diff, n int
		for i := range clean.Image.Pix {
			a, b := int(clean.Image.Pix[i]), int(noisy.Image.Pix[i])
			if a != b {
				n++
			}
			diff += max(a-b, b-a)
		}
		mean := float64(diff) / float64(len(clean.Image.Pix))
		if n < len(clean.Image.Pix)/4 || mean < 0.5 || mean > 15 {
			t.Errorf("%s: noise changed %d pixels, mean |diff| %.2f: not a mild degradation", k, n, mean)
		}
		// Words stay readable: every word box is clearly darker than the
		// paper around the page.
		for _, w := range noisy.Words {
			minv := 255
			r := w.Box.Rect()
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					minv = min(minv, int(noisy.Image.GrayAt(x, y).Y))
				}
			}
			if minv > int(clean.paper)-80 {
				t.Errorf("%s: word %q has no dark ink after noise (darkest %d, paper %d)", k, w.Text, minv, clean.paper)
			}
		}
	}
}

func TestOptions(t *testing.T) {
	if _, err := Generate(Options{Width: 500, Height: 600}); err == nil {
		t.Error("a 500x600 page was accepted")
	}
	if _, err := Generate(Options{Kind: "memo"}); err == nil {
		t.Error("unknown kind accepted")
	}
	d := mustGen(t, Options{})
	if d.Kind != Form || d.Image.Rect.Dx() != DefaultWidth || d.Image.Rect.Dy() != DefaultHeight {
		t.Errorf("defaults: kind %s size %v", d.Kind, d.Image.Rect)
	}
	if k, err := ParseKind(" Letter "); err != nil || k != Letter {
		t.Errorf("ParseKind: %v %v", k, err)
	}
	if c := proseTemplates[callTemplate]; !strings.Contains(c, "{NAME}") || !strings.Contains(c, "{PHONE}") {
		t.Errorf("callTemplate points at %q", c)
	}
	if ks, err := ParseKinds("form, invoice"); err != nil || !reflect.DeepEqual(ks, []Kind{Form, Invoice}) {
		t.Errorf("ParseKinds: %v %v", ks, err)
	}
	if ks, err := ParseKinds(""); err != nil || len(ks) != len(Kinds) {
		t.Errorf("ParseKinds empty: %v %v", ks, err)
	}
	if _, err := ParseKinds("form,memo"); err == nil {
		t.Error("ParseKinds accepted memo")
	}
	if _, err := ParseKind("memo"); err == nil {
		t.Error("ParseKind accepted memo")
	}
}
