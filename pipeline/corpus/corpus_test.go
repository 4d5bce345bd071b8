package corpus

import (
	"bytes"
	"encoding/json"
	"image"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/evaluate"
)

// TestRenderEveryKindAndCountry renders every kind in every country, with
// damage on every other page, and checks the labels against the page: every box
// lies inside the page and holds ink, every span word is the part of a
// drawn word it claims, and each page has personal data and the protected
// roles its kind prints.
func TestRenderEveryKindAndCountry(t *testing.T) {
	for i, k := range Kinds {
		for j, c := range CountryCodes() {
			p, err := Render(k, c, 3, (i+j)%2 == 0)
			if err != nil {
				t.Fatalf("%s %s: %v", k, c, err)
			}
			checkPage(t, p)
		}
	}
}

func checkPage(t *testing.T, p *Page) {
	t.Helper()
	name := string(p.Kind) + "-" + p.Country
	bounds := p.Image.Bounds()
	paper := paperGrey(p.Image)
	roles := map[Role]int{}
	types := map[string]int{}
	for i, w := range p.Words {
		if !w.Box.Rect().In(bounds) || w.Box.Empty() {
			t.Errorf("%s: word %q box %v outside the page %v", name, w.Text, w.Box, bounds)
		}
		if !hasInk(p.Image, w.Box.Rect(), paper) {
			t.Errorf("%s: word %q box %v holds no ink", name, w.Text, w.Box)
		}
		if w.Role != p.Spans[p.spanOf[i]].Role {
			t.Errorf("%s: word %q role %s, its span's %s", name, w.Text, w.Role, p.Spans[p.spanOf[i]].Role)
		}
	}
	for si, s := range p.Spans {
		for _, sw := range s.Words {
			roles[s.Role]++
			types[s.Type]++
			if !drawnIn(p, si, sw) {
				t.Errorf("%s: span word %q (%s %s) at %v is not part of a drawn word of its span", name, sw.Text, s.Role, s.Type, sw.Box)
			}
		}
	}
	for _, r := range []Role{RolePII, RoleLabel, RoleHeader} {
		if roles[r] == 0 && !(r == RoleHeader && (p.Kind == Receipt || p.Kind == Letter)) {
			t.Errorf("%s: no %s words", name, r)
		}
	}
	if (p.Kind == Medical || p.Kind == Letter) && roles[RoleProse] < 20 {
		t.Errorf("%s: %d prose words, want sentences", name, roles[RoleProse])
	}
	for _, typ := range []string{"PERSON", "ADDRESS", "ZIP"} {
		if types[typ] == 0 {
			t.Errorf("%s: no %s words", name, typ)
		}
	}
	if p.Kind == Medical && types["AGE"] == 0 {
		t.Errorf("%s: no AGE in the prose", name)
	}
}

// drawnIn reports whether span word sw lies inside a drawn word of span si
// whose text contains sw's text.
func drawnIn(p *Page, si int, sw Word) bool {
	for i, w := range p.Words {
		if p.spanOf[i] == si && strings.Contains(w.Text, sw.Text) && sw.Box.Intersect(w.Box) == sw.Box {
			return true
		}
	}
	return false
}

// hasInk reports whether some pixel in b is much darker than the page's
// median grey (the paper).
func hasInk(img *image.Gray, r image.Rectangle, paper uint8) bool {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if int(img.GrayAt(x, y).Y) < int(paper)-60 {
				return true
			}
		}
	}
	return false
}

func paperGrey(img *image.Gray) uint8 {
	var hist [256]int
	for _, v := range img.Pix {
		hist[v]++
	}
	n := 0
	for v, c := range hist {
		n += c
		if n*2 >= len(img.Pix) {
			return uint8(v)
		}
	}
	return 255
}

// TestPersonalValuesInText checks the shapes the issue names: names and
// ages in running text of medical summaries, month names in the local
// language, local postcodes and phone numbers with +CC somewhere in a set.
func TestPersonalValuesInText(t *testing.T) {
	found := map[string]bool{}
	for seed := int64(1); seed <= 12; seed++ {
		for _, c := range CountryCodes() {
			p, err := Render(Medical, c, seed, true)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range p.Spans {
				txt := s.Text()
				switch {
				case s.Type == "AGE":
					found["age"] = true
				case s.Type == "PHONE" && strings.HasPrefix(txt, "+"):
					found["+cc "+c] = true
				case s.Type == "DATE" && c == "DE" && strings.Contains(txt, ". "):
					found["german month"] = true
				case s.Type == "DATE" && c == "ES" && strings.Contains(txt, " de "):
					found["spanish month"] = true
				}
			}
		}
	}
	for _, want := range []string{"age", "+cc DE", "+cc FR", "+cc IN", "german month", "spanish month"} {
		if !found[want] {
			t.Errorf("no %s in 12 medical summaries per country", want)
		}
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	a, err := Render(Statement, "FR", 42, false)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(Statement, "FR", 42, false)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Image.Pix, b.Image.Pix) || !reflect.DeepEqual(a.Spans, b.Spans) || !reflect.DeepEqual(a.Words, b.Words) {
		t.Fatal("the same arguments gave different pages")
	}
	c, err := Render(Statement, "FR", 43, false)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Image.Pix, c.Image.Pix) {
		t.Fatal("different seeds gave the same page")
	}
}

// TestGenerateWritesWhatEvalReads writes a small set and reads it back
// with the evaluate package's readers.
func TestGenerateWritesWhatEvalReads(t *testing.T) {
	dir := t.TempDir()
	opts := Options{N: 4, Seed: 5, Kinds: []Kind{Receipt, Letter}, Countries: []string{"IT", "GB"}}
	if err := Generate(dir, opts); err != nil {
		t.Fatal(err)
	}
	labels, err := evaluate.LoadLabels(filepath.Join(dir, "pii.json"))
	if err != nil {
		t.Fatal(err)
	}
	imgs := labels.Images("")
	want := []string{"images/letter-GB-00003.png", "images/letter-IT-00001.png", "images/receipt-GB-00002.png", "images/receipt-IT-00000.png"}
	if !reflect.DeepEqual(imgs, want) {
		t.Fatalf("images %v, want %v", imgs, want)
	}
	data, err := os.ReadFile(filepath.Join(dir, "words.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pages map[string]pageEntry
	if err := json.Unmarshal(data, &pages); err != nil {
		t.Fatal(err)
	}
	for _, img := range imgs {
		pg := pages[img]
		if !strings.Contains(img, string(pg.Kind)+"-"+pg.Country) {
			t.Errorf("%s: words.json says %s %s", img, pg.Kind, pg.Country)
		}
		if _, err := os.Stat(filepath.Join(dir, img)); err != nil {
			t.Error(err)
		}
		words, err := evaluate.AnnotatedWords(evaluate.AnnotationPath(dir, img))
		if err != nil {
			t.Fatal(err)
		}
		if len(words) != len(pg.Words) || len(words) == 0 {
			t.Errorf("%s: %d annotated words, %d in words.json", img, len(words), len(pg.Words))
		}
		piiWords := 0
		for _, l := range labels[img] {
			piiWords += len(l.Words)
		}
		protected := 0
		for _, e := range pg.Protected {
			protected += len(e.Words)
		}
		roles := map[Role]int{}
		for _, w := range pg.Words {
			roles[w.Role]++
		}
		if piiWords == 0 || protected == 0 || roles[RoleLabel] == 0 {
			t.Errorf("%s: %d personal and %d protected words, roles %v", img, piiWords, protected, roles)
		}
		if piiWords+protected != len(pg.Words) {
			t.Errorf("%s: %d personal + %d protected words, %d drawn", img, piiWords, protected, len(pg.Words))
		}
	}
}

func TestIBANCheckDigits(t *testing.T) {
	// The check digits of published examples.
	for _, iban := range []string{"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606"} {
		if got := ibanCheck(iban[:2], iban[4:]); got != iban[2:4] {
			t.Errorf("%s: check digits %s", iban, got)
		}
	}
}

func TestParse(t *testing.T) {
	if ks, err := ParseKinds("Receipt, medical"); err != nil || !reflect.DeepEqual(ks, []Kind{Receipt, Medical}) {
		t.Errorf("ParseKinds: %v %v", ks, err)
	}
	if _, err := ParseKinds("poem"); err == nil {
		t.Error("ParseKinds accepted poem")
	}
	if cs, err := ParseCountries("de,in"); err != nil || !reflect.DeepEqual(cs, []string{"DE", "IN"}) {
		t.Errorf("ParseCountries: %v %v", cs, err)
	}
	if _, err := ParseCountries("XX"); err == nil {
		t.Error("ParseCountries accepted XX")
	}
}

func TestAge(t *testing.T) {
	dob := time.Date(1942, 4, 17, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		at   time.Time
		want int
	}{{time.Date(2022, 1, 4, 0, 0, 0, 0, time.UTC), 79}, {time.Date(2022, 4, 17, 0, 0, 0, 0, time.UTC), 80}, {time.Date(2022, 4, 16, 0, 0, 0, 0, time.UTC), 79}} {
		if got := age(dob, c.at); got != c.want {
			t.Errorf("age at %v = %d, want %d", c.at, got, c.want)
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	opts := Options{N: 2, Seed: 9, Kinds: []Kind{Invoice}, Countries: []string{"ES", "IN"}}
	for _, dir := range []string{a, b} {
		if err := Generate(dir, opts); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"pii.json", "words.json", "images/invoice-IN-00001.png", "annotations/invoice-ES-00000.json"} {
		x, err := os.ReadFile(filepath.Join(a, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same options", f)
		}
	}
}
