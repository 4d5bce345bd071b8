package surrogate

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/brianvoe/gofakeit/v7/data"
	"math/rand/v2"
	"net/netip"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/checksum"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

// value is what detection hands over with an entity: its text parsed under
// the default (month-first) conventions.
func value(typ entity.Type, text string) entity.Value {
	return pii.ParseValue(typ, text)
}

var (
	keyA = []byte("test key A: 0123456789abcdef0123")
	keyB = []byte("test key B: 0123456789abcdef0123")
)

func newGen(t *testing.T, key []byte, opts Options) *Generator {
	t.Helper()
	g, err := New(key, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return g
}

func TestNewNeedsKey(t *testing.T) {
	for _, k := range [][]byte{nil, {}} {
		if _, err := New(k, Options{}); !errors.Is(err, ErrNoKey) {
			t.Errorf("New(%v): err = %v, want ErrNoKey", k, err)
		}
	}
	if _, err := New(keyA, Options{Candidates: -1}); err == nil {
		t.Error("New with negative Candidates: no error")
	}
	k1, err := RandomKey()
	if err != nil {
		t.Fatal(err)
	}
	k2, _ := RandomKey()
	if len(k1) != 32 || bytes.Equal(k1, k2) {
		t.Errorf("RandomKey: len %d, equal twice: %v", len(k1), bytes.Equal(k1, k2))
	}
}

// shapeCases: for each type, originals and the regexp their surrogate must
// match in full.
var shapeCases = []struct {
	typ         entity.Type
	orig, shape string
}{
	{entity.Person, "Mr. R. H. Orcutt", `Mr\. [A-Z]\. [A-Z]\. [A-Z][a-z]+`},
	// OCR noise: a label glued to the number stays, letters read for
	// digits become digits, a misread apostrophe is read as one.
	{entity.Phone, "Fax:614-466-S087", `Fax:\d{3}-555-01\d\d`},
	{entity.Phone, "Tel. (614) 466-5O87", `Tel\. \(\d{3}\) 555-01\d\d`},
	{entity.Date, "Dec 10°98", `[A-Z][a-z]{2} ([1-9]|[12]\d|3[01]) '\d\d`},
	{entity.Person, "ORCUTT, R.", `[A-Z]+, [A-Z]\.`},
	{entity.Person, "J.S. Hartwell", `[A-Z]\.[A-Z]\. [A-Z][a-z]+`},
	{entity.Person, "Carol S. Whitcomb", `[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+`},
	{entity.Person, "Mr. D. M. Pruitt, Jr.", `Mr\. [A-Z]\. [A-Z]\. [A-Z][a-z]+, Jr\.`},
	{entity.Person, "Dr. H. J. Oberlander Ms. L. B. Crane", `Dr\. [A-Z]\. [A-Z]\. [A-Z][a-z]+ Ms\. [A-Z]\. [A-Z]\. [A-Z][a-z]+`},
	{entity.Person, "kevin brasher", `[a-z]+ [a-z]+`},
	// An initial joined to a given name by a speck stays an initial.
	{entity.Person, "GREENE, LOUISA-M.", `[A-Z]+, [A-Z]+-[A-Z]\.`},
	// A name part misread with a digit becomes a name, with no digit.
	{entity.Person, "Dr. Dolores Rasc6n Salas", `Dr\. [A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+`},
	// A speck read as a period after a given name does not reach it.
	{entity.Person, "Dewi. Lestari", `[A-Z][a-z]+ [A-Z][a-z]+`},
	{entity.Address, "Blk 231 Bain. Street #01-23", `Blk [1-9]\d\d [A-Z][a-z]+ Street #\d\d-\d\d`},
	{entity.Organization, "R.T. Halverson Tobacco Company", `[A-Z]\.[A-Z]\. [A-Z][a-z]+ Tobacco Company`},
	{entity.Organization, "Hollister, Inc.", `[A-Z][a-z]+, Inc\.`},
	{entity.Organization, "IBM", `[A-Z]{3}`},
	{entity.Location, "Chicago", `[A-Z][A-Za-z. ]+`},
	{entity.Address, "418 Bellhaven Avenue, New York, NY 10036", `[1-9]\d{2} [A-Z][a-z]+ Avenue, [A-Z][A-Za-z. ]+, [A-Z]{2} \d{5}`},
	{entity.Address, "48 East 71st Street, New York, N. Y. 10023", `[1-9]\d East [1-9]\d(st|nd|rd|th) Street, [A-Z][A-Za-z. ]+, [A-Z]\. [A-Z]\. \d{5}`},
	{entity.Address, "P. O. Box 4862, Boston, MA 02118", `P\. O\. Box [1-9]\d{3}, [A-Z][A-Za-z. ]+, [A-Z]{2} 0\d{4}`},
	{entity.Date, "12/10/98", `\d{1,2}/\d{1,2}/\d{2}`},
	{entity.Date, "12 /10 /98", `\d{1,2} /\d{1,2} /\d{2}`},
	{entity.Date, "03-07-1998", `\d{2}-\d{2}-\d{4}`},
	{entity.Date, "1998-12-10", `\d{4}-\d{2}-\d{2}`},
	{entity.Date, "Dec 10 '98", `[A-Z][a-z]{2} \d{1,2} '\d{2}`},
	{entity.Date, "December 10, 1998", `(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}`},
	{entity.Date, "10 Dec 1998", `\d{1,2} [A-Z][a-z]{2} \d{4}`},
	{entity.Date, "WEEK OF MARCH 25, 1974", `WEEK OF [A-Z]+ \d{1,2}, \d{4}`},
	{entity.Phone, "(614) 466- 5087", `\(\d{3}\) 555- 01\d{2}`},
	{entity.Phone, "917 -555 -0182", `\d{3} -555 -01\d{2}`},
	{entity.Phone, "1-502-555-0173", `1-\d{3}-555-01\d{2}`},
	{entity.Phone, "466-5087", `555-01\d{2}`},
	{entity.Phone, "+44 20 7946 0958", `\+44 \d{2} \d{4} \d{4}`},
	{entity.Email, "john.smith@gmail.com", `[a-z]+\.[a-z]+@example\.com`},
	{entity.Email, "JSMITH@ACME.ORG", `[A-Z]+@EXAMPLE\.ORG`},
	{entity.Email, "jsmith42@mail.acme.net", `[a-z]+\d{2}@example\.net`},
	{entity.Email, "RAMESH.K@PAYTM", `[A-Z]+\.[A-Z]+@EXAMPLE`},
	{entity.URL, "https://www.acme-corp.com/about/team.html", `https://www\.example\.com/[a-z]+/[a-z]+\.html`},
	{entity.URL, "http://acme.org/x1", `http://example\.org/[a-z]\d`},
	{entity.IP, "10.1.2.3", `(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}`},
	{entity.CreditCard, "4111 1111 1111 1111", `4\d{3} \d{4} \d{4} \d{4}`},
	{entity.CreditCard, "3782-822463-10005", `3[47]\d{2}-\d{6}-\d{5}`},
	{entity.CreditCard, "5500000000000004", `5[1-5]\d{14}`},
	{entity.IBAN, "DE89 3704 0044 0532 0130 00", `DE\d{2} \d{4} \d{4} \d{4} \d{4} \d{2}`},
	{entity.IBAN, "GB82 WEST 1234 5698 7654 32", `GB\d{2} [A-Z]{4} \d{4} \d{4} \d{4} \d{2}`},
	{entity.IBAN, "AT61 1904 3002.3457 3201", `AT\d{2} \d{4} \d{4} \d{4} \d{4}`}, // OCR's dot for a space
	{entity.SSN, "123-45-6789", `9\d{2}-\d{2}-\d{4}`},
	{entity.SSN, "123 45 6789", `9\d{2} \d{2} \d{4}`},
	{entity.Zip, "10036", `\d{5}`},
	{entity.Zip, "10019-4417", `\d{5}-\d{4}`},
	{entity.ID, "AB-123456", `[A-Z]{2}-\d{6}`},
	{entity.ID, "acct 0012 3344", `[a-z]{4} 0\d{3} [1-9]\d{3}`},
}

func TestShapes(t *testing.T) {
	a1 := newGen(t, keyA, Options{})
	a2 := newGen(t, keyA, Options{})
	b := newGen(t, keyB, Options{})
	for _, c := range shapeCases {
		s1, err := a1.Replace(c.typ, c.orig, value(c.typ, c.orig), 0)
		if err != nil {
			t.Errorf("%s %q: %v", c.typ, c.orig, err)
			continue
		}
		if !regexp.MustCompile(`^` + c.shape + `$`).MatchString(s1) {
			t.Errorf("%s %q -> %q, want shape %s", c.typ, c.orig, s1, c.shape)
		}
		if normalise(c.typ, s1) == normalise(c.typ, c.orig) {
			t.Errorf("%s %q -> %q equals the original", c.typ, c.orig, s1)
		}
		s2, _ := a2.Replace(c.typ, c.orig, value(c.typ, c.orig), 0)
		if s1 != s2 {
			t.Errorf("%s %q: same key gave %q and %q", c.typ, c.orig, s1, s2)
		}
		sb, _ := b.Replace(c.typ, c.orig, value(c.typ, c.orig), 0)
		if sb == s1 {
			t.Errorf("%s %q: other key gave the same %q", c.typ, c.orig, s1)
		}
	}
}

func TestChecksums(t *testing.T) {
	g := newGen(t, keyA, Options{})
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200; i++ {
		n := 13 + r.IntN(7)
		orig := fmt.Sprint(4+r.IntN(3)) + randDigits(r, n-1)
		s, err := g.Replace(entity.CreditCard, orig, value(entity.CreditCard, orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(s) != n || !checksum.Luhn(s) || s[0] != orig[0] {
			t.Fatalf("card %s -> %s: length %d want %d, luhn %v", orig, s, len(s), n, checksum.Luhn(s))
		}
		if run := longestCommonRun(s, orig); run >= 4 {
			t.Errorf("card %s -> %s shares a %d-digit run", orig, s, run)
		}
	}
	for _, orig := range []string{"DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300"} {
		s, err := g.Replace(entity.IBAN, orig, value(entity.IBAN, orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		if !checksum.IBANValid(s) || len(s) != len(orig) || s[:2] != orig[:2] {
			t.Errorf("IBAN %s -> %s: valid %v", orig, s, checksum.IBANValid(s))
		}
	}
}

func randDigits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// TestNumbersNeverLeak: random numbers never come back equal, and share no
// run of 4+ digits with the original (3+ for short ones).
func TestNumbersNeverLeak(t *testing.T) {
	g := newGen(t, keyA, Options{})
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 300; i++ {
		cases := map[entity.Type]string{
			entity.Phone: fmt.Sprintf("(%d) %s-%s", 200+r.IntN(800), randDigits(r, 3), randDigits(r, 4)),
			entity.SSN:   fmt.Sprintf("%s-%s-%s", randDigits(r, 3), randDigits(r, 2), randDigits(r, 4)),
			entity.Zip:   randDigits(r, 5),
			entity.ID:    randDigits(r, 8),
		}
		for typ, orig := range cases {
			s, err := g.Replace(typ, orig, value(typ, orig), 0)
			if err != nil {
				t.Fatalf("%s %s: %v", typ, orig, err)
			}
			if s == orig {
				t.Fatalf("%s %s unchanged", typ, orig)
			}
			d, od := variableDigits(typ, s), digitsOf(orig)
			if run := longestCommonRun(d, od); run >= digitRunLimit(len(od)) {
				t.Errorf("%s %s -> %s shares a %d-digit run", typ, orig, s, run)
			}
		}
	}
	// SSNs are never-issued (area 9xx), phones fictional.
	s, _ := g.Replace(entity.SSN, "078-05-1120", value(entity.SSN, "078-05-1120"), 0)
	if s[0] != '9' || s[4:6] == "00" || s[7:] == "0000" {
		t.Errorf("SSN %s is not in a never-issued range", s)
	}
}

func TestNormalisationConsistency(t *testing.T) {
	g := newGen(t, keyA, Options{})
	a, _ := g.Replace(entity.Phone, "(614) 466- 5087", value(entity.Phone, "(614) 466- 5087"), 0)
	b, _ := g.Replace(entity.Phone, "614-466-5087", value(entity.Phone, "614-466-5087"), 0)
	if digitsOf(a) != digitsOf(b) {
		t.Errorf("one number in two formats: %q vs %q", a, b)
	}
	if !strings.HasPrefix(a, "(") || strings.HasPrefix(b, "(") {
		t.Errorf("format lost: %q", a)
	}
	// A surname keeps its surrogate across forms of the name.
	p1, _ := g.Replace(entity.Person, "Mr. R. H. Orcutt", value(entity.Person, "Mr. R. H. Orcutt"), 0)
	p2, _ := g.Replace(entity.Person, "ORCUTT, R.", value(entity.Person, "ORCUTT, R."), 0)
	p3, _ := g.Replace(entity.Person, "R. H. ORCUTT", value(entity.Person, "R. H. ORCUTT"), 0)
	last1 := p1[strings.LastIndex(p1, " ")+1:]
	last2 := p2[:strings.Index(p2, ",")]
	if strings.ToUpper(last1) != last2 {
		t.Errorf("surname differs across forms: %q vs %q", p1, p2)
	}
	if strings.ToUpper(p1[4:]) != p3 {
		t.Errorf("initials and surname differ with a title: %q vs %q", p1, p3)
	}
	// Case and spacing do not change the value's seed.
	w1, _ := g.Replace(entity.Organization, "Acme  Widgets", value(entity.Organization, "Acme  Widgets"), 0)
	w2, _ := g.Replace(entity.Organization, "acme widgets", value(entity.Organization, "acme widgets"), 0)
	if !strings.EqualFold(strings.Join(strings.Fields(w1), " "), w2) {
		t.Errorf("case/space variants differ: %q vs %q", w1, w2)
	}
}

func TestGenderFromTitle(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for i, name := range []string{"Mrs. Joan Smith", "Ms. Pat Orcutt", "Miss Kim Lee", "Mrs. John Doe"} {
		s, err := g.Replace(entity.Person, name, value(entity.Person, name), 0)
		if err != nil {
			t.Fatal(err)
		}
		first := strings.Fields(s)[1]
		if !femaleSet[strings.ToLower(first)] {
			t.Errorf("%d: %q -> %q: given name not female", i, name, s)
		}
	}
	for _, name := range []string{"Mr. Mary Whitlock", "Mr. Leslie Orcutt"} {
		s, _ := g.Replace(entity.Person, name, value(entity.Person, name), 0)
		if first := strings.Fields(s)[1]; !maleSet[strings.ToLower(first)] {
			t.Errorf("%q -> %q: given name not male", name, s)
		}
	}
	// A title left on the page, before the name's span, says it too.
	for _, c := range []struct {
		name string
		sex  entity.Sex
		set  map[string]bool
	}{{"Sipho Ndlovu", entity.Male, maleSet}, {"Ngozi Adeyemi", entity.Female, femaleSet}} {
		v := value(entity.Person, c.name)
		v.Name.Sex = c.sex
		s, _ := g.Replace(entity.Person, c.name, v, 0)
		if first := strings.Fields(s)[0]; !c.set[strings.ToLower(first)] {
			t.Errorf("%q with a title of sex %d -> %q: given name of the other sex", c.name, c.sex, s)
		}
	}
}

// parseOut reads the dates this test writes.
func parseOut(t *testing.T, layout, s string) time.Time {
	t.Helper()
	d, err := time.Parse(layout, s)
	if err != nil {
		t.Fatalf("surrogate date %q does not parse as %q: %v", s, layout, err)
	}
	return d
}

func TestDateShiftConsistentInDocument(t *testing.T) {
	g := newGen(t, keyA, Options{DateShiftMaxDays: 60})
	d := g.NewDocument("doc-1")
	a, err := d.Replace(entity.Date, "12/10/1998", value(entity.Date, "12/10/1998"), 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.Replace(entity.Date, "December 25, 1998", value(entity.Date, "December 25, 1998"), 0)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := d.Replace(entity.Date, "2/3/99", value(entity.Date, "2/3/99"), 0)
	ta := parseOut(t, "1/2/2006", a)
	tb := parseOut(t, "January 2, 2006", b)
	tc := parseOut(t, "1/2/06", c)
	if tb.Sub(ta) != 15*24*time.Hour {
		t.Errorf("12/10/1998 -> %s, December 25, 1998 -> %s: difference %v, want 15 days", a, b, tb.Sub(ta))
	}
	if tc.Sub(ta) != 55*24*time.Hour {
		t.Errorf("difference to 2/3/99 (%s): %v, want 55 days", c, tc.Sub(ta))
	}
	shift := ta.Sub(time.Date(1998, 12, 10, 0, 0, 0, 0, time.UTC)).Hours() / 24
	if shift == 0 || shift < -60 || shift > 60 {
		t.Errorf("shift %v days outside [-60,60]\\{0}", shift)
	}
	// The same document ID gives the same shift in another generator; the
	// shift depends on the document.
	d2 := newGen(t, keyA, Options{DateShiftMaxDays: 60}).NewDocument("doc-1")
	if a2, _ := d2.Replace(entity.Date, "12/10/1998", value(entity.Date, "12/10/1998"), 0); a2 != a {
		t.Errorf("same key and document: %q vs %q", a, a2)
	}
	seen := map[int]bool{}
	for i := 0; i < 10; i++ {
		seen[g.NewDocument(fmt.Sprint("doc-", i)).shift] = true
	}
	if len(seen) < 5 {
		t.Errorf("10 documents got only %d distinct shifts", len(seen))
	}
}

func TestDateFormats(t *testing.T) {
	g := newGen(t, keyA, Options{})
	d := g.NewDocument("x")
	base, _ := d.Replace(entity.Date, "1998-12-10", value(entity.Date, "1998-12-10"), 0)
	want := parseOut(t, "2006-01-02", base)
	for _, c := range []struct{ orig, layout string }{
		{"12/10/98", "1/2/06"},
		{"12 /10 /98", "1 /2 /06"},
		{"Dec 10 '98", "Jan 2 '06"},
		{"10 Dec 1998", "2 Jan 2006"},
		{"December 10, 1998", "January 2, 2006"},
		{"Thursday, December 10, 1998", "Monday, January 2, 2006"},
		{"10th December 1998", "2 January 2006"},
	} {
		s, err := d.Replace(entity.Date, c.orig, value(entity.Date, c.orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		s = regexp.MustCompile(`(\d)(st|nd|rd|th)`).ReplaceAllString(s, "$1")
		if got := parseOut(t, c.layout, s); !got.Equal(want) {
			t.Errorf("%q -> %q = %v, want %v", c.orig, s, got.Format("2006-01-02"), want.Format("2006-01-02"))
		}
	}
	// Upper case, abbreviations and text around the date are kept.
	s, _ := d.Replace(entity.Date, "WEEK OF MARCH 25, 1974", value(entity.Date, "WEEK OF MARCH 25, 1974"), 0)
	if !strings.HasPrefix(s, "WEEK OF ") || strings.ToUpper(s) != s {
		t.Errorf("WEEK OF MARCH 25, 1974 -> %q", s)
	}
	// Month/year only: moves by whole months.
	s, _ = d.Replace(entity.Date, "12/90", value(entity.Date, "12/90"), 0)
	if !regexp.MustCompile(`^\d{1,2}/\d{2}$`).MatchString(s) || s == "12/90" {
		t.Errorf("12/90 -> %q", s)
	}
	// Day-first locale.
	// Day-first conventions: "05/12/1998" is 5 December, shifted like it.
	dayFirst := entity.Parse(entity.Date, "05/12/1998", entity.Conventions{DayFirst: true})
	s, _ = d.Replace(entity.Date, "05/12/1998", dayFirst, 0)
	named, _ := d.Replace(entity.Date, "December 5, 1998", value(entity.Date, "December 5, 1998"), 0)
	got, err := time.Parse("02/01/2006", s)
	if want := parseOut(t, "January 2, 2006", named); err != nil || !got.Equal(want) {
		t.Errorf("day-first 05/12/1998 -> %q, December 5, 1998 -> %q", s, named)
	}
	// Unparseable: a clean numeric date, nothing of the original copied.
	s, _ = d.Replace(entity.Date, "Q3 FY1987x", value(entity.Date, "Q3 FY1987x"), 0)
	if !regexp.MustCompile(`^\d{2}/\d{2}/\d{4}$`).MatchString(s) {
		t.Errorf("unparseable -> %q", s)
	}
	// A date written out in brackets: a numeric one in its brackets.
	s, _ = d.Replace(entity.Date, "(eighteenth July two thousand and fifteen)", entity.Value{}, 0)
	if !regexp.MustCompile(`^\(\d{2}/\d{2}/\d{4}\)$`).MatchString(s) {
		t.Errorf("spelled in brackets -> %q", s)
	}
	// A numeric date whose separators OCR lost becomes a numeric date, not
	// its garble redrawn.
	for _, garbled := range []string{"1104s", "O3 1597"} {
		s, _ = d.Replace(entity.Date, garbled, value(entity.Date, garbled), 0)
		if _, err := time.Parse("01/02/06", s); err != nil {
			t.Errorf("garbled %q -> %q: %v", garbled, s, err)
		}
	}
}

// TestUnsureOrderReadsBothWays: where the page leaves the order of a
// numeric date unsure, the stand-in of one that reads both ways still
// does (both fields 12 or less), on every document.
func TestUnsureOrderReadsBothWays(t *testing.T) {
	g := newGen(t, keyA, Options{})
	unsure := entity.Conventions{OrderUnsure: true}
	for i := range 40 {
		d := g.NewDocument(fmt.Sprintf("doc%d", i))
		s, err := d.Replace(entity.Date, "02-11-2025", entity.Parse(entity.Date, "02-11-2025", unsure), 0)
		if err != nil {
			t.Fatal(err)
		}
		var a, b, y int
		if _, err := fmt.Sscanf(s, "%d-%d-%d", &a, &b, &y); err != nil || a < 1 || a > 12 || b < 1 || b > 12 || s == "02-11-2025" {
			t.Fatalf("doc%d: 02-11-2025 -> %q, want both fields 12 or less", i, s)
		}
	}
}

func TestPhoneAreaCodeAndFictionalRange(t *testing.T) {
	g := newGen(t, keyA, Options{})
	s, _ := g.Replace(entity.Phone, "(614) 466- 5087", value(entity.Phone, "(614) 466- 5087"), 0)
	if strings.HasPrefix(s, "(614)") {
		t.Errorf("area code kept: %q", s)
	}
	two, _ := g.Replace(entity.Phone, "(804) 555-0118 (804) 555-0119", value(entity.Phone, "(804) 555-0118 (804) 555-0119"), 0)
	m := regexp.MustCompile(`^\((\d{3})\) 555-01\d\d \((\d{3})\) 555-01\d\d$`).FindStringSubmatch(two)
	if m == nil || m[1] != m[2] {
		t.Errorf("two numbers with one area code -> %q", two)
	}
	// Non-US locale: a 10-digit number just keeps its shape.
	de := newGen(t, keyA, Options{Locale: "de_DE"})
	s, _ = de.Replace(entity.Phone, "030 1234567", value(entity.Phone, "030 1234567"), 0)
	if !regexp.MustCompile(`^0\d{2} \d{7}$`).MatchString(s) || strings.Contains(s, "555") && strings.Contains(s, " 555") {
		t.Errorf("de_DE 030 1234567 -> %q", s)
	}
	// A name inside the span is not kept.
	s, _ = g.Replace(entity.Phone, "Ms. Joy Hensley (Sales) 312/ 555 - 0108", value(entity.Phone, "Ms. Joy Hensley (Sales) 312/ 555 - 0108"), 0)
	if strings.Contains(s, "Hensley") || strings.Contains(s, "Joy") || !strings.HasPrefix(s, "Ms. ") {
		t.Errorf("name in phone span -> %q", s)
	}
	// A label that OCR glued to the number stays.
	for _, orig := range []string{"Tel-416-555-0138", "Fax.416-555-0139"} {
		s, _ = g.Replace(entity.Phone, orig, value(entity.Phone, orig), 0)
		if s[:4] != orig[:4] || strings.HasSuffix(s, orig[4:]) {
			t.Errorf("%q -> %q: want its label and other digits", orig, s)
		}
	}
}

func TestGluedRulesNotKept(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for typ, orig := range map[entity.Type]string{
		entity.Phone:  "__(804) 555-0147",
		entity.Date:   "12/03/97__",
		entity.Person: "__Corwin Ashdale_",
	} {
		s, err := g.Replace(typ, orig, value(typ, orig), 0)
		if err != nil || strings.Contains(s, "_") {
			t.Errorf("%s %q -> %q, %v: the rule's underscores were kept", typ, orig, s, err)
		}
	}
}

func TestIPRanges(t *testing.T) {
	g := newGen(t, keyA, Options{})
	docs := []netip.Prefix{netip.MustParsePrefix("192.0.2.0/24"), netip.MustParsePrefix("198.51.100.0/24"),
		netip.MustParsePrefix("203.0.113.0/24"), netip.MustParsePrefix("2001:db8::/32")}
	for _, orig := range []string{"10.1.2.3", "172.16.254.1", "fe80::1", "2a00:1450:4001:81b::200e"} {
		s, err := g.Replace(entity.IP, orig, value(entity.IP, orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			t.Fatalf("%s -> %q: %v", orig, s, err)
		}
		in := false
		for _, p := range docs {
			in = in || p.Contains(a)
		}
		if !in {
			t.Errorf("%s -> %s is not in a documentation range", orig, s)
		}
	}
}

func TestWidthFitting(t *testing.T) {
	measure := func(s string) float64 { return 7 * float64(len([]rune(s))) }
	g := newGen(t, keyA, Options{Measure: measure, Candidates: 8})
	orig := "Mr. R. H. Orcutt"
	var widths []float64
	for k := 0; k < 8; k++ {
		c, err := g.candidate(&job{g: g, typ: entity.Person, orig: orig, value: value(entity.Person, orig), norm: normalise(entity.Person, orig), cand: k})
		if err != nil {
			t.Fatal(err)
		}
		widths = append(widths, measure(c))
	}
	lo, hi := widths[0], widths[0]
	for _, w := range widths {
		lo, hi = min(lo, w), max(hi, w)
	}
	if lo == hi {
		t.Fatalf("all 8 candidates have width %v; the test needs variety", lo)
	}
	for _, target := range []float64{1, lo, (lo + hi) / 2, hi, 1000} {
		s, err := g.Replace(entity.Person, orig, value(entity.Person, orig), target)
		if err != nil {
			t.Fatal(err)
		}
		best := 1e9
		for _, w := range widths {
			best = min(best, abs(w-target))
		}
		if got := abs(measure(s) - target); got != best {
			t.Errorf("target %v: picked %q (off by %v), best candidate is off by %v", target, s, got, best)
		}
	}
	if s, _ := g.Replace(entity.Person, orig, value(entity.Person, orig), 1); measure(s) != lo {
		t.Errorf("tiny target: width %v, want narrowest %v", measure(s), lo)
	}
	if s, _ := g.Replace(entity.Person, orig, value(entity.Person, orig), 1000); measure(s) != hi {
		t.Errorf("huge target: width %v, want widest %v", measure(s), hi)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestDocumentKeepsIdentity(t *testing.T) {
	measure := func(s string) float64 { return 7 * float64(len(s)) }
	g := newGen(t, keyA, Options{Measure: measure})
	d := g.NewDocument("d")
	a, _ := d.Replace(entity.Person, "Kevin Brasher", value(entity.Person, "Kevin Brasher"), 40)
	b, _ := d.Replace(entity.Person, "Kevin Brasher", value(entity.Person, "Kevin Brasher"), 400)
	if a != b {
		t.Errorf("a repeated name changed within the document: %q vs %q", a, b)
	}
	c, _ := d.Replace(entity.Person, "KEVIN BRASHER", value(entity.Person, "KEVIN BRASHER"), 400)
	if strings.ToUpper(a) != c {
		t.Errorf("case variant got another identity: %q vs %q", a, c)
	}
}

// TestDocumentComponentsAcrossForms: width fitting may pick different
// candidates for two forms of one name; the surname stays the same within
// the document.
func TestDocumentComponentsAcrossForms(t *testing.T) {
	measure := func(s string) float64 { return 7 * float64(len(s)) }
	g := newGen(t, keyA, Options{Measure: measure})
	for i := 0; i < 20; i++ {
		d := g.NewDocument(fmt.Sprint("forms-", i))
		a, _ := d.Replace(entity.Person, "Mr. R. H. Orcutt", value(entity.Person, "Mr. R. H. Orcutt"), float64(20+i*15))
		b, _ := d.Replace(entity.Person, "ORCUTT, R.", value(entity.Person, "ORCUTT, R."), float64(300-i*13))
		c, _ := d.Replace(entity.Address, "Orcutt Street, Chicago", value(entity.Address, "Orcutt Street, Chicago"), 500)
		e, _ := d.Replace(entity.Location, "CHICAGO", value(entity.Location, "CHICAGO"), 5)
		last := a[strings.LastIndex(a, " ")+1:]
		if got := b[:strings.Index(b, ",")]; got != strings.ToUpper(last) {
			t.Errorf("doc %d: %q and %q: surname differs", i, a, b)
		}
		if city := c[strings.Index(c, ", ")+2:]; strings.ToUpper(city) != e {
			t.Errorf("doc %d: city %q vs %q", i, c, e)
		}
	}
}

func TestGarbageDoesNotPanic(t *testing.T) {
	g := newGen(t, keyA, Options{Measure: func(s string) float64 { return float64(len(s)) }})
	inputs := []string{"", "   ", "---", "\xff\xfe\x00", "@", "://", "0", "0.0", "(", "Mr.", "& and",
		strings.Repeat("x9-", 2000), "ÄÖÜ ßé", "12/45/99", "99/99/9999", "Feb 30, 2001", "1:::2", "a@b@c"}
	for _, typ := range append(typeNames(), "bogus", "") {
		for _, in := range inputs {
			s, err := g.Replace(typ, in, value(typ, in), 50)
			if err == nil && s == in && hasAlnum(in) {
				t.Errorf("%s %q returned unchanged", typ, in)
			}
			if err == nil && !hasAlnum(in) {
				t.Errorf("%s %q: no error for a value without letters or digits", typ, in)
			}
		}
	}
	if _, err := g.Replace("bogus", "x", entity.Value{}, 0); !errors.Is(err, ErrUnknownType) {
		t.Errorf("unknown type: %v", err)
	}
	if _, err := g.Replace(entity.Person, " ", value(entity.Person, " "), 0); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: %v", err)
	}
}

func typeNames() []entity.Type {
	var out []entity.Type
	for k := range generators {
		out = append(out, k)
	}
	return out
}

func TestErrorsDoNotLeak(t *testing.T) {
	g := newGen(t, keyA, Options{})
	secret := "Zyxwvut"
	for _, typ := range typeNames() {
		for _, in := range []string{secret, secret + " 0", "0.0 " + secret} {
			if _, err := g.Replace(typ, in, value(typ, in), 0); err != nil && strings.Contains(err.Error(), secret) {
				t.Errorf("%s: error leaks the original: %v", typ, err)
			}
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	g := newGen(t, keyA, Options{})
	d := g.NewDocument("c")
	want, _ := d.Replace(entity.Person, "John H. M. Stallard", value(entity.Person, "John H. M. Stallard"), 0)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for k := 0; k < 50; k++ {
				if s, _ := d.Replace(entity.Person, "John H. M. Stallard", value(entity.Person, "John H. M. Stallard"), 0); s != want {
					errs <- s
				}
				_, _ = g.Replace(entity.Date, "12/10/98", value(entity.Date, "12/10/98"), 0)
			}
		})
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("concurrent result %q, want %q", s, want)
	}
}

func BenchmarkReplace(b *testing.B) {
	g, _ := New(keyA, Options{})
	d := g.NewDocument("bench")
	vals := []struct {
		typ  entity.Type
		text string
	}{{entity.Person, "Mr. R. H. Orcutt"}, {entity.Date, "December 10, 1998"},
		{entity.Phone, "(614) 466- 5087"}, {entity.Address, "418 Bellhaven Avenue, New York, NY 10036"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := vals[i%len(vals)]
		text := v.text + fmt.Sprint(i%7)
		if _, err := d.Replace(v.typ, text, value(v.typ, text), 0); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNamesJoinedBySlash: "Lassiter/Douglas" (two people in one field)
// becomes two names, not letters drawn at random.
func TestNamesJoinedBySlash(t *testing.T) {
	g := newGen(t, keyA, Options{})
	orig := "Blend Lassiter/Douglas"
	s, err := g.Replace(entity.Person, orig, value(entity.Person, orig), 0)
	if err != nil {
		t.Fatal(err)
	}
	_, pair, ok := strings.Cut(s, " ")
	a, b, slash := strings.Cut(pair, "/")
	if !ok || !slash || !nameList(a) || !nameList(b) {
		t.Errorf("%q -> %q, want two surnames joined by /", orig, s)
	}
}

// nameList reports a surname of the surrogate's name lists (gofakeit's),
// in any case.
func nameList(w string) bool {
	for _, n := range data.Person["last"] {
		if strings.EqualFold(n, w) {
			return true
		}
	}
	return false
}

// TestNameFormsAcrossAccents: a surname read with and without its accent
// ("MELENDEZ" in a grid, "Meléndez" in the prose) gets one surrogate.
func TestNameFormsAcrossAccents(t *testing.T) {
	g := newGen(t, keyA, Options{})
	d := g.NewDocument("doc")
	a, _ := d.Replace(entity.Person, "RUBIO MELENDEZ, Manuel", value(entity.Person, "RUBIO MELENDEZ, Manuel"), 0)
	b, _ := d.Replace(entity.Person, "Manuel Rubio Meléndez", value(entity.Person, "Manuel Rubio Meléndez"), 0)
	// "MELENDEZ" is a family name in both forms; the parser reads "RUBIO"
	// as a given name in the first (the detector settles such roles across
	// the page, pii.settleNameRoles), so only the last surname is compared.
	fa := strings.Fields(strings.ReplaceAll(a, ",", ""))
	fb := strings.Fields(b)
	if len(fa) != 3 || len(fb) != 3 || !strings.EqualFold(fa[1], fb[2]) {
		t.Errorf("%q and %q: the surnames differ", a, b)
	}
}

// TestStandInIsNoAccentedOriginal: a drawn name that is the original with
// accents ("Irarrázaval" for "Irarrazaval") is the same name, never taken.
func TestStandInIsNoAccentedOriginal(t *testing.T) {
	draws := []string{"Irarrázaval", "IRARRAZAVAL", "Fuenzalida"}
	k := 0
	got := closestLength("Irarrazaval", func() string { s := draws[k%len(draws)]; k++; return s }, nil)
	if got != "Fuenzalida" {
		t.Errorf("stand-in %q, want Fuenzalida", got)
	}
}

// TestUnparsedEmailKeepsNoDomain: an address the parser could not read
// (OCR lost its domain's dot) still gets a reserved domain, not a redraw of
// the original's.
func TestUnparsedEmailKeepsNoDomain(t *testing.T) {
	g, err := New([]byte("k"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := g.Replace(entity.Email, "epenna@parisi-lucchese-s-rit", entity.Value{}, 0)
	if err != nil || !regexp.MustCompile(`^[a-z]+@example\.com$`).MatchString(s) {
		t.Errorf("got %q, %v", s, err)
	}
}

// TestMatchCaseKeepsOwnCapitals: a stand-in for a name in title case keeps
// the capitals of its own ("McCullough", not "Mccullough"); one in capitals
// follows the original.
func TestMatchCaseKeepsOwnCapitals(t *testing.T) {
	for _, c := range []struct{ like, s, want string }{
		{"Baumgartner", "McCullough", "McCullough"},
		{"Baumgartner", "MCCULLOUGH", "Mccullough"},
		{"BAUMGARTNER", "McCullough", "MCCULLOUGH"},
		{"baumgartner", "McCullough", "mccullough"},
		{"Baumgartner", "smith", "Smith"},
		{"Baumgartner", "reichenbach/vogtland", "Reichenbach/Vogtland"}, // a town and its district
	} {
		if got := matchCase(c.like, c.s); got != c.want {
			t.Errorf("matchCase(%q, %q) = %q, want %q", c.like, c.s, got, c.want)
		}
	}
}

// TestGivenNameAloneStaysOne: a given name written alone ("his wife,
// Martha,") gets a given name of the same sex, not a family name.
func TestGivenNameAloneStaysOne(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for i, orig := range []string{"Martha,", "Denise", "Robert"} {
		s, err := g.NewDocument(itoa(i)).Replace(entity.Person, orig, value(entity.Person, orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		want := guessGender(strings.Trim(orig, ","))
		if got := guessGender(strings.Trim(s, ",")); got != want || want == genderUnknown {
			t.Errorf("%q -> %q: sex %v, want %v", orig, s, got, want)
		}
	}
}

// TestGivenNameAloneAsItWasInTheFullName: a word alone that the document
// named a given name before, though no list knows its sex ("Keep it up,
// Joan." after "NAMUBIRU Joan Ainembabazi"), gets the full name's given
// stand-in, with or without its period.
func TestGivenNameAloneAsItWasInTheFullName(t *testing.T) {
	d := newGen(t, keyA, Options{}).NewDocument("report")
	full, err := d.Replace(entity.Person, "NAMUBIRU Joan Ainembabazi", value(entity.Person, "NAMUBIRU Joan Ainembabazi"), 0)
	if err != nil {
		t.Fatal(err)
	}
	given := strings.Fields(full)[1]
	for _, orig := range []string{"Joan", "Joan."} {
		s, err := d.Replace(entity.Person, orig, value(entity.Person, orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimSuffix(s, ".") != given {
			t.Errorf("%q -> %q, full name -> %q: given names differ", orig, s, full)
		}
	}
}

// TestTitledNameAloneIsAFamilyName: one name after a title ("Frau
// Brandt") is the family name, replaced as that name is in the full
// name ("Katharina Brandt"), though a given-name list holds it too.
func TestTitledNameAloneIsAFamilyName(t *testing.T) {
	d := newGen(t, keyA, Options{}).NewDocument("zeugnis")
	full, err := d.Replace(entity.Person, "Katharina Brandt", value(entity.Person, "Katharina Brandt"), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, orig := range []string{"Brandt", "Martha"} {
		v := value(entity.Person, orig)
		v.Name.Sex, v.Name.Titled = entity.Female, true
		s, err := d.Replace(entity.Person, orig, v, 0)
		if err != nil {
			t.Fatal(err)
		}
		if orig == "Brandt" && !strings.HasSuffix(full, " "+s) {
			t.Errorf("%q -> %q, full name -> %q: surnames differ", orig, s, full)
		}
		if !slices.Contains(data.Person["last"], s) {
			t.Errorf("titled %q -> %q: no family name", orig, s)
		}
	}
}

// TestNamesOfThePagesCountry: on a page placed in a country with name
// lists the stand-ins are that country's names, of the title's sex, and
// without accents where the original has none; a country without lists
// keeps the default ones.
func TestNamesOfThePagesCountry(t *testing.T) {
	d := newGen(t, keyA, Options{})
	pl := namesByCountry()["PL"]
	if pl == nil || len(pl.female) < 20 || len(pl.family) < 20 {
		t.Fatal("no Polish names in the generated list")
	}
	origs := []string{"Ewa Wiśniewska", "Anna Kowalska", "Maria Nowak", "Agata Lewandowska", "Ewa Zielinska",
		"Olga Mazur", "Beata Krawczyk", "Iwona Kaczmarek", "Zofia Grabowska", "Alicja Jankowska", "Irena Kozlowska"}
	for i, orig := range origs {
		v := value(entity.Person, orig)
		v.Name.Country, v.Name.Sex = "PL", entity.Female
		s, err := d.NewDocument(itoa(i)).Replace(entity.Person, orig, v, 0)
		if err != nil {
			t.Fatal(err)
		}
		given, family, _ := strings.Cut(s, " ")
		if !slices.Contains(pl.female, given) || !slices.Contains(pl.family, family) {
			t.Errorf("%q -> %q: not a Polish woman's given name and a Polish family name", orig, s)
		}
		if lexicon.IsASCII(orig) && !lexicon.IsASCII(s) {
			t.Errorf("%q -> %q: accents the original has not", orig, s)
		}
	}
	v := value(entity.Person, "Anna Kowalska")
	v.Name.Country = "XX"
	s, err := d.NewDocument("x").Replace(entity.Person, "Anna Kowalska", v, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, family, _ := strings.Cut(s, " "); !slices.Contains(data.Person["last"], family) {
		t.Errorf("no lists for XX: %q -> %q, want a default family name", "Anna Kowalska", s)
	}
}

// TestGivenNamesBySex: the generated list reads, the stand-ins are drawn
// from each sex's most frequent names, and a name that both sexes bear
// says no sex.
func TestGivenNamesBySex(t *testing.T) {
	if len(femaleFirst) != drawnGiven || len(maleFirst) != drawnGiven {
		t.Fatalf("drawn lists: %d female, %d male, want %d each", len(femaleFirst), len(maleFirst), drawnGiven)
	}
	for word, want := range map[string]gender{
		"Mary": genderFemale, "DOROTHY": genderFemale, "James": genderMale,
		"Jordan": genderUnknown, "Kelly": genderUnknown, "Zork": genderUnknown,
	} {
		if got := guessGender(word); got != want {
			t.Errorf("guessGender(%q) = %d, want %d", word, got, want)
		}
	}
}

// TestGenderFromAnyCountrysList: a given name that no default list and no
// list of the page's country holds takes the one sex every country's list
// gives it ("Petra" on a Czech page, for which there are no lists).
func TestGenderFromAnyCountrysList(t *testing.T) {
	if got := anyCountryGender("Petra"); got != genderFemale {
		t.Fatalf("anyCountryGender(Petra) = %d, want female", got)
	}
	g := newGen(t, keyA, Options{})
	for _, name := range []string{"Petra Novakova", "Petra Svobodova", "Petra Dvorakova", "Petra Cerna", "Petra Prochazkova", "Petra Kucerova"} {
		v := value(entity.Person, name)
		v.Name.Country = "CZ"
		s, err := g.Replace(entity.Person, name, v, 0)
		if err != nil {
			t.Fatal(err)
		}
		if first := strings.Fields(s)[0]; guessGender(first) == genderMale || countryGender("SK", first) == genderMale {
			t.Errorf("%s -> %q: a man's given name", name, s)
		}
	}
}

// TestSlashKeepsOrdinaryWord: a name glued by a slash to what a transfer
// was for keeps that word; two names joined so both change.
func TestSlashKeepsOrdinaryWord(t *testing.T) {
	g := newGen(t, keyA, Options{})
	s, err := g.Replace(entity.Person, "NGOZI EZE/RENT", value(entity.Person, "NGOZI EZE/RENT"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(s, "/RENT") || strings.Contains(s, "EZE") || strings.Contains(s, "NGOZI") {
		t.Errorf("NGOZI EZE/RENT -> %q, want a new name and /RENT", s)
	}
	s, _ = g.Replace(entity.Person, "Lassiter/Douglas", value(entity.Person, "Lassiter/Douglas"), 0)
	if strings.Contains(s, "Douglas") || strings.Contains(s, "Lassiter") || !strings.Contains(s, "/") {
		t.Errorf("Lassiter/Douglas -> %q, want two new names", s)
	}
}

// TestNamesOfACountrysLanguage: a country without lists draws from the
// lists of a country that speaks its language; an English-speaking one
// keeps the default lists.
func TestNamesOfACountrysLanguage(t *testing.T) {
	if c := namesOf("CL"); c == nil || !slices.Contains([]*countryNames{namesByCountry()["ES"], namesByCountry()["MX"]}, c) {
		t.Errorf("Chile: want Spain's or Mexico's names")
	}
	if c := namesOf("KE"); c != nil {
		t.Errorf("Kenya: want the default lists")
	}
}

// TestGivenNamesOfOnePersonShareASex: given names that no list sexes
// ("Zork Blix Qwan") are replaced by given names of one sex.
func TestGivenNamesOfOnePersonShareASex(t *testing.T) {
	d := newGen(t, keyA, Options{})
	for i := range 8 {
		orig := "Zork Blix Qwan Smith"
		s, err := d.NewDocument(itoa(i)).Replace(entity.Person, orig, value(entity.Person, orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		ws := strings.Fields(s)
		f, m := 0, 0
		for _, w := range ws[:3] {
			switch guessGender(w) {
			case genderFemale:
				f++
			case genderMale:
				m++
			}
		}
		if f > 0 && m > 0 {
			t.Errorf("%q -> %q: given names of both sexes", orig, s)
		}
	}
}

// TestSurnameFirstKeepsItsOrder: a name written family name first, its
// given name second ("ZANETTI ALESSANDRO"), gets a stand-in in that order
// and of the given name's sex; one written given name first keeps its,
// and so do two given names, the first one no list holds ("Folasade
// Omolara").
func TestSurnameFirstKeepsItsOrder(t *testing.T) {
	d := newGen(t, keyA, Options{})
	for i := range 8 {
		for orig, want := range map[string]gender{"ZANETTI ALESSANDRO": genderMale, "Aiello Giulia": genderFemale} {
			s, err := d.NewDocument(itoa(i)).Replace(entity.Person, orig, value(entity.Person, orig), 0)
			if err != nil {
				t.Fatal(err)
			}
			ws := strings.Fields(s)
			if len(ws) != 2 || knownGiven(ws[0]) && !knownGiven(ws[1]) || guessGender(ws[1]) != want && anyCountryGender(ws[1]) != want {
				t.Errorf("%q -> %q: want a family name, then a given name of the same sex", orig, s)
			}
		}
		for _, orig := range []string{"Giulia Zanetti", "Folasade Omolara"} {
			s, err := d.NewDocument(itoa(i)).Replace(entity.Person, orig, value(entity.Person, orig), 0)
			if err != nil {
				t.Fatal(err)
			}
			if ws := strings.Fields(s); len(ws) != 2 || !knownGiven(ws[0]) || !knownFamily(ws[1]) {
				t.Errorf("%q -> %q: want a given name, then a family name", orig, s)
			}
		}
	}
}

// TestNameWordsNotTheOriginals: no stand-in holds a word of the name it
// replaces, in another place ("Albuquerque" drawn as "Nogueira" in
// "Beatriz Nogueira Albuquerque"), over some 3,500 names.
func TestNameWordsNotTheOriginals(t *testing.T) {
	g := newGen(t, keyA, Options{})
	lasts := data.Person["last"]
	for i, f := range data.Person["first"][:60] {
		if len(f) < 3 {
			continue // "Al" stays, a particle
		}
		for k := range 60 {
			orig := f + " " + lasts[(i*60+k)%len(lasts)] + " " + lasts[(i*60+k+1)%len(lasts)]
			s, err := g.Replace(entity.Person, orig, value(entity.Person, orig), 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range strings.Fields(s) {
				if slices.Contains(strings.Fields(orig), w) {
					t.Errorf("%q -> %q: a word of the original", orig, s)
				}
			}
		}
	}
}

// TestNameWordReadLowerCase: a name word that OCR read in lower case, its
// capital "I" read as "l" ("Meenakshi lyer"), gets a stand-in in the
// name's title case.
func TestNameWordReadLowerCase(t *testing.T) {
	d := newGen(t, keyA, Options{})
	for i := range 8 {
		s, err := d.NewDocument(itoa(i)).Replace(entity.Person, "Meenakshi lyer", value(entity.Person, "Meenakshi lyer"), 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(s) {
			if caseOf(w) != caseTitle {
				t.Errorf("%q -> %q: want every word in title case", "Meenakshi lyer", s)
			}
		}
	}
}

// TestNationalIDsKeepTheirCheckDigits: a national identity number whose
// check digits hold gets a stand-in of the same scheme whose check digits
// hold too.
func TestNationalIDsKeepTheirCheckDigits(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for _, n := range []string{"850412-1230", "131052-308T", "85.07.30-033.28", "12345678Z", "RSSMRA85T10A562S",
		"529.982.247-25", "1 85 06 75 123 456 89", "1850612400128", "85031512344", "0101990710008"} {
		sc := wholeNationalID(n)
		if sc == nil {
			t.Fatalf("%q: no national ID", n)
		}
		for i := range 6 {
			s, err := g.NewDocument(itoa(i)).Replace(entity.ID, n, value(entity.ID, n), 0)
			if err != nil {
				t.Fatal(err)
			}
			if s == n || !sc.Holds(s) {
				t.Errorf("%q -> %q: want another %s whose check digits hold", n, s, sc.Name)
			}
		}
	}
}

// TestNameWordsDrawnOnce: no stand-in repeats a word of its own name
// ("Guadalupe Hernandez Rios" had become "Christina Christina Reyes"),
// over 3,600 names of two given names and a surname.
func TestNameWordsDrawnOnce(t *testing.T) {
	g := newGen(t, keyA, Options{})
	firsts, middles := data.Person["first"][:60], data.Person["first"][60:120]
	for _, f := range firsts {
		for _, m := range middles {
			orig := f + " " + m + " Rios"
			s, err := g.Replace(entity.Person, orig, value(entity.Person, orig), 0)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, w := range strings.Fields(s) {
				if seen[strings.ToLower(w)] {
					t.Errorf("%q -> %q: a word twice", orig, s)
				}
				seen[strings.ToLower(w)] = true
			}
		}
	}
}

// TestMaskedNumberKeepsItsMask redraws the digits a masked number shows
// and keeps its mask ("XXXXXX4471" had become "JNRLNK7058").
func TestMaskedNumberKeepsItsMask(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for _, orig := range []string{"XXXXXX4471", "xxxx7731"} {
		s, err := g.Replace(entity.ID, orig, value(entity.ID, orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		n := len(orig) - 4
		if len(s) != len(orig) || s[:n] != orig[:n] || s[n:] == orig[n:] {
			t.Errorf("%q -> %q, want the mask kept and the digits redrawn", orig, s)
		}
	}
}

// TestMaskedCardKeepsItsGroups keeps a masked card's hidden groups and
// the hidden end of a group ("5412 75XX XXXX 3390"), and redraws the
// digits it shows.
func TestMaskedCardKeepsItsGroups(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for _, orig := range []string{"5412 75XX XXXX 3390", "5189 **** **** 7742"} {
		s, err := g.Replace(entity.ID, orig, value(entity.ID, orig), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(s) != len(orig) || s[7:15] != orig[7:15] || s[:4] == orig[:4] || s[15:] == orig[15:] {
			t.Errorf("%q -> %q, want the hidden digits kept hidden and the shown ones redrawn", orig, s)
		}
	}
}

// TestOneWordForOne: a name of one word is replaced by one of one word,
// not by one with a particle ("van der Heijden" drew "van der Van Dam").
func TestOneWordForOne(t *testing.T) {
	draws := []string{"Van Dam", "De Vries", "Jansen", "Van Dam"}
	k := 0
	got := closestLength("Heijden", func() string { k++; return draws[(k-1)%len(draws)] }, nil)
	if got != "Jansen" {
		t.Fatalf("got %q, want the one-word draw", got)
	}
}

// TestNoSurrogateOneEditFromTheOriginal: a stand-in one edit away from the
// original would read as a leak; none is drawn, for any key.
func TestNoSurrogateOneEditFromTheOriginal(t *testing.T) {
	for _, key := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		s, err := newGen(t, []byte(key), Options{}).Replace(entity.ID, "AB-12345", entity.Value{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if nearlyOriginal(s, "AB-12345") {
			t.Errorf("key %s: %q is one edit from the original", key, s)
		}
	}
	if !nearlyOriginal("13 Station Parade", "12 Station Parade") || nearlyOriginal("47 Station Parade", "12 Station Parade") {
		t.Error("nearlyOriginal")
	}
}

// TestAGivenNameKeepsItsSexInTheDocument: a given name no list holds
// takes its sex from a title ("Herr"); a later mention without one, in
// the same document, takes the same sex and so the same stand-in.
func TestAGivenNameKeepsItsSexInTheDocument(t *testing.T) {
	g := newGen(t, keyA, Options{})
	for i := range 20 {
		d := g.NewDocument(fmt.Sprintf("doc%d", i))
		titled, err := d.Replace(entity.Person, "Herr Rüdiger Vossenkämper", value(entity.Person, "Herr Rüdiger Vossenkämper"), 0)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := d.Replace(entity.Person, "Vossenkämper, Rüdiger", value(entity.Person, "Vossenkämper, Rüdiger"), 0)
		if err != nil {
			t.Fatal(err)
		}
		given := strings.Fields(titled)[1]
		if !strings.HasSuffix(plain, " "+given) {
			t.Errorf("doc%d: %q then %q: the given name differs", i, titled, plain)
		}
	}
}

// TestStandInWritesNoOriginalName: a stand-in never writes a name that
// another value of the document holds (Document.Avoid): the names a
// document's stand-in draws are drawn again when they are the page's.
func TestStandInWritesNoOriginalName(t *testing.T) {
	g := newGen(t, keyA, Options{})
	const orig = "Stephanie Washington"
	first, err := g.NewDocument("letter").Replace(entity.Person, orig, value(entity.Person, orig), 0)
	if err != nil {
		t.Fatal(err)
	}
	d := g.NewDocument("letter")
	d.Avoid(value(entity.Person, first)) // the page names someone as the stand-in would
	s, err := d.Replace(entity.Person, orig, value(entity.Person, orig), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range strings.Fields(first) {
		if slices.Contains(strings.Fields(s), w) {
			t.Errorf("%q -> %q writes %q, a name of the page", orig, s, w)
		}
	}
	// The value's own words stay where the generator keeps them.
	d.Avoid(value(entity.Person, "Lane Okafor"))
	a, err := d.Replace(entity.Address, "14 Green Lane", value(entity.Address, "14 Green Lane"), 0)
	if err != nil || a == "" {
		t.Errorf("address beside a person named Lane: %q, %v", a, err)
	}
}
