package pii

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// repeatSure is the score of a name sure enough that its dictionary words
// no name list holds are sought again alone ("Nehru" of "Surname: Nehru").
const repeatSure = 0.7

// repeats finds the other places on the page where a person's or an
// organisation's name, a place, a street's line or a record identifier,
// that was found once is written again: the whole name, and each of its distinctive words
// (four letters or more, no ordinary or form word) of a person's; the
// whole code of an identifier. A name replaced in the signature but left
// in the letterhead, "FLOTTMANN, Etienne" replaced in the grid and "Herr
// Flottmann" left in the prose, or an invoice number replaced beside its
// label and left in "quoting invoice 8585/2025", would still identify the
// person.
func repeats(in *Input, found []Match) []Match {
	var out []Match
	seen := map[string]bool{}
	for _, m := range found {
		var needles []string
		find := occurrences
		switch m.Type {
		case entity.Person, entity.Organization:
			if placeCovers(found, m) || m.Type == entity.Person && firmCovers(found, m) {
				continue // "Ellerslie, Auckland" of "Ellerslie, Auckland 1051" read as a name
			}
			// A relative's noun right before the name vouches for it
			// as a label does ("su hijo Fausto").
			sure := m.Score >= repeatSure || strings.HasPrefix(m.Source, "label:") || m.Source == "names:kin"
			needles = repeatNeedles(in.Text[m.Start:m.End], m.Type == entity.Person, sure)
		case entity.ID:
			needles = idNeedle(in.Text[m.Start:m.End])
		case entity.Phone:
			if needle, ok := phoneNeedle(in.Text[m.Start:m.End]); ok {
				needles, find = []string{needle}, phoneOccurrences
			}
		case entity.Location:
			needles = placeNeedle(in.Text[m.Start:m.End])
		case entity.Address:
			needles = streetNeedle(in.Text[m.Start:m.End])
		}
		for _, needle := range needles {
			key := string(m.Type) + "\x00" + strings.ToLower(needle)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, find(in.Text, needle, m)...)
			if m.Type == entity.Person {
				out = append(out, misreadOccurrences(in, needle, m)...)
			}
		}
	}
	return out
}

// firmCovers reports an organisation among found that shares words with
// person m and scores at least as high: resolution gives those words to
// the firm ("Haberfield Family Medical Practice, Haberfield NSW" read as
// a provider's name), and no word of m is sought as a name elsewhere
// ("Family name", "Practice").
func firmCovers(found []Match, m Match) bool {
	return slices.ContainsFunc(found, func(o Match) bool {
		return o.Type == entity.Organization && o.Start < m.End && o.End > m.Start && o.Score >= m.Score
	})
}

// placeCovers reports an address or a place among found that covers m
// and scores at least as high, or shares words with it and scores higher:
// resolution gives m's words to it, and m's words name no one to be
// sought elsewhere.
func placeCovers(found []Match, m Match) bool {
	for _, o := range found {
		if (o.Type == entity.Address || o.Type == entity.Location) && o.Start <= m.Start && o.End >= m.End && o.Score >= m.Score {
			return true
		}
		if (o.Type == entity.Address || o.Type == entity.Location) && o.Start < m.End && o.End > m.Start && o.Score > m.Score {
			// "Moshi, Kilimanjaro" read as "Family, Given" over the
			// address "2214, Moshi": resolution drops the name whole.
			return true
		}
	}
	return false
}

// repeatNeedles are the whole name (two words or more), in its order and,
// when written "Family, Given", in the other ("ROGER, Achaire" is written
// "Achaire Roger" in the prose), and, for a person (words: an
// organisation's single words are often a place or a trade), its
// distinctive words. A distinctive word that is also a dictionary word
// ("Roger", "Baker") is sought only where it is capitalised (caseNeedle),
// and only when a name list holds it or the name was found surely (sure:
// a score of repeatSure or more, a label's value, or a relative's name
// after the relationship).
func repeatNeedles(name string, words, sure bool) []string {
	family, _, swapped := strings.Cut(name, ",")
	var ws []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		if !lexicon.IsPersonalTitle(w) && !lexicon.IsPersonalTitle(strings.TrimRight(w, ".")) {
			ws = append(ws, possessiveStem(w)) // "Dott.", "M.": evidence, not the name; "Rumman's" is "Rumman"
		}
	}
	var out []string
	if len(ws) >= 2 {
		out = append(out, strings.Join(ws, " "))
		if nf := len(strings.Fields(family)); swapped && words && nf < len(ws) {
			out = append(out, strings.Join(append(append([]string{}, ws[nf:]...), ws[:nf]...), " "))
		}
	}
	if !words {
		if core, ok := orgNameCore(ws); ok {
			out = append(out, core)
		}
		return out
	}
	for _, w := range ws {
		core := strings.Trim(w, ".;:()'\"")
		if letterCount(core) < 4 || !isCapitalisedToken(core) || isFormWord(core) || isLabelWord(core) {
			continue
		}
		if strings.HasSuffix(w, ".") && letterCount(core) <= abbreviationMaxLetters && !listedWord(core) {
			continue // a profession's abbreviation before the name: "Bioq. Hernán R. Sabatini"
		}
		if isDictWord(core) && !sure && !knownName(core) && !isFirstName(core) && !isLastName(core) {
			continue // "Cardiology" of an unsure "Cardiology, Galway": nothing vouches for the word alone
		}
		if isUpperWord(core) && letterCount(core) <= 4 && !slices.ContainsFunc(ws, func(o string) bool { return o != w && listedWord(o) }) {
			continue // an acronym beside no word a list holds ("Cotitzacié CASS", OCR's "Cotització"): a fund's, written again on every row
		}
		if isDictWord(core) {
			out = append(out, caseNeedle+core)
		} else {
			out = append(out, core)
		}
		if part := givenPart(core); part != "" && w == ws[0] && len(ws) >= 2 {
			out = append(out, caseNeedle+part) // "Sanne-Lotte van der Heijden", called "Sanne" in the letter
		}
	}
	return out
}

// givenPart is the first part of a hyphenated given name when a name list
// holds it as a given name, four letters or more ("Sanne" of
// "Sanne-Lotte"), "" otherwise.
func givenPart(core string) string {
	part, _, ok := strings.Cut(core, "-")
	if !ok || letterCount(part) < 4 || !isCapitalisedToken(part) || !isFirstName(part) {
		return ""
	}
	return part
}

// abbreviationMaxLetters is the longest abbreviation with its period
// that a name's repeats leave out.
const abbreviationMaxLetters = 5

// listedWord reports a word that a name list holds, written in capitals
// or not.
func listedWord(w string) bool {
	core := strings.Trim(w, ".;:()'\"")
	title := titleCased(strings.ToLower(core))
	return knownName(core) || knownName(title) || isFirstName(title) || isLastName(title)
}

// orgNameCore is an organisation's name without its legal form, when the
// form was written ("Parisi-Lucchese s.r.l." is signed "Parisi-Lucchese
// s.r." or "Parisi-Lucchese") and what is left is distinctive: capitalised
// words of four letters or more that no dictionary holds.
func orgNameCore(ws []string) (string, bool) {
	n := len(ws)
	for n > 0 && isLegalForm(ws[n-1]) {
		n--
	}
	// One plain word ("Bhat" of "Bhat Ltd") is as likely a person's name
	// written elsewhere on the page.
	if n == len(ws) || n == 0 || n == 1 && !strings.Contains(ws[0], "-") {
		return "", false
	}
	for _, w := range ws[:n] {
		core := strings.Trim(w, ".;:()'\"")
		for _, part := range strings.Split(core, "-") {
			if letterCount(part) < 4 || !isCapitalisedToken(part) || isDictWord(part) || isFormWord(part) {
				return "", false
			}
		}
	}
	return strings.Join(ws[:n], " "), true
}

// placeNeedle is a place's name, sought where it is capitalised, when it
// has four letters or more and is not one ordinary word ("Heilbronn" of
// "Geburtsort: Heilbronn" is written again after "Ort:" above the
// signature; "Reading" would be any sentence's first word).
func placeNeedle(name string) []string {
	core := strings.Trim(strings.TrimSpace(name), ".,;:()'\"")
	if letterCount(core) < 4 || !isCapitalisedToken(core) || !strings.Contains(core, " ") && isDictWord(core) {
		return nil
	}
	return []string{caseNeedle + core}
}

// streetNeedle is the first line of an address when it is a street's
// with its house number: a word of four letters or more and a digit
// ("Am Schäferkamp 17", written again in "Objekt: Am Schäferkamp 17").
func streetNeedle(addr string) []string {
	line, _, _ := strings.Cut(addr, "\n")
	core := strings.Trim(strings.TrimSpace(line), ".,;:()'\"")
	ws := strings.Fields(core)
	if len(ws) < 2 || patDigitCount(core) == 0 || !slices.ContainsFunc(ws, func(w string) bool { return letterCount(coreWord(w)) >= 4 }) {
		return nil
	}
	return []string{core}
}

// caseNeedle marks a needle sought only where it is capitalised.
const caseNeedle = "\x00"

// idNeedle is an identifier's code without the punctuation around it,
// when it holds recordIDMinDigits digits or more (fewer may be a quantity
// or a year written elsewhere on the page), or letters too and
// codeNeedleDigits digits or more ("KL-1187", an employee's number, signed
// again under the letter).
func idNeedle(code string) []string {
	core := strings.Trim(strings.TrimSpace(code), ".,;:()[]'\"")
	if d := patDigitCount(core); d < recordIDMinDigits && (d < codeNeedleDigits || !hasLetters(core, 1)) && !plateNeedle(core) {
		return nil
	}
	return []string{core}
}

// plateNeedle reports a code of capitals and digits in groups, seven
// characters or more, three capitals and two digits among them at least:
// a plate's shape ("CX19 RWD"), distinctive enough to seek again on its
// page though it has few digits.
func plateNeedle(core string) bool {
	digits, letters := idCounts(core)
	return strings.Contains(core, " ") && digits >= 2 && letters >= 3 && digits+letters >= 7 && strings.ToUpper(core) == core &&
		strings.Trim(core, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -") == ""
}

// codeNeedleDigits is the fewest digits of a code of letters and digits
// sought again on its page.
const codeNeedleDigits = 4

// phoneNeedleMinDigits is how many digits a phone number's national
// number needs before it is sought again: a whole subscriber's number,
// not an extension or a short code a price or a date could hold.
const phoneNeedleMinDigits = 8

// phoneNeedle is a phone number's national significant number, its
// digits without the country code ("+977 9851042716") or the trunk zero
// ("0722 418 306"): the number written again on the page without them,
// in a sentence ("via eSewa wallet 9851042716"), is the same person's.
func phoneNeedle(cand string) (string, bool) {
	digits := patDigits(cand)
	if strings.HasPrefix(strings.TrimSpace(cand), "+") {
		n, err := phonenumbers.Parse("+"+digits, "ZZ")
		if err != nil {
			return "", false
		}
		digits = phonenumbers.GetNationalSignificantNumber(n)
	} else {
		digits = strings.TrimLeft(digits, "0")
	}
	return digits, len(digits) >= phoneNeedleMinDigits
}

// phoneOccurrences are the digit runs of text that write national number
// needle (with a trunk zero or not, its digits grouped by single spaces,
// dots or dashes, or by the degree sign OCR reads for a speck in a gap:
// "07 48 22°15 63") outside m, typed and scored as m.
func phoneOccurrences(text, needle string, m Match) []Match {
	parts := strings.Split(needle, "")
	re := regexp.MustCompile(`(^|[^\pN+.\-])(0?` + strings.Join(parts, `[ .\-°]?`) + `)($|[^\pN])`)
	var out []Match
	for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
		if s, e := loc[4], loc[5]; s >= m.End || e <= m.Start {
			out = append(out, Match{Type: m.Type, Start: s, End: e, Score: m.Score, Source: "repeat"})
		}
	}
	return out
}

// occurrences are the matches of needle in text (case-insensitive, or
// capitalised only for a caseNeedle; on word boundaries, any run of spaces
// between its words) outside m, typed and scored as m.
func occurrences(text, needle string, m Match) []Match {
	flags := "(?i)"
	if rest, ok := strings.CutPrefix(needle, caseNeedle); ok {
		needle, flags = rest, ""
	}
	parts := strings.Fields(needle)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
		if flags == "" {
			parts[i] = "(?:" + regexp.QuoteMeta(titleCase(p)) + "|" + regexp.QuoteMeta(strings.ToUpper(p)) + ")"
		}
	}
	re, err := regexp.Compile(flags + `(^|[^\pL\pN])(` + strings.Join(parts, `[\s,]+`) + `)($|[^\pL\pN])`)
	if err != nil {
		return nil
	}
	var out []Match
	for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
		s, e := loc[4], loc[5]
		if s < m.End && e > m.Start || strings.HasPrefix(text[e:], ":") || inAddressToken(text, s, e) || m.Type == entity.Person && lowerCaseWord(text, s, e) {
			continue // the match itself, a label's word ("Ward:"), part of an e-mail address, or prose
		}
		if m.Type == entity.Person && inPlaceName(text, s, e) {
			continue // "Louis" of a father's name in "Port Louis", a capital
		}
		if m.Type == entity.ID && inLongerNumber(text, s, e) {
			continue // "10/2024" of a statement's number inside a row's date "02/10/2024"
		}
		out = append(out, Match{Type: m.Type, Start: s, End: e, Score: m.Score, Source: "repeat"})
	}
	return out
}

// inLongerNumber reports text[s:e] joined by a slash, a dash or a
// period to a digit before or after it: part of a longer number or a
// date, not the record sought again.
func inLongerNumber(text string, s, e int) bool {
	joint := func(c byte) bool { return c == '/' || c == '-' || c == '.' }
	return s >= 2 && joint(text[s-1]) && patIsDigit(text[s-2]) || e+1 < len(text) && joint(text[e]) && patIsDigit(text[e+1])
}

// inPlaceName reports text[s:e] as part of a town's name of two words
// with the word right before or after it ("Port Louis", "Santa Cruz").
func inPlaceName(text string, s, e int) bool {
	word := strings.TrimSpace(text[s:e])
	if before := wordsBefore(text, s); len(before) > 0 && lexicon.PlacePopulation(coreWord(before[len(before)-1])+" "+word) >= locTownPopulation {
		return true
	}
	after := wordsAfter(text, e)
	return len(after) > 0 && lexicon.PlacePopulation(word+" "+coreWord(after[0])) >= locTownPopulation
}

// lowerCaseWord reports a word of letters text[s:e] written in lower case
// as a token of its own: a common word of the text, in a sentence
// ("Aylık kira bedeli") or a row ("Surcharge bandara 15.000"), not the
// name found elsewhere ("KİRA", "Bandara Soekarno-Hatta").
func lowerCaseWord(text string, s, e int) bool {
	if letterCount(text[s:e]) == 0 || strings.ToLower(text[s:e]) != text[s:e] {
		return false
	}
	if coreWord(spaceToken(text, s, e)) != text[s:e] {
		return false // part of a longer token: "susana.ballesteros @…", an e-mail address OCR split
	}
	next := slices.DeleteFunc(wordsAfter(text, e), func(w string) bool { return !hasAlnum(w) })
	if len(next) > 0 && (markOpens(next[0]) || strings.Contains(next[0], "@")) || len(next) == 0 && !slices.ContainsFunc(wordsBefore(text, s), hasAlnum) {
		// The front of an address OCR split ("demond .wunsch@feeney"),
		// or a line of its own with the form's rules read as specks
		// ("demond |").
		return false
	}
	return true
}

// inAddressToken reports text[s:e] inside a run of non-space characters
// that holds "@", or opens with "www." or holds "://": an e-mail or a web
// address ("sarah.oneil@pacificrimimports.com" holds "Sarah",
// "www.bernier-court-genera.co.uk" "Bernier"), which is found, and
// replaced, whole as one. (A web address that OCR broke is no URL to its
// recognizer: a name's repeat there still covers its part.)
func inAddressToken(text string, s, e int) bool {
	t := spaceToken(text, s, e)
	return strings.Contains(t, "@") || strings.HasPrefix(strings.ToLower(t), "www.") || strings.Contains(t, "://")
}

// spaceToken is the run of non-space characters of text that holds
// text[s:e].
func spaceToken(text string, s, e int) string {
	a := strings.LastIndexFunc(text[:s], unicode.IsSpace) + 1
	b := e + strings.IndexFunc(text[e:], unicode.IsSpace)
	if b < e {
		b = len(text)
	}
	return text[a:b]
}

// Misread repeats: a distinctive name word (no dictionary's, of
// misreadMinRunes letters or more) read again elsewhere with one letter
// wrong, where OCR was unsure of the word ("Xicaraé" for "Xicará").
const (
	misreadMinRunes = 6
	misreadMaxConf  = 60
)

// misreadOccurrences are the words of the page, capitalised and read with
// less than misreadMaxConf, one edit from needle, its accents aside.
func misreadOccurrences(in *Input, needle string, m Match) []Match {
	if strings.HasPrefix(needle, caseNeedle) || strings.Contains(needle, " ") || utf8.RuneCountInString(needle) < misreadMinRunes {
		return nil
	}
	want := strings.ToLower(lexicon.Unaccented(needle))
	var out []Match
	for wi, w := range in.Page.Words {
		s, e := in.WordStart[wi], in.WordEnd[wi]
		if s < 0 || w.Conf >= misreadMaxConf || s < m.End && e > m.Start {
			continue
		}
		core := coreWord(w.Text)
		if !capitalised(core) || !editDistance1(strings.ToLower(lexicon.Unaccented(core)), want) {
			continue
		}
		cs := s + strings.Index(in.Text[s:e], core)
		out = append(out, Match{Type: m.Type, Start: cs, End: cs + len(core), Score: m.Score, Source: "repeat"})
	}
	return out
}
