package lexicon

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// phraseSet maps each phrase of one libpostal dictionary kind, in every
// language, to the languages that list it.
type phraseSet map[string][]string

//go:embed data/libpostal.tsv
var libpostalData string

//go:embed data/legalforms.txt
var legalFormsData string

var (
	libpostalOnce sync.Once
	libpostal     map[string]phraseSet // by dictionary kind
	suffixes      []string             // glued street-type suffixes, longest first
	// divisionLetters are the single-letter abbreviations of libpostal's
	// qualifiers ("p" for the Vietnamese phường, "q" for quận), which the
	// other kinds leave out.
	divisionLetters map[string]bool
	// streetTypeLetters are the languages of the single-letter street
	// types ("g" for the Lithuanian gatvė), which the other kinds leave out.
	streetTypeLetters map[string][]string
)

func loadLibpostal() {
	libpostal = map[string]phraseSet{}
	divisionLetters = map[string]bool{}
	streetTypeLetters = map[string][]string{}
	for _, line := range readLines(libpostalData) {
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			continue
		}
		set := libpostal[parts[0]]
		if set == nil {
			set = phraseSet{}
			libpostal[parts[0]] = set
		}
		for _, p := range strings.Split(parts[2], "|") {
			p = normalisePhrase(p)
			if parts[0] == "qualifiers" && isSingleLetter(p) {
				divisionLetters[p] = true
			}
			if parts[0] == "street_types" && isSingleLetter(p) && !hasLang(streetTypeLetters[p], parts[1]) {
				streetTypeLetters[p] = append(streetTypeLetters[p], parts[1])
			}
			if p != "" && !isSingleLetter(p) && !hasLang(set[p], parts[1]) {
				set[p] = append(set[p], parts[1])
			}
		}
	}
	suffixes = gluedSuffixes()
}

// normalisePhrase lower-cases a phrase and closes up libpostal's spaced
// slash abbreviations ("c /" is written "c/").
func normalisePhrase(p string) string {
	p = strings.ToLower(strings.Join(strings.Fields(p), " "))
	return strings.ReplaceAll(p, " /", "/")
}

func hasLang(langs []string, l string) bool {
	for _, x := range langs {
		if x == l {
			return true
		}
	}
	return false
}

// lookup finds a word or phrase in one dictionary kind, with or without a
// trailing full stop and ignoring a trailing comma, colon or semicolon.
func lookup(kind, w string) []string {
	libpostalOnce.Do(loadLibpostal)
	set := libpostal[kind]
	k := normalisePhrase(strings.TrimRight(w, ",;:"))
	if k == "" || isSingleLetter(k) {
		return nil
	}
	if langs, ok := set[k]; ok {
		return langs
	}
	if t := strings.TrimSuffix(k, "."); t != k && !isSingleLetter(t) {
		return set[t]
	}
	return set[k+"."]
}

// IsStreetType reports a street-type word or abbreviation of libpostal's
// street_types in any language ("Street", "St", "Straße", "Str.", "rue",
// "via", "calle", "c/", "Weg"). Bare single letters are left out.
func IsStreetType(w string) bool { return lookup("street_types", w) != nil }

// StreetTypeLetterLanguages returns the languages whose street types
// include the one letter of w, written with its full stop ("g." of the
// Lithuanian "gatvė"); IsStreetType leaves single letters out.
func StreetTypeLetterLanguages(w string) []string {
	l := strings.TrimSuffix(strings.ToLower(w), ".")
	if l == w || !isSingleLetter(l) {
		return nil
	}
	libpostalOnce.Do(loadLibpostal)
	return append([]string(nil), streetTypeLetters[l]...)
}

// StreetTypeLanguages returns the languages whose street types include w.
func StreetTypeLanguages(w string) []string {
	return append([]string(nil), lookup("street_types", w)...)
}

// SuffixLanguages returns the languages that glue street type s to the
// street's name (libpostal's concatenated suffixes: "straße" de, "weg" de
// and nl, "nes" is).
func SuffixLanguages(s string) []string {
	return append(lookup("concatenated_suffixes_separable", s), lookup("concatenated_suffixes_inseparable", s)...)
}

// IsDivisionWord reports a word or abbreviation of libpostal's qualifiers
// in any language: the type of an address's district, ward, quarter or
// village ("Kelurahan", "Kel.", "Colonia", "Col.", "Mah.", "Quận"). Bare
// single letters are left out (IsDivisionLetter).
func IsDivisionWord(w string) bool { return lookup("qualifiers", w) != nil }

// IsDivisionLetter reports a single letter that abbreviates a qualifier
// in some language ("p" for the Vietnamese phường); it says little alone.
func IsDivisionLetter(l string) bool {
	libpostalOnce.Do(loadLibpostal)
	return divisionLetters[strings.ToLower(l)]
}

// IsPersonalTitle reports a personal title of libpostal's personal_titles in
// any language ("Mr", "Mrs", "Herr", "Frau", "Mme", "Sig.ra", "Dr", "Sra.").
func IsPersonalTitle(w string) bool { return lookup("personal_titles", w) != nil }

// PersonalTitleLanguages returns the languages whose personal titles
// include w ("Bapak" id).
func PersonalTitleLanguages(w string) []string {
	return append([]string(nil), lookup("personal_titles", w)...)
}

// CompanyTypeLanguages returns the languages whose company_types list w
// (libpostal's codes; cleanco's forms have none).
func CompanyTypeLanguages(w string) []string {
	return append([]string(nil), lookup("company_types", w)...)
}

// IsCompanyType reports a company-type word of libpostal's company_types in
// any language ("GmbH", "AG", "S.A.", "SARL", "S.p.A.", "Ltd", "Inc"), or a
// legal form of cleanco's lists ("s.r.o.", "Kft.", "ApS", "Sp. z o.o.").
func IsCompanyType(w string) bool {
	return lookup("company_types", w) != nil || isLegalForm(w)
}

var (
	legalFormsOnce sync.Once
	// legalForms holds cleanco's forms, lower case; legalFormLetters the
	// letters of those written with periods or slashes, which OCR and
	// writers space and dot differently ("Sp. z o.o.", "sp. z.o.o.").
	legalForms, legalFormLetters map[string]bool
)

func loadLegalForms() {
	legalForms, legalFormLetters = map[string]bool{}, map[string]bool{}
	for _, t := range readLines(legalFormsData) {
		legalForms[t] = true
		if strings.ContainsAny(t, "./") {
			legalFormLetters[letters(t)] = true
		}
	}
}

// isLegalForm looks w up among cleanco's forms: as written, or, with three
// letters or more, with or without a trailing period, and by its letters
// when w has a period or slash ("R.T." are initials, not Hungarian "Rt.").
func isLegalForm(w string) bool {
	legalFormsOnce.Do(loadLegalForms)
	k := normalisePhrase(strings.TrimRight(w, ",;:"))
	if k == "" {
		return false
	}
	if legalForms[k] {
		return true
	}
	// Variants need three letters: "rt" is no "Rt.", "R.T." no "rt".
	if utf8.RuneCountInString(letters(k)) < 3 {
		return false
	}
	if legalForms[k+"."] || legalForms[strings.TrimSuffix(k, ".")] {
		return true
	}
	return strings.ContainsAny(k, "./") && legalFormLetters[letters(k)]
}

// letters keeps the letters of s.
func letters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// IsUnitType reports a word that numbers a unit inside a building
// ("Apt", "Flat", "Suite", "Wohnung", "appartement"), or a floor ("Floor",
// "étage", "piso"), from libpostal's unit and level types.
func IsUnitType(w string) bool {
	return lookup("unit_types_numbered", w) != nil || lookup("level_types_numbered", w) != nil
}

// IsDirectional reports a compass word or abbreviation ("North", "NW", "Ost").
func IsDirectional(w string) bool { return lookup("directionals", w) != nil }

// IsPostOffice reports a post-office-box word ("PO Box", "Postfach", "BP").
func IsPostOffice(w string) bool { return lookup("post_office", w) != nil }

// IsAcademicDegree reports a post-nominal degree ("PhD", "MD", "Dipl.-Ing.").
func IsAcademicDegree(w string) bool { return lookup("academic_degrees", w) != nil }

// gluedSuffixes lists the street types that languages such as German and
// Dutch write joined to the street name ("...straße", "...laan"), at least
// three letters long, longest first.
func gluedSuffixes() []string {
	seen := map[string]bool{}
	for _, kind := range []string{"concatenated_suffixes_separable", "concatenated_suffixes_inseparable"} {
		for p := range libpostal[kind] {
			if utf8.RuneCountInString(strings.TrimSuffix(p, ".")) >= 3 && !strings.Contains(p, " ") {
				seen[p] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}

// reSideStreet is a side street's number and a word joined by a hyphen
// ("23-gil,", "12beon-gil").
var reSideStreet = regexp.MustCompile(`^(\d{1,3})((?:beon)?-(\pL{2,6}))[,;]?$`)

// SideStreet reports a side street named by its number and its street
// type joined by a hyphen, as Korean addresses write it after the road it
// leaves ("23-gil", "12beon-gil"): it returns the number and the hyphened
// type ("23", "-gil").
func SideStreet(w string) (number, kind string, ok bool) {
	m := reSideStreet.FindStringSubmatch(w)
	if m == nil || !IsStreetType(m[3]) {
		return "", "", false
	}
	return m[1], m[2], true
}

// StreetSuffix reports a street name with its street type glued on or
// hyphenated ("Hauptstraße", "Lindenstr.", "Kerkweg", "Brüder-Grimm-Str."):
// it returns the street-type part when at least three letters of name stand
// before it.
func StreetSuffix(w string) (string, bool) {
	libpostalOnce.Do(loadLibpostal)
	k := strings.ToLower(strings.TrimRight(w, ",;:"))
	if i := strings.LastIndex(k, "-"); i >= 3 && IsStreetType(k[i+1:]) {
		return k[i+1:], true
	}
	for _, s := range suffixes {
		stem, ok := strings.CutSuffix(k, s)
		if ok && utf8.RuneCountInString(stem) >= 3 {
			return s, true
		}
	}
	return "", false
}
