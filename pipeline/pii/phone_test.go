package pii

import "testing"

func TestPhone(t *testing.T) {
	r := patRecognizer(t, "phone")
	patCheck(t, r, Phone, []patCase{
		// Valid US numbers with the separators OCR produces.
		{"Tel: (614) 466- 5087", []string{"(614) 466- 5087"}, 0.85, 0.85},
		{"614 -466 -5087", []string{"614 -466 -5087"}, 0.8, 0.8},
		{"Phone 614-466-5087.", []string{"614-466-5087"}, 0.8, 0.8},
		{"+1 (212) 555 0123", []string{"+1 (212) 555 0123"}, 0.85, 0.85},
		{"call 1-800-555-0199 now", []string{"1-800-555-0199"}, 0.8, 0.8},
		{"1- 502- 555 0173", []string{"1- 502- 555 0173"}, 0.8, 0.8},
		{"614-466-5087 x 234", []string{"614-466-5087 x 234"}, 0.8, 0.8},
		{"(212) 555-0190 ext. 12", []string{"(212) 555-0190 ext. 12"}, 0.85, 0.85},
		{"405) 555- 0148", []string{"405) 555- 0148"}, 0.8, 0.85},
		{"910 /555 -0162", []string{"910 /555 -0162"}, 0.8, 0.8},
		{"512/555- 0139", []string{"512/555- 0139"}, 0.8, 0.8},
		{"(804)555-0126", []string{"(804)555-0126"}, 0.85, 0.85},
		{"(410) 555-0184/555-0157", []string{"(410) 555-0184", "555-0157"}, 0.3, 0.85},
		// Ten bare digits: valid but weak.
		{"ref 2125550123", []string{"2125550123"}, 0.4, 0.4},
		// Right shape, invalid area code: a candidate only.
		{"187-440-0006", []string{"187-440-0006"}, 0.4, 0.4},
		// 7-digit local numbers: low base score.
		{"Phone 466.9980", []string{"466.9980"}, 0.3, 0.3},
		{"Ext 555- 0171", []string{"555- 0171"}, 0.3, 0.3},
		// International with "+".
		{"Tel +49 30 123456", []string{"+49 30 123456"}, 0.75, 0.75},
		{"+44 20 7946 0958", []string{"+44 20 7946 0958"}, 0.75, 0.75},
		{"Fax no: 0041- 32- 555 0142", []string{"0041- 32- 555 0142"}, 0.75, 0.75},
		{"011 44 20 7946 0958", []string{"011 44 20 7946 0958"}, 0.75, 0.75},
		{"Code 0012 3456", nil, 0, 0},
		// OCR read a letter for a digit.
		{"Tel: (614) 466-5O87", []string{"(614) 466-5O87"}, 0.75, 0.75},
		{"Fax 2l2-555-0140", []string{"2l2-555-0140"}, 0.7, 0.7},
		{"(410) 555~0184/555-0157", []string{"(410) 555~0184", "555-0157"}, 0.3, 0.85},
		{"Tel 614–466–5087", []string{"614–466–5087"}, 0.8, 0.8},
		// Not phone numbers.
		{"4111 1111 1111 1111", nil, 0, 0},
		{"Date 12/10/1998", nil, 0, 0},
		{"SSN 123-45-6789", nil, 0, 0},
		{"Total 1,234,567.00", nil, 0, 0},
		{"6144665087123", nil, 0, 0},
		{"ZIP 10017-2345", nil, 0, 0},
		{"1234567", nil, 0, 0},
		{"ab614-466-5087", nil, 0, 0},
		{"+12", nil, 0, 0},
	})
}

func TestPhoneRegion(t *testing.T) {
	if _, err := NewPhoneRecognizer("XX"); err == nil {
		t.Fatal("region XX accepted")
	}
	gb, err := NewPhoneRecognizer("gb")
	if err != nil {
		t.Fatal(err)
	}
	patCheck(t, gb, Phone, []patCase{
		{"Tel 020 7946 0958", []string{"020 7946 0958"}, 0.6, 0.6},
		{"+1 (212) 555 0123", []string{"+1 (212) 555 0123"}, 0.75, 0.75},
		{"Tel 12345", nil, 0, 0},
	})
	de, err := NewPhoneRecognizer("DE")
	if err != nil {
		t.Fatal(err)
	}
	patCheck(t, de, Phone, []patCase{
		{"Datum 12.10.1998", nil, 0, 0},
		{"Tel. 030 123456", []string{"030 123456"}, 0.6, 0.6},
	})
}
