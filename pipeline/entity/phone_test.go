package entity

import (
	"reflect"
	"testing"
)

func TestParsePhone(t *testing.T) {
	cases := []struct {
		in   string
		want PhoneParts
	}{
		{"(614) 466- 5087", PhoneParts{Number: "(614) 466- 5087", Digits: "6144665087",
			NANP: []NANPNumber{{Area: "614"}}, AllNANP: true}},
		{"1-502-555-0173", PhoneParts{Number: "1-502-555-0173", Digits: "15025550173",
			NANP: []NANPNumber{{Area: "502", Trunk: true}}, AllNANP: true}},
		{"466-5087", PhoneParts{Number: "466-5087", Digits: "4665087", NANP: []NANPNumber{{}}, AllNANP: true}},
		// A label glued to the number, and letters OCR read for digits.
		{"Fax:614-466-S087", PhoneParts{Label: "Fax:", Number: "614-466-5087", Digits: "6144665087",
			NANP: []NANPNumber{{Area: "614"}}, AllNANP: true}},
		{"Tel. (614) 466-5O87 x123", PhoneParts{Label: "Tel. ", Number: "(614) 466-5087 ", Ext: "x123",
			Digits: "6144665087", NANP: []NANPNumber{{Area: "614"}}, AllNANP: true}},
		// International: the country code is kept; no NANP split.
		{"+44 20 7946 0958", PhoneParts{Number: "+44 20 7946 0958", Digits: "442079460958",
			International: true, Prefix: "44", Region: "GB"}},
		{"0049 30 1234567", PhoneParts{Number: "0049 30 1234567", Digits: "0049301234567",
			International: true, Prefix: "0049", Region: "DE"}},
		{"+91 98765 43210", PhoneParts{Number: "+91 98765 43210", Digits: "919876543210",
			International: true, Prefix: "91", Region: "IN"}},
		// A national number with a trunk 0.
		{"030 1234567", PhoneParts{Number: "030 1234567", Digits: "0301234567", Prefix: "0"}},
		// Two numbers, then groups that do not split.
		{"(804) 555-0118 (804) 555-0119", PhoneParts{Number: "(804) 555-0118 (804) 555-0119",
			Digits: "80455501188045550119", NANP: []NANPNumber{{Area: "804"}, {Area: "804"}}, AllNANP: true}},
		{"614 466 5087 12345678", PhoneParts{Number: "614 466 5087 12345678", Digits: "614466508712345678",
			NANP: []NANPNumber{{Area: "614"}}}},
	}
	for _, c := range cases {
		got := ParsePhone(c.in)
		if !reflect.DeepEqual(*got, c.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", c.in, *got, c.want)
		}
	}
}

func TestParsePhoneKeepsWords(t *testing.T) {
	// A name the detector took into the span stays in Number for the
	// surrogate to replace; "S" away from digits is a letter.
	p := ParsePhone("Ms. Joy Hensley (Sales) 312/ 555 - 0108")
	if p.Label != "Ms. " || p.Number != "Joy Hensley (Sales) 312/ 555 - 0108" || p.Digits != "3125550108" {
		t.Errorf("got %+v", *p)
	}
}
