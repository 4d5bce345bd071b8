package pii

import (
	"regexp"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Korean names written in Latin letters join the given name's two
// syllables with a hyphen ("Jae-hoon", "Min-ji", "Seo-yeon"), the family
// name a short word before or after it ("Park Jae-hoon", "Jae-hoon
// Park"). Several common family names are English words too ("Park",
// "Song", "Han", "Jung"), which the runs of capitalised words reject; the
// given name's shape, two romanised syllables, carries the name.

// reKoreanSyllable is one syllable of Revised Romanization, with the
// spellings that names keep from older systems ("hoon", "hee", "young").
var reKoreanSyllable = regexp.MustCompile(`^(?i:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h)?(?i:yae|yeo|you|wae|woo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?i:ng|k|n|t|l|m|p)?$`)

// reKoreanName is a family name and a hyphenated given name, in either
// order, in title case or in capitals.
var reKoreanName = regexp.MustCompile(`\b(?:([A-Z][a-z]{1,4}|[A-Z]{2,5}) ([A-Z][a-z]{1,4}-[a-z]{1,4}|[A-Z]{1,5}-[A-Z]{1,5})|([A-Z][a-z]{1,4}-[a-z]{1,4}|[A-Z]{1,5}-[A-Z]{1,5}) ([A-Z][a-z]{1,4}|[A-Z]{2,5}))\b`)

// scoreKoreanName is a Korean name's score.
const scoreKoreanName = 0.65

// koreanNames finds the names of reKoreanName whose family name the name
// lexicon holds and whose given name is two romanised syllables.
func (n *nameScan) koreanNames(text string) {
	for _, m := range reKoreanName.FindAllStringSubmatchIndex(n.mask, -1) {
		var family, given string
		if m[2] >= 0 {
			family, given = text[m[2]:m[3]], text[m[4]:m[5]]
		} else {
			given, family = text[m[6]:m[7]], text[m[8]:m[9]]
		}
		if koreanGiven(given) && lexicon.IsName(strings.ToLower(family)) && !isLabelWord(family) && !reTitleWord.MatchString(family) {
			n.add(m[0], m[1], scoreKoreanName, "names:run")
		}
	}
}

// koreanGiven reports a given name of two romanised syllables joined by a
// hyphen ("Jae-hoon") that spell no word ("Set-up").
func koreanGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && reKoreanSyllable.MatchString(a) && reKoreanSyllable.MatchString(b) && !isDictWord(strings.ToLower(a+b)) && !isDictWord(strings.ToLower(w))
}
