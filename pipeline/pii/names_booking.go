package pii

import (
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// reBookingName is a traveller's name as airlines' and travel agents'
// bookings write it: the family name, a slash and the given names in
// capitals, then the title ("MARTINEZ/ISABELLA MS", "O'BRIEN/PATRICK MR").
var reBookingName = regexp.MustCompile(`\b([A-Z][A-Z'’-]+)/([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})\b`)

// bookingTitles end a booking's name.
var bookingTitles = lowerSet(strings.Fields(`mr mrs ms miss mstr dr prof chd inf`))

// scoreBookingName is the score of a booking's name: its shape and its
// title or names the lists hold vouch for it.
const scoreBookingName = 0.8

// bookingNames finds the travellers' names of a line: with their title,
// or with a family name and a given name the lists hold ("SMITH/JOHN";
// "AND/OR" and "INPUT/OUTPUT" are none). The title stays out of the span.
func bookingNames(text string, base int) []Match {
	var out []Match
	for _, m := range reBookingName.FindAllStringSubmatchIndex(text, -1) {
		family, given, end := text[m[2]:m[3]], text[m[4]:m[5]], m[5]
		titled := false
		if i := strings.LastIndexByte(given, ' '); i > 0 && bookingTitles[strings.ToLower(given[i+1:])] {
			given, end, titled = given[:i], m[4]+i, true
		}
		first, _, _ := strings.Cut(given, " ")
		if !titled && !(isLastName(family) && isFirstName(first) && !isDictWord(family)) {
			continue
		}
		out = append(out, Match{Type: entity.Person, Start: base + m[2], End: base + end, Score: scoreBookingName, Source: "names:booking"})
	}
	return out
}
