package dataset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// TextKind is a class of generated text.
type TextKind string

// Text kinds of the synthetic source.
const (
	KindName    TextKind = "name"
	KindDate    TextKind = "date"
	KindNumber  TextKind = "number"
	KindAddress TextKind = "address"
	KindWord    TextKind = "word"
	KindEmail   TextKind = "email"
)

// textWeights is the mix of kinds (names and numbers dominate PII fields).
var textWeights = []struct {
	kind TextKind
	w    float64
}{{KindName, 0.28}, {KindDate, 0.14}, {KindNumber, 0.2}, {KindAddress, 0.12}, {KindWord, 0.2}, {KindEmail, 0.06}}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"}

// RandomText draws a text of a random kind; maxRunes bounds its length
// (>= 1). The same rng state gives the same text.
func RandomText(rng *rand.Rand, maxRunes int) (string, TextKind) {
	f := gofakeit.NewFaker(rand.NewPCG(rng.Uint64(), rng.Uint64()), false)
	x := rng.Float64()
	kind := KindWord
	for _, tw := range textWeights {
		if x < tw.w {
			kind = tw.kind
			break
		}
		x -= tw.w
	}
	var s string
	for try := 0; try < 6; try++ {
		s = textOf(kind, rng, f)
		if utf8.RuneCountInString(s) <= maxRunes {
			return s, kind
		}
	}
	// Keep whole runes only.
	r := []rune(s)
	if len(r) > maxRunes {
		r = r[:max(1, maxRunes)]
	}
	return strings.TrimSpace(string(r)), kind
}

func textOf(kind TextKind, rng *rand.Rand, f *gofakeit.Faker) string {
	switch kind {
	case KindName:
		first, last := f.FirstName(), f.LastName()
		switch rng.IntN(7) {
		case 0:
			return last
		case 1:
			return first
		case 2:
			return last + ", " + first
		case 3:
			return firstRune(first) + ". " + last
		case 4:
			return strings.ToUpper(last)
		default:
			return first + " " + last
		}
	case KindDate:
		d := f.Date()
		y, m, day := d.Year()%100+1950, int(d.Month()), d.Day()
		switch rng.IntN(7) {
		case 0:
			return fmt.Sprintf("%02d/%02d/%04d", m, day, y)
		case 1:
			return fmt.Sprintf("%d/%d/%02d", m, day, y%100)
		case 2:
			return fmt.Sprintf("%s %d, %d", months[m-1], day, y)
		case 3:
			return fmt.Sprintf("%d %s %d", day, months[m-1][:3], y)
		case 4:
			return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
		case 5:
			return fmt.Sprintf("%02d.%02d.%d", day, m, y)
		default:
			return fmt.Sprintf("%s %d", months[m-1][:3]+".", y)
		}
	case KindNumber:
		switch rng.IntN(7) {
		case 0:
			return fmt.Sprintf("%d", f.Number(1, 99999))
		case 1:
			return fmt.Sprintf("$%d.%02d", f.Number(1, 9999), f.Number(0, 99))
		case 2:
			n := f.Number(1000, 999999)
			return fmt.Sprintf("%d,%03d.%02d", n/1000, n%1000, f.Number(0, 99))
		case 3:
			return fmt.Sprintf("(%03d) %03d-%04d", f.Number(200, 989), f.Number(200, 999), f.Number(0, 9999))
		case 4:
			return fmt.Sprintf("%03d-%02d-%04d", f.Number(100, 899), f.Number(1, 99), f.Number(1, 9999))
		case 5:
			return fmt.Sprintf("%s%d", strings.ToUpper(f.Letter()+f.Letter()), f.Number(1000, 9999999))
		default:
			return fmt.Sprintf("%03d-%04d", f.Number(200, 999), f.Number(0, 9999))
		}
	case KindAddress:
		switch rng.IntN(5) {
		case 0:
			return f.StreetNumber() + " " + f.StreetName() + " " + f.StreetSuffix()
		case 1:
			return f.City()
		case 2:
			return f.City() + ", " + f.StateAbr()
		case 3:
			return f.Zip()
		default:
			return f.StateAbr() + " " + f.Zip()
		}
	case KindEmail:
		return strings.ToLower(firstRune(f.FirstName())+f.LastName()) + "@" + strings.ToLower(f.Noun()) + ".com"
	default:
		w := f.Word()
		switch rng.IntN(8) {
		case 0:
			return strings.ToUpper(w)
		case 1:
			return capitalize(w) + ":"
		case 2:
			return capitalize(w)
		case 3:
			return w + " " + f.Noun()
		case 4:
			return f.Company()
		default:
			return w
		}
	}
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func capitalize(s string) string {
	f := firstRune(s)
	return strings.ToUpper(f) + s[len(f):]
}
