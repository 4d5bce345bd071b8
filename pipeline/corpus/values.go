package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
)

// gen draws the values of one page: every choice comes from r, the words
// from the country's faker locale.
type gen struct {
	r *rand.Rand
	c *country
	d *localeData
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// fill replaces '#' with a digit, '!' with a digit 2-9 and '?' with a
// capital letter.
func (g *gen) fill(pattern string) string {
	var b strings.Builder
	for _, r := range pattern {
		switch r {
		case '#':
			b.WriteByte(byte('0' + g.r.IntN(10)))
		case '!':
			b.WriteByte(byte('2' + g.r.IntN(8)))
		case '?':
			b.WriteByte(byte('A' + g.r.IntN(26)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// person is one fake person.
type person struct {
	first, last string
	female      bool
}

func (g *gen) person() person {
	p := person{female: g.chance(0.5), last: g.pick(g.d.Last)}
	if p.female {
		p.first = g.pick(g.d.FirstFemale)
	} else {
		p.first = g.pick(g.d.FirstMale)
	}
	if g.c.code == "ES" && g.chance(0.7) {
		// Spanish names carry both family names.
		p.last += " " + g.pick(g.d.Last)
	}
	return p
}

// honorifics are Mr, Mrs and Dr in each language.
var honorifics = map[string][3]string{
	"en": {"Mr", "Mrs", "Dr"},
	"de": {"Herr", "Frau", "Dr."},
	"fr": {"M.", "Mme", "Dr"},
	"es": {"Sr.", "Sra.", "Dr."},
	"it": {"Sig.", "Sig.ra", "Dott."},
}

// honorific is the polite title for p in the page's language.
func (g *gen) honorific(p person) string {
	h := honorifics[g.c.lang]
	if p.female {
		return h[1]
	}
	return h[0]
}

// name prints a person the ways documents do: "Anna Schmidt", "A.
// Schmidt", "SCHMIDT Anna", "Schmidt, Anna".
func (g *gen) name(p person) string {
	switch g.r.IntN(8) {
	case 0:
		return initial(p.first) + " " + p.last
	case 1:
		return p.last + ", " + p.first
	case 2:
		if g.c.code == "FR" || g.c.code == "IT" {
			return strings.ToUpper(p.last) + " " + p.first
		}
	}
	return p.first + " " + p.last
}

func initial(s string) string {
	for _, r := range s {
		return string(r) + "."
	}
	return s
}

// company draws a company name from the locale.
func (g *gen) company() string { return g.pick(g.d.Companies) }

// domain makes a web domain from a name: "Müller & Söhne" -> "mueller-soehne".
func domain(name string) string {
	repl := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "è", "e", "ê", "e", "à", "a", "á", "a", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ç", "c", "ò", "o", "ì", "i", "ù", "u")
	s := repl.Replace(strings.ToLower(name))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if len(out) > 20 {
		out = strings.TrimRight(out[:20], "-")
	}
	if out == "" {
		out = "mail"
	}
	return out
}

// tld is the country's web domain ending.
func (g *gen) tld() string {
	switch g.c.code {
	case "US":
		return g.pick([]string{".com", ".net", ".org"})
	case "GB":
		return ".co.uk"
	case "IN":
		return g.pick([]string{".in", ".co.in", ".com"})
	}
	return "." + strings.ToLower(g.c.code)
}

// email is a person's address at a domain.
func (g *gen) email(p person, dom string) string {
	f, l := domain(p.first), domain(p.last)
	switch g.r.IntN(3) {
	case 0:
		return f + "." + l + "@" + dom
	case 1:
		return f[:1] + l + "@" + dom
	}
	return l + "@" + dom
}

// phone draws a number in the country's plan: domestic or mobile, with or
// without the +CC prefix.
func (g *gen) phone() string {
	var s string
	if g.chance(0.4) {
		s = g.fill(g.pick(g.c.mobile))
	} else {
		s = g.fill(g.pick(g.c.domestic))
	}
	if !g.chance(0.4) {
		return s
	}
	if g.c.code == "US" {
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
		return "+1 " + digits[:3] + "-" + digits[3:6] + "-" + digits[6:]
	}
	s = strings.NewReplacer("(", "", ")", "").Replace(s)
	if g.c.trunk0 && strings.HasPrefix(s, "0") {
		if g.chance(0.2) {
			return "+" + g.c.cc + " (0)" + s[1:]
		}
		s = s[1:]
	}
	return "+" + g.c.cc + " " + s
}

// day draws a date between the years lo and hi.
func (g *gen) day(lo, hi int) time.Time {
	start := time.Date(lo, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(hi, 12, 31, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	return start.AddDate(0, 0, g.r.IntN(days+1))
}

// date prints a date in one of the country's styles.
func (g *gen) date(t time.Time) string {
	return g.c.formatDate(t, []int{dateNumeric, dateNumeric, dateLong, dateShort}[g.r.IntN(4)])
}

// iban draws a valid IBAN in groups of four (sometimes unspaced); ok is
// false where the country does not use IBANs.
func (g *gen) iban() (string, bool) {
	if g.c.ibanBBAN == "" {
		return "", false
	}
	bban := g.fill(g.c.ibanBBAN)
	s := g.c.code + ibanCheck(g.c.code, bban) + bban
	if g.chance(0.2) {
		return s, true
	}
	return groupIBAN(s), true
}

// dniLetters are the check letters of a Spanish DNI (number mod 23).
const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// nationalID draws the country's personal identity number and its entity
// type (US social security numbers are US_SSN).
func (g *gen) nationalID() (string, string) {
	switch g.c.code {
	case "US":
		return fmt.Sprintf("%03d-%02d-%04d", g.between(100, 665), g.between(10, 99), g.between(1000, 9999)), "US_SSN"
	case "GB":
		return g.fill("?? ## ## ## ") + g.pick([]string{"A", "B", "C", "D"}), "ID" // National Insurance number
	case "DE":
		return g.fill("## ### ### ###"), "ID" // Steuer-ID
	case "FR":
		return fmt.Sprintf("%d %s %02d %s %s %s %s", 1+g.r.IntN(2), g.fill("##"), g.between(1, 12), g.fill("##"), g.fill("###"), g.fill("###"), g.fill("##")), "ID" // NIR
	case "ES":
		n := g.between(10000000, 99999999)
		return fmt.Sprintf("%d%c", n, dniLetters[n%23]), "ID" // DNI
	case "IT":
		return g.fill("??????##?##?###?"), "ID" // codice fiscale shape
	default:
		return g.fill("#### #### ####"), "ID" // Aadhaar
	}
}

// recordID draws a record number of the given kind in a local shape:
// "mrn", "patient", "hospital", "doctor", "member", "policy", "invoice",
// "customer", "employee", "account".
func (g *gen) recordID(kind string) string {
	y := g.between(2015, 2025)
	switch kind {
	case "mrn":
		return g.pick([]string{g.fill("########"), g.fill("?#######"), g.fill("MRN-######"), g.fill("##-###-###")})
	case "patient":
		return g.pick([]string{g.fill("P") + g.fill("#######"), fmt.Sprintf("%d/%s", y, g.fill("######")), g.fill("??#######")})
	case "hospital":
		return g.pick([]string{g.fill("H-####-##"), g.fill("??###"), g.fill("HSP#####")})
	case "doctor":
		return g.pick([]string{g.fill("D#####"), g.fill("??-####"), g.fill("#########")})
	case "member":
		return g.pick([]string{g.fill("???#########"), g.fill("M########"), g.fill("#### #### ##")})
	case "policy":
		return g.pick([]string{g.fill("POL-#######"), g.fill("??########"), fmt.Sprintf("%s/%d/%s", g.fill("??"), y, g.fill("#####"))})
	case "invoice":
		return g.pick([]string{fmt.Sprintf("%d-%s", y, g.fill("#####")), g.fill("INV-######"), g.fill("R######"), fmt.Sprintf("%s/%d", g.fill("####"), y)})
	case "customer":
		return g.pick([]string{g.fill("C-######"), g.fill("K######"), g.fill("########"), g.fill("CU#####")})
	case "employee":
		return g.pick([]string{g.fill("E#####"), g.fill("######"), g.fill("EMP-####")})
	default:
		return g.fill("############")
	}
}
