package synthdoc

import (
	"fmt"
	"strings"
	"time"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/anonymizer-project/anonymizer/pipeline/checksum"
)

// values draws fake personal data in the formats OCR meets on real
// documents. Everything comes from one seeded faker, so a seed fixes every
// value.
type values struct {
	f *gofakeit.Faker
}

func (v values) pick(list []string) string { return list[v.f.IntN(len(list))] }

func (v values) chance(p float64) bool { return v.f.Float64() < p }

func (v values) digits(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + v.f.IntN(10)))
	}
	return b.String()
}

// person is one fake person with the parts the formats need.
type person struct {
	First, Middle, Last string
	Title               string // Mr., Ms., Dr.
}

func (v values) person() person {
	p := person{First: asciiWord(v.f.FirstName()), Last: asciiWord(v.f.LastName())}
	p.Middle = string(rune('A' + v.f.IntN(26)))
	p.Title = v.pick([]string{"Mr.", "Ms.", "Dr.", "Mrs."})
	if p.First == "" {
		p.First = "Jean"
	}
	if p.Last == "" {
		p.Last = "Miller"
	}
	return p
}

// name formats the person the way documents print names: "John Smith",
// "J. S. Hartwell", "John S. Smith", "J. Smith".
func (v values) name(p person) string {
	switch v.f.IntN(5) {
	case 0:
		return p.First[:1] + ". " + p.Middle + ". " + p.Last
	case 1:
		return p.First + " " + p.Middle + ". " + p.Last
	case 2:
		return p.First[:1] + ". " + p.Last
	default:
		return p.First + " " + p.Last
	}
}

// fullName is "First M. Last" or "First Last" (signature blocks).
func (v values) fullName(p person) string {
	if v.chance(0.4) {
		return p.First + " " + p.Middle + ". " + p.Last
	}
	return p.First + " " + p.Last
}

// asciiWord keeps ASCII letters, apostrophes and hyphens.
func asciiWord(s string) string {
	var b strings.Builder
	for _, r := range s {
		if (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || r == '\'' || r == '-' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var companySuffixes = []string{"Inc.", "Corporation", "& Co.", "Associates", "Industries, Inc.", "Laboratories", "Manufacturing Co.", "Group", "& Sons", "Company", "Ltd."}

var companyStems = []string{"Consolidated", "United", "National", "American", "Atlantic", "Pacific", "Midwest", "Northern", "Continental", "General", "Allied", "Standard", "Central", "Summit", "Pioneer", "Liberty", "Keystone", "Heritage"}

var companyTrades = []string{"Tobacco", "Paper", "Chemical", "Research", "Packaging", "Printing", "Distributors", "Supply", "Marketing", "Foods", "Instruments", "Freight", "Products", "Consulting"}

func (v values) company() string {
	switch v.f.IntN(3) {
	case 0:
		return asciiWord(v.f.LastName()) + " " + v.pick(companySuffixes)
	case 1:
		return asciiWord(v.f.LastName()) + " & " + asciiWord(v.f.LastName()) + " " + v.pick([]string{"Inc.", "Associates", "LLP", "Co."})
	default:
		return v.pick(companyStems) + " " + v.pick(companyTrades) + " " + v.pick(companySuffixes)
	}
}

var streetNames = []string{"Main", "Oak", "Maple", "Park", "Washington", "Lake", "Hill", "Elm", "Cedar", "Pine", "Market", "Church", "Broad", "High", "Walnut", "Chestnut", "Madison", "Franklin", "Jefferson", "Lincoln", "Spring", "River", "Center", "Union", "Grant", "Monroe", "Sunset", "Highland", "Forest", "Jackson"}

var streetSuffixes = []string{"St.", "Street", "Ave.", "Avenue", "Road", "Blvd.", "Drive", "Lane", "Place", "Parkway"}

// usStates are the 50 states' postal codes (gofakeit also draws military
// and territory codes).
var usStates = strings.Fields("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY")

// address is a US postal address: Street, City, State, Zip.
type address struct {
	Street, City, State, Zip string
}

func (v values) address() address {
	a := address{City: v.f.City(), State: v.pick(usStates)}
	name := v.pick(streetNames)
	if v.chance(0.3) {
		name = asciiWord(v.f.LastName())
	}
	num := fmt.Sprint(v.f.IntRange(1, 9899))
	if v.chance(0.2) {
		num = fmt.Sprint(v.f.IntRange(100, 9899)) + " " + v.pick([]string{"N.", "S.", "E.", "W."})
	}
	a.Street = num + " " + name + " " + v.pick(streetSuffixes)
	if v.chance(0.15) {
		a.Street += ", Suite " + fmt.Sprint(v.f.IntRange(1, 30)*100)
	}
	a.Zip = fmt.Sprintf("%05d", v.f.IntRange(1001, 99950))
	if v.chance(0.15) {
		a.Zip += "-" + fmt.Sprintf("%04d", v.f.IntRange(1, 9999))
	}
	return a
}

// usAreaCodes are assigned geographic NANP area codes, so that a validating
// phone recognizer (libphonenumber) accepts the numbers.
var usAreaCodes = []string{"201", "202", "203", "205", "206", "212", "213", "214", "215", "216", "217", "301", "302", "303", "304", "305", "312", "313", "314", "317", "401", "402", "404", "405", "407", "410", "412", "414", "415", "502", "503", "504", "508", "510", "512", "513", "515", "516", "602", "603", "608", "609", "610", "612", "614", "615", "616", "617", "619", "702", "703", "704", "713", "714", "716", "717", "718", "804", "805", "806", "808", "810", "813", "814", "816", "818", "901", "904", "908", "910", "913", "914", "916", "918", "919"}

// phoneParts draws a US number: area code, exchange (2-9xx, not N11 and not
// 555) and line number.
func (v values) phoneParts() (area, exch, line string) {
	area = v.pick(usAreaCodes)
	for {
		exch = fmt.Sprintf("%d%02d", v.f.IntRange(2, 9), v.f.IntN(100))
		if exch[1:] != "11" && exch != "555" && exch != "950" && exch != "958" && exch != "959" && exch != "976" {
			break
		}
	}
	line = fmt.Sprintf("%04d", v.f.IntN(10000))
	return
}

// phone formats a number as "(614) 466-5087", "614-466-5087",
// "614.466.5087" or "614/466-5087".
func (v values) phone() string {
	a, e, l := v.phoneParts()
	switch v.f.IntN(5) {
	case 0, 1:
		return "(" + a + ") " + e + "-" + l
	case 2:
		return a + "." + e + "." + l
	case 3:
		return a + "/" + e + "-" + l
	default:
		return a + "-" + e + "-" + l
	}
}

var (
	monthShort = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

func (v values) day() time.Time {
	start := time.Date(1978, 1, 1, 0, 0, 0, 0, time.UTC)
	return start.AddDate(0, 0, v.f.IntN(26*365))
}

// numericDate is "12/10/98", "12/10/1998", "10-Dec-98" or "1998-12-10".
func (v values) numericDate(t time.Time) string {
	switch v.f.IntN(5) {
	case 0, 1:
		return t.Format("1/2/06")
	case 2:
		return t.Format("01/02/2006")
	case 3:
		return t.Format("2-Jan-06")
	default:
		return t.Format("2006-01-02")
	}
}

// longDate is "Dec 10, 1998", "December 10, 1998" or "10 December 1998".
func (v values) longDate(t time.Time) string {
	switch v.f.IntN(3) {
	case 0:
		return monthShort[t.Month()-1] + " " + fmt.Sprint(t.Day()) + ", " + fmt.Sprint(t.Year())
	case 1:
		return t.Format("January 2, 2006")
	default:
		return t.Format("2 January 2006")
	}
}

func (v values) date() string {
	if v.chance(0.5) {
		return v.numericDate(v.day())
	}
	return v.longDate(v.day())
}

// domain is a lowercase domain built from a company or person name.
func (v values) domain(stem string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(stem) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
		if b.Len() >= 14 {
			break
		}
	}
	if b.Len() < 3 {
		b.WriteString("mail")
	}
	return b.String() + v.pick([]string{".com", ".com", ".net", ".org", ".biz"})
}

func (v values) email(p person, dom string) string {
	first, last := strings.ToLower(asciiLetters(p.First)), strings.ToLower(asciiLetters(p.Last))
	switch v.f.IntN(3) {
	case 0:
		return first + "." + last + "@" + dom
	case 1:
		return first[:1] + last + "@" + dom
	default:
		return last + fmt.Sprint(v.f.IntN(90)+10) + "@" + dom
	}
}

func asciiLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

func (v values) url(dom string) string {
	switch v.f.IntN(3) {
	case 0:
		return "www." + dom
	case 1:
		return "http://www." + dom
	default:
		return "https://www." + dom + "/" + v.pick([]string{"orders", "support", "contact", "account"})
	}
}

// ip draws an address from private or documentation ranges, never a
// routable public one.
func (v values) ip() string {
	switch v.f.IntN(4) {
	case 0:
		return fmt.Sprintf("10.%d.%d.%d", v.f.IntN(256), v.f.IntN(256), v.f.IntRange(1, 254))
	case 1:
		return fmt.Sprintf("192.168.%d.%d", v.f.IntN(256), v.f.IntRange(1, 254))
	case 2:
		return fmt.Sprintf("172.%d.%d.%d", v.f.IntRange(16, 31), v.f.IntN(256), v.f.IntRange(1, 254))
	default:
		return fmt.Sprintf("%s.%d", v.pick([]string{"192.0.2", "198.51.100", "203.0.113"}), v.f.IntRange(1, 254))
	}
}

// creditCard draws a Luhn-valid Visa, MasterCard or Amex number, grouped
// as printed: "4111 1111 1111 1111", "5500-0000-0000-0004",
// "3782 822463 10005".
func (v values) creditCard() string {
	var num string
	switch v.f.IntN(3) {
	case 0, 1:
		p := "4" + v.digits(14)
		num = p + string(checksum.LuhnDigit(p))
	default:
		if v.chance(0.5) {
			p := fmt.Sprint(v.f.IntRange(51, 55)) + v.digits(13)
			num = p + string(checksum.LuhnDigit(p))
		} else {
			p := v.pick([]string{"34", "37"}) + v.digits(12)
			num = p + string(checksum.LuhnDigit(p))
		}
	}
	sep := v.pick([]string{" ", " ", "-"})
	if len(num) == 15 {
		return num[:4] + sep + num[4:10] + sep + num[10:]
	}
	return num[:4] + sep + num[4:8] + sep + num[8:12] + sep + num[12:]
}

func (v values) letters(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('A' + v.f.IntN(26)))
	}
	return b.String()
}

// iban draws a mod-97-valid German, British or Dutch IBAN, printed in
// groups of four ("DE89 3704 0044 0532 0130 00") or compact.
func (v values) iban() string {
	var country, bban string
	switch v.f.IntN(3) {
	case 0:
		country, bban = "DE", v.digits(18)
	case 1:
		country, bban = "GB", v.letters(4)+v.digits(14)
	default:
		country, bban = "NL", v.letters(4)+v.digits(10)
	}
	s := country + checksum.IBANCheckDigits(country, bban) + bban
	if v.chance(0.25) {
		return s
	}
	var parts []string
	for i := 0; i < len(s); i += 4 {
		parts = append(parts, s[i:min(i+4, len(s))])
	}
	return strings.Join(parts, " ")
}

// ssn draws a US social security number in the format "AAA-GG-SSSS" that
// validating recognizers accept (area not 000, 666 or 9xx; group not 00;
// serial not 0000). The area is drawn from 773-899, numbers that the SSA
// had never issued before it randomised assignment in June 2011, so no
// SSN on a document dated like ours (1978-2004) can be real.
func (v values) ssn() string {
	return fmt.Sprintf("%03d-%02d-%04d", v.f.IntRange(773, 899), v.f.IntRange(1, 99), v.f.IntRange(1, 9999))
}

// accountID is an account, customer or employee number.
func (v values) accountID() string {
	switch v.f.IntN(4) {
	case 0:
		return v.digits(4) + "-" + v.digits(4) + "-" + v.digits(2)
	case 1:
		return v.letters(2) + "-" + v.digits(6)
	case 2:
		return v.digits(9)
	default:
		return fmt.Sprint(v.f.IntRange(1, 9)) + v.digits(7)
	}
}

// Non-personal filler.

var products = []string{"Copier paper, letter", "Toner cartridge", "File folders", "Binder clips", "Shipping cartons", "Label stock", "Desk calendar", "Filter tips", "Carton sealing tape", "Index cards", "Ballpoint pens", "Printer ribbon", "Envelopes, #10", "Clipboard", "Storage boxes", "Calculator tape", "Packing slips", "Display stands", "Sample kits", "Product brochures", "Coupon inserts", "Point-of-sale signs"}

var departments = []string{"Marketing", "Accounting", "Purchasing", "Research", "Personnel", "Legal", "Sales", "Quality Control", "Operations", "Public Affairs"}

var jobTitles = []string{"Director of Purchasing", "Vice President, Marketing", "Sales Manager", "Brand Manager", "Account Executive", "Research Associate", "Office Manager", "Controller", "Regional Manager", "Senior Analyst", "Product Manager"}

func (v values) product() string { return v.pick(products) }

func (v values) money(lo, hi float64) float64 {
	return float64(v.f.IntRange(int(lo*100), int(hi*100))) / 100
}

func fmtMoney(x float64) string {
	cents := int64(x*100 + 0.5)
	whole := fmt.Sprint(cents / 100)
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return fmt.Sprintf("$%s.%02d", b.String(), cents%100)
}
