package surrogate

import (
	"strings"

	"github.com/nyaruka/phonenumbers"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Drawing a number in a region's plan.
const (
	// regionLeadMax is the most leading digits of the region's example
	// number a surrogate takes (the rest is drawn).
	regionLeadMax = 3
	// regionTries is how many draws per number type are validated.
	regionTries = 12
)

// regionDigits returns the digits of a number valid in the numbering plan
// of p.Region (outside the NANP, which genPhone handles itself), as many
// as the original's: the digits before its national significant number
// (country code, trunk 0) stay; the significant number starts like
// phonenumbers' example number of the original's type (fixed line,
// mobile...) and the rest is drawn. ok is false when the region is
// unknown or the original does not read as one number there.
func regionDigits(r *rng, p *entity.PhoneParts) (string, bool) {
	if p.Region == "" || phonenumbers.IsNANPACountry(p.Region) {
		return "", false
	}
	num, err := phonenumbers.Parse(phoneDialable(p), p.Region)
	if err != nil {
		return "", false
	}
	nsn := phonenumbers.GetNationalSignificantNumber(num)
	if len(nsn) < 4 || !strings.HasSuffix(p.Digits, nsn) {
		return "", false
	}
	kept := p.Digits[:len(p.Digits)-len(nsn)]
	cc := itoa(int(num.GetCountryCode()))
	for _, t := range regionTypes(phonenumbers.GetNumberType(num)) {
		ex := phonenumbers.GetExampleNumberForType(p.Region, t)
		if ex == nil {
			continue
		}
		if s, ok := drawNSN(r, phonenumbers.GetNationalSignificantNumber(ex), len(nsn), cc, p.Region); ok {
			return kept + s, true
		}
	}
	return "", false
}

// phoneDialable is p's digits as phonenumbers reads them: an
// international number with "+" for its international prefix.
func phoneDialable(p *entity.PhoneParts) string {
	if !p.International {
		return p.Digits
	}
	d := p.Digits
	for _, idd := range []string{"00", "011"} {
		if strings.HasPrefix(d, idd) {
			return "+" + d[len(idd):]
		}
	}
	return "+" + d
}

// regionTypes are the number types a surrogate is drawn as, in order: the
// original's own when it is one, then a fixed line and a mobile number.
func regionTypes(orig phonenumbers.PhoneNumberType) []phonenumbers.PhoneNumberType {
	out := make([]phonenumbers.PhoneNumberType, 0, 3)
	switch orig {
	case phonenumbers.UNKNOWN, phonenumbers.FIXED_LINE_OR_MOBILE:
	default:
		out = append(out, orig)
	}
	return append(out, phonenumbers.FIXED_LINE, phonenumbers.MOBILE)
}

// drawNSN draws a national significant number of n digits valid in region
// (calling code cc) that starts like example, with as few of example's
// leading digits as make it valid.
func drawNSN(r *rng, example string, n int, cc, region string) (string, bool) {
	for i := range regionTries {
		lead := 1 + i*regionLeadMax/regionTries
		if lead >= n || lead > len(example) {
			break
		}
		s := example[:lead] + randomDigits(r, n-lead, false)
		num, err := phonenumbers.Parse("+"+cc+s, "ZZ")
		if err == nil && phonenumbers.IsValidNumberForRegion(num, region) {
			return s, true
		}
	}
	return "", false
}
