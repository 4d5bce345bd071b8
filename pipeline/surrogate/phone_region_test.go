package surrogate

import (
	"regexp"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// digitShape is a text with every digit written as 9.
func digitShape(s string) string { return regexp.MustCompile(`\d`).ReplaceAllString(s, "9") }

func TestPhoneRegionValidSameFormat(t *testing.T) {
	cases := []struct{ text, region string }{
		{"01 42 68 53 00", "FR"},
		{"06 12 34 56 78", "FR"},
		{"030 12345678", "DE"},
		{"+33 1 42 68 53 00", ""}, // the country code gives the region
		{"+44 20 7946 0958", ""},
		{"02 1234 5678", "IT"},
		{"91 123 45 67", "ES"},
	}
	for _, c := range cases {
		v := value(entity.Phone, c.text)
		if c.region != "" {
			v.Phone.Region = c.region
		}
		region := v.Phone.Region
		for _, key := range [][]byte{keyA, keyB} {
			s, err := newGen(t, key, Options{}).Replace(entity.Phone, c.text, v, 0)
			if err != nil {
				t.Fatalf("%q: %v", c.text, err)
			}
			if s == c.text || digitShape(s) != digitShape(c.text) {
				t.Errorf("%q -> %q: want a different number in the same format", c.text, s)
			}
			num, err := phonenumbers.Parse(s, region)
			if err != nil || !phonenumbers.IsValidNumberForRegion(num, region) {
				t.Errorf("%q -> %q: not a valid %s number", c.text, s, region)
			}
			if again, _ := newGen(t, key, Options{}).Replace(entity.Phone, c.text, v, 0); again != s {
				t.Errorf("%q: %q then %q with the same key", c.text, s, again)
			}
		}
	}
}

func TestPhoneMobileStaysMobile(t *testing.T) {
	v := value(entity.Phone, "06 12 34 56 78")
	v.Phone.Region = "FR"
	s, err := newGen(t, keyA, Options{}).Replace(entity.Phone, "06 12 34 56 78", v, 0)
	if err != nil {
		t.Fatal(err)
	}
	num, err := phonenumbers.Parse(s, "FR")
	if err != nil || phonenumbers.GetNumberType(num) != phonenumbers.MOBILE {
		t.Errorf("06 12 34 56 78 -> %q: want a French mobile number", s)
	}
}

// TestPhoneTrunksOfSeveralNumbersStay keeps the trunk 0 of each number of
// a value that holds two, where no region's plan draws them.
func TestPhoneTrunksOfSeveralNumbersStay(t *testing.T) {
	if got := keepTrunks("0722 418 306 / 020 278 5531", "07224183060202785531", "06338875643384466274"); got != "06338875640384466274" {
		t.Errorf("keepTrunks = %s, want the second number's 0 back", got)
	}
	if got := keepTrunks("722 418 306 / 20 278 5531", "7224183062027855", "6338875643384466"); got != "6338875643384466" {
		t.Errorf("keepTrunks = %s, want the digits unchanged", got)
	}
}
