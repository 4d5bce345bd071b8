package pii

import (
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Masked numbers: a card's or an account's number printed with most of
// its digits hidden ("5189 **** **** 7742", "5412 75XX XXXX 3390",
// "****8302"). The digits left show part of the holder's number; the
// stand-in keeps the mask and redraws them.

// maskedScore is a masked number's score: its shape is its own.
const maskedScore = 0.8

var (
	// reMaskedGroups is a card's four groups with one or more of them
	// hidden, whole or in part, and its last group shown.
	reMaskedGroups = regexp.MustCompile(`(?:^|[^\w*•])((?:\d{4}|\d{2}[*Xx•]{2}|[*Xx•]{4})(?:[ .-](?:\d{4}|\d{2}[*Xx•]{2}|[*Xx•]{4})){2}[ .-]\d{4})\b`)
	// reMaskedTail is a run of mask characters, then the last four
	// digits ("****8302", "•••• 8302", "xxxx-7731"; a nineteen-digit
	// card's fifteen hidden: "xxxxxxxxxxxxxxx6290"), one "X" OCR read as
	// a "K" allowed ("XXXXXKXXXXXX4417").
	reMaskedTail = regexp.MustCompile(`(?:^|[^\w*•])((?:[*•]{4,15}|[Xx]{4,15}|[Xx]{2,8}K[Xx]{2,8})[ -]?\d{4})\b`)
	// reMaskedID is an identity number with a run of its characters
	// hidden, its first and last shown, a digit among them ("Y68****(5)",
	// a Hong Kong card's; "S****567D", a Singapore one's).
	reMaskedID = regexp.MustCompile(`(?:^|[\s:])([A-Z]{1,2}[0-9]{0,4}[*•]{3,8}[0-9A-Z]{0,5}(?:\([0-9A]\))?)(?:[\s,.;]|$)`)
	// reMaskedMiddle is a card's number whose middle digits are hidden,
	// its first six (the issuer's) and last four shown ("416973******5821").
	reMaskedMiddle = regexp.MustCompile(`(?:^|[^\w*•])(\d{4,6}(?:[*•]{4,9}|[Xx]{4,9})\d{4})\b`)
	// reMaskedEnd is an identity number whose last digits are hidden, the
	// birth date and the first digit after its dash shown ("880417-2******",
	// Korea's resident registration number).
	reMaskedEnd = regexp.MustCompile(`(?:^|[^\w*•])(\d{6,8}-\d{1,2}[*•]{4,9})(?:[\s,.;)]|$)`)
	// reBrandTail is a card's scheme, or "ending in" in the languages the
	// detector reads, before the card's last four digits alone ("Visa
	// 2080", "Mastercard ending 4471", "tarjeta terminada en 5530"):
	// the statement's short form of a masked number.
	// reRecentYear is a year a scheme's name may stand before ("VISA
	// 2024 annual fee"), which no card's digits are read as.
	reRecentYear = regexp.MustCompile(`^(?:19[5-9]\d|20[0-3]\d)$`)
	reBrandTail  = regexp.MustCompile(`(?i)\b(?:visa|mastercard|master card|amex|maestro|discover|diners|jcb|unionpay|rupay)(?: (?:debit|credit|card))?(?: ending(?: in)?)?[ #:]+(\d{4})\b|\b(?:ending in|terminad[ao] e[nm]|co[nm] final|terminant par|finissant par|che termina (?:con|in)|endet auf|eindigend op|eindigt op)(?: |[ ]?['’‘]+[ ]?)(\d{4})\b`)
)

// patMaskedNumber finds the masked numbers of a line; a run of four
// groups must hide at least one of them.
func patMaskedNumber(line string) []Match {
	var out []Match
	for _, m := range reMaskedGroups.FindAllStringSubmatchIndex(line, -1) {
		if strings.ContainsAny(line[m[2]:m[3]], "*Xx•") {
			out = append(out, Match{Type: entity.ID, Start: m[2], End: m[3], Score: maskedScore})
		}
	}
	for _, re := range []*regexp.Regexp{reMaskedTail, reMaskedMiddle, reMaskedID, reMaskedEnd} {
		for _, m := range re.FindAllStringSubmatchIndex(line, -1) {
			if re == reMaskedID && countDigits(line[m[2]:m[3]]) == 0 {
				continue // "A****": a rating's stars, no digit shown
			}
			out = append(out, Match{Type: entity.ID, Start: m[2], End: m[3], Score: maskedScore})
		}
	}
	for _, m := range reBrandTail.FindAllStringSubmatchIndex(line, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 && !patNumberAfter(line, m[g+1]) && !reRecentYear.MatchString(line[m[g]:m[g+1]]) {
				out = append(out, Match{Type: entity.ID, Start: m[g], End: m[g+1], Score: maskedScore})
			}
		}
	}
	return out
}
