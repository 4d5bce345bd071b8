package pii

import "testing"

func TestCreditCard(t *testing.T) {
	r := patRecognizer(t, "credit_card")
	patCheck(t, r, CreditCard, []patCase{
		{"Visa 4111 1111 1111 1111", []string{"4111 1111 1111 1111"}, 0.9, 0.9},
		{"4111-1111-1111-1111", []string{"4111-1111-1111-1111"}, 0.9, 0.9},
		{"4111 - 1111 - 1111 - 1111 exp", []string{"4111 - 1111 - 1111 - 1111"}, 0.9, 0.9},
		{"5555 5555 5555 4444", []string{"5555 5555 5555 4444"}, 0.9, 0.9},
		{"Amex 3782 822463 10005", []string{"3782 822463 10005"}, 0.9, 0.9},
		{"378282246310005", []string{"378282246310005"}, 0.9, 0.9},
		{"6011111111111117", []string{"6011111111111117"}, 0.9, 0.9},
		{"card 4111 1111 1111 1111 12 25", []string{"4111 1111 1111 1111"}, 0.9, 0.9},
		// Odd grouping: issuer known, no grouping bonus.
		{"41 1111 1111 111111", []string{"41 1111 1111 111111"}, 0.85, 0.85},
		// Luhn passes, no known issuer: weak.
		{"8000 0000 0000 0003", []string{"8000 0000 0000 0003"}, 0.3, 0.3},
		// Luhn passes by chance on numbers side by side.
		{"80000000 00000003", nil, 0, 0},
		{"212 555-0146 202 555 0104", nil, 0, 0},
		// Luhn fails.
		{"4111 1111 1111 1112", nil, 0, 0},
		{"1234567890123", nil, 0, 0},
		{"4111 1111 1111", nil, 0, 0},
		{"12/10/1998 4111", nil, 0, 0},
	})
	if !Luhn("8000000000000003") {
		t.Fatal("test vector 8000000000000003 must pass Luhn")
	}
}

func TestIBAN(t *testing.T) {
	r := patRecognizer(t, "iban")
	patCheck(t, r, IBAN, []patCase{
		{"IBAN: DE89 3704 0044 0532 0130 00", []string{"DE89 3704 0044 0532 0130 00"}, 0.9, 1},
		{"GB82WEST12345698765432.", []string{"GB82WEST12345698765432"}, 0.9, 1},
		{"GB82 WEST 1234 5698 7654 32 BIC NWBKGB2L", []string{"GB82 WEST 1234 5698 7654 32"}, 0.9, 1},
		{"FR14 2004 1010 0505 0001 3M02 606", []string{"FR14 2004 1010 0505 0001 3M02 606"}, 0.9, 1},
		{"DE89 3704 0044 0532 0130 01", nil, 0, 0},
		{"DE89 3704 0044 0532 0130 0099", nil, 0, 0},
		{"XX89 3704 0044 0532 0130 00", nil, 0, 0},
		{"NY 10017 street", nil, 0, 0},
	})
}

func TestSSN(t *testing.T) {
	r := patRecognizer(t, "ssn")
	patCheck(t, r, SSN, []patCase{
		{"SSN 536-22-1234", []string{"536-22-1234"}, 0.85, 0.85},
		{"536 -22 -1234", []string{"536 -22 -1234"}, 0.85, 0.85},
		{"536- 22- 1234.", []string{"536- 22- 1234"}, 0.85, 0.85},
		{"536 22 1234", []string{"536 22 1234"}, 0.5, 0.5},
		{"536.22.1234", []string{"536.22.1234"}, 0.5, 0.5},
		{"536221234", []string{"536221234"}, 0.2, 0.2},
		{"536-22.1234", []string{"536-22.1234"}, 0.2, 0.2},
		{"123-45-6789", []string{"123-45-6789"}, 0.2, 0.2}, // published sample
		// One gap only: other shapes (ZIP+4).
		{"536-221234", nil, 0, 0},
		{"10017-3316", nil, 0, 0},
		{"20091 3482", nil, 0, 0},
		{"000-12-3456", nil, 0, 0},
		{"666-12-3456", nil, 0, 0},
		{"900-12-3456", nil, 0, 0},
		{"536-00-1234", nil, 0, 0},
		{"536-22-0000", nil, 0, 0},
		{"1536-22-1234", nil, 0, 0},
		{"536-22-12345", nil, 0, 0},
		{"614-466-5087", nil, 0, 0},
		{"12/10/1998", nil, 0, 0},
	})
}

func TestZip(t *testing.T) {
	r := patRecognizer(t, "zip")
	patCheck(t, r, Zip, []patCase{
		{"New York, NY 10017", []string{"10017"}, 0.85, 0.85},
		{"Winston-Salem, NC 27102-1234", []string{"27102-1234"}, 0.85, 0.85},
		{"Winston-Salem, N.C. 27102", []string{"27102"}, 0.85, 0.85},
		{"Lansing, Mich. 48933", []string{"48933"}, 0.85, 0.85},
		{"Columbus, Ohio 43215", []string{"43215"}, 0.85, 0.85},
		{"Columbus, OHIO 43215", []string{"43215"}, 0.85, 0.85},
		{"Richmond, Virginia, 23219", []string{"23219"}, 0.85, 0.85},
		{"code 10017", []string{"10017"}, 0.2, 0.2},
		{"New York, NY 1OO17", []string{"1OO17"}, 0.75, 0.75},
		{"New York, NY 10017_", []string{"10017"}, 0.85, 0.85},
		{"27102 - 1234", []string{"27102 - 1234"}, 0.45, 0.45},
		{"Winston-Salem, NC 27102—1234", []string{"27102—1234"}, 0.85, 0.85},
		{"London SW1A 1AA", []string{"SW1A 1AA"}, 0.5, 0.5},
		{"Manchester M1 1AE", []string{"M1 1AE"}, 0.5, 0.5},
		{"EC1A1BB", []string{"EC1A1BB"}, 0.35, 0.35},
		// Lower-case "in" is a word, not Indiana; still a weak ZIP.
		{"born in 46201", []string{"46201"}, 0.2, 0.2},
		{"$10017", nil, 0, 0},
		{"10017.50", nil, 0, 0},
		{"123456", nil, 0, 0},
		{"10,017", nil, 0, 0},
		{"10017,500", nil, 0, 0},
		{"4111 1111 1111 1111", nil, 0, 0},
	})
}

func TestID(t *testing.T) {
	r := patRecognizer(t, "id")
	patCheck(t, r, ID, []patCase{
		{"Account No. 12345678", []string{"12345678"}, 0.75, 0.75},
		{"Account Number: 12345678.", []string{"12345678"}, 0.75, 0.75},
		{"Acct# 99881-22", []string{"99881-22"}, 0.75, 0.75},
		{"Acct#99881-22", []string{"99881-22"}, 0.75, 0.75},
		{"A/C 55501234", []string{"55501234"}, 0.75, 0.75},
		{"Policy Number: AB123456", []string{"AB123456"}, 0.75, 0.75},
		{"Patient ID: 0042-7781", []string{"0042-7781"}, 0.75, 0.75},
		{"Member ID 1234 5678 9012 Date", []string{"1234 5678 9012"}, 0.75, 0.75},
		{"Employee # E-10442", []string{"E-10442"}, 0.75, 0.75},
		{"Driver's License No. D123-4567-8901", []string{"D123-4567-8901"}, 0.75, 0.75},
		{"Passport X12345678", []string{"X12345678"}, 0.75, 0.75},
		{"ID:AB1234", []string{"AB1234"}, 0.75, 0.75},
		{"Customer John Smith 55512", []string{"55512"}, 0.55, 0.55},
		{"COURT: Superior Court - No. 996378", []string{"996378"}, 0.35, 0.35},
		{"Ticket No. 12345", []string{"12345"}, 0.35, 0.35},
		{"#12345", []string{"12345"}, 0.35, 0.35},
		{"No.12345", []string{"12345"}, 0.35, 0.35},
		// Business numbers and non-values.
		{"Invoice No. 12345", nil, 0, 0},
		{"Invoice #12345", nil, 0, 0},
		{"Order # 12345", nil, 0, 0},
		{"Purchase Order No. 4500012", nil, 0, 0},
		{"Page No. 1234", nil, 0, 0},
		{"Phone No. 5551234", nil, 0, 0},
		{"Account balance 12,345", nil, 0, 0},
		{"Account No. 12", nil, 0, 0},
		{"answer no 12345", nil, 0, 0},
		{"Member since 12-10-1998", nil, 0, 0},
		{"Customer phone 614-466-5087", nil, 0, 0},
		{"Customer Shipping Number 274- 3380915", nil, 0, 0},
		{"Employee SSN 536-22-1234", nil, 0, 0},
		{"Bates ID 6701428395", nil, 0, 0},
		{"the value 12345", nil, 0, 0},
		{"Account holder name and address here 12345", nil, 0, 0},
	})
}
