package pii

import (
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// The nouns of relatives, after whom running text often gives the
// relative's name ("with her daughter, Joanne", "seine Tochter Anna", "su
// esposa Carmen"), in the languages the detector reads (Czech, Polish and
// Hungarian with the accusatives that name an object: "férjét, Bánfalvi
// Gábort"): those of a man, of a woman, and of either.
const (
	kinMaleWords = `husband son father brother grandson nephew fiancé sohn ehemann vater bruder
		lebensgefährte fils mari père pere frère frere conjoint hijo esposo marido padre hermano figlio marito
		fratello filho pai irmão irmao neto zoon echtgenoot vader broer suami ayah
		manžel manžela manželem otec bratr mąż męża ojciec férje férjét fia fiát apja søn sønn
		poika isä soțul sotul fiul tatăl tatal tata oğlu oglu babası babasi`
	kinFemaleWords = `wife daughter mother sister granddaughter niece fiancée tochter ehefrau mutter
		schwester partnerin lebensgefährtin fille épouse epouse mère mere sœur soeur conjointe hija esposa madre
		hermana figlia moglie sorella filha mãe mae irmã irma neta dochter echtgenote moeder zus istri isteri
		manželka manželku dcera dceru żona żony córka córki siostra felesége feleségét lánya lányát anyja
		hustru datter dotter søster syster vaimo tytär äiti soția sotia fiica mama kızı kizi annesi`
	kinEitherWords = `partner spouse fiance`
	// kinElderMale and kinElderFemale are grandparents', uncles' and
	// aunts' nouns, a man's and a woman's.
	kinElderMale   = `grandfather uncle grand-père grand-pere oncle großvater grossvater onkel abuelo tío tio nonno zio avô avo grootvader oom`
	kinElderFemale = `grandmother aunt grand-mère grand-mere tante großmutter grossmutter abuela tía tia nonna zia avó grootmoeder`
)

// kinWords are the relatives' nouns; kinSexes the sexes those of a man or
// a woman say.
var (
	kinWords = lowerSet(strings.Fields(kinMaleWords + " " + kinFemaleWords + " " + kinEitherWords + " " + kinElderMale + " " + kinElderFemale))
	kinSexes = func() map[string]entity.Sex {
		m := map[string]entity.Sex{}
		for _, w := range strings.Fields(kinMaleWords + " " + kinElderMale) {
			m[w] = entity.Male
		}
		for _, w := range strings.Fields(kinFemaleWords + " " + kinElderFemale) {
			m[w] = entity.Female
		}
		return m
	}()
)

// kinWord reports a relative's noun, also with an accent OCR changed
// ("sistér", "frére").
func kinWord(w string) bool {
	low := strings.ToLower(w)
	return kinWords[low] || kinWords[lexicon.Unaccented(low)]
}

// kinSexMaxWords is how many words before a name a relative's noun may be
// to give it its sex ("Father's Name: Rohit Malhotra").
const kinSexMaxWords = 3

// kinSex gives a name without a title's sex the sex of the relative's noun
// just before it on its line ("Father's Name: Rohit Malhotra", "Mother:
// Sneha Malhotra"), or in brackets right after it ("Ujang Hidayat Permana
// (suami)"), so that its stand-in's given names are of that sex.
func kinSex(in *Input, e *Entity) {
	if e.Type != entity.Person || e.Value.Name == nil || e.Value.Name.Sex != entity.SexUnknown || len(e.Words) == 0 {
		return
	}
	ws := in.Page.Words
	first := e.Words[0]
	for k := first - 1; k >= 0 && k >= first-kinSexMaxWords && ws[k].Line == ws[first].Line; k-- {
		w := strings.ToLower(strings.Trim(strings.TrimSpace(ws[k].Text), ":;,."))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if sex, ok := kinSexes[w]; ok {
			e.Value.Name.Sex = sex
			return
		}
	}
	if last := e.Words[len(e.Words)-1]; last+1 < len(ws) && ws[last+1].Line == ws[last].Line {
		if t := strings.TrimSpace(ws[last+1].Text); strings.HasPrefix(t, "(") {
			if sex, ok := kinSexes[strings.ToLower(strings.Trim(t, "()"))]; ok {
				e.Value.Name.Sex = sex
			}
		}
	}
}

// kinNameScore is the score of a name after a relative's noun.
const kinNameScore = 0.6

// kinNames finds the name given right after a relative's noun, with or
// without a comma: a capitalised word that the name lists hold and that
// is no ordinary word, or that is a known given name, with a second such
// word as the surname.
func kinNames(text string, base int) []Match {
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	var out []Match
	for i := 0; i+1 < len(toks); i++ {
		if !kinWord(strings.TrimRight(raw(i), ",")) {
			continue // "son." ends a sentence
		}
		if isUpperWord(coreWord(raw(i))) && slices.ContainsFunc(strings.Fields(text[toks[i].e:]), func(w string) bool { return reLedgerAmount.MatchString(w) || countDigits(w) >= 3 }) {
			// "NETO PLAČA  1.466,36": a row of sums in capitals, the
			// grandson's noun a word of another language (its amount
			// split by OCR: "1.466, 36").
			continue
		}
		// After a comma ("his wife, Sabine"), a listed name that is an
		// ordinary word too names the relative.
		apposition := strings.HasSuffix(raw(i), ",")
		j := i + 1
		// The apposition's closing comma frames a surname no list holds
		// ("his wife, Sabine Brenninkmeyer, reports").
		// Another relative's noun lists roles ("PADRE, MADRE O TUTOR").
		// A bracket or a word in lower case after the two frames them
		// as a comma does ("her son, Ermek Asanbekov (phone …)").
		framed := apposition && i+2 < len(toks) && appositionClosed(toks, raw, i+2) && frameNameWord(coreWord(raw(i+1))) &&
			frameNameWord(coreWord(raw(i+2))) // both words no list holds: "her sister, Ngozi Eze, was"
		for j < len(toks) && j <= i+2 && !kinWord(coreWord(raw(j))) && (kinNameWord(raw(j)) || apposition && j == i+1 && (listedNameWord(raw(j)) || framed || oneWordApposition(raw(j))) ||
			apposition && j == i+2 && (strings.HasSuffix(raw(j), ",") || framed) && frameNameWord(coreWord(raw(j)))) {
			j++
			if strings.HasSuffix(raw(j-1), ",") || strings.HasSuffix(raw(j-1), ".") {
				break
			}
		}
		if j > i+1 && !endsClause(raw(j-1)) && !strings.HasSuffix(raw(j-1), ".") {
			j = particleSurnameEnd(toks, raw, j) // "Sandra van der Heijden"
		}
		first := i + 1
		if first < j && reTitleWord.MatchString(raw(first)) {
			first++ // the relative's title is no part of the name: "da mãe, Sra. Luciana"
		}
		if j == first {
			continue
		}
		last := raw(j - 1)
		end := toks[j-1].s + len(strings.TrimRight(last, ",.;:"))
		out = append(out, Match{Type: entity.Person, Start: base + toks[first].s, End: base + end, Score: kinNameScore, Source: "names:kin"})
		i = j - 1
	}
	return out
}

// appositionClosed reports that token k closes an apposition: its comma,
// or a bracket or a word in lower case right after it.
func appositionClosed(toks []patToken, raw func(int) string, k int) bool {
	if strings.HasSuffix(raw(k), ",") {
		return true
	}
	if k+1 >= len(toks) {
		return false
	}
	next := raw(k + 1)
	return strings.HasPrefix(next, "(") || lowerFirst(next) && letterCount(next) >= 2
}

// particleSurnameEnd extends a name that ends before token j over a
// surname's particles in lower case and the surname after them, shaped as
// a name ("van der Heijden", "de Vries"); it returns j when none follow.
func particleSurnameEnd(toks []patToken, raw func(int) string, j int) int {
	k := j
	for k < len(toks) && k < j+3 && nameParticles[raw(k)] {
		k++
	}
	if k == j || k >= len(toks) || !frameNameShape(coreWord(raw(k))) {
		return j
	}
	return k + 1
}

// maidenNames finds the birth name after a birth word that no date or
// place follows ("Anna Berger, geb. Müller", "Jane Porter, née
// Whitcombe"): one or two words shaped as a name, up to a comma.
func maidenNames(text string, base int) []Match {
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	var out []Match
	for i := 0; i+1 < len(toks); i++ {
		if w := raw(i); !birthWords[strings.ToLower(strings.Trim(w, ".,;:"))] && !maidenNameAt(raw, i) || strings.HasSuffix(w, ",") {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+2 && frameNameWord(coreWord(raw(j))) && !calendarWord(coreWord(raw(j)), 1) &&
			!birthPlacePreps[strings.ToLower(raw(j))] {
			j++
			if endsClause(raw(j-1)) || strings.HasSuffix(raw(j-1), ".") {
				break
			}
		}
		if j == i+1 {
			continue
		}
		end := toks[j-1].s + len(strings.TrimRight(raw(j-1), ",.;:)"))
		out = append(out, Match{Type: entity.Person, Start: base + toks[i+1].s, End: base + end, Score: kinNameScore, Source: "names:maiden"})
		i = j - 1
	}
	return out
}

// maidenNameAt reports token i the noun of "maiden name" or "maiden
// surname" in running text ("Moroz (maiden name Hrytsenko)"): the birth
// name follows.
func maidenNameAt(raw func(int) string, i int) bool {
	if i == 0 {
		return false
	}
	n := strings.ToLower(strings.Trim(raw(i), ".,;:"))
	return (n == "name" || n == "surname") && strings.EqualFold(strings.TrimLeft(raw(i-1), "("), "maiden")
}

// kinNameWord reports a word that names a relative: capitalised, and a
// known given name or a listed name that is no common English word. Right
// after a relative's noun a name that another language's dictionary holds
// names the relative ("his son Steven": "steven" is Dutch for a ship's
// stem).
func kinNameWord(t string) bool {
	c := coreWord(t)
	if !capitalised(c) || letterCount(c) < 2 || isLabelWord(c) || isFormWord(c) || calendarWord(c, 1) || taxLabel(c) {
		return false // a tax's acronym: "Neto IVA Tasa Mínima 10%", "Neto" the Portuguese grandson's noun
	}
	return isFirstName(c) || lexicon.IsName(c) && !isCommonWord(c)
}

// oneWordApposition reports a relative's given name alone between the
// apposition's commas, one that no dictionary holds nor names a city
// ("his wife, Morag, and"): the commas frame it as a listed name is
// vouched for.
func oneWordApposition(t string) bool {
	c := coreWord(t)
	return strings.HasSuffix(t, ",") && frameNameWord(c) && letterCount(c) >= 3 && lexicon.PlacePopulation(c) < locCityPopulation
}

// listedNameWord reports a capitalised word that the name lists hold, an
// ordinary word too or not ("Sabine", "Rose").
func listedNameWord(t string) bool {
	c := coreWord(t)
	return capitalised(c) && letterCount(c) >= 2 && !isLabelWord(c) && !calendarWord(c, 1) && (knownName(c) || lexicon.IsName(c))
}

// bracketedKinNames finds a name of two or three words right before a
// relative's noun in brackets, which says whose relative it is: an
// emergency contact's or a nominee's ("Dethier Françoise (grand-mère)",
// "Tanvir Siddiqui (husband)"). Each word is a bracketKinNameWord, one at
// least a name the lists hold.
func bracketedKinNames(text string, base int) []Match {
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	var out []Match
	for i := 2; i < len(toks); i++ {
		if !strings.HasPrefix(raw(i), "(") || !kinWord(strings.Trim(raw(i), "(),.;:")) {
			continue
		}
		first := bracketNameStart(raw, i)
		if i-first < 2 || !slices.ContainsFunc(toks[first:i], func(t patToken) bool { return listedNameWord(text[t.s:t.e]) }) {
			continue
		}
		out = append(out, Match{Type: entity.Person, Start: base + toks[first].s, End: base + toks[i-1].e, Score: kinNameScore, Source: "names:kin"})
	}
	return out
}

// bracketNameStart is the first of up to three name-shaped words
// (bracketKinNameWord) right before token i, a bracket's, none of them
// holding punctuation that parts a name: i itself when there is none.
func bracketNameStart(raw func(int) string, i int) int {
	j := i - 1
	for j >= 0 && j > i-4 && !strings.ContainsAny(raw(j), ",:;()") && bracketKinNameWord(coreWord(raw(j))) {
		j--
	}
	return j + 1
}

// bracketKinNameWord is a word of bracketedKinNames: shaped as a name,
// no dictionary's unless a name list's ("Garden Tools (uncle)" lists a
// gift).
func bracketKinNameWord(core string) bool {
	return frameNameWord(core) && (!isDictWord(core) || knownName(core))
}

// appositionNames finds a name of two words that no list holds between the
// commas of an apposition after a lower-case noun, with the sentence going
// on in lower case after it ("Your relationship manager, Hemi Parata, can
// be reached"): the commas frame a person introduced by a role. The two
// words are no place the gazetteer knows ("we visited, Kuala Lumpur, and").
func appositionNames(text string, base int) []Match {
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	var out []Match
	for i := 0; i+3 < len(toks); i++ {
		noun, first, last, next := raw(i), raw(i+1), raw(i+2), raw(i+3)
		core := strings.TrimSuffix(noun, ",")
		if core == noun || letterCount(core) < 3 || strings.ToLower(core) != core || kinWord(core) ||
			!strings.HasSuffix(last, ",") || strings.ToLower(next) != next || letterCount(next) < 2 {
			continue
		}
		f, l := coreWord(first), coreWord(last)
		if !capitalised(f) || !capitalised(l) || !frameNameWord(f) || !frameNameWord(l) || lexicon.PlaceCountries(f+" "+l) != nil {
			continue
		}
		end := toks[i+2].s + len(strings.TrimRight(last, ",.;:"))
		out = append(out, Match{Type: entity.Person, Start: base + toks[i+1].s, End: base + end, Score: kinNameScore, Source: "names:apposition"})
		i += 2
	}
	return out
}
