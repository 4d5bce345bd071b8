package corpus

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// country is one country's conventions. The words come from its faker
// locale; the formats are written here.
type country struct {
	code, name string
	locale     string // key in data/faker.json
	lang       string // key in the label and prose tables
	a4         bool   // A4 paper (else US letter)
	cc         string // telephone country code
	// domestic and mobile phone patterns ('#' any digit, '!' 2-9); the
	// international form drops a leading trunk 0 when trunk0 is set.
	domestic, mobile []string
	trunk0           bool
	// ibanBBAN is the account part of the IBAN ('#' digit, '?' letter);
	// empty where IBANs are not used.
	ibanBBAN string
	// decimal and group separators, the currency and whether it comes
	// before the amount.
	dec, group string
	currency   string
	curBefore  bool
}

// countries are the conventions the corpus knows, in a stable order.
var countries = []country{
	{code: "US", name: "United States", locale: "en_US", lang: "en", cc: "1",
		domestic: []string{"(!##) !##-####", "!##-!##-####", "!##.!##.####"}, mobile: []string{"(!##) !##-####"},
		dec: ".", group: ",", currency: "$", curBefore: true},
	{code: "GB", name: "United Kingdom", locale: "en_GB", lang: "en", a4: true, cc: "44", trunk0: true,
		domestic: []string{"020 #### ####", "01### ######", "0161 ### ####", "0113 ### ####", "029 #### ####"}, mobile: []string{"07### ######"},
		ibanBBAN: "????##############", dec: ".", group: ",", currency: "£", curBefore: true},
	{code: "DE", name: "Deutschland", locale: "de", lang: "de", a4: true, cc: "49", trunk0: true,
		domestic: []string{"030 ########", "089 #######", "0### ######", "(0####) ######", "040 ### ### ##"}, mobile: []string{"01## #######", "015# ########"},
		ibanBBAN: "##################", dec: ",", group: ".", currency: "€"},
	{code: "FR", name: "France", locale: "fr", lang: "fr", a4: true, cc: "33", trunk0: true,
		domestic: []string{"01 ## ## ## ##", "02 ## ## ## ##", "03 ## ## ## ##", "04 ## ## ## ##", "05 ## ## ## ##"}, mobile: []string{"06 ## ## ## ##", "07 ## ## ## ##"},
		ibanBBAN: "#######################", dec: ",", group: " ", currency: "€"},
	{code: "ES", name: "España", locale: "es", lang: "es", a4: true, cc: "34",
		domestic: []string{"91# ### ###", "93# ## ## ##", "9## ### ###"}, mobile: []string{"6## ## ## ##", "6## ### ###"},
		ibanBBAN: "####################", dec: ",", group: ".", currency: "€"},
	{code: "IT", name: "Italia", locale: "it", lang: "it", a4: true, cc: "39",
		domestic: []string{"06 #### ####", "02 ########", "0## ### ####", "011 ### ####"}, mobile: []string{"3## ### ####", "3## #######"},
		ibanBBAN: "?######################", dec: ",", group: ".", currency: "€", curBefore: true},
	{code: "IN", name: "India", locale: "en_IN", lang: "en", a4: true, cc: "91", trunk0: true,
		domestic: []string{"022 #### ####", "011 #### ####", "080 #### ####", "0### ### ####"}, mobile: []string{"9#### #####", "8#### #####", "7#### #####"},
		dec: ".", group: ",", currency: "Rs.", curBefore: true},
}

// CountryCodes lists the codes of every country the corpus knows.
func CountryCodes() []string {
	out := make([]string, len(countries))
	for i, c := range countries {
		out[i] = c.code
	}
	return out
}

func countryByCode(code string) (*country, bool) {
	for i := range countries {
		if countries[i].code == code {
			return &countries[i], true
		}
	}
	return nil, false
}

// monthNames are the months in each language, January first.
var monthNames = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"it": {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
}

// Date styles.
const (
	dateNumeric = iota // 03/14/2024, 14.03.2024, 14/03/2024
	dateLong           // March 14, 2024; 14. März 2024; 14 de marzo de 2024
	dateShort          // Mar 14, 2024; 14 Mar 2024; 14-03-2024
)

// dateLayouts are the fmt layouts of each date style per country code, ""
// for the other countries. Their arguments: [1] the day, [2] the month's
// name, [3] the year, [4] the month's number, [5] the year's last two
// digits.
var dateLayouts = [...]map[string]string{
	dateNumeric: {"US": "%02[4]d/%02[1]d/%[3]d", "DE": "%02[1]d.%02[4]d.%[3]d", "": "%02[1]d/%02[4]d/%[3]d"},
	dateLong:    {"US": "%[2]s %[1]d, %[3]d", "DE": "%[1]d. %[2]s %[3]d", "ES": "%[1]d de %[2]s de %[3]d", "": "%[1]d %[2]s %[3]d"},
	dateShort: {"US": "%.3[2]s %[1]d, %[3]d", "GB": "%02[1]d %.3[2]s %[3]d", "IN": "%02[1]d %.3[2]s %[3]d",
		"DE": "%02[1]d.%02[4]d.%02[5]d", "": "%02[1]d-%02[4]d-%[3]d"},
}

// formatDate prints t in the country's style.
func (c *country) formatDate(t time.Time, style int) string {
	layouts := dateLayouts[style]
	layout, ok := layouts[c.code]
	if !ok {
		layout = layouts[""]
	}
	return fmt.Sprintf(layout, t.Day(), monthNames[c.lang][t.Month()-1], t.Year(), t.Month(), t.Year()%100)
}

// money prints an amount with the country's separators and currency.
func (c *country) money(x float64) string {
	cents := int64(math.Round(math.Abs(x) * 100))
	whole := strconv.FormatInt(cents/100, 10)
	var groups []string
	if c.code == "IN" && len(whole) > 3 {
		// Indian grouping: 12,34,567.
		groups = []string{whole[len(whole)-3:]}
		whole = whole[:len(whole)-3]
		for len(whole) > 2 {
			groups = append([]string{whole[len(whole)-2:]}, groups...)
			whole = whole[:len(whole)-2]
		}
		groups = append([]string{whole}, groups...)
	} else {
		for len(whole) > 3 {
			groups = append([]string{whole[len(whole)-3:]}, groups...)
			whole = whole[:len(whole)-3]
		}
		groups = append([]string{whole}, groups...)
	}
	s := strings.Join(groups, c.group) + c.dec + fmt.Sprintf("%02d", cents%100)
	if x < 0 {
		s = "-" + s
	}
	if c.curBefore {
		if c.currency == "$" || c.currency == "£" {
			return c.currency + s
		}
		return c.currency + " " + s
	}
	return s + " " + c.currency
}

// amount prints a number with the country's separators and no currency.
func (c *country) amount(x float64) string {
	s := c.money(x)
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, c.currency), c.currency))
	return strings.TrimPrefix(s, " ")
}

// ibanCheck computes the two check digits of an IBAN (ISO 13616, mod 97).
func ibanCheck(cc, bban string) string {
	rem := 0
	for _, r := range bban + cc + "00" {
		var v int
		switch {
		case r >= '0' && r <= '9':
			v = int(r - '0')
			rem = (rem*10 + v) % 97
			continue
		case r >= 'A' && r <= 'Z':
			v = int(r-'A') + 10
		}
		rem = (rem*100 + v) % 97
	}
	return fmt.Sprintf("%02d", 98-rem)
}

// groupIBAN prints an IBAN in groups of four.
func groupIBAN(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}
