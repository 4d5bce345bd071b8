package pii

import "testing"

func TestDate(t *testing.T) {
	r := patRecognizer(t, "date")
	patCheck(t, r, Date, []patCase{
		// Numeric, with the OCR spacing seen on scanned forms.
		{"Date: 12/10/98", []string{"12/10/98"}, 0.8, 0.8},
		{"12 /10 /98", []string{"12 /10 /98"}, 0.8, 0.8},
		{"9/ 3/ 92", []string{"9/ 3/ 92"}, 0.8, 0.8},
		{"on 12-10-1998.", []string{"12-10-1998"}, 0.75, 0.75},
		{"12- 13- 89", []string{"12- 13- 89"}, 0.7, 0.7},
		{"16/3/82", []string{"16/3/82"}, 0.8, 0.8}, // day first
		{"Date: 12- -4 -87 No. C -7-36", []string{"12- -4 -87"}, 0.7, 0.7},
		{"11/ /29 /84", []string{"11/ /29 /84"}, 0.8, 0.8},
		{"10.12.1998", []string{"10.12.1998"}, 0.55, 0.55},
		{"Rev. 3.2.10", []string{"3.2.10"}, 0.45, 0.45},
		{"1998-12-10", []string{"1998-12-10"}, 0.85, 0.85},
		{"2/29/2000", []string{"2/29/2000"}, 0.85, 0.85},
		{"since 12/1998", []string{"12/1998"}, 0.4, 0.4},
		// Month names.
		{"Dec 10 '98", []string{"Dec 10 '98"}, 0.85, 0.85},
		{"December 10, 1998", []string{"December 10, 1998"}, 0.9, 0.9},
		{"10 December 1998", []string{"10 December 1998"}, 0.9, 0.9},
		{"Dec. 10,1998", []string{"Dec. 10,1998"}, 0.85, 0.85},
		{"Monday, March 3, 1997", []string{"Monday, March 3, 1997"}, 0.9, 0.9},
		{"JANUARY 8, 1992", []string{"JANUARY 8, 1992"}, 0.9, 0.9},
		{"28 Apr. 98", []string{"28 Apr. 98"}, 0.85, 0.85},
		{"10-Dec-98", []string{"10-Dec-98"}, 0.85, 0.85},
		{"Sept. 5, 1997", []string{"Sept. 5, 1997"}, 0.85, 0.85},
		{"May 1, 2000", []string{"May 1, 2000"}, 0.9, 0.9},
		{"June 21, 1993", []string{"June 21, 1993"}, 0.9, 0.9},
		{"Jun 21, 1993", []string{"Jun 21, 1993"}, 0.85, 0.85},
		{"Dec 10, 98", []string{"Dec 10, 98"}, 0.85, 0.85},
		{"Date: March3, 1995 No. 1995- 37F", []string{"March3, 1995"}, 0.9, 0.9},
		{"in March 1997 we", []string{"March 1997"}, 0.6, 0.6},
		{"October 3rd", []string{"October 3rd"}, 0.5, 0.5},
		{"by 3 March.", []string{"3 March"}, 0.45, 0.45},
		{"January 27, 1969 9: 00 a. m.", []string{"January 27, 1969"}, 0.9, 0.9},
		{"2/18/80 7:00 P. M.", []string{"2/18/80"}, 0.8, 0.8},
		{"from 1/5/81 to 3/5/81", []string{"1/5/81", "3/5/81"}, 0.8, 0.8},
		// OCR: underscores from form rules, letters read for digits.
		{"DEPARTURE DATE AND TIME:_2/21/80 4:00 P.M,", []string{"2/21/80"}, 0.8, 0.8},
		{"nunc 01/01/96 yy 12/31/96_ 220,416 _", []string{"01/01/96", "12/31/96"}, 0.8, 0.8},
		{"Iycuusive —OL/01/94", []string{"OL/01/94"}, 0.7, 0.7},
		{"8-17-88 1 of 1 B-17-88", []string{"8-17-88", "B-17-88"}, 0.6, 0.7},
		// OCR: a label glued to the month, a misread month name.
		{"INITIATION DATEQOctober 27, 1986 DATE", []string{"October 27, 1986"}, 0.9, 0.9},
		{"Jamuary 11, 1999", []string{"Jamuary 11, 1999"}, 0.7, 0.7},
		{"Septmber 5, 1997", []string{"Septmber 5, 1997"}, 0.7, 0.7},
		{"Decemberr 5, 1997", []string{"Decemberr 5, 1997"}, 0.7, 0.7},
		{"pete:__Ocotber 9, 1968", []string{"Ocotber 9, 1968"}, 0.7, 0.7},
		{"SePtember 26, 1995 days", []string{"SePtember 26, 1995"}, 0.9, 0.9},
		{"JAN 19. 1995", []string{"JAN 19. 1995"}, 0.85, 0.85},
		{"28, Apr: 98", []string{"28, Apr: 98"}, 0.85, 0.85},
		{"by 3 Apr.", []string{"3 Apr"}, 0.45, 0.45},
		{"Martha 5, 1997", nil, 0, 0}, // two edits from March
		{"Junk 5, 1997", nil, 0, 0},   // four-letter names are not fuzzy-matched
		{"Jamuary 11", nil, 0, 0},     // fuzzy needs the year
		{"McDonald 12, 1998", nil, 0, 0},
		{"——_August3,1998", []string{"August3,1998"}, 0.9, 0.9},
		{"12–10–98 and 1998—12—10", []string{"12–10–98", "1998—12—10"}, 0.7, 0.85},
		// Not dates.
		{"in 1998 alone", nil, 0, 0},
		{"at 10:30 am", nil, 0, 0},
		{"add 1/2 cup", nil, 0, 0},
		{"13/13/98", nil, 0, 0},
		{"12/32/98", nil, 0, 0},
		{"2/30/98", nil, 0, 0},
		{"00/10/98", nil, 0, 0},
		{"12/10/1492", nil, 0, 0},
		{"we may 5 times", nil, 0, 0},
		{"march 3 1997 lower case", nil, 0, 0},
		{"Marching 10 miles", nil, 0, 0},
		{"1/2/3/98", nil, 0, 0},
		{"12/10/98/5", nil, 0, 0},
		{"Total 205,775.00", nil, 0, 0},
		{"192.168.1.20", nil, 0, 0},
		{"12 -11", nil, 0, 0},
		{"1998-13-10", nil, 0, 0},
		{"March 40", nil, 0, 0},
	})
}

func TestEditDist1(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"october", "october", true},
		{"ocotber", "october", true},  // swap
		{"octobre", "october", true},  // swap at the end
		{"octber", "october", true},   // deletion
		{"occtober", "october", true}, // insertion
		{"octoner", "october", true},  // replacement
		{"otcober", "october", true},
		{"ocotbre", "october", false},
		{"oct", "october", false},
		{"martha", "march", false},
	} {
		if got := patEditDist1(c.a, c.b); got != c.want {
			t.Errorf("patEditDist1(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := patEditDist1(c.b, c.a); got != c.want {
			t.Errorf("patEditDist1(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}
