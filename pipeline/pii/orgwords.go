package pii

import (
	"strings"
	"unicode"
)

// The words that say a run of names is an organisation: legal forms (from
// the lexicon's company types of all languages), kinship and partnership
// words ("& Söhne", "e figli", "Hermanos", "Associates"), and the head
// nouns of institutions ("Klinikum", "Casa di Cura", "Hôpital").

// orgKinWords follow the names of a family business or partnership, after
// a conjunction ("and Sons", "e Hijos", "& Söhne", "et Fils") or directly
// ("Cordero Hermanos", "Rossi Associati").
var orgKinWords = lowerSet(strings.Fields(`sons son söhne sohn figli figlio fils hijos hijo
filhos brothers bros brüder gebrüder hermanos fratelli frères irmãos
partners partner partnerschaft associates associados asociados associati associés`))

// orgKinDirect may follow the names without a conjunction.
var orgKinDirect = lowerSet(strings.Fields(`brothers bros hermanos fratelli frères irmãos
partners partnerschaft associates associados asociados associati associés`))

// orgConj join the names of a partnership: "Mercier et Meyer", "Luna y
// Rosas", "Weber und Kolb", "Kaur and Nair", "Rossi e Bianchi".
var orgConj = lowerSet(strings.Fields(`& and und et y e i en och og ve`))

// orgParticles are lower-case words inside a family name ("Espinosa de los
// Monteros", "Del Monte", "van der Berg", "Al Noor").
var orgParticles = lowerSet(strings.Fields(`de di da del della delle dei degli la le lo los las
van von der den du des dos das do ter ten zu al el bin ibn`))

// orgInstHeads begin an institution's name that continues with a name or
// a place: "Klinikum Marburg", "Hôpital Nguyen", "Casa di Cura Rossi",
// "Centre hospitalier de Cergy", "Hospital Universitario de Sagunto",
// "École Jean Moulin".
var orgInstHeads = lowerSet([]string{"hospital", "hôpital", "hopital", "klinikum", "klinik",
	"krankenhaus", "clínica", "clinica", "clinique", "clinic", "ospedale", "policlinico",
	"poliklinik", "casa di cura", "centre hospitalier", "centro médico", "centro medico",
	"consultorio médico", "consultorio medico",
	"centre médical", "centre medical", "praxis", "kanzlei", "cabinet", "studio legale",
	"apotheke", "pharmacie", "farmacia", "apteka", "lékárna", "lekáreň", "aptieka", "vaistinė", "université", "universität", "universidad",
	"università", "universidade", "sparkasse", "banque", "banca", "banco",
	// Schools named after a person: "École Jean Moulin", "Colegio Miguel de Cervantes".
	"école", "ecole", "collège", "college", "lycée", "lycee", "escuela", "colegio", "instituto",
	"scuola", "liceo", "istituto", "schule", "gymnasium", "escola", "szkoła", "szkola"})

// orgInstTails end an institution's name after a name: "Feil Memorial
// Hospital", "Elisabeth-Klinik", "Marien-Krankenhaus", "Szent Lukács
// Gyógyszertár", "Acıbadem Hastanesi", "Leeds General Infirmary", and a
// practice's name after its place ("Lakeside Family Medicine",
// "Northside Pediatrics").
var orgInstTails = lowerSet(strings.Fields(`hospital klinik klinikum krankenhaus clinic clinique
hôpital spital apotheke pharmacy practice praxis centre center surgery gyógyszertár patika kórház
rendelő eczane eczanesi hastane hastanesi apotek apoteket sjukhus sykehus
medicine pediatrics paediatrics dental dentistry radiology physiotherapy chiropractic optometry
infirmary hospice polyclinic dispensary sanatorium
insurance assurance assurances assicurazioni seguros seguradora aseguradora versicherung
versicherungen verzekeringen verzekering poisťovňa poistovňa poisťovna poistovna pojišťovna
pojistovna ubezpieczenia sigorta biztosító biztosito osiguranje zavarovalnica kindlustus
vakuutus forsikring försäkring försäkringar`))

// orgLinkWords may stand between an institution's head and its name:
// "Hospital Universitario de Sagunto", "University of Iowa".
var orgLinkWords = lowerSet(strings.Fields(`of de di del della du des am an der`))

// orgCalendar are the weekday and month names (and their short forms) of
// the languages the joined-names rule reads: "Montag - Freitag" and "Jan -
// Dec" are no partnership, though some of them are surnames.
var orgCalendar = lowerSet(strings.Fields(`mon tue wed thu fri sat sun monday tuesday wednesday
thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec january february
march april june july august september october november december mo di mi do fr sa so montag
dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar märz mai
juni juli oktober dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier février
mars avril juin juillet août septembre octobre novembre décembre lunes martes miércoles jueves
viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre
noviembre diciembre lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio
aprile maggio giugno luglio settembre ottobre dicembre`))

// isLegalForm reports a word that is a company's legal form ("GmbH",
// "S.A.", "SARL", "Ltd.", "s.r.l."): a company type of some language,
// written with a capital or with periods, so that ordinary lower-case
// words that are also abbreviations ("as", "ab") stay apart.
func isLegalForm(t string) bool {
	c := orgCore(t)
	if !hasLetters(c, 2) || strings.ContainsAny(c, "&") || strings.HasPrefix(t, "(") {
		return false
	}
	if !strings.Contains(c, ".") && !hasUpper(t) {
		return false
	}
	if orgLegal[c] {
		return true
	}
	if saintWords[c] {
		return false // "Sta.", Italian's short "società" and everyone's "Santa": "Kimberly Anne L. Sta. Romana"
	}
	if companyType(c) || companyType(strings.ReplaceAll(c, ".", "")) {
		return true
	}
	// A dotted form with "1" read for "l" ("s.r.1.", "S.p.A" is fine).
	if fixed := strings.ReplaceAll(c, "1", "l"); fixed != c && strings.Contains(c, ".") {
		return orgLegal[fixed] || companyType(fixed) || companyType(strings.ReplaceAll(fixed, ".", ""))
	}
	return false
}

// shortLegalForm reports a legal form of two letters without periods
// ("SA", "AG", "KG", "EI", "AB"; not "S.A."): such a form also
// abbreviates other things and needs a name before it.
func shortLegalForm(t string) bool {
	c := orgCore(t)
	return !strings.Contains(c, ".") && len([]rune(c)) <= 2
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// orgProperWord reports a capitalised word that names someone or somewhere
// rather than says something: a known name, or a word that is no common
// word of any language and no form word.
func orgProperWord(t string) bool {
	c := strings.Trim(t, ",.;:()\"'")
	if !hasLetters(c, 2) || isFormWord(c) {
		return false
	}
	for _, part := range strings.Split(c, "-") {
		if part != "" && distinctName(part) {
			return true
		}
	}
	return !isCommonWord(c) && !commonWordAnyLang(c)
}

// orgKnownName reports a word, or a part of a hyphenated word, that is a
// known person's name and no ordinary word.
func orgKnownName(t string) bool {
	c := strings.Trim(t, ",.;:()\"'")
	for _, part := range strings.Split(c, "-") {
		if part != "" && distinctName(part) && !isFormWord(part) {
			return true
		}
	}
	return false
}

// orgMaybeName reports a word, or a part of a hyphenated word, that is a
// person's name, perhaps also an ordinary word.
func orgMaybeName(t string) bool {
	c := strings.Trim(t, ",.;:()\"'")
	for _, part := range strings.Split(c, "-") {
		if part != "" && maybeName(part) {
			return true
		}
	}
	return false
}

// orgFormEvidence reports a word that can carry a two-letter legal form
// ("Lemoine SA"): a known name, or a proper word that is no place
// ("Abbiategrasso AG" is a town and its province), of three letters or
// more ("Rt Ri" is a scrawl read as letters).
func orgFormEvidence(t string) bool {
	c := strings.Trim(t, ",.;:()\"'")
	return orgNameWord(t) && hasLetters(c, 3) && (orgKnownName(c) || orgProperWord(c) && !isPlaceName(c))
}
