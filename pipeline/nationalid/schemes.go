package nationalid

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/checksum"
)

// schemes are tried in order; a number that one claims is no other's.
// The shapes with separators or letters come before the bare runs of
// digits, which several schemes share.
var schemes = []Scheme{
	{Country: "SE", Name: "personnummer", re: regexp.MustCompile(`\b(?:19|20)?\d{6}[-+]\d{4}\b`), valid: validSE},
	{Country: "FI", Name: "henkilötunnus", re: regexp.MustCompile(`\b\d{6}[-+ABCDEFYXWVU]\d{3}[0-9A-Y]\b`), valid: validFI},
	{Country: "NO", Name: "fødselsnummer", re: regexp.MustCompile(`\b\d{6} \d{5}\b`), valid: validNO},
	{Country: "BE", Name: "rijksregisternummer", re: regexp.MustCompile(`\b\d{2}\.\d{2}\.\d{2}[-. ]\d{3}[. ]\d{2}\b`), valid: validBE},
	{Country: "ES", Name: "DNI", re: regexp.MustCompile(`\b(?:\d{8}|\d{2}\.\d{3}\.\d{3})-?[A-Z]\b`), valid: validDNI},
	{Country: "ES", Name: "NIE", re: regexp.MustCompile(`\b[XYZ]-?\d{7}-?[A-Z]\b`), valid: validNIE},
	{Country: "IT", Name: "codice fiscale", re: regexp.MustCompile(`\b[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b`), valid: validCF},
	{Country: "BR", Name: "CPF", re: regexp.MustCompile(`\b\d{3}\.\d{3}\.\d{3}- ?\d{2}\b`), valid: validCPF},
	{Country: "CL", Name: "RUT", re: regexp.MustCompile(`\b\d{1,2}\.\d{3}\.\d{3}-[\dkK]\b`), valid: validRUT},
	{Country: "AR", Name: "CUIL", re: regexp.MustCompile(`\b(?:20|23|24|27)-\d{8}-\d\b`), valid: validCUIL},
	{Country: "ZA", Name: "ID number", re: regexp.MustCompile(`\b\d{6} \d{4} \d{3}\b`), valid: validZA},
	{Country: "CN", Name: "resident ID", re: regexp.MustCompile(`\b[1-8]\d{16}[\dX]\b`), valid: validCN},
	{Country: "IN", Name: "PAN", re: regexp.MustCompile(`\b[A-Z]{3}P[A-Z]\d{4}[A-Z]\b`), valid: func(string) bool { return true }},
	{Country: "FR", Name: "NIR", re: regexp.MustCompile(`\b[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b`), valid: validNIR},
	{Country: "MX", Name: "CURP", re: regexp.MustCompile(`\b[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d\b`), valid: validCURP},
	{Country: "MY", Name: "MyKad", re: regexp.MustCompile(`\b\d{6}-\d{2}-\d{4}\b`), valid: validMY},
	// Bare runs of digits, and shapes other numbers share: only on a page
	// of their country.
	{Country: "RO", Name: "CNP", Bare: true, re: regexp.MustCompile(`\b[1-8]\d{12}\b`), valid: validCNP},
	{Country: "ZA", Name: "ID number", Bare: true, re: regexp.MustCompile(`\b\d{13}\b`), valid: validZA},
	{Country: "NO", Name: "fødselsnummer", Bare: true, re: regexp.MustCompile(`\b\d{11}\b`), valid: validNO},
	{Country: "TR", Name: "T.C. kimlik no", Bare: true, re: regexp.MustCompile(`\b[1-9]\d{10}\b`), valid: validTR},
	{Country: "PL", Name: "PESEL", Bare: true, re: regexp.MustCompile(`\b\d{11}\b`), valid: validPESEL},
	{Country: "EE", Name: "isikukood", Bare: true, re: regexp.MustCompile(`\b[1-6]\d{10}\b`), valid: validEE},
	{Country: "LT", Name: "asmens kodas", Bare: true, re: regexp.MustCompile(`\b[1-6]\d{10}\b`), valid: validEE},
	{Country: "BE", Name: "rijksregisternummer", Bare: true, re: regexp.MustCompile(`\b\d{11}\b`), valid: validBE},
	// A date-led document number shares the rodné číslo's shape.
	{Country: "CZ", Name: "rodné číslo", Bare: true, re: regexp.MustCompile(`\b\d{6}/\d{3,4}\b`), valid: validRC},
	{Country: "SK", Name: "rodné číslo", Bare: true, re: regexp.MustCompile(`\b\d{6}/\d{3,4}\b`), valid: validRC},
	{Country: "KZ", Name: "IIN", Bare: true, re: regexp.MustCompile(`\b\d{6}[0-6]\d{5}\b`), valid: validKZ},
	{Country: "IS", Name: "kennitala", Bare: true, re: regexp.MustCompile(`\b\d{6}-?\d{4}\b`), valid: validIS},
	{Country: "DE", Name: "Krankenversichertennummer", Bare: true, re: regexp.MustCompile(`\b[A-Z]\d{9}\b`), valid: validKVNR},
	{Country: "AT", Name: "Sozialversicherungsnummer", Bare: true, re: regexp.MustCompile(`\b[1-9]\d{3} ?\d{6}\b`), valid: validAT},
	// The former Yugoslav states share one number, the JMBG, which
	// Slovenia calls EMŠO.
	{Country: "RS", Name: "JMBG", Bare: true, re: reJMBG, valid: validJMBG},
	{Country: "BA", Name: "JMBG", Bare: true, re: reJMBG, valid: validJMBG},
	{Country: "ME", Name: "JMBG", Bare: true, re: reJMBG, valid: validJMBG},
	{Country: "MK", Name: "EMBG", Bare: true, re: reJMBG, valid: validJMBG},
	{Country: "SI", Name: "EMŠO", Bare: true, re: reJMBG, valid: validJMBG},
}

// reJMBG is the JMBG's shape: DDMM, the year's last three digits (9xx
// for the 1900s, 0xx for the 2000s), a region, a serial and a check digit.
var reJMBG = regexp.MustCompile(`\b[0-3]\d[01]\d[09]\d{8}\b`)

// validJMBG: DDMMYYY and the mod-11 check digit of the weights 765432
// taken twice; a remainder that gives 10 or 11 gives 0.
func validJMBG(s string) bool {
	if !dmy(s, 0) {
		return false
	}
	m := 11 - weighted(s, []int{7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2})%11
	if m > 9 {
		m = 0
	}
	return m == int(s[12]-'0')
}

// validSE: YYMMDD (a co-ordination number adds 60 to the day), four
// digits, Luhn over the ten digits.
func validSE(s string) bool {
	d := digits(s)
	d = d[len(d)-10:]
	day := num(d[4:6])
	if day > 60 {
		day -= 60
	}
	return dayMonth(day, num(d[2:4])) && checksum.Luhn(d)
}

// validFI: DDMMYY, the century's sign, three digits and the remainder of
// the nine digits by 31 as a character.
func validFI(s string) bool {
	d := digits(s)
	if len(d) < 9 || !dmy(d, 0) {
		return false
	}
	return "0123456789ABCDEFHJKLMNPRSTUVWXY"[num(d[:9])%31] == s[len(s)-1]
}

// mod11Digit is 11 less the weighted sum's remainder by 11, 0 for 11; -1
// for 10, which no number carries.
func mod11Digit(d string, ws []int) int {
	r := 11 - weighted(d, ws)%11
	switch r {
	case 11:
		return 0
	case 10:
		return -1
	}
	return r
}

// validNO: DDMMYY (a D-number adds 40 to the day), three digits and two
// mod-11 check digits.
func validNO(s string) bool {
	d := digits(s)
	day := num(d[0:2])
	if day > 40 {
		day -= 40
	}
	if !dayMonth(day, num(d[2:4])) {
		return false
	}
	k1 := mod11Digit(d, []int{3, 7, 6, 1, 8, 9, 4, 5, 2})
	k2 := mod11Digit(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
	return k1 == int(d[9]-'0') && k2 == int(d[10]-'0')
}

// validBE: YYMMDD, three digits and 97 less the nine digits' remainder by
// 97 (with 2 before them for those born from 2000).
func validBE(s string) bool {
	d := digits(s)
	if !ymd(d, 0) {
		return false
	}
	n, c := num(d[:9]), num(d[9:])
	return c == 97-n%97 || c == 97-(2000000000+n)%97
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// validDNI: eight digits and the letter of their remainder by 23.
func validDNI(s string) bool {
	return dniLetters[num(digits(s))%23] == s[len(s)-1]
}

// validNIE: X, Y or Z (0, 1, 2), seven digits and the DNI's letter.
func validNIE(s string) bool {
	lead := strings.IndexByte("XYZ", s[0])
	return dniLetters[(lead*10000000+num(digits(s)))%23] == s[len(s)-1]
}

// cfOdd is the value of a codice fiscale's character in an odd position,
// for 0-9 and A-Z alike.
var cfOdd = []int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

// validCF: the codice fiscale's day (plus 40 for women) and its check
// letter over the fifteen characters before it.
func validCF(s string) bool {
	day := num(s[9:11])
	if day > 40 {
		day -= 40
	}
	if day < 1 || day > 31 {
		return false
	}
	sum := 0
	for i := 0; i < 15; i++ {
		v := int(s[i] - 'A')
		if s[i] <= '9' {
			v = int(s[i] - '0')
		}
		if i%2 == 0 {
			v = cfOdd[v]
		}
		sum += v
	}
	return byte('A'+sum%26) == s[15]
}

// validKVNR: Germany's health insurance number, a letter and nine digits;
// the letter as its place in the alphabet (two digits) and the first
// eight digits, weighted 1, 2, 1, 2, ..., their products' digit sums
// added, give the last digit modulo 10.
func validKVNR(s string) bool {
	d := fmt.Sprintf("%02d", int(s[0]-'A'+1)) + s[1:9]
	sum := 0
	for i := range d {
		p := int(d[i]-'0') * (1 + i%2)
		sum += p/10 + p%10
	}
	return sum%10 == int(s[9]-'0')
}

// validAT: Austria's social insurance number, a serial of three digits,
// a check digit and the holder's birth date as DDMMYY; the check digit is
// the weighted sum (3, 7, 9, 5, 8, 4, 2, 1, 6 over the other nine digits)
// modulo 11, and no number has a remainder of 10.
func validAT(s string) bool {
	d := digits(s)
	if len(d) != 10 || !dmy(d, 4) {
		return false
	}
	sum := weighted(d[:3], []int{3, 7, 9}) + weighted(d[4:], []int{5, 8, 4, 2, 1, 6})
	return sum%11 != 10 && sum%11 == int(d[3]-'0')
}

// validCPF: nine digits, not all the same, and two mod-11 check digits.
func validCPF(s string) bool {
	d := digits(s)
	if strings.Count(d, d[:1]) == len(d) {
		return false
	}
	check := func(n int) bool {
		sum := 0
		for i := 0; i < n; i++ {
			sum += int(d[i]-'0') * (n + 1 - i)
		}
		r := sum * 10 % 11 % 10
		return r == int(d[n]-'0')
	}
	return check(9) && check(10)
}

// rutPersons is where Chile's numbers for firms begin.
const rutPersons = 50000000

// validRUT: a person's number (firms' are from fifty million) and its
// mod-11 check character, K for 10.
func validRUT(s string) bool {
	body := digits(s[:strings.IndexByte(s, '-')])
	n := num(body)
	if n >= rutPersons {
		return false
	}
	sum, w := 0, 2
	for i := len(body) - 1; i >= 0; i-- {
		sum += int(body[i]-'0') * w
		if w++; w > 7 {
			w = 2
		}
	}
	want := "0123456789K0"[11-sum%11]
	got := s[len(s)-1]
	if got == 'k' {
		got = 'K'
	}
	return want == got
}

// validCUIL: a person's prefix, eight digits and a mod-11 check digit.
func validCUIL(s string) bool {
	d := digits(s)
	k := mod11Digit(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
	return k >= 0 && k == int(d[10]-'0')
}

// validZA: YYMMDD, four digits, citizenship (0, 1 or 2), a digit and
// Luhn over the thirteen.
func validZA(s string) bool {
	d := digits(s)
	return ymd(d, 0) && d[10] <= '2' && checksum.Luhn(d)
}

// validCN: a region, a birth date YYYYMMDD from 1900 and the ISO 7064
// MOD 11-2 check character, X for 10.
func validCN(s string) bool {
	year := num(s[6:10])
	if year < 1900 || year > 2099 || !dayMonth(num(s[12:14]), num(s[10:12])) {
		return false
	}
	sum := weighted(s, []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2})
	return "10X98765432"[sum%11] == s[17]
}

// validNIR: sex, year, month (1-12, or 20-42 for some born abroad), the
// département (2A and 2B for Corsica count as 19 and 18), commune, order
// and 97 less the thirteen digits' remainder by 97.
func validNIR(s string) bool {
	c := strings.ReplaceAll(s, " ", "")
	c = strings.Replace(strings.Replace(c, "2A", "19", 1), "2B", "18", 1)
	if len(c) != 15 {
		return false
	}
	if m := num(c[3:5]); !(m >= 1 && m <= 12 || m >= 20 && m <= 42) {
		return false
	}
	return num(c[13:]) == 97-num(c[:13])%97
}

const curpChars = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"

// validCURP: the birth date YYMMDD and the check digit over the seventeen
// characters before it (Ñ, which OCR and ASCII write otherwise, does not
// occur in the shape).
func validCURP(s string) bool {
	if !ymd(s, 4) {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(curpChars, s[i]) * (18 - i)
	}
	return (10-sum%10)%10 == int(s[17]-'0')
}

// validCNP: sex and century, YYMMDD, a county (01-52), three digits and
// the check digit of the weights 279146358279 (1 for a remainder of 10).
func validCNP(s string) bool {
	if !ymd(s, 1) {
		return false
	}
	if county := num(s[7:9]); county < 1 || county > 52 {
		return false
	}
	r := weighted(s, []int{2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9}) % 11
	if r == 10 {
		r = 1
	}
	return r == int(s[12]-'0')
}

// validTR: two check digits, from the odd and even digits' sums and from
// all ten.
func validTR(s string) bool {
	odd := int(s[0]-'0') + int(s[2]-'0') + int(s[4]-'0') + int(s[6]-'0') + int(s[8]-'0')
	even := int(s[1]-'0') + int(s[3]-'0') + int(s[5]-'0') + int(s[7]-'0')
	if ((odd*7-even)%10+10)%10 != int(s[9]-'0') {
		return false
	}
	all := 0
	for i := 0; i < 10; i++ {
		all += int(s[i] - '0')
	}
	return all%10 == int(s[10]-'0')
}

// validPESEL: YYMMDD with the century in the month (plus 20, 40, 60 or
// 80), four digits and the check digit of the weights 1379.
func validPESEL(s string) bool {
	m := num(s[2:4])
	if m > 92 || !dayMonth(num(s[4:6]), m%20) {
		return false
	}
	sum := weighted(s, []int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3})
	return (10-sum%10)%10 == int(s[10]-'0')
}

// validEE: sex and century, YYMMDD, three digits and the two-pass mod-11
// check digit shared by Estonia and Lithuania.
func validEE(s string) bool {
	if !ymd(s, 1) {
		return false
	}
	r := weighted(s, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 1}) % 11
	if r == 10 {
		if r = weighted(s, []int{3, 4, 5, 6, 7, 8, 9, 1, 2, 3}) % 11; r == 10 {
			r = 0
		}
	}
	return r == int(s[10]-'0')
}

// validKZ: YYMMDD, the century's and sex's digit (a firm's BIN has its
// type there after YYMM, which no day reads), four digits and the
// two-pass mod-11 check digit; a number whose second pass gives 10 is
// never issued.
func validKZ(s string) bool {
	if !ymd(s, 0) {
		return false
	}
	r := weighted(s, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11
	if r == 10 {
		if r = weighted(s, []int{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11; r == 10 {
			return false
		}
	}
	return r == int(s[11]-'0')
}

// validRC: the Czech and Slovak rodné číslo, YYMMDD (a woman's month plus
// 50, a number from 2004 on plus 20 more), a slash and three digits up to
// 1953 or four since, the ten digits divisible by 11 (or the first nine's
// remainder 10 and a last digit 0).
func validRC(s string) bool {
	d := digits(s)
	month := num(d[2:4])
	for _, add := range []int{70, 50, 20} {
		if month > add {
			month -= add
			break
		}
	}
	if !dayMonth(num(d[4:6]), month) {
		return false
	}
	if len(d) == 9 {
		return num(d[:2]) < 54
	}
	return num(d)%11 == 0 || num(d[:9])%11 == 10 && d[9] == '0'
}

// validIS: Iceland's kennitala of a person, DDMMYY (a firm's adds 40 to
// the day), two digits, the mod-11 check digit over the eight before it
// and the century's digit (9 for the 1900s, 0 for the 2000s, 8 for the
// 1800s).
func validIS(s string) bool {
	d := digits(s)
	if !dmy(d, 0) || !strings.ContainsRune("890", rune(d[9])) {
		return false
	}
	return mod11Digit(d[:8], []int{3, 2, 7, 6, 5, 4, 3, 2}) == int(d[8]-'0')
}

// validMY: a MyKad number's YYMMDD birth date and its place of birth's
// code, which the registry never gives as 00, 17 to 20, 69, 70, 73, 80,
// 81 or 94 to 97.
func validMY(s string) bool {
	d := strings.ReplaceAll(s, "-", "")
	if !dayMonth(num(d[4:6]), num(d[2:4])) {
		return false
	}
	switch pb := num(d[6:8]); {
	case pb == 0, pb >= 17 && pb <= 20, pb == 69, pb == 70, pb == 73, pb == 80, pb == 81, pb >= 94 && pb <= 97:
		return false
	}
	return true
}
