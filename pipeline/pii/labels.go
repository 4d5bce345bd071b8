package pii

import (
	"image"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/editdist"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Form-label context: on forms the strongest evidence for personal data is
// the printed label next to it. A label ("Name:", "TO:", "Date", "Fax No.",
// "Requested by") gives its value, to its right on the same row or on the
// row below, the label's type, whether or not any pattern matched the value
// (a name in no list, a garbled handwritten date).
//
// The recognizer works on geometry: the Input's lines must be visual rows
// (the analyzer regroups OCR lines into rows before it runs).

// labelRule maps a normalised label phrase to a type.
type labelRule struct {
	typ entity.Type
	// list labels (cc, copies to) take a column of values below their first
	// value; address labels take a few lines.
	maxLines int
	// exact reports whether the phrase is a known label as a whole (stronger
	// than a keyword inside a longer question).
	exact bool
	// fuzzy reports a label read through OCR error correction.
	fuzzy bool
	// head reports a longer question whose last word names the type
	// ("Coupon Issue Date", "Fax Number").
	head bool
	// nameFirst reports an address's label that asks for the name too
	// ("Name & Address"): its first row is the person's.
	nameFirst bool
}

// labelVocab holds the single words of the exact labels, by length.
var labelVocab = map[int][]string{}

// vocabLeftOut are label words OCR's misreadings are not corrected to:
// "data" of "data di nascita" would be the nearest reading of "Dats" for
// "Date".
var vocabLeftOut = map[string]bool{"data": true}

// buildLabelVocab runs after exactLabels is filled.
func buildLabelVocab() {
	seen := map[string]bool{}
	for k := range exactLabels {
		for _, w := range strings.Fields(k) {
			if !seen[w] && hasLetters(w, 2) && !vocabLeftOut[w] {
				seen[w] = true
				labelVocab[len(w)] = append(labelVocab[len(w)], w)
			}
		}
	}
	for _, ws := range labelVocab {
		sort.Strings(ws)
	}
}

// ocrClass maps characters Tesseract confuses on poor scans to one class.
func ocrClass(c byte) byte {
	switch c {
	case 'c', 'e', 'o', '0':
		return 'c'
	case 'l', 'i', '1', '!', '|', 't', 'f':
		return 'l'
	case 'a', 'd':
		return 'a'
	}
	return c
}

// correctLabel replaces low-confidence words by a label word they could be
// an OCR misreading of: same length and equal up to confusable characters,
// or (for words of four letters or more) one edit away. It reports whether
// anything changed.
func correctLabel(raw []string, words []doc.Word, idx []int) (string, bool) {
	out := make([]string, len(raw))
	changed := false
	for i, w := range raw {
		out[i] = w
		core := strings.ToLower(strings.TrimRight(strings.TrimSpace(w), ":.;"))
		suffix := strings.TrimSpace(w)[len(core):]
		if half, ok := slashedHalfLabel(core); ok {
			out[i], changed = half+suffix, true
			continue
		}
		if fixed, ok := rnLabel(core); ok {
			out[i], changed = fixed+suffix, true
			continue
		}
		if fixed, ok := accentLabel(core); ok {
			out[i], changed = fixed+suffix, true
			continue
		}
		if words[idx[i]].Conf >= 75 {
			continue
		}
		if core == "" || !hasLetters(core, 1) || exactLabels[core].typ != "" || isCommonWord(core) {
			continue
		}
		best := ""
		for _, cand := range labelVocab[len(core)] {
			if sameOCRClass(core, cand) {
				best = cand
				break
			}
		}
		// A word of a dictionary alone is a truncated or misspelt label
		// only before a colon: "Miete" (rent) on a statement's row is no
		// "Mieter". In a phrase the other words vouch for it ("Contato di
		// emergenza").
		loose := !isDictWord(core) || strings.HasSuffix(strings.TrimSpace(w), ":") || len(raw) > 1
		if best == "" && len(core) >= 3 && loose {
			// A truncated read ("Dat" for "Date").
			for _, cand := range labelVocab[len(core)+1] {
				if strings.HasPrefix(cand, core) {
					best = cand
					break
				}
			}
		}
		if best == "" && len(core) >= 4 && loose {
			best = labelWordWithin1(core, 4)
		}
		if best != "" {
			out[i] = best + suffix
			changed = true
		}
	}
	if !changed {
		return "", false
	}
	return labelCanon(out), true
}

// slashedHalfLabel is the half of a word of two halves glued by a slash
// that is a label of a type, the second first, when the whole is none:
// one label in two languages ("Venedor/Vendedor:", Catalan and Spanish).
func slashedHalfLabel(core string) (string, bool) {
	a, b, ok := strings.Cut(core, "/")
	if !ok || strings.Contains(b, "/") || exactLabels[core].typ != "" {
		return "", false
	}
	for _, half := range []string{b, a} {
		if exactLabels[half].typ != "" {
			return half, true
		}
	}
	return "", false
}

// rnLabel reads a word that is no ordinary word as the label word OCR
// misread by taking "rn" or "ni" for "m", or "m" for "rn" ("Sumame" for
// "Surname", "Narne" and "Nanie" for "Name"), or "fi", "ii" or "i" for
// "ñ" ("Sefior(es)" for "Señor(es)", "Acompaiante:" for "Acompañante:"),
// however sure OCR was of it.
func rnLabel(core string) (string, bool) {
	if !strings.ContainsAny(core, "mi") && !strings.Contains(core, "rn") || isDictWord(core) {
		return "", false
	}
	for _, sw := range [][2]string{{"m", "rn"}, {"rn", "m"}, {"ni", "m"}, {"fi", "ñ"}, {"ii", "ñ"}, {"i", "ñ"}} {
		for i := 0; i+len(sw[0]) <= len(core); i++ {
			if !strings.HasPrefix(core[i:], sw[0]) {
				continue
			}
			if fixed := core[:i] + sw[1] + core[i+len(sw[0]):]; exactLabels[fixed].typ != "" {
				return fixed, true
			}
		}
	}
	return "", false
}

// accentedVowels are the vowels OCR's English model confuses with each
// other when it reads an accent ("Direccién", "Cédigo", "electrénico").
const accentedVowels = "áéíóúàèìòùâêîôûäëïöüãõ"

// accentLabel reads a word with an accented vowel that is no label word
// as the label word with another accented vowel there ("direccién" for
// "dirección", "cédigo" for "código"), however sure OCR was of it.
func accentLabel(core string) (string, bool) {
	if isDictWord(core) || inLabelVocab(core) {
		return "", false
	}
	return otherAccent(core, inLabelVocab)
}

// otherAccent is word w with one accented vowel read as another that
// ok holds ("sjukskéterska" for "sjuksköterska"): OCR's English model
// confuses them.
func otherAccent(w string, ok func(string) bool) (string, bool) {
	for i, r := range w {
		if !strings.ContainsRune(accentedVowels, r) {
			continue
		}
		n := utf8.RuneLen(r)
		for _, v := range accentedVowels {
			if fixed := w[:i] + string(v) + w[i+n:]; v != r && ok(fixed) {
				return fixed, true
			}
		}
	}
	return "", false
}

// labelWordWithin1 is the first word of the labels (labelVocab) of
// minLen letters or more one edit away from core, "" when none.
func labelWordWithin1(core string, minLen int) string {
	for l := len(core) - 1; l <= len(core)+1; l++ {
		for _, cand := range labelVocab[l] {
			if len(cand) >= minLen && editDistance1(core, cand) {
				return cand
			}
		}
	}
	return ""
}

// inLabelVocab reports a word of the exact labels (labelVocab).
func inLabelVocab(w string) bool {
	return slices.Contains(labelVocab[len(w)], w)
}

func sameOCRClass(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if ocrClass(a[i]) != ocrClass(b[i]) {
			return false
		}
	}
	return true
}

// editDistance1 reports whether a and b differ by exactly one insertion,
// deletion or substitution.
func editDistance1(a, b string) bool {
	return editdist.Distance([]byte(a), []byte(b), 1) == 1
}

// exactLabels are whole label phrases, normalised (lower case, no trailing
// punctuation).
var exactLabels = map[string]labelRule{}

func init() {
	add := func(t entity.Type, lines int, phrases ...string) {
		for _, p := range phrases {
			exactLabels[p] = labelRule{typ: t, maxLines: lines, exact: true}
		}
	}
	// Person fields in the languages of Europe (German, French, Spanish,
	// Italian) and more English ones.
	// A person's name or a firm's, a buyer's on a Latin American invoice:
	// the person's (a firm's value reads as one, firmValue).
	add(entity.Person, 1, "nombre o razón social", "nombre o razon social", "nombres o razón social",
		"apellidos y nombres o razón social", "nombre/razón social", "nome ou razão social")
	add(entity.Person, 1, "vorname", "vornamen", "nachname", "familienname", "geburtsname", "patientin", "empfänger",
		"rechnungsempfänger", "ansprechpartner", "ansprechpartnerin", "kontaktperson", "unterschrift",
		"kontoinhaber", "antragsteller", "absender", "z. hd", "z.hd", "zu händen", "sachbearbeiter", "notfallkontakt",
		"name, vorname", "nom", "prénom", "prénoms", "nom de famille", "nom de naissance", "nom d'usage", "patiente",
		"destinataire", "expéditeur", "médecin", "médecin traitant", "titulaire", "titulaire du compte",
		"demandeur", "à l'attention de", "personne à prévenir", "interlocuteur", "nom, prénom", "nom et prénom",
		"nombre", "apellido", "apellidos", "nombre y apellidos", "paciente", "destinatario", "remitente",
		"médico", "solicitante", "a la atención de", "persona de contacto", "contacto de emergencia", "receptor",
		"primer apellido", "segundo apellido", "sr./sra", "sr/sra", "señor/a", "señor(es)", "señores", "sr.(es)", "sres", "nombre y apellido", "apellido y nombre", "nome", "cognome", "nome e cognome", "paziente", "mittente",
		"medico", "medico curante", "intestatario", "richiedente", "all'attenzione di", "contatto di emergenza",
		"referente", "surname", "given name", "given names", "first names", "forename", "forenames", "maiden name",
		"middle name", "emergency contact", "next of kin", "account holder", "cardholder", "card holder",
		"policyholder", "policy holder", "guarantor", "beneficiary", "physician", "attending physician",
		"owner", "registered owner", "vehicle owner", "property owner",
		"referring physician", "prescriber", "prescribed by", "prescribing physician", "prescribing doctor", "insured", "spouse", "guardian", "tenant", "landlord", "guest", "passenger",
		// A certificate's parents and sponsors (birth, baptism, school).
		// A spouse's noun is left out: a table's column of relations
		// holds it as a value ("époux"); so are the Portuguese "pai" and
		// "mãe", which other languages write as words ("Mae").
		"father", "mother", "father's name", "mother's name", "name of father", "name of mother",
		"godfather", "godmother", "godparents", "sponsors", "sponsors / godparents",
		"vater", "mutter", "père", "mère", "nom du père", "nom de la mère",
		"padre", "madre", "nombre del padre", "nombre de la madre",
		"nome do pai", "nome da mãe", "nome del padre", "nome della madre", "vader", "moeder",
		// Ukrainian and Russian labels as Latin letters transliterate them:
		// cashier, buyer, recipient, payer, patient, doctor ("Kasyr:",
		// "Pokupatel:", "Oderzhuvach:").
		"kasyr", "pokupets", "pokupatel", "pokupatel'", "oderzhuvach", "poluchatel", "poluchatel'", "platnyk",
		"platelshchik", "patsiient", "patsient", "likar", "vrach",
		// Who orders a payment and who receives it, on a bank's transfer
		// or a tax form's payment ("ORDINANTE  DE BENEDICTIS MARIA CHIARA").
		"ordinante", "ordenante", "auftraggeber", "auftraggeberin", "donneur d'ordre", "beneficiario", "beneficiaria",
		"bénéficiaire", "begünstigter", "begünstigte", "zahlungsempfänger",
		// A hotel's guest and whoever stays or travels with them.
		"companion", "accompanying person", "acompañante", "acompanhante", "accompagnateur", "accompagnatrice",
		"accompagnatore", "begleitperson", "huésped", "hóspede", "ospite",
		"provider", "ordering provider", "ordering physician", "rendering provider", "treating physician",
		"doctor", "ref doctor", "ref. doctor", "referring doctor", "referred by", "treating doctor", "attending doctor",
		"consultant", "consultor", "consultora", "served by", "cashier", "kassierer", "kassiererin", "cajero", "cajera", "caissier", "caissière",
		"cassiere", "cassiera", "manager", "store manager", "waiter", "waitress", "server", "steward",
		"staff", "clerk", "sales clerk", "salesperson", "sales person", "salesman", "saleswoman", "sales rep",
		"sales representative", "sales assistant", "attendant", "attended by", "atendido por", "atendida por",
		"vendedor", "vendedora", "operador", "operadora", "operatore", "operatrice", "opérateur", "opératrice",
		"bediener", "bedienerin", "kasjer", "kasjerka", "pokladní", "kassör", "kassörska", "kassamedewerker",
		"kassir", // Azerbaijani's, Uzbek's and Kazakh's cashier
		// Who sold or served, in the languages the detector reads.
		"vendeur", "vendeuse", "serveur", "serveuse", "verkäufer", "verkäuferin", "kellner", "kellnerin",
		"camarero", "camarera", "mesero", "mesera", "cameriere", "cameriera", "commesso", "commessa",
		"atendente", "garçom", "verkoper", "verkoopster",
		// Employees on payslips and certificates, and claimants.
		"werknemer", "naam werknemer", "medewerker", "arbeitnehmer", "arbeitnehmerin", "mitarbeiter",
		"versicherungsnehmer", "versicherungsnehmerin", "versicherter", "versicherte", // the policyholder, the insured
		"mitarbeiterin", "salarié", "salariée", "employé", "employée", "trabajador", "trabajadora", "empleado",
		"empleada", "dipendente", "lavoratore", "lavoratrice", "funcionário", "funcionária", "trabalhador",
		"trabalhadora", "claimant",
		// The Nordic languages and Finnish: "Anställd:" on a Swedish payslip.
		"anställd", "anstalld", "arbetstagare", "ansatt", "arbeidstaker", "medarbejder", "lønmodtager", "työntekijä",
		// Schools: pupils, their parents and teachers.
		"student", "student name", "learner", "pupil", "teacher", "class teacher", "form teacher", "educator",
		"parent", "parent/guardian", "parent or guardian", "schüler", "schülerin", "klassenlehrer",
		"klassenlehrerin", "élève", "alumno", "alumna", "aluno", "aluna", "leerling", "mentor",
		"estudiante", "étudiant", "étudiante", "studente", "studentessa", "estudante", "studentin", "uczeń", "uczennica",
		"student/in", "öğrenci", "siswa", "murid", "mwanafunzi", "mag-aaral",
		// A child's record (immunisation, nursery, a child's benefit).
		"child", "child's name", "name of child", "infant", "minor", "enfant", "niño", "niña", "bambino",
		"bambina", "criança",
		// Portuguese, Dutch and Polish.
		"nome completo", "cliente", "consumidor", "titular", "médico responsável", "utente", "doente", "naam", "voornaam",
		"achternaam", "geslachtsnaam", "naamgebruik", "voornamen", "volledige naam", "patiënt", "klant", "rekeninghouder", "contactpersoon", "t.a.v.",
		"ter attentie van", "behandelend arts", "huisarts", "kassier", "pacjent", "pacjentka", "imię",
		"nazwisko", "imię i nazwisko", "klient", "lekarz", "lekarz prowadzący", "lekarz kierujący", "kasjer", "odbiorca",
		"nadawca",
		// Indonesian and Malay, the Nordic languages, Finnish and Turkish.
		"nama", "nama lengkap", "nama pasien", "nama pelanggan", "pelanggan", "pasien", "kasir", "juruwang", "pelayan",
		"pesakit", "nama pesakit", "disediakan oleh", "saksi", "a.n", "atas nama",
		"navn", "fulde navn", "fullt navn", "fornavn", "efternavn", "etternavn", "namn", "förnamn",
		"namnförtydligande", "navneforklaring", // a signature's name in clear (Swedish, Danish)
		"efternamn", "kund", "kunde", "kassör", "kasserer", "ekspedient", "ekspeditør", "expedit", "nimi", "etunimi", "sukunimi", "asiakas",
		// The seller and who served, in the Nordic languages and Finnish.
		"säljare", "selger", "sælger", "betjent af", "betjänad av", "betjent av", "myyjä", "myyja", "kassanhoitaja", "palvelija",
		// who collected a prescription for its patient, and to whom it was handed
		"afhentet af", "hentet av", "hämtad av", "udleveret til", "utlevert til", "utlämnad till",
		"potilas", "lääkäri", "rekvirerende læge", "ordinerende læge", "henvisende læge", "behandlende læge", "læge",
		"lege", "läkare", "behandler", "behandlare", "behandelnder arzt", "behandelnde ärztin", "remitterande läkare", "behandlande läkare", "adı soyadı", "ad soyad", "adı", "soyadı", "hasta adı", "müşteri", "kasiyer",
		// Turkish: the buyer, the seller, the tenant, also as OCR reads them
		// without the dotless "ı" ("Alici")
		"alıcı", "alici", "satıcı", "satici", "kiracı", "kiraci",
		// Vietnamese, written with and without its diacritics.
		"thu ngân", "thu ngan", "khách hàng", "khach hang", "họ tên", "ho ten", "họ và tên", "ho va ten",
		"nhân viên", "nhan vien", "bệnh nhân", "benh nhan", "người mua hàng", "nguoi mua hang",
		"họ tên người mua hàng", "ho ten nguoi mua hang", "tên khách hàng", "ten khach hang",
		"chủ tài khoản", "người nhận", "người gửi", "người thụ hưởng",
		"bác sĩ", "bac si", "bác sĩ điều trị", "bac si dieu tri", "người bệnh", "nguoi benh",
		// Hungarian, Romanian and Turkish.
		"név", "beteg", "beteg neve", "orvos", "felíró orvos", "kezelőorvos", "pénztáros", "vevő", "vevő neve",
		"nume", "prenume", "nume și prenume", "cumpărător", "cumparator", "pacient", "medic", "întocmit", "intocmit",
		"întocmit de", "casier", "sayın", "müşteri adı", "hasta", "doktor",
		// Lithuanian, Latvian and Estonian: the name and surname, the
		// representative, the patient, the doctor, the employee, the insured.
		"vardas", "pavardė", "pavarde", "vardas, pavardė", "vardas pavardė", "atstovas", "atstovė", "gydytojas",
		"gydytoja", "pacientė", "darbuotojas", "darbuotoja", "klientas", "klientė", "vārds", "uzvārds",
		"vārds, uzvārds", "vārds uzvārds", "pacients", "pacientes", "ārsts", "darbinieks", "darbiniece", "klients",
		"pārstāvis", "eesnimi", "perekonnanimi", "patsient", "töötaja", "kindlustatu", "kindlustusvõtja",
		// Romanian: the insured, the designated user, the owner, the driver, the employee.
		"asigurat", "utilizator", "utilizator desemnat", "proprietar", "conducător auto", "conducator auto",
		"angajat", "salariat",
		// The Nordic, Finnish and Baltic tenant and landlord, buyer and seller.
		"vuokranantaja", "vuokralainen", "ostaja", "hyresvärd", "hyresgäst", "köpare", "utleier", "leietaker", "kjøper",
		"udlejer", "lejer", "køber", "üürileandja", "üürnik", "ostja", "müüja", "izīrētājs", "īrnieks", "pircējs",
		"pārdevējs", "nuomotojas", "nuomininkas", "pirkėjas", "pardavėjas",
		// Icelandic, and Greek as receipts print it in Latin letters.
		"nafn", "kaupandi", "viðskiptavinur", "sjúklingur", "pelatis", "asthenis", "onomateponymo", "tameias", "tamias",
		// Swahili and Filipino: the name, the full name, the customer, the patient.
		"jina", "jina kamili", "jina la mteja", "mteja", "jina la mgonjwa", "mgonjwa",
		"pangalan", "buong pangalan", "pangalan ng pasyente", "pasyente",
		// A person a form or a register names by role.
		"person", "registered person", "responsible person", "person responsible", "person in charge",
		"insured person", "person to contact", "person to notify",
		// The other names of a form that asks for the surname apart.
		"other names", "other name", "other names in full",
		// The parties to a lease or a rental.
		"lessor", "lessee", "renter", "hirer", "vermieter", "vermieterin", "mieter", "mieterin", "bailleur", "bailleresse", "locataire",
		"arrendador", "arrendadora", "arrendatario", "arrendataria", "inquilino", "inquilina", "locatore", "locatrice",
		"conduttore", "conduttrice", "locador", "locadora", "locatário", "locatária", "senhorio", "senhoria",
		"verhuurder", "huurder", "utleier", "leietaker", "udlejer", "lejer", "hyresvärd", "hyresgäst",
		// Turkish (with the dotless "ı" that OCR reads as "i"), Polish, Czech.
		"kiracı", "kiraci", "kiraya veren", "kiralayan", "ev sahibi", "mal sahibi", "najemca", "wynajmujący",
		"nájemce", "pronajímatel",
		// Bulgarian in Latin letters: the employee, the name, the
		// surname, the person insured.
		"sluzhitel", "služitel", "sluzitel", "ime i familiya", "familiya", "osigureno litse",
		// Albanian: the pupil (a girl, a boy), the father's and the
		// mother's name of a certificate, with and without the "ë" OCR
		// drops.
		"nxënësja", "nxënësi", "nxenesja", "nxenesi", "atësia", "atesia", "amësia", "amesia",
		"emri i babait", "emri i nënës", "emri i nenes")
	for w := range preparedWords {
		add(entity.Person, 1, w)
	}
	// Bill-to blocks of other languages.
	add(entity.Person, 2, "rechnung an", "lieferung an", "facturer à", "facturé à", "facturar a",
		"fatturare a", "fatturato a", "factuur aan", "faturar a", "ditagih kepada")
	add(entity.Person, 1, "name", "full name", "last name", "first name", "first", "middle name", "middle initial", "m.i", "mi", "from", "attn", "attention",
		"signature", "signed", "signed by", "sign", "by", "contact", "contact person", "prepared by",
		"approved by", "requested by", "submitted by", "written by", "authorized by",
		"received by", "reviewed by", "checked by", "issued by", "initiated by", "sender",
		"recipient", "employee", "applicant", "patient", "originator", "author", "investigator",
		"investigators", "investigator(s)", "investigator (s)", "supervisor", "pay to", "return to",
		"ordered by", "requestor", "requester", "buyer", "salesman", "sales rep", "rep",
		"representative", "witness", "name of employee", "employee name", "customer name", "member",
		"member name", "cardmember", "cardholder", "card holder", "tarjetahabiente", "titular de la tarjeta",
		"titulaire de la carte", "karteninhaber", "karteninhaberin", "ahli", "nama ahli", "anggota", "nama anggota",
		// The Nordic invoice's contact persons, the seller's and the
		// buyer's ("Vår referens:", "Deres referanse:").
		"vår referens", "er referens", "vår ref", "er ref", "vår referanse", "deres referanse",
		"vores reference", "jeres reference", "vores ref", "jeres ref", "yhteyshenkilö", "viitteenne", "viitteemme",
		// Who read a household's meter, on a utility bill.
		"meter reader", "read by", "reading taken by",
		// Who drove or rode: taxi and ride receipts.
		"driver", "rider", "passenger", "chauffeur", "fahrer", "fahrerin", "fahrgast", "motorista", "autista",
		"pengemudi", "penumpang", "sopir", "supir", "pemandu",
		// Czech: who issued a document, who handles it.
		"vystavil", "vystavila", "vyřizuje",
		// Czech and Slovak: name and surname, the legal guardian.
		"jméno", "příjmení", "jméno a příjmení", "meno", "priezvisko", "meno a priezvisko",
		"zákonný zástupce", "zákonný zástupca",
		// Czech and Slovak: the employee, the customer, the buyer.
		"zaměstnanec", "zaměstnankyně", "zamestnanec", "zamestnankyňa", "zákazník", "zákaznice", "odběratel", "odberateľ",
		"pacientka", "lékař", "lekár",
		// Slovene, Croatian, Serbian and Bosnian: name and surname, the doctor.
		"ime", "priimek", "ime in priimek", "prezime", "ime i prezime", "ime in priimek bolnika",
		"bolnik", "zdravnik", "zdravnica", "zdravnik specialist", "izbrani zdravnik",
		"zaposleni", "zaposlena", "zaposlenik", "zaposlenica", "delavec", "delavka", "radnik", "radnica",
		"liječnik", "lekar", "doktor medicine",
		// The South Slavic and Baltic languages: buyer, cashier, issuer.
		"kupac", "kupec", "blagajnik", "blagajnica", "blagajničarka", "račun izdao", "izdao",
		"pirkėjas", "kasininkas", "kasininkė", "išrašė", "sąskaitą išrašė", "pircējs", "kasieris",
		// Finnish and Hungarian: who made out, issued or received a bill.
		"laskun laati", "laatija", "laskuttaja", "vastaanottaja", "kiállította", "készítette", "átvette", "ellenőrizte",
		"kasiere", "ostja", "kassapidaja", "koostas", "koostaja", "arst", "raviarst", "perearst",
		// A letter's subject line, which names the patient or client it is
		// about ("Re: Mrs Eleanor Hargreaves, DOB …").
		"re",
		// For the attention of: Dutch, German, French, Spanish, Italian.
		"t.a.v", "ter attentie van", "z.hd", "z. hd", "zu händen", "à l'attention de", "a l'attention de",
		"atención", "a la atención de", "alla cortese attenzione di")
	// Bill-to blocks: a person or a company on the first two lines, then
	// the address (which plausibleLine leaves to the address recognizer).
	add(entity.Person, 2, "bill to", "ship to", "sold to", "remit to", "invoice to", "deliver to", "customer", "cust",
		"client", "consignee", "shipper")
	add(entity.Person, 8, "to", "cc", "bcc", "c", "copy", "copies", "copies to", "copy to", "distribution",
		"dist", "xc", "pc", "attendees", "participants", "members", "original to",
		// A meeting's minutes: who came, who sent apologies, in English,
		// German, French, Spanish, Dutch, Italian and Swedish.
		"present", "also present", "members present", "in attendance", "apologies", "apologies received", "absent",
		"anwesend", "abwesend", "entschuldigt", "teilnehmer", "présents", "presents", "excusés", "excuses", "absents",
		"presentes", "asistentes", "ausentes", "aanwezig", "afwezig", "presenti", "assenti", "närvarande", "frånvarande",
		// A deed's or a lease's witnesses, listed under their label, in
		// English, Spanish, Portuguese, French, German, Dutch and Italian.
		"witnesses", "testigos", "testemunhas", "témoins", "temoins", "zeugen", "getuigen", "testimoni",
		// "To:" in Dutch, German, Swedish, Spanish and Portuguese, Polish.
		"aan", "an", "till", "para", "do")
	add(entity.Date, 1, "date", "dated", "dob", "d.o.b", "date of birth", "birth date", "birthdate",
		"rec'd", "recd", "received", "sent", "issued", "due", "effective", "expires", "expiration",
		// Birth phrases that label a date ("Nata il: 22/07/1949").
		"nato il", "nata il", "nato/a il", "nascido em", "nascida em", "geboren am",
		// A date of birth in the languages the detector reads.
		"data di nascita", "data nascita", "data de nascimento", "data urodzenia", "data nașterii", "data nasterii",
		"fecha de nacimiento", "fecha nacimiento", "fecha de nac", "f. nacimiento",
		"geburtsdatum", "date de naissance", "geboortedatum", "fødselsdato", "födelsedatum", "datum narození",
		"syntymäaika", "doğum tarihi",
		// Filipino and Swahili: the date of birth.
		"petsa ng kapanganakan", "kapanganakan", "kaarawan", "tarehe ya kuzaliwa")
	add(entity.Phone, 1, "phone", "telephone", "tel", "tel no", "phone no", "telephone no", "fax", "fax no",
		"fax number", "phone number", "telephone number", "fax phone number", "mobile", "cell",
		"facsimile", "facsimile no", "fax #", "phone #", "tel #", "telex", "ph", "telefax",
		"tél", "téléphone", "teléfono", "telefone", "telefono", "telefon", "telefoon",
		// Phone numbers' labels of one word ("Telefoonnummer", "Mobilnummer").
		"telefoonnummer", "telefonnummer", "mobiel", "mobielnummer", "mobilnummer", "handynummer",
		// A contact's number, as forms in Asia and Africa name the phone.
		"contact no", "contact number", "contact #", "contact tel", "contact phone",
		// Portuguese mobiles ("Telemóvel", "Tlm.").
		"telemóvel", "telemovel", "tlm",
		// Vietnamese, with and without its diacritics.
		"số điện thoại", "so dien thoai", "điện thoại", "dien thoai", "sđt", "sdt",
		// Swahili and Filipino.
		"namba ya simu", "simu", "numero ng telepono", "telepono")
	add(entity.Address, 3, "address", "addr", "street", "home address", "mailing address", "street address",
		"anschrift", "wohnanschrift", "adresse", "adresse postale", "dirección", "direccion", "domicilio",
		"indirizzo", "residenza", "morada", "endereço", "endereco", "adres", "adresa", "alamat", "osoite",
		"lieferadresse", "rechnungsadresse", "adresse de facturation", "adresse de livraison",
		"dirección de facturación", "indirizzo di fatturazione", "residence", "place of residence",
		"residencia", "lugar de residencia", "residência", "residencia habitual", "résidence", "lieu de résidence",
		"domicile", "adresse du domicile", "lieu de domicile", "domicile légal",
		"residential address", "residential add", "res. add", "res add", "permanent add", "present add", "postal add",
		"home add", // an address's abbreviation on South Asian and West African forms ("Residential Add.:")
		"wohnort", "bydliště", "trvalé bydliště", "adresas", "adrese", "aadress",
		"lakcím", "cím", "domiciliu", "adresă", "heimilisfang", "adress", "hemadress", "postadress", "bostadsadress",
		"địa chỉ", "dia chi",
		// Swahili, Filipino, Slovene and Serbian: an address, a residence.
		"anwani", "makazi", "tirahan", "naslov", "prebivalište", "prebivaliste", "prebivališče",
		// Uzbek, Azerbaijani and Turkmen: an address, where one lives.
		"manzil", "manzili", "yashash manzili", "doimiy yashash manzili", "ünvan", "ünvanı", "yaşayış ünvanı", "salgysy",
		// The address of a lease's, a utility's or an insurer's premises,
		// and where goods are delivered.
		"premises", "property address", "supply address", "service address", "installation address", "delivery",
		"dwelling", "property", "rented property", "property location", "location of property", "site address",
		// A plot's or a stand's number, where streets go unnumbered (East
		// and Southern Africa: "Plot: LR 209/11482, Kileleshwa", "Stand No.").
		"plot", "plot no", "plot number", "stand no", "stand number",
		// The street line's own label: German, Dutch, Spanish.
		"straße", "strasse", "straße und hausnummer", "straße, hausnummer", "straße/hausnummer", "straße/nr",
		"straat", "straatnaam", "calle")
	add(entity.Address, 1, postcodeLabels...)
	// A name and its address under one label, the name first.
	for _, p := range []string{"name & address", "name and address", "name/address", "name, address", "name & addr",
		"nom et adresse", "nom & adresse", "nombre y dirección", "nombre y direccion", "name und anschrift",
		"naam en adres", "nome e indirizzo", "nome e endereço"} {
		exactLabels[p] = labelRule{typ: entity.Address, maxLines: 4, exact: true, nameFirst: true}
	}
	add(entity.Address, 1, "city", "city state", "city/state", "city, state", "city state zip", "zip", "zip code",
		// A town's own label, in the languages the detector reads.
		"suburb", "town", "town/city", "suburb/town", "locality", "ville", "localité", "ciudad", "localidad",
		"città", "comune", "cidade", "localidade", "stadt", "plaats", "woonplaats", "miasto", "město", "kaupunki", "município", "municipio",
		// A town's quarter in Brazil (Spanish addresses open with "Barrio"
		// and "Colonia" as a street's type, no label).
		"bairro")
	add(entity.SSN, 1, "ssn", "ss#", "ss #", "ss no", "soc sec no", "social security", "social security no",
		"social security number")
	add(entity.Email, 1, "email", "e-mail", "e mail", "email address", "e-mail address", "mail",
		// Spanish, French, the Nordic languages, Finnish, Turkish, Malay, Italian.
		"correo", "correo electrónico", "correo electronico", "courriel", "e-post", "epost", "sähköposti",
		"eposta", "e-posta", "emel", "posta elettronica")
	add(entity.ID, 1, "account no", "account number", "acct", "acct no", "policy no", "policy number",
		"id", "member id", "member no", "employee no", "employee id", "employee number", "patient id",
		// A club's, a union's or a brigade's member and service numbers.
		"member number", "membership no", "membership number", "mitgliedsnummer", "mitglieds-nr", "mitgliedsnr",
		"dienst-nr", "dienstnummer", "tagsági szám", "tagsagi szam", "tagszám", "numéro de membre", "n° de membre",
		"número de socio", "nº de socio", "n.º de socio", "numero socio", "n. socio", "lidnummer", "medlemsnummer",
		"jäsennumero", "numer członkowski", "členské číslo",
		// A passport's number in Vietnamese, Indonesian and Malay, Tagalog.
		"số hộ chiếu", "hộ chiếu", "nomor paspor", "no paspor", "no. pasport", "nombor pasport", "numero ng pasaporte",
		"license no", "driver's license", "passport no", "claim no", "claim number",
		// National identity cards and passports.
		"passport", "passport number", "nric", "nric no", "nric/fin", "nric / fin", "mykad", "cnic", "cnic no", "hkid",
		"national id", "national id no", "national id number", "emirates id", "aadhaar", "aadhaar no", "iqama", "iqama no",
		// Hospitals' and laboratories' record numbers.
		"mrn", "mr no", "unit no", "unit number", "uhid", "uhid no", "lab no", "lab id", "ip no", "op no", "bht no", "hospital no",
		"hospital number", "patient no", "patient number", "medical record no", "medical record number",
		"historia clínica", "n.º historia clínica", "nº historia clínica", "número de historia clínica", "n.º de historia clínica",
		"ficha", "ficha clínica", "n.º ficha clínica", "nº ficha clínica", "número de ficha", "n.º de ficha", "nº de ficha",
		"expediente clínico", "n.º de expediente", "nº de expediente", "número de expediente", "prontuário", "nº do prontuário",
		"nhs no", "nhs number", "ppsn", "pps no", "pps number", "personal public service number", "health card no",
		"health card number", "health number", "hcn", "id no", "id number",
		// A property's register designation, which names an owner's home:
		// Sweden's, Finland's, Denmark's, Norway's, Germany's, Spain's,
		// the Netherlands', and the English ones.
		"fastighetsbeteckning", "fastighet", "kiinteistötunnus", "matrikelnummer", "matrikelnr", "gnr/bnr", "gårds- og bruksnummer",
		"flurstück", "grundbuchblatt", "referencia catastral", "kadastrale aanduiding", "title number", "parcel number", "cadastral reference",
		// A bank's branch with the account: Australia's BSB, Britain's sort code.
		"bsb", "bsb/account", "bsb/account no", "bsb / account", "sort code", "sort code/account",
		"sort code/account no", "sort code / account no",
		"tax id", "tax id no", "taxpayer id", "tin", "tax file number", "tax file no", "tfn",
		// Czech and Slovak, Hungarian, the South Slavic and Baltic languages, Vietnamese.
		"číslo účtu", "č. účtu", "bankovní účet", "bankový účet", "bankszámla", "bankszámlaszám", "számlaszám", "rodné číslo", "oib", "oib kupca", "jmbg", "emšo", "asmens kodas",
		"osebna številka", "osebna št", "davčna številka", "davčna št", "osobni broj", "osobni identifikacijski broj",
		"personas kods", "thẻ thành viên", "số tài khoản", "mã khách hàng",
		// The Baltic and Nordic personal numbers as English forms name them.
		"personal code", "personal id code", "personal identification code", "personal identity code", "personal number",
		"personal numeric code", "personal numerical code", // Romania's CNP in English
		// Cards, Nordic accounts, Portuguese patients and doctors' licences.
		"card no", "card number", "card #", "bankkonto", "kontonummer", "konto nr", "kontonr",
		"n.º de utente", "nº de utente", "n de utente", "número de utente", "cédula profissional",
		// A Québec caisse's account ("Folio: 81144-2"), a Mexican receipt's number.
		"folio", "folio no", "folio number", "número de folio", "no de folio",
		"n.º da ordem dos médicos", "nº da ordem dos médicos", "ordem dos médicos",
		"cédula profesional", "nr prawa wykonywania zawodu", "prawo wykonywania zawodu", "npwz", "pwz",
		"registro médico", "registro medico", "registro profesional", "tarjeta profesional",
		// Latin America's identity cards.
		"cédula", "cédula de ciudadanía", "cédula de identidad", "cédula de extranjería",
		// Their abbreviations, with their periods: Colombia's "C.C.", the
		// "C.I." of Venezuela, Ecuador, Uruguay and Bolivia, a foreigner's "C.E.".
		"c.c", "c.i", "c.e",
		// Vehicles' registration plates.
		"vehicle registration", "vehicle registration no", "licence plate", "license plate",
		"plate no", "number plate", "matrícula", "kenteken", "kennzeichen", "amtliches kennzeichen",
		"immatriculation", "targa", "registreringsnummer", "rekisterinumero", "vin",
		"vehicle no", "vehicle number", "vehicle reg", "vehicle reg no", "registration mark",
		// Czech's and Slovak's plates ("RZ:", "SPZ:", "EČV:")
		"rz", "spz", "ečv")
	add(entity.Organization, 1, "company", "company name", "employer", "employer name", "organization",
		"organisation", "organization name", "firm", "firm name", "vendor", "vendor name", "supplier",
		"supplier name", "payee", "agency", "institution", "business name", "bank name", "affiliation",
		"school", "carrier", "insurer", "insurance company", "werkgever", "arbeitgeber",
		"employeur", "empleador", "datore di lavoro", "empregador",
		// A firm's trade and registered names, in Spanish, Portuguese,
		// French, Italian and English.
		"nombre comercial", "razón social", "nome comercial", "razão social", "denominação social",
		"nom commercial", "raison sociale", "dénomination sociale", "ragione sociale", "denominazione sociale",
		"trade name", "trading name", "registered name")
	add(entity.URL, 1, "website", "web site", "web", "url", "homepage", "home page", "internet", "web address")
	add(entity.Location, 1, "location", "place of birth", "birthplace", "city of birth",
		"county", "destination", "venue", "work location", "office location",
		// The place a declaration was signed in.
		"ort", "lieu", "luogo", "lugar")
	// Fields of a person that hold no personal data of the types found
	// (a country names no one, and its surrogate keeps it: the page's
	// phones and postcodes agree with it; a product's maker is no one's):
	// their labels start a field, so that the value before them ends there
	// ("First Name: Elena   Sex: F").
	add("", 1, "manufacturer", "make", "model", "make/model", "make & model", "make and model", "brand", "vehicle make", "vehicle model",
		"marca", "modelo", "marque", "modèle", "marke", "modell", "sex", "gender", "marital status", "nationality", "country", "country of birth", "religion", "blood group", "blood type",
		"occupation", "age", "bed", "bed no", "room", "room no", "dept", "department", "unit", "ref", "sexo", "género", "estado civil", "nacionalidad", "geschlecht", "familienstand",
		"staatsangehörigkeit", "sexe", "situation familiale", "nationalité", "sesso", "stato civile",
		"nazionalità")
	// A transaction's or a document's status ("TRANG THAI: THANH CONG", a
	// Vietnamese transfer's "success"): a state's words, no one's name.
	add("", 1, "status", "transaction status", "payment status", "trạng thái", "trang thai", "statut", "stato")
	// An amount written in words ("Amount in words: Kenya Shillings Thirty
	// Thousand Only"): a currency's name and numbers, no one's.
	add("", 1, "amount in words", "in words", "total in words", "sum in words", "amount in letters",
		"montant en lettres", "en lettres", "importe en letra", "cantidad en letra", "valor por extenso",
		"importo in lettere", "betrag in worten", "in worten")
	for p, r := range exactLabels {
		f := lexicon.Unaccented(p)
		if f != p {
			foldedLabels[f] = r
		}
		if strings.Contains(f, "æ") && strings.Contains(f, " ") {
			// OCR reads the Nordic "æ" as "a", "e" or "ae" ("Ordinerende
			// lage:"); a label of one word so read is another word.
			for _, x := range []string{"a", "e", "ae"} {
				foldedLabels[strings.ReplaceAll(f, "æ", x)] = r
			}
		}
	}
	buildLabelVocab()
}

// postcodeLabels label a postcode, whose value may be digits alone
// ("CEP: 01414-000", "PLZ 10115").
var postcodeLabels = []string{"zip", "zip code", "zipcode", "pin code", "pincode", "postcode", "post code", "postal code", "code postal",
	"código postal", "codigo postal", "poskod", "kode pos", "postnummer", "postinumero", "eircode", "cap", "c.a.p", "c.p",
	"cep", "plz", "psč", "psc", "kod pocztowy", "irányítószám", "iranyitoszam", "cod poștal", "cod postal"}

// isPostcodeLabel reports a normalised label phrase (lower case) that
// labels a postcode, with or without its accents.
func isPostcodeLabel(canon string) bool {
	return slices.Contains(postcodeLabels, lexicon.Unaccented(canon))
}

// rePostcodeShape is a value that can be a postcode of any country: three
// to ten capitals, digits, spaces and dashes, three digits or more
// ("01414-000", "D03 X2Y4"; not "500 mg").
var rePostcodeShape = regexp.MustCompile(`^(?:[A-Z -]*[0-9]){3}[A-Z0-9 -]*[.,]?$`)

// reDose is a dose of a medicine: "500 mg", "2,5ml".
var reDose = regexp.MustCompile(`(?i)^\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|ml|iu|ui)\b`)

// foldedLabels are the label phrases with accents, by their spelling
// without them: OCR drops or changes accents ("Facturé a:" for "Facturé
// à:", "Rechnungsempfanger" for "Rechnungsempfänger").
var foldedLabels = map[string]labelRule{}

// labelRuleOf looks a normalised label phrase up, also without its
// accents. OCR also adds accents ("Kasjér:" for "Kasjer:"); a phrase read
// with one the label has not counts only before a colon (colon): the
// accent can make another word of it ("adressé par le Dr …" is no
// "adresse").
func labelRuleOf(canon string, colon bool) (labelRule, bool) {
	if r, ok := exactLabels[canon]; ok {
		return r, true
	}
	if spaced := reDotInWord.ReplaceAllString(canon, "$1 $2"); spaced != canon {
		// A speck read as a dot between two words ("Personas.kods:").
		if r, ok := exactLabels[spaced]; ok {
			return r, true
		}
	}
	plain := lexicon.Unaccented(canon)
	if r, ok := foldedLabels[plain]; ok {
		return r, true
	}
	if sharp := strings.ReplaceAll(strings.ReplaceAll(canon, " be", "be"), "be", "ße"); sharp != canon && colon {
		// OCR reads a German "ß" as "B" ("StraBe:", which the camel-case
		// split reads as "stra be").
		if r, ok := exactLabels[sharp]; ok {
			return r, true
		}
	}
	r, ok := exactLabels[plain]
	if !ok && colon {
		r, ok = vowelSwapLabel(canon, plain)
	}
	if !ok && colon {
		r, ok = inflectedRoleLabel(plain)
	}
	if !ok && colon {
		r, ok = compoundTailLabel(canon)
	}
	if !ok && colon && signOffWords[plain] {
		r, ok = exactLabels["checked by"], true // "Checked: NAK", who checked
	}
	if rest, marked := markerLed(canon); !ok && colon && marked {
		// "Nº de historia clínica:": the marker numbers a record's label;
		// "Nº Funcionario:", a person's, whose number it labels.
		if m, found := labelRuleOf(rest, colon); found && m.typ == entity.ID {
			r, ok = m, true
		} else if found && m.typ == entity.Person {
			r, ok = exactLabels["employee no"], true
		}
	}
	if !ok {
		// A holder's label is as whole as its label word: its colon may
		// follow another language's label after a slash.
		return holderOfLabel(canon)
	}
	return r, ok && colon
}

// compoundTailMinLetters is the fewest letters of the label that ends a
// hyphened compound: shorter tails are markers or abbreviations ("-Nr.",
// "-Tel").
const compoundTailMinLetters = 5

// compoundTailLabel is the rule of a one-word label that a hyphen joins
// to a qualifier before it, as German compounds write them
// ("Kfz-Kennzeichen", the vehicle's plate; "Rechnungs-Empfänger").
func compoundTailLabel(canon string) (labelRule, bool) {
	if strings.Contains(canon, " ") {
		return labelRule{}, false
	}
	i := strings.LastIndexByte(canon, '-')
	if i <= 0 || letterCount(canon[i+1:]) < compoundTailMinLetters {
		return labelRule{}, false
	}
	r, ok := exactLabels[canon[i+1:]]
	return r, ok
}

// holderConnectives join a label's word to its holder in Swahili and
// Filipino ("Jina la Mzazi", "Simu ya Mzazi", "Pangalan ng Ama").
var holderConnectives = lowerSet([]string{"la", "ya", "wa", "cha", "za", "ng"})

// holderOfLabel reads a label of an exact label's word, a connective
// and the holder it names ("jina la mzazi", the parent's name), or of a
// word for a name and its holder in Malay and Indonesian: the label
// word's rule, or none when the holder is a thing's (notPersonName).
func holderOfLabel(canon string) (labelRule, bool) {
	toks := strings.Fields(canon)
	var holder []string
	switch {
	case len(toks) == 3 && holderConnectives[toks[1]]:
		holder = toks[2:]
	case len(toks) >= 2 && len(toks) <= 3 && holderFirstNames[toks[0]]:
		holder = toks[1:] // "Nama Ibu Kandung", the mother's maiden name
	default:
		return labelRule{}, false
	}
	r, ok := exactLabels[toks[0]]
	if !ok {
		return labelRule{}, false
	}
	for _, h := range holder {
		if nt, thing := notPersonName[h]; thing && r.typ == entity.Person {
			if nt == "" {
				return labelRule{}, false
			}
			r.typ = nt
		}
	}
	return r, true
}

// holderFirstNames are the words for a name that Malay and Indonesian
// write before whose name it is, with no connective ("Nama Ibu Kandung",
// "Nama Suami").
var holderFirstNames = lowerSet([]string{"nama"})

// roleStems start the words for a patient, a pharmacist and a doctor in
// the languages whose nouns take a case's or a gender's ending after
// them ("Pacientas", "Pacijentkinja", "Vaistininkė", "Gydytoja"), written
// without accents.
var roleStems = []string{"patient", "pacient", "pazient", "pacjent", "pacijent", "pasient", "potila",
	"vaistinink", "farmaceut", "gydytoj", "arsts", "farmaceit"}

// roleEndingMax is the most letters of such an ending.
const roleEndingMax = 5

// inflectedRoleLabel reads one word of a role's stem and a short ending
// as a person's label, before a colon only (plain is the label without
// accents). A longer word is a compound ("Patientennummer") of its own.
func inflectedRoleLabel(plain string) (labelRule, bool) {
	if strings.ContainsAny(plain, " -./") {
		return labelRule{}, false
	}
	for _, s := range roleStems {
		if end, ok := strings.CutPrefix(plain, s); ok && len(end) <= roleEndingMax &&
			!strings.ContainsFunc(end, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return exactLabels["patient"], true
		}
	}
	return labelRule{}, false
}

// markerLed strips a number's marker and a preposition after it that open
// a label ("nº de historia clínica", "n° do prontuário") down to the
// label they number.
func markerLed(canon string) (string, bool) {
	first, rest, ok := strings.Cut(canon, " ")
	if !ok || !numberMarker(first) {
		return "", false
	}
	if p, r, ok := strings.Cut(rest, " "); ok && idFiller[p] {
		rest = r
	}
	return rest, true
}

// reDotInWord is a dot between two letters' runs of two or more.
var reDotInWord = regexp.MustCompile(`(\pL{2})\.(\pL{2})`)

// vowelSwapLabel looks a phrase up with one accented vowel read as another
// vowel ("Direccién:" for "Dirección:"): OCR takes an accented letter for
// its neighbour in shape. canon and plain (canon without its accents)
// must have as many runes.
func vowelSwapLabel(canon, plain string) (labelRule, bool) {
	cr, pr := []rune(canon), []rune(plain)
	if len(cr) != len(pr) {
		return labelRule{}, false
	}
	for i, c := range cr {
		if c == pr[i] || !strings.ContainsRune("aeiou", pr[i]) {
			continue
		}
		for _, v := range "aeiou" {
			swapped := append(append(append([]rune(nil), pr[:i]...), v), pr[i+1:]...)
			if r, ok := foldedLabels[string(swapped)]; ok {
				return r, true
			}
			if r, ok := exactLabels[string(swapped)]; ok {
				return r, true
			}
		}
	}
	return labelRule{}, false
}

// Keywords that make a longer question (up to labelMaxWords words, ending
// in a colon or standing alone before its value) a label of their type.
var (
	dateKeys  = []string{"date", "dated", "dob", "birth", "birthdate", "rec'd", "recd"}
	phoneKeys = []string{"phone", "telephone", "tel", "fax", "facsimile", "mobile", "mob", "cell", "telex",
		"téléphone", "tél", "telefon", "telefono", "teléfono", "telefone", "tlf", "telp", "mobil", "móvil",
		"movil", "cellulare", "celular", "handy", "puhelin", "puhelinnumero", "matkapuhelin", "telefoon", "mobiel", "telepon", "tālr", "tālrunis", "talr", "talrunis"}
	// measureKeys name a measure taken at a date's event ("birth weight",
	// "Geburtsgewicht" is one word): the label's value is no date.
	measureKeys = []string{"weight", "length", "height", "size", "order", "circumference", "poids", "taille", "peso",
		"talla", "gewicht", "größe", "lengte", "waga", "długość"}
	addressKeys = []string{"address", "street", "city", "zip", "postal", "postcode", "plz", "anschrift",
		"adresse", "dirección", "direccion", "indirizzo", "endereço", "morada", "alamat", "adres", "adress",
		// the Baltic and South Slavic languages, Estonian, Finnish, Icelandic
		"adrese", "adresas", "adresa", "aadress", "osoite", "heimilisfang",
		// a person's village, as East African and South Asian forms ask it
		// ("Village of origin:", Swahili "Kijiji:")
		"village", "kijiji"}
	personKeys = []string{"name", "signature", "signed", "contact", "attn", "attention", "investigator", "investigators", "recipient", "originator",
		"surname", "forename", "vorname", "nachname", "prénom", "apellido", "apellidos", "cognome",
		"cashier", "cassiere", "cassiera", "cajero", "cajera", "kassierer", "kassiererin", "caissier", "caissière", "operator",
		"notfallkontakt", "kontaktperson", "ansprechpartner", "prévenir", "prevenir", "contacto", "contatto", "referente",
		"member", "officer",
		// the one responsible: a pupil's guardian, a case's or a file's handler
		"responsável", "responsavel", "responsable", "responsabile",
		// Romanian: the name, the given name ("Numele delegatului:")
		"nume", "numele", "prenume", "prenumele",
		// a name after its holder in Estonian, Finnish, Hungarian and the
		// Nordic languages ("Juhi nimi:", "Anyja neve:", "Kundens navn:")
		"nimi", "neve", "navn", "namn"}
	// nameNouns are personKeys' words for a name, after the word that says
	// whose it is: notPersonName's words say it is no person's.
	nameNouns = lowerSet([]string{"name", "nimi", "neve", "navn", "namn"})
	// roleKeys are the roles of staff who serve, treat, teach or handle
	// a case: a label that ends in one, or opens with one before its
	// qualifier, names its holder ("Service advisor:", "Head teacher:",
	// "Agent de facturation :", "Técnico responsable:"), its accents
	// read or not ("Ode:" for Estonian's "Õde:"). "Nurse station" names
	// none.
	roleKeys = withUnaccented(lowerSet([]string{"advisor", "adviser", "technician", "mechanic", "agent", "teacher", "clerk", "consultant",
		"inspector", "nurse", "pharmacist", "dentist", "therapist", "physician", "surgeon", "examiner", "assessor",
		"adjuster", "registrar", "counsellor", "counselor", "coordinator", "secretary", "accountant", "instructor",
		"caseworker", "midwife", "optometrist", "optician", "dispenser", "radiographer", "sonographer", "paramedic", "veterinarian",
		"technicien", "technicienne", "conseiller", "conseillère", "infirmier", "infirmière", "pharmacien",
		"pharmacienne", "enseignant", "enseignante", "gestionnaire", "interlocuteur", "interlocutrice",
		"asesor", "asesora", "técnico", "técnica", "enfermero", "enfermera", "enfermeiro", "enfermeira",
		"farmacéutico", "farmacéutica", "farmacêutico", "farmacêutica", "gestor", "gestora",
		// a pharmacist in Albanian, Romanian, Italian, Polish and Czech, German and Dutch, Swedish
		"farmacist", "farmacisti", "farmacistja", "farmacista", "farmaceuta", "farmaceut", "apotheker", "apotekare",
		// Malay and Indonesian: an officer, an investigator ("Pegawai Penyiasat:")
		"pegawai", "penyiasat", "petugas",
		// Turkish, with the dotless "ı" and without: a physician, a
		// pharmacist, a nurse, a technician, an adviser ("Servis Danışmanı:")
		"hekim", "hekimi", "eczacı", "eczaci", "hemşire", "hemsire", "teknisyen", "danışman", "danisman",
		"danışmanı", "danismani",
		// a case's officer ("Referent", Hungarian's "Ügyfélreferens"), a
		// storekeeper (Romanian's "Gestionar")
		"referent", "referentin", "referens", "gestionar",
		// a case's handler in the Nordic languages, German and Finnish
		// ("Sagsbehandler Trine Dalsgaard Lykkeberg", "Handläggare:")
		"sagsbehandler", "saksbehandler", "handläggare", "sachbearbeiter", "sachbearbeiterin", "käsittelijä",
		// who helps a driver or a tradesman ("Helper: Nuwan"), a nurse in
		// Estonian ("Õde:"), a Malay adviser and mechanic ("Penasihat servis:")
		"helper", "õde", "penasihat", "mekanik", "juruteknik",
		// doctors of the Slavic languages, Hungarian and Romanian ("Napotni zdravnik:")
		"zdravnik", "zdravnica", "liječnik", "liječnica", "lékař", "lékařka", "lekár", "lekárka", "lekarz",
		"orvos", "medic",
		// who drives a hired car besides its hirer ("Additional driver:", "Second driver:"),
		// and who delivers goods ("Livreur :", "Repartidor:")
		"driver", "livreur", "livreuse", "courier", "repartidor", "repartidora", "entregador", "entregadora", "fattorino",
		// the Nordic languages' doctor and nurse ("leg. läkare", "Behandlende læge")
		"läkare", "lege", "læge", "sjuksköterska", "sykepleier", "sygeplejerske",
		// therapists, Finnish doctors and nurses, Dutch doctors, and the
		// compounds they end ("Fysioterapeutti:", "Physiotherapeutin:",
		// "Sairaanhoitaja:", "Huisarts:")
		"terapeutti", "terapeut", "therapeut", "therapeutin", "lääkäri", "hoitaja", "arts", "verpleegkundige",
		// a fitter in German, Dutch and French, an installer ("Ausführender Monteur:")
		"monteur", "monteurin", "installateur", "installer",
		// a driver in Turkmen, Uzbek and Kazakh ("Sürüji:", "Haydovchi:", "Júrgizýshi:")
		"sürüji", "haydovchi", "júrgizýshi", "jurgizushi",
		// Sri Lanka's village officer ("Grama Niladhari")
		"niladhari"}))
	// roleQualifiers follow a role that opens its label.
	roleQualifiers = lowerSet([]string{"de", "du", "des", "da", "do", "del", "responsable", "responsável", "en", "a",
		"servis", "titulaire"}) // Malay's service adviser, a pharmacy's owner: "Penasihat servis:", "Pharmacien titulaire :"
	// "name" fields that hold no person's name.
	notPersonName = map[string]entity.Type{"brand": "", "product": "", "file": "", "project": "", "program": "",
		"trade": "", "item": "", "test": "", "study": "", "chemical": "", "generic": "", "code": "",
		"company": entity.Organization, "firm": entity.Organization, "organization": entity.Organization,
		"organisation": entity.Organization, "institution": entity.Organization, "agency": entity.Organization,
		"store": entity.Organization, "account": entity.Organization, "vendor": entity.Organization, "supplier": entity.Organization,
		"street": entity.Address, "city": entity.Address,
		"division": "", "department": "", "dept": "", "region": "", "district": "", "territory": "",
		"branch": "", "unit": "", "team": "", "group": "", "plant": "", "site": "", "model": "",
		"product's": "", "drug": "", "packaging": "", "package": "", "event": "", "campaign": "",
		"bank": entity.Organization, "business": entity.Organization, "hospital": entity.Organization,
		"school": entity.Organization, "practice": entity.Organization, "employer": entity.Organization,
		"vehicle": "", "make": "", "car": "", "ward": "", "bed": "", "clinic": "", "diagnosis": "",
		"vaccine": "", "medicine": "", "medication": "", "impfstoff": "", "vaccin": "", "vacuna": "", "vaccino": "",
		// Vehicles, makes and products in other languages.
		"viatura": "", "veículo": "", "vehículo": "", "fahrzeug": "", "véhicule": "", "veicolo": "",
		"voertuig": "", "kjøretøy": "", "køretøj": "", "fordon": "", "pojazd": "", "ajoneuvo": "",
		"vozilo": "", "vozidlo": "", "vehicul": "", "jármű": "", "gépjármű": "", "sõiduk": "", "araç": "",
		"mudel": "", "malli": "", "merkki": "", "modelis": "", "marka": "", "značka": "", "znacka": "",
		"type": "", "typ": "", "tipo": "", "tyyppi": "", "típus": "",
		// An animal's breed and species ("Breed: Cavalier King Charles Spaniel").
		"breed": "", "species": "", "rasse": "", "raza": "", "razza": "", "ras": "", "espèce": "",
		"modelo": "", "modell": "", "modèle": "", "modello": "", "marca": "", "marke": "", "marque": "",
		"produkt": "", "produit": "", "producto": "", "produto": "", "prodotto": "", "artikel": "",
		// Whose name nameNouns' other languages ask for: a firm's, a
		// bank's, a school's, a hospital's or a product's.
		"ettevõtte": entity.Organization, "yrityksen": entity.Organization, "firma": entity.Organization,
		"firman": entity.Organization, "firmaets": entity.Organization, "virksomhedens": entity.Organization,
		"företagets": entity.Organization, "bedriftens": entity.Organization, "cég": entity.Organization,
		"panga": entity.Organization, "pankin": entity.Organization, "kooli": entity.Organization,
		"koulun": entity.Organization, "haigla": entity.Organization, "sairaalan": entity.Organization,
		"toote": "", "tuotteen": "", "termék": "",
		// Malay's and Indonesian's firm, school, shop, product, goods, street
		"perusahaan": entity.Organization, "syarikat": entity.Organization, "sekolah": entity.Organization,
		"toko": entity.Organization, "kedai": entity.Organization, "produk": "", "barang": "", "jalan": entity.Address}
)

const labelMaxWords = 6

// labelQualifierWords is the most words between a label's keyword and its
// colon ("Médico responsable:", "Date of admission:").
const labelQualifierWords = 2

// LabelRecognizer finds form labels and reports their values.
type LabelRecognizer struct {
	// FieldExtent adds the rest of each value's field as Extra boxes.
	FieldExtent bool
	// wholeFields keeps each field's full width, whatever words of other
	// fields stand in it: the regions that FieldRegions reads again.
	wholeFields bool
}

// Name implements Recognizer.
func (LabelRecognizer) Name() string { return "label" }

// phrase is a run of words on one row without a wide gap.
type phrase struct {
	row   int
	words []int // page word indices, left to right
	box   doc.Box
	// label: number of leading words that form a label (0: none), its rule
	// and canonical text.
	labelLen int
	rule     labelRule
	canon    string
	colon    bool
}

// geometry is the page's rows and phrases.
type geometry struct {
	in      *Input
	h       int // median word height
	phrases [][]*phrase
	rowBox  []doc.Box
	// wholeFields: see LabelRecognizer.
	wholeFields bool
}

func newGeometry(in *Input) *geometry {
	g := &geometry{in: in, h: medianHeight(in.Page)}
	for ri, ln := range in.Lines {
		var rb doc.Box
		var ps []*phrase
		var cur *phrase
		for k, wi := range ln {
			w := in.Page.Words[wi]
			rb = rb.Union(w.Box)
			if cur != nil {
				gap := w.Box.Left - cur.box.Right()
				prev := in.Page.Words[cur.words[len(cur.words)-1]].Text
				// A form's rule read as "=" parts two fields.
				if gap > g.h*3/2 || strings.HasSuffix(prev, ":") || prev == "=" || w.Text == "=" || startsColonLabel(in, cur.words, ln[k:]) ||
					nextHeaderLabel(in.Page.Words, cur.words, ln[k:]) {
					ps = append(ps, cur)
					cur = nil
				}
			}
			if cur == nil {
				cur = &phrase{row: ri}
			}
			cur.words = append(cur.words, wi)
			cur.box = cur.box.Union(w.Box)
		}
		if cur != nil {
			ps = append(ps, cur)
		}
		for _, p := range ps {
			g.findLabel(p)
		}
		valueBeforeTypelessLabels(ps, in.Page.Words)
		valueBeforeKeywordLabel(ps, in.Page.Words)
		qualifierBeforeLabel(ps, g.h)
		valueReadAsLabel(ps)
		nameReadWithColon(ps, in.Page.Words)
		g.phrases = append(g.phrases, ps)
		g.rowBox = append(g.rowBox, rb)
	}
	g.valuesUnderHeads()
	return g
}

// capsHead reports a phrase of words in capitals and marks, no digit and
// no colon: a table's or a form's column head ("HOME VILLAGE / T.A. /
// DISTRICT").
func (g *geometry) capsHead(p *phrase) bool {
	letters := false
	for _, wi := range p.words {
		t := g.in.Page.Words[wi].Text
		if hasDigit(t) || strings.Contains(t, ":") || strings.ToUpper(t) != t {
			return false
		}
		letters = letters || hasLetters(t, 2)
	}
	return letters
}

// labelWordIn reports a word of phrase p that labels or forms hold
// ("HOME", "DISTRICT"), not a name in capitals ("ESPOSITO").
func (g *geometry) labelWordIn(p *phrase) bool {
	return slices.ContainsFunc(p.words, func(wi int) bool {
		c := coreWord(g.in.Page.Words[wi].Text)
		return isLabelWord(c) || isFormWord(c)
	})
}

// namedWordIn reports a word of phrase p that no dictionary, label or
// form holds: a name's ("Msakambewa"), which no label holds.
func (g *geometry) namedWordIn(p *phrase) bool {
	return slices.ContainsFunc(p.words, func(wi int) bool {
		c := coreWord(g.in.Page.Words[wi].Text)
		return letterCount(c) >= 3 && !isDictWord(c) && !isLabelWord(c) && !isFormWord(c)
	})
}

// phraseUnder reports a phrase of row ri+1 under phrase p of row ri
// (under).
func (g *geometry) phraseUnder(ri int, p *phrase) bool {
	if ri+1 >= len(g.phrases) {
		return false
	}
	return slices.ContainsFunc(g.phrases[ri+1], func(q *phrase) bool { return g.under(q, p) })
}

// under reports phrase q of the next row under phrase p: it overlaps p
// across and stands within two text heights below it.
func (g *geometry) under(q, p *phrase) bool {
	return q.box.Left < p.box.Right() && p.box.Left < q.box.Right() && q.box.Top-p.box.Bottom() < 2*g.h
}

// valuesUnderHeads clears the label of a phrase of two words or more, one
// of them a name's (namedWordIn), read as one by a keyword inside it and
// without a colon, that stands right
// under a label without its colon or a head in capitals (capsHead): a
// column's value under its head, as
// "Msakambewa Village, T/A Kalumbu" under "HOME VILLAGE / T.A. /
// DISTRICT", no label of its own.
func (g *geometry) valuesUnderHeads() {
	for ri := 1; ri < len(g.phrases); ri++ {
		for _, q := range g.phrases[ri] {
			if q.labelLen != len(q.words) || len(q.words) < 2 || q.colon || q.rule.exact || q.rule.typ == "" || !g.namedWordIn(q) {
				continue
			}
			for _, head := range g.phrases[ri-1] {
				if (head.labelLen > 0 || g.capsHead(head)) && !head.colon && g.under(q, head) {
					q.labelLen, q.rule, q.canon = 0, labelRule{}, ""
					break
				}
			}
		}
	}
}

func medianHeight(p *doc.Page) int {
	var hs []int
	for _, w := range p.Words {
		if strings.TrimSpace(w.Text) != "" && w.Box.Height > 0 {
			hs = append(hs, w.Box.Height)
		}
	}
	if len(hs) == 0 {
		return 12
	}
	sort.Ints(hs)
	h := hs[len(hs)/2]
	if h < 4 {
		h = 4
	}
	return h
}

// valueReadAsLabel clears the label of a phrase without its colon, read
// only by correcting the OCR, by a person's keyword, or by any keyword
// inside a phrase of keywordValueWords words or more (not its last),
// right after a colon label
// with nothing beside it: it is that label's value. "To: KELL VORHEES"
// is a name, not a misread "Cell" label; "Designation:" | "Marine
// Operations Coordinator" is a job's title, no coordinator's label;
// "Miejsce montażu:" | "lokal mieszkalny nabywcy (adres jak wyżej)" is
// where a device goes, no address's label. A label's one word after a
// label of no type is that label's answer: "Destino al alta:" |
// "Domicilio" says the patient went home, and no address follows.
const keywordValueWords = 3

func valueReadAsLabel(ps []*phrase) {
	for i := 1; i < len(ps); i++ {
		q, prev := ps[i], ps[i-1]
		if q.labelLen > 0 && (q.rule.fuzzy || !q.rule.exact && (q.rule.typ == entity.Person || len(q.words) >= keywordValueWords && !q.rule.head) ||
			len(q.words) == 1 && prev.rule.typ == "") && !q.colon && prev.colon && prev.labelLen == len(prev.words) {
			q.labelLen, q.rule, q.canon = 0, labelRule{}, ""
		}
	}
}

// nameReadWithColon clears the label of a phrase right after a person's
// label with its colon, whose first word OCR read with a colon that no
// label has: a given name that no label list holds, the name's other
// words after it ("Name:" | "Ngaire: Hohepa- Lindqvist (mother).").
func nameReadWithColon(ps []*phrase, words []doc.Word) {
	for i := 1; i < len(ps); i++ {
		q, j := ps[i], i-1
		for j > 0 && !wordsHaveAlnum(words, ps[j].words) {
			j-- // a speck between the label and the name
		}
		prev := ps[j]
		if !q.colon || q.labelLen != 1 || q.rule.typ != "" || !prev.colon || prev.rule.typ != entity.Person || prev.labelLen != len(prev.words) {
			continue
		}
		// the name's next word, in the phrase or the next one (the colon
		// ended the phrase)
		next := q.words[1:]
		if len(next) == 0 && i+1 < len(ps) {
			next = ps[i+1].words
		}
		first := coreWord(words[q.words[0]].Text)
		if len(next) == 0 || !capitalised(first) || isUpperWord(first) || isLabelWord(first) || isDictWord(first) || !allNameShaped(next[:1], words) {
			continue
		}
		q.labelLen, q.rule, q.canon, q.colon = 0, labelRule{}, "", false
	}
}

// valueBeforeTypelessLabels reads a colon-ended phrase of three words or
// more that names no type, right after a person's label with nothing
// beside it, as that label's value followed by the next label, when the
// words before the colon's are name-shaped, or name-shaped and then the
// next label's words (nameThenLabelWords): "Driver:" | "Manjunath Gowda
// Vehicle:" holds the driver's name, which the colon word then ends
// (cutAtLabel); "Prepared By:" | "Matter Number:" stays a label.
func valueBeforeTypelessLabels(ps []*phrase, words []doc.Word) {
	for i := 1; i < len(ps); i++ {
		q, prev := ps[i], ps[i-1]
		if q.labelLen <= 2 || q.rule.typ != "" || !prev.colon || prev.rule.typ != entity.Person || prev.labelLen != len(prev.words) {
			continue
		}
		last := strings.TrimSpace(words[q.words[q.labelLen-1]].Text)
		if strings.HasSuffix(last, ":") && hasLetters(last, 2) && !numberMarker(last) && nameThenLabelWords(q.words[:q.labelLen-1], words) {
			q.labelLen, q.canon, q.colon = 0, "", false
		}
	}
}

// nameThenLabelWords reports words that are all name-shaped, or two
// name-shaped words or more followed by the next label's own words, a
// number marker or label words ("Manuel Sousa Pereira N.º Utente" before
// "SNS:").
func nameThenLabelWords(ws []int, words []doc.Word) bool {
	if allNameShaped(ws, words) {
		return true
	}
	j := 0
	for j < len(ws) && allNameShaped(ws[:j+1], words) {
		j++
	}
	if j < 2 {
		return false
	}
	for _, wi := range ws[j:] {
		if t := words[wi].Text; !numberMarker(t) && !isLabelWord(coreWord(t)) {
			return false
		}
	}
	return true
}

// valueBeforeKeywordLabel gives a person's colon label with nothing
// beside it the name-shaped words that open the next phrase's keyword
// label: OCR read no gap between the name and the next label, whose
// keyword makes the whole a label ("Name of student:" | "Aarav Sharma
// Date of birth: 15/08/2016"). The next label keeps its own words.
func valueBeforeKeywordLabel(ps []*phrase, words []doc.Word) {
	for i := 1; i < len(ps); i++ {
		q, prev := ps[i], ps[i-1]
		if q.labelLen < 2 || !q.colon || q.rule.typ == "" || !prev.colon || prev.rule.typ != entity.Person || prev.labelLen != len(prev.words) {
			continue
		}
		if _, exact := exactLabels[q.canon]; exact {
			continue
		}
		j := 0
		for j < q.labelLen-1 && allNameShaped(q.words[j:j+1], words) && !isDictWord(coreWord(words[q.words[j]].Text)) {
			j++
		}
		if j == 0 {
			continue
		}
		canon := labelCanon(textsOf(words, q.words[j:q.labelLen]))
		rule, ok := labelRuleOf(canon, true)
		if !ok {
			rule, ok = keywordLabel(canon)
		}
		if !ok || rule.typ == "" {
			continue
		}
		for _, wi := range q.words[:j] {
			prev.words = append(prev.words, wi)
			prev.box = prev.box.Union(words[wi].Box)
		}
		q.words, q.labelLen, q.canon, q.rule = q.words[j:], q.labelLen-j, canon, rule
		q.box = doc.Box{}
		for _, wi := range q.words {
			q.box = q.box.Union(words[wi].Box)
		}
	}
}

// qualifierBeforeLabel leaves without a type a phrase that is a label of
// another type than the colon label right after it on its line, without
// its colon and nothing else (no field's gap between them): it qualifies
// that label, as "Cep" (Turkish: mobile; a Brazilian postcode's label)
// does "Cep Tel:", and labels no value of its own. Its words stay a
// label's.
func qualifierBeforeLabel(ps []*phrase, h int) {
	for i := 0; i+1 < len(ps); i++ {
		q, next := ps[i], ps[i+1]
		if q.labelLen == len(q.words) && !q.colon && next.colon && next.labelLen > 0 && q.rule.typ != next.rule.typ &&
			next.box.Left-q.box.Right() <= h*3/2 {
			q.rule = labelRule{}
		}
	}
}

// allNameShaped reports words that can all be a name's: capitalised, of two
// letters or more, no label's, form's or number marker's; a surname's
// particle in lower case may stand between two of them ("Muhammad Farhan
// bin Ismail").
func allNameShaped(ws []int, words []doc.Word) bool {
	for k, wi := range ws {
		c := coreWord(words[wi].Text)
		if k > 0 && k < len(ws)-1 && nameParticles[c] {
			continue
		}
		if !capitalised(c) || !hasLetters(c, 2) || isLabelWord(c) || isFormWord(c) || numberMarker(words[wi].Text) {
			return false
		}
	}
	return true
}

// kindAfter reports a word naming an invoice or a receipt among the
// words after a label without its colon: the label's word opens the
// document's heading ("SCHOOL FEES INVOICE"), no field.
func kindAfter(words []doc.Word, rest []int) bool {
	return slices.ContainsFunc(rest, func(wi int) bool { return invoiceWord(words[wi].Text) || receiptWord(words[wi].Text) })
}

// findLabel decides whether the phrase starts with a label, and how many of
// its words the label takes.
func (g *geometry) findLabel(p *phrase) {
	words := g.in.Page.Words
	// Leading bullets and check boxes ("©", "*", "□") belong to no label,
	// nor does a form's item number ("3. PATIENT'S BIRTH DATE", "1a.").
	skip, item := 0, false
	for skip < len(p.words)-1 && (!hasAlnum(words[p.words[skip]].Text) || skip == 0 && itemNumberAt(words, p.words)) {
		item = item || hasAlnum(words[p.words[skip]].Text)
		skip++
	}
	pw := p.words[skip:]
	n := len(pw)
	// Candidate prefixes, longest first: a colon-terminated prefix, the
	// whole phrase, or an exact label followed by its value.
	best := 0
	// An upper-case phrase that ends in a colon is a heading or a label
	// as a whole ("PATIENT WILLIAMS AND MALONE:"): no shorter label
	// without a colon starts it.
	heading := n > 1 && colonPrefix(words, pw) == n && allUpper(textsOf(words, pw))
	if k, canon, rule, colon, ok := g.labelAfterSlash(pw); ok {
		p.labelLen, p.rule, p.canon, p.colon = skip+k, rule, canon, colon
		return
	}
	for k := min(n, labelMaxWords+2); k >= 1; k-- {
		raw := make([]string, k)
		for i := 0; i < k; i++ {
			raw[i] = words[pw[i]].Text
		}
		last := strings.TrimSpace(raw[k-1])
		colon := strings.HasSuffix(last, ":")
		// OCR often reads a spaced colon as a word of its own
		// ("Customer : Tan Wei Ming"): it is the label's colon.
		ownColon := !colon && k < n && strings.TrimSpace(words[pw[k]].Text) == ":"
		colon = colon || ownColon
		canon := labelCanon(raw)
		if canon == "" || heading && !colon {
			continue
		}
		rule, ok := labelRuleOf(canon, colon)
		if !ok && k <= labelMaxWords {
			// Low-confidence OCR of a label ("cate:" for "Date:", "ce:" for
			// "cc:", "Coupon Issue Dat"): correct it against the label
			// vocabulary.
			// A corrected label of one or two letters needs its colon:
			// without one, "eo" read off a seal would become "cc".
			if fixed, changed := correctLabel(raw, words, pw[:k]); changed && (colon || len(fixed) > 2) {
				if r, found := exactLabels[fixed]; found {
					rule, ok, canon = r, true, fixed
					rule.fuzzy = true
				} else if r, found := keywordLabel(fixed); found && (colon || k == n) {
					rule, ok, canon = r, true, fixed
					rule.fuzzy = true
				}
			}
		}
		if !ok && namePartLabel(canon) {
			rule, ok = exactLabels["given name"] // "Second given name": a name's part, qualified
		}
		if !ok && (colon || k == n) {
			if r, head, found := asideLabel(canon); found {
				rule, ok, canon = r, true, head // "Last name (in capital letters)"
			}
		}
		if !ok {
			if !(colon || k == n) || k > labelMaxWords {
				continue
			}
			rule, ok = keywordLabel(canon)
			if !ok || !colon && (streetNamed(raw) || townNamed(raw) || nameAfterNameKey(raw)) {
				continue
			}
		}
		if !g.plausibleLabel(raw, canon, rule, colon, k == n) || !colon && (nameOfPhrase(words, pw, k) || kindAfter(words, pw[k:]) || capsTitleAfter(raw, words, pw[k:]) || g.capsTitleRow(p, raw, pw[k:])) {
			continue
		}
		best = k
		p.labelLen, p.rule, p.canon, p.colon = skip+k, rule, canon, colon
		if ownColon {
			p.labelLen++
		}
		// A label read without its colon runs on to the colon right after
		// it ("Médico responsable:"): the qualifier is no value. A number
		// is ("CC 1.020.784.336 Historia:" holds the next field's label).
		if c := colonPrefix(words, pw); !colon && c > k && c-bareColon(words, pw, c) <= k+labelQualifierWords &&
			!slices.ContainsFunc(pw[k:c], func(wi int) bool { return hasDigit(words[wi].Text) }) {
			p.labelLen, p.colon = skip+c, true
		}
		break
	}
	if best > 0 && !p.colon && n > 1 && strings.TrimSpace(words[pw[n-1]].Text) == "/" {
		// A phrase that a slash ends is another language's label before
		// the next phrase's ("Alamat Kediaman / Residential Address:"):
		// its words are no value.
		best, p.labelLen, p.rule, p.canon = 0, 0, labelRule{}, ""
		return
	}
	if best > 0 && item && !p.colon && best < n {
		// After an item's number, a label without its colon is the whole
		// phrase; "5. LOCATION. List LOCATION WHERE …" is an instruction.
		best, p.labelLen, p.rule, p.canon = 0, 0, labelRule{}, ""
	}
	if best == 0 {
		if c, canon, rule, ok := g.labelAfterDash(pw); ok {
			best = c
			p.labelLen, p.rule, p.canon, p.colon = skip+c, rule, canon, true
		}
	}
	if best == 0 {
		if k, canon, rule, ok := g.slashListLabel(pw); ok {
			best = k
			p.labelLen, p.rule, p.canon, p.colon = skip+k, rule, canon, colonPrefix(words, pw) == k
		}
	}
	if best == 0 {
		// A colon-terminated phrase that names no type is still a label: it
		// ends the value of the label before it. One that starts with a
		// number starts with that value ("Teléfono: 612 447 903 Correo:").
		// A street's house-number marker is none ("Bağdat Caddesi No: 215").
		if c := colonPrefix(words, pw); c > 0 && c <= labelMaxWords && (c == 1 || hasLetters(words[pw[0]].Text, 1)) &&
			!(c >= 2 && houseNumberColon(words, pw[c-2], pw[c-1])) {
			p.labelLen, p.canon, p.colon = skip+c, labelCanon(textsOf(words, pw[:c])), true
			p.rule = labelRule{}
		}
	}
}

// labelHeadsRow reports a label without its colon, phrase pi of row ri, on a
// row of columnHeads phrases or more of which another is a label too: a
// table's heads, whose values stand below them.
func (g *geometry) labelHeadsRow(ri, pi int) bool {
	row := g.phrases[ri]
	if !row[pi].colon && len(row) >= 2 && g.rolesBeside(ri, pi) {
		return true // "La caissière   Le Directeur": the signers' roles over their names
	}
	if row[pi].colon || len(row) < columnHeads {
		return false
	}
	if labelValuePairs(row, g.in.Page.Words) {
		return g.valuesRowBelow(ri) // "Name   CRN   Date of birth   Estimate 2024-25" over its rows
	}
	for qi, q := range row {
		if qi != pi && q.labelLen > 0 && !q.colon {
			return true
		}
	}
	return g.tableHead(ri)
}

// valuesRowBelow reports a row under row ri of columnHeads cells or more,
// none a label, one under each of row ri's phrases, starting or ending
// where it does (an amount's column is set to the right): a table's row of values under its heads,
// though the heads read as labels and values in pairs.
func (g *geometry) valuesRowBelow(ri int) bool {
	if ri+1 >= len(g.phrases) {
		return false
	}
	row, below := g.phrases[ri], g.phrases[ri+1]
	if len(below) != len(row) || len(below) < columnHeads {
		return false
	}
	for i, q := range below {
		head := row[i].box
		if q.labelLen > 0 || abs(q.box.Left-head.Left) > g.h && abs(q.box.Right()-head.Right()) > g.h {
			return false
		}
	}
	return true
}

// rolesBeside reports the other phrases of row ri than pi as staff roles
// alone, an article or a short word before each allowed ("Le Directeur",
// "The Principal"), none with a colon.
func (g *geometry) rolesBeside(ri, pi int) bool {
	words := g.in.Page.Words
	for qi, q := range g.phrases[ri] {
		if qi == pi {
			continue
		}
		n := len(q.words)
		if q.colon || n > 2 || !staffRole(coreWord(words[q.words[n-1]].Text)) || n == 2 && letterCount(coreWord(words[q.words[0]].Text)) > 3 {
			return false
		}
	}
	return true
}

// ruleRow reports a row of one phrase of rule marks alone ("-----",
// "=====", "_____").
func (g *geometry) ruleRow(ri int) bool {
	row := g.phrases[ri]
	if len(row) != 1 {
		return false
	}
	t := strings.Join(textsOf(g.in.Page.Words, row[0].words), "")
	return len(t) >= 3 && strings.Trim(t, "-=_—–") == ""
}

// tableHeadMinCells is the fewest cells of a table's row of heads that no
// label's list names (tableHead).
const tableHeadMinCells = 5

// tableHead reports a row of tableHeadMinCells short cells or more, none
// with a colon or a number of more than two characters ("Vrsta  Adresa
// nepokretnosti  Zona  Površina m2  Cena m2  Udeo"), over a row of three
// cells or more (a rule between them allowed): a table's heads, whose
// values stand in the rows below.
func (g *geometry) tableHead(ri int) bool {
	row := g.phrases[ri]
	words := g.in.Page.Words
	next := ri + 1
	for next < len(g.phrases) && g.ruleRow(next) {
		next++ // the rule under the heads
	}
	if len(row) < tableHeadMinCells || next >= len(g.phrases) || len(g.phrases[next]) < 3 {
		return false
	}
	for _, q := range row {
		if q.colon || len(q.words) > 3 {
			return false
		}
		for _, wi := range q.words {
			t := strings.TrimSpace(words[wi].Text)
			if strings.HasSuffix(t, ":") || countDigits(t) > 0 && len(t) > 2 {
				return false
			}
		}
	}
	return true
}

// nameAfterNameKey reports a phrase without a colon whose last word, in
// title case and no label's, follows a word for a name: the name's value
// after its label ("Second given name Maeve"), no longer label.
func nameAfterNameKey(raw []string) bool {
	n := len(raw)
	if n < 2 || !nameNouns[strings.ToLower(strings.Trim(raw[n-2], ":.,"))] {
		return false
	}
	last := strings.Trim(raw[n-1], ":.,")
	return capitalised(last) && strings.ToUpper(last) != last && !isLabelWord(last)
}

// labelValuePairs reports a row of two fields or more side by side, each
// a label and its value, in the label's phrase or the next ("First given
// name  Isla  Second given name Maeve"): a form's fields, no table's
// heads, which capitals write. The row's item number goes before them.
func labelValuePairs(row []*phrase, words []doc.Word) bool {
	if len(row) > 0 && len(row[0].words) == 1 && itemNumberWord(words[row[0].words[0]].Text) {
		row = row[1:]
	}
	pairs, caps := 0, true
	for i := 0; i < len(row); i++ {
		q := row[i]
		caps = caps && allUpper(textsOf(words, q.words[:q.labelLen]))
		switch {
		case q.labelLen == 0:
			return false // a value without its label
		case q.labelLen < len(q.words):
			pairs++
		case i+1 < len(row) && row[i+1].labelLen == 0:
			pairs++
			i++
		default:
			return false
		}
	}
	return pairs >= 2 && !caps // heads in capitals: "DATE  TIME  CARRIER  FLIGHT #"
}

// capsTitleAfter reports a label in capitals without its colon whose
// phrase goes on with a word in capitals that a dictionary holds and no
// name list: the label's word opens a title ("SCHOOL LEAVING
// CERTIFICATE", "CUSTOMER SERVICE DESK").
func capsTitleAfter(raw []string, words []doc.Word, rest []int) bool {
	if len(rest) == 0 || !allUpper(raw) {
		return false
	}
	next := coreWord(words[rest[0]].Text)
	return letterCount(next) >= 3 && isUpperWord(next) && isDictWord(next) && !listedNameWord(next)
}

// capsTitleRow reports a label's words raw and the words rest after
// them that are their row's only words, all in capitals and without a
// digit, rest two words or more that no name list holds: a document's
// title that opens with a label's word ("TÖÖTAJA ANDMETE ANKEET", an
// employee's data sheet), no label and its value.
func (g *geometry) capsTitleRow(p *phrase, raw []string, rest []int) bool {
	words := g.in.Page.Words
	if len(rest) < 2 || !allUpper(raw) || p.row >= len(g.in.Lines) || len(g.in.Lines[p.row]) != len(p.words) {
		return false
	}
	for _, wi := range rest {
		c := coreWord(words[wi].Text)
		if !isUpperWord(c) || letterCount(c) < 2 || hasDigit(c) || listedNameWord(c) {
			return false
		}
	}
	return true
}

// asideLabel reads a whole label followed by an aside in brackets that
// says how to fill it in ("last name (in capital letters)", "date of
// birth (dd/mm/yyyy)"): the label's rule, as exact as the label, and the
// label without its aside.
func asideLabel(canon string) (labelRule, string, bool) {
	i := strings.Index(canon, " (")
	if i <= 0 || !strings.HasSuffix(canon, ")") || strings.Count(canon, "(") != 1 {
		return labelRule{}, "", false
	}
	r, ok := exactLabels[canon[:i]]
	return r, canon[:i], ok
}

// labelAfterDash finds a label with its colon after a heading's dash on
// its phrase ("FOR OFFICE USE - Assessor:"). The label takes the words
// to its colon, and its type is that of the words after the dash; the
// heading is no value.
func (g *geometry) labelAfterDash(pw []int) (int, string, labelRule, bool) {
	words := g.in.Page.Words
	c := colonPrefix(words, pw)
	for j := c - 2; j >= 1; j-- {
		if !isDash(strings.TrimSpace(words[pw[j]].Text)) {
			continue
		}
		raw := textsOf(words, pw[j+1:c])
		canon := labelCanon(raw)
		rule, ok := labelRuleOf(canon, true)
		if !ok && len(raw) <= labelMaxWords {
			rule, ok = keywordLabel(canon)
		}
		ok = ok && canon != "" && rule.typ != "" && g.plausibleLabel(raw, canon, rule, true, false)
		return c, canon, rule, ok
	}
	return 0, "", labelRule{}, false
}

// slashLabelMaxWords is the most words of another language's label
// before the slash of a bilingual label.
const slashLabelMaxWords = 4

// labelAfterSlash finds a label after another language's label and a
// slash, as bilingual forms write them ("Jina kamili / Full name", "Nom /
// Name", "CNP / Personal numeric code:"): the label takes the words to
// its colon, or without one to the end of the longest label the label
// words hold after the slash (or a label's keyword ending the phrase),
// and the words before the slash are no value.
func (g *geometry) labelAfterSlash(pw []int) (int, string, labelRule, bool, bool) {
	words := g.in.Page.Words
	c := colonPrefix(words, pw)
	for j := 1; j < len(pw)-1 && j <= slashLabelMaxWords; j++ {
		if strings.TrimSpace(words[pw[j]].Text) != "/" {
			continue
		}
		if c > 0 && c <= j+1 || slices.ContainsFunc(pw[:j], func(wi int) bool { return hasDigit(words[wi].Text) }) {
			break
		}
		for k := min(len(pw), j+1+labelMaxWords); k > j+1; k-- {
			if c > 0 && k != c {
				continue // a colon ends the label
			}
			raw := textsOf(words, pw[j+1:k])
			canon := labelCanon(raw)
			rule, ok := exactLabels[canon]
			if !ok && (k == len(pw) || c > 0) {
				rule, ok = keywordLabel(canon) // "Father's name", ending the phrase
			}
			if ok && rule.typ != "" && g.plausibleLabel(raw, canon, rule, c > 0, k == len(pw)) {
				return k, canon, rule, c > 0, true
			}
		}
		break
	}
	return 0, "", labelRule{}, false, false
}

// slashListParts is the fewest parts, and slashListPartWords the most
// words of each, of a list of fields that slashes part.
const (
	slashListParts     = 3
	slashListPartWords = 3
)

// slashListLabel reads phrase pw, or its words up to a colon, as one label
// when slashes part it into a list of fields' names (slashListParts or
// more, none longer than slashListPartWords words, no digits), whose first
// named field gives its rule: "HOME VILLAGE / T.A. / DISTRICT" asks for
// one address. It returns the label's length, canon and rule.
func (g *geometry) slashListLabel(pw []int) (int, string, labelRule, bool) {
	words := g.in.Page.Words
	n := len(pw)
	if c := colonPrefix(words, pw); c > 0 {
		n = c
	}
	var parts [][]string
	cur := []string{}
	for _, wi := range pw[:n] {
		t := strings.TrimSpace(words[wi].Text)
		if hasDigit(t) {
			return 0, "", labelRule{}, false
		}
		if t == "/" {
			parts, cur = append(parts, cur), []string{}
			continue
		}
		cur = append(cur, strings.TrimSuffix(t, ":"))
	}
	parts = append(parts, cur)
	if len(parts) < slashListParts || slices.ContainsFunc(parts, func(p []string) bool { return len(p) == 0 || len(p) > slashListPartWords }) {
		return 0, "", labelRule{}, false
	}
	canons := make([]string, len(parts))
	for i, part := range parts {
		canons[i] = labelCanon(part)
	}
	for _, canon := range canons {
		rule, ok := exactLabels[canon]
		if !ok {
			rule, ok = keywordLabel(canon)
		}
		if ok && rule.typ != "" {
			return n, strings.Join(canons, " / "), rule, true
		}
	}
	return 0, "", labelRule{}, false
}

// streetNamed reports a phrase without a colon that ends in a street's
// name, a capitalised word that is no label's before its street type: a
// shop named after its street ("Clicks Pharmacy Long Street"), no
// "Street Address" label.
func streetNamed(raw []string) bool {
	n := len(raw)
	if n < 2 {
		return false
	}
	last, prev := coreWord(raw[n-1]), coreWord(raw[n-2])
	return isStreetTypeWord(last) && capitalised(prev) && hasLetters(prev, 2) && !isLabelWord(prev)
}

// townNamed reports a phrase that names a town, a word of it no label's
// or dictionary's: a place's heading ("BARANGAY LAHUG, CEBU CITY"), no
// "City:" label.
func townNamed(raw []string) bool {
	for _, w := range raw {
		core := coreWord(w)
		if hasLetters(core, 3) && !isLabelWord(core) && !isDictWord(strings.ToLower(core)) && lexicon.PlacePopulation(core) >= locTownPopulation {
			return true
		}
	}
	return false
}

// nameOfPhrase reports a label's word without a colon that "of" joins to
// a capitalised word no dictionary holds, no colon following within the
// label's qualifier: a name ("CITY OF TSHWANE - STATEMENT OF ACCOUNT"),
// where "Name of patient:" and "Lugar de nacimiento" are labels.
func nameOfPhrase(words []doc.Word, pw []int, k int) bool {
	if k+1 >= len(pw) || !ofWords[strings.ToLower(strings.TrimSpace(words[pw[k]].Text))] {
		return false
	}
	if next := coreWord(words[pw[k+1]].Text); !capitalised(next) || isDictWord(strings.ToLower(next)) {
		return false // the label's qualifier: "Lugar de nacimiento", "Date of birth"
	}
	c := colonPrefix(words, pw)
	return c == 0 || c-bareColon(words, pw, c) > k+labelQualifierWords
}

// ofWords join a noun to the name after it: "City of", "Ville de".
var ofWords = map[string]bool{"of": true, "de": true, "du": true, "des": true, "del": true, "di": true, "der": true}

// itemNumberAt reports a form's item number opening phrase ws: with its
// period or bracket ("3.", "1a)"), or bare, one or two digits before a
// label's capitalised word ("3  First given name").
func itemNumberAt(words []doc.Word, ws []int) bool {
	t := words[ws[0]].Text
	return reItemNumber.MatchString(t) || itemNumberWord(t) && len(ws) > 2 && capitalised(coreWord(words[ws[1]].Text))
}

// itemNumberWord reports an item's number with its period or bracket, or
// bare, of one or two digits.
func itemNumberWord(t string) bool {
	return reItemNumber.MatchString(t) || len(t) <= 2 && len(t) > 0 && countDigits(t) == len(t)
}

// reItemNumber is a form's item number before its label: "3.", "1a.",
// "12)", "la." (OCR's "l" for a "1").
var reItemNumber = regexp.MustCompile(`^(?:\d{1,2}|l)[a-z]?[.)]$`)

// plausibleLabel rejects short function words that start ordinary text.
func (g *geometry) plausibleLabel(raw []string, canon string, rule labelRule, colon, whole bool) bool {
	first := strings.TrimSpace(raw[0])
	if !colon && len(raw) > 1 && lowerFirst(first) && strings.HasSuffix(strings.TrimSpace(raw[len(raw)-1]), ",") {
		return false // a clause of prose that a comma ends: "operator maszyn drukarskich,"
	}
	switch canon {
	case "c":
		return colon // a copy's "c:"; a phrase "c." ends a firm's "L.L.C." that OCR split
	case "aan", "an", "till", "para", "do", "re", "plot", "plot no", "plot number", "stand no", "stand number", "delivery":
		// "To" in other languages, words of their prose ("Aan de heer",
		// "DO NOT WRITE"), a plot's, also a table's column of a field
		// trial's plots ("Plot  Yield"), and a delivery's, which opens a
		// document's name ("DELIVERY NOTE DN-55190"): a label only with
		// its colon.
		return colon
	case "to", "from", "by", "pc", "xc", "copy", "copies", "due", "sent", "received", "issued",
		"effective", "cell", "rep", "author", "members", "ph", "dist",
		"email", "e-mail", "e mail", "web", "website", "internet", "url", "location", "country", "county",
		"destination", "venue", "company", "firm", "school", "carrier", "agency", "supplier", "vendor",
		"customer", "client", "shipper", "driver", "rider", "passenger", "chauffeur":
		// Function words: a label only with a colon, in capitals, or as a
		// phrase of its own (its value after a gap).
		if colon || whole || first == strings.ToUpper(first) && len(first) > 1 {
			return true
		}
		return false
	}
	if !rule.exact {
		// A question ending in a colon, or standing alone. Reject a name
		// before the next label ("Peter Becker Date of birth:" is the value
		// of "Name:" before it), a phrase that ends with a value's code
		// ("MEMBER ID XOF884172630") and sentence fragments: more than one
		// lower-case function word.
		if valueCode(raw[len(raw)-1]) {
			return false
		}
		if len(raw) > 1 && (namedWord(raw[0]) || len(raw) > 2 && namedWord(raw[1])) && !holderNameLabel(raw, colon) {
			return false
		}
		if !colon && nameBeforeComma(raw) {
			return false // a name, then its holder's role: "Madalitso Gondwe, Customer Service Officer"
		}
		if !colon && len(raw) > 1 && orgSuffixHead(raw[len(raw)-1]) {
			return false // a firm's name, its keyword a word of it: "NAIROBI CITY WATER AND SEWERAGE COMPANY"
		}
		fn := 0
		for _, w := range raw {
			switch strings.ToLower(strings.Trim(w, ":.,")) {
			case "the", "a", "an", "is", "are", "was", "were", "will", "be", "this", "that", "we", "you", "our", "your", "it":
				fn++
			}
		}
		return fn <= 1
	}
	return true
}

// routeHeads are the function words that, as a table's heads without a
// colon, head a route's or a period's ends: the places or the dates of a
// trip, no person's name.
var routeHeads = map[string]bool{"from": true, "to": true, "via": true}

// holderNameLabel reports a label of two words, the name's holder and a
// word for a name in a language that writes the holder first ("Juhi
// nimi:", "Anyja neve:"): its first word is no name, though a name list
// may hold it ("Juhi").
func holderNameLabel(raw []string, colon bool) bool {
	last := strings.ToLower(strings.Trim(raw[len(raw)-1], ":."))
	return colon && len(raw) == 2 && nameNouns[last] && last != "name"
}

// valueCode reports a word that is a value's code, no label's word:
// letters with four digits or more, or six digits or more.
func valueCode(w string) bool {
	d := patDigitCount(w)
	return d >= 6 || d >= 4 && letterCount(w) > 0
}

// nameBeforeComma reports words that open with a name's words, the last
// of them with a comma, before more words: capitalised words that no
// dictionary or label list holds ("Madalitso Gondwe, Accountant").
func nameBeforeComma(raw []string) bool {
	for k, w := range raw[:len(raw)-1] {
		c := coreWord(w)
		if !capitalised(c) || isDictWord(c) || isLabelWord(c) {
			return false
		}
		if strings.HasSuffix(strings.TrimSpace(w), ",") {
			return k > 0
		}
	}
	return false
}

// namedWord reports a capitalised word that a name list holds and that is
// no ordinary or label word ("Peter", "Becker"; not "Bill", "Grant").
func namedWord(w string) bool {
	c := coreWord(w)
	return capitalised(c) && (isFirstName(c) || isLastName(c)) && !isDictWord(c) && !isLabelWord(c)
}

// roleKey reports a label's word that is a staff role (roleKeys), also
// as the end of a compound of a role of five letters or more
// ("ügyfélreferens", "háziorvos") or in the plural ("Livreurs").
func roleKey(w string) bool {
	if roleKeys[w] || endsCompound(w, roleKeys, 5) {
		return true
	}
	// The plural of a role names several ("Livreurs :", "Drivers:").
	sing, ok := strings.CutSuffix(w, "s")
	return ok && len(sing) >= 5 && roleKeys[sing]
}

// signOffWords are the participles of a sign-off that, alone with their
// colon, label who did it ("Checked: NAK", "Prepared: J. Okafor",
// "Hyväksynyt: sairaalakemisti Riitta Saarnio-Heikkilä"), as "Checked
// by:" does: English's, and Finnish's, Swedish's, Dutch's, French's,
// Spanish's, Italian's and Portuguese's.
var signOffWords = withUnaccented(lowerSet([]string{"checked", "verified", "approved", "prepared", "reviewed", "dispensed",
	"authorised", "authorized", "witnessed", "countersigned", "compiled", "audited", "attested",
	"hyväksynyt", "tarkastanut", "laatinut", "godkänd", "granskad", "gecontroleerd", "goedgekeurd",
	"vérifié", "validé", "approuvé", "revisado", "aprobado", "verificado", "validado", "verificato", "approvato", "aprovado"}))

// withUnaccented is set with each of its words also without its accents,
// as OCR often reads them ("Hyvaksynyt:").
func withUnaccented(set map[string]bool) map[string]bool {
	for w := range set {
		set[lexicon.Unaccented(w)] = true
	}
	return set
}

// preparedWords say who prepared, drew up or issued a document in the
// South and West Slavic languages, as a man and as a woman: alone or
// after what was prepared, they label a person ("Obračun pripravila:").
var preparedWords = lowerSet([]string{"pripravil", "pripravila", "sestavil", "sestavila", "izdal", "izdala",
	"pripremio", "pripremila", "sastavio", "sastavila", "izdao", "zpracoval", "zpracovala", "vyhotovil",
	"vyhotovila", "sporządził", "sporządziła", "wystawił", "wystawiła"})

// keywordLabel classifies a longer question by its keywords.
func keywordLabel(canon string) (labelRule, bool) {
	r, ok := keywordRule(canon)
	if ok {
		toks := strings.Fields(canon)
		last := strings.Trim(toks[len(toks)-1], "#:()")
		for _, keys := range [][]string{dateKeys, phoneKeys, addressKeys, personKeys, {"number", "no", "by"}} {
			for _, k := range keys {
				r.head = r.head || last == k
			}
		}
		r.head = r.head || roleKey(last)
	}
	return r, ok
}

func keywordRule(canon string) (labelRule, bool) {
	toks := strings.Fields(strings.NewReplacer("/", " ", "(", " ", ")", " ", ",", " ", "#", " ").Replace(canon))
	has := func(keys []string) bool {
		for _, t := range toks {
			for _, k := range keys {
				if t == k {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has(phoneKeys):
		return labelRule{typ: entity.Phone, maxLines: 1}, true
	case has(dateKeys) && has(measureKeys):
		return labelRule{}, true // "Birth weight:": a measure at birth, no date
	case has(dateKeys):
		return labelRule{typ: entity.Date, maxLines: 1}, true
	case has(addressKeys):
		return labelRule{typ: entity.Address, maxLines: 3}, true
	case has([]string{"ssn"}) || strings.Contains(canon, "social security"):
		return labelRule{typ: entity.SSN, maxLines: 1}, true
	case has([]string{"email", "e-mail"}):
		return labelRule{typ: entity.Email, maxLines: 1}, true
	case has(personKeys) || len(toks) > 0 && roleKey(toks[len(toks)-1]) || len(toks) > 1 && roleKeys[toks[0]] && roleQualifiers[toks[1]] ||
		len(toks) > 2 && len(toks) <= 4 && toks[0] == "head" && toks[1] == "of": // "Head of Department:", whoever heads it
		for i, t := range toks {
			if nameNouns[t] && i+2 < len(toks) && orgLinkWords[toks[i+1]] {
				// "Name of School Applied for", "Nombre de la empresa": the
				// thing whose name it asks for follows.
				j := i + 2
				if j+1 < len(toks) && (toks[j] == "the" || toks[j] == "la" || toks[j] == "el" || toks[j] == "le") {
					j++
				}
				if _, ok := notPersonName[toks[j]]; ok {
					return labelRule{}, true // no person's name, and "name" alone is not its label
				}
			}
			if nameNouns[t] && i > 0 {
				if nt, ok := notPersonName[toks[i-1]]; ok {
					if nt == "" {
						// A label of no type: its value is no person's
						// name, and "name" alone is not its label.
						return labelRule{}, true
					}
					return labelRule{typ: nt, maxLines: 1}, true
				}
			}
		}
		return labelRule{typ: entity.Person, maxLines: 1}, true
	case len(toks) >= 2 && len(toks) <= 4 && (toks[len(toks)-1] == "by" || toks[len(toks)-1] == "por" || toks[len(toks)-1] == "par" || preparedWords[toks[len(toks)-1]]):
		// "Work requested by", "Sample specifications written by", and
		// in Spanish, Portuguese and French: "Validado por", "Établi par".
		return labelRule{typ: entity.Person, maxLines: 1}, true
	case len(toks) >= 2 && len(toks) <= 3 && (toks[len(toks)-1] == "to") && (toks[0] == "copies" || toks[0] == "copy" || toks[0] == "original" || toks[0] == "return" || toks[0] == "send" || toks[0] == "pay" || toks[0] == "authorized"):
		return labelRule{typ: entity.Person, maxLines: 8}, true
	}
	return labelRule{}, false
}

// labelCanon normalises label words: lower case, the ordinal "º" for a
// degree sign, trailing colons, dots, quotes and OCR's "™" specks
// removed, inner spaces single. It returns "" when a word has no letter.
func labelCanon(raw []string) string {
	if n := len(raw); n > 1 && fieldOrdinal(raw[n-1]) {
		raw = raw[:n-1] // the field's number among its like: "Surname 1:", "Apellido 2:"
	}
	parts := make([]string, 0, len(raw))
	for _, w := range raw {
		// OCR reads the ordinal of "N.º" as a degree sign.
		w = strings.ReplaceAll(strings.ToLower(unglueCamel(strings.TrimSpace(w))), "°", "º")
		if strings.HasSuffix(w, ":") {
			w = strings.TrimPrefix(w, "(") // a label in an aside: "(Mob: 94470 18823)"
		}
		w = strings.TrimRight(w, ":.;-_‘’“”'\"`™®")
		w = strings.TrimLeft(w, "-_*•.‘’“”'\"`")
		if stem, ok := strings.CutSuffix(w, "(s)"); ok && hasLetters(stem, 2) {
			w = stem // a plural in brackets: "Tenant(s):"
		}
		if w == "" || !hasLetters(w, 1) && w != "#" && w != "&" {
			return ""
		}
		parts = append(parts, w)
	}
	s := strings.Join(parts, " ")
	s = strings.ReplaceAll(s, " :", "")
	return strings.TrimSpace(s)
}

// fieldOrdinal reports a label's last word that numbers a field among
// fields of its kind: one digit and the label's colon ("1:"); a digit
// without one may be the value's ("RECEIVED  7  …").
func fieldOrdinal(w string) bool {
	w, ok := strings.CutSuffix(strings.TrimSpace(w), ":")
	return ok && len(w) == 1 && w[0] >= '1' && w[0] <= '9'
}

// nextHeaderLabel reports a header row's next label at ws[0] after a whole
// label without its colon (before): "ZIP CODE" then "TELEPHONE" that OCR
// read as one phrase. Both are labels as they stand, of different types,
// and the two together are no label of the first one's type ("Date
// Signed", "Patient Name" stay one label).
func nextHeaderLabel(words []doc.Word, before, ws []int) bool {
	if len(before) == 0 || len(before) > 3 || strings.HasSuffix(words[before[len(before)-1]].Text, ":") ||
		len(ws) == 0 || !capitalised(coreWord(words[ws[0]].Text)) {
		return false
	}
	first, ok := exactLabels[labelCanon(textsOf(words, before))]
	if !ok || first.typ == "" {
		return false
	}
	for n := 1; n <= 2 && n <= len(ws); n++ {
		next, ok := exactLabels[labelCanon(textsOf(words, ws[:n]))]
		if !ok || next.typ == "" || next.typ == first.typ {
			continue
		}
		joined := labelCanon(textsOf(words, append(append([]int(nil), before...), ws[:n]...)))
		if _, exact := exactLabels[joined]; exact {
			return false
		}
		r, kw := keywordLabel(joined)
		return !kw || r.typ != first.typ
	}
	return false
}

// semicolonLabel reports a label's acronym whose colon OCR read as a
// semicolon ("MRN;"): upper case, and a label as it stands.
func semicolonLabel(t string) bool {
	core, ok := strings.CutSuffix(t, ";")
	if !ok || !isUpperWord(core) {
		return false
	}
	_, known := exactLabels[labelCanon([]string{core})]
	return known
}

// ruleMark reports a word of the marks OCR reads off a form's rule or a
// box's edge alone ("=", "|", "—").
func ruleMark(t string) bool {
	return t != "" && strings.Trim(t, "=|_—–~") == ""
}

// reCamelLabel is a label of two words that OCR or a form glued together,
// each capitalised ("FirstName", "DateOfBirth" is three).
var reCamelLabel = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+){2,3}[:.]?$`)

// unglueCamel spaces the words of a glued label: "FirstName:" reads as
// "First Name:". A label of one word that OCR read with a capital inside
// stays one ("KasSamedewerker:").
func unglueCamel(w string) string {
	if !reCamelLabel.MatchString(w) || exactLabels[strings.ToLower(strings.TrimRight(w, ":."))].typ != "" {
		return w
	}
	var b strings.Builder
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// wordsHaveAlnum reports a word of ws (indices into words) with an ASCII
// letter or digit: a cell, a phrase or a line that is more than specks.
func wordsHaveAlnum(words []doc.Word, ws []int) bool {
	return slices.ContainsFunc(ws, func(wi int) bool { return hasAlnum(words[wi].Text) })
}

func colonPrefix(words []doc.Word, ws []int) int {
	for i, wi := range ws {
		if strings.HasSuffix(strings.TrimSpace(words[wi].Text), ":") {
			if hasLetters(words[wi].Text, 1) || i > 0 {
				return i + 1
			}
		}
	}
	return 0
}

// bareColon is 1 when the colon that ends the prefix of c words is a word
// of its own ("Nom du patient : …"), which adds no word to the label.
func bareColon(words []doc.Word, ws []int, c int) int {
	if strings.TrimSpace(words[ws[c-1]].Text) == ":" {
		return 1
	}
	return 0
}

func textsOf(words []doc.Word, ws []int) []string {
	out := make([]string, len(ws))
	for i, wi := range ws {
		out[i] = words[wi].Text
	}
	return out
}

// Recognize implements Recognizer.
func (r LabelRecognizer) Recognize(in *Input) []Match {
	g := newGeometry(in)
	g.wholeFields = r.wholeFields
	out, roles := g.nameGrid()
	for ri, ps := range g.phrases {
		for pi, p := range ps {
			if p.labelLen == 0 || p.rule.typ == "" || roles[[2]int{ri, pi}] {
				continue
			}
			out = append(out, r.valueOf(g, ri, pi)...)
		}
	}
	return out
}

// withoutListAsides drops from a list of names the asides in brackets that
// say a person's role and that a comma closes, before the next name
// ("Present: Aroha Ngata (Chair), Hemi Walker"), or that end the line
// ("In attendance: Gwendolyn Marsh (Clerk)"): the role stays on the page,
// the names on either side are the list's.
func withoutListAsides(right []int, words []doc.Word) []int {
	out := right[:0:0]
	for k, wi := range right {
		t := words[wi].Text
		closed := k < len(right)-1 && strings.HasSuffix(t, "),") || k == len(right)-1 && strings.HasSuffix(strings.TrimRight(t, ",.;"), ")")
		if k > 0 && closed && (bracketedWord(t, 1) || officeWords[strings.ToLower(coreWord(t))]) {
			continue
		}
		out = append(out, wi)
	}
	return out
}

// wordValued reports a label type whose values are words (a name, an
// address), not numbers: a number that ends its line is then no part of
// them.
func wordValued(t entity.Type) bool {
	return t == entity.Person || t == entity.Address || t == entity.Organization || t == entity.Location
}

// headingWords reports words of which none a name list holds, two or
// more are dictionary words and the others places: a heading's ("Staff
// Directory - Winnipeg Office"), not a person's name nor a firm's
// ("LORILLARD MEDIA SERVICES").
func headingWords(ws []int, words []doc.Word) bool {
	dict := 0
	for _, wi := range ws {
		core := coreWord(words[wi].Text)
		switch {
		case core == "":
		case knownName(core):
			return false
		case isDictWord(core):
			dict++
		case lexicon.PlaceCountries(core) == nil:
			return false
		}
	}
	return dict >= 2
}

// numberedPlace reports an ordinary word that no name list holds and a
// number of one to three digits after it: a till, a desk or a counter
// ("Caja 2", "Kasse 3", "Counter 14"), where a person's label names who
// served.
func numberedPlace(word, num string) bool {
	core, n := coreWord(word), strings.TrimRight(num, ".,;")
	return isDictWord(core) && !knownName(core) && !lexiconName(core) && len(n) >= 1 && len(n) <= 3 && countDigits(n) == len(n)
}

// personValueEnd is where a person's name ends among the words right of
// its label: before a number ("Next of kin: Lerato Mokoena 082 555 1234",
// read on its own), an aside in brackets ("KEISHA WASHINGTON
// (Dependent)"), or a mark OCR read off a form's rule before the next
// field ("Thanh Huong = MI: T"), or an ordinary lower-case word where the
// sentence goes on ("Reviewed by Gregory Lindqvist on 10/28/2024");
// len(right) when it runs on. other
// reports words after the name that are no part of its field (the aside,
// the next field); a number stays in the field.
func personValueEnd(right []int, words []doc.Word) (k int, other bool) {
	if n := len(right); n >= 2 && strings.Contains(words[right[0]].Text, "/") && bookingTitles[strings.ToLower(coreWord(words[right[n-1]].Text))] {
		return n - 1, true // a booking's title after the name: "Passenger 1: MARTINEZ/ISABELLA MS"
	}
	aside := -1
	for k, wi := range right {
		if bracketedWord(words[wi].Text, 1) || numberedAside(right[k:], words) || k > 0 && (wordedAside(words[wi].Text) || lowerAside(words[wi].Text)) {
			aside = k
			break
		}
	}
	role, num := roleAfterComma(right, words), numberAt(right, words)
	if num >= 2 && num < len(right) && nextFieldWord(coreWord(words[right[num-1]].Text)) {
		num-- // "Server: Marcus Table 14 Guests 3", "Patient: Gregory Halvorsen MRN 4471902": the next field's word and its number
	}
	if d := dashBeforeWord(right, words); d > 0 && (role <= 0 || d < role) {
		role = d // "Michael Byrne - Claim 55123"
	}
	if k := sentenceWordAt(right, words); k > 1 &&
		(aside <= 0 || k < aside) && (num <= 0 || k < num) && (role <= 0 || k < role) {
		if c := coreWord(words[right[k-1]].Text); k > 2 && strings.HasSuffix(words[right[k-2]].Text, ",") && !knownName(c) && !lexiconName(c) {
			k-- // the sentence's word, no name's, after the name's comma: "Jannik Brinkhege, Inbetriebnahme durch …"
		}
		return k, true // "Reviewed by Gregory Lindqvist on 10/28/2024": the sentence goes on
	}
	if role > 0 && (aside <= 0 || role < aside) && (num <= 0 || role < num) {
		return role, true // "Soledad Arriaga-Pinto, NPI 1467729034"
	}
	if num > 0 && num < len(right) && (aside <= 0 || num < aside) && slices.ContainsFunc(right[:num], func(wi int) bool {
		core := coreWord(words[wi].Text)
		return capitalised(core) && hasLetters(core, 2)
	}) {
		return num, false
	}
	if aside > 0 {
		return aside, true
	}
	if k := slices.IndexFunc(right, func(wi int) bool { return ruleMark(words[wi].Text) }); k > 1 && k < len(right)-1 {
		return k, true
	}
	if role > 0 {
		return role, true
	}
	return len(right), false
}

// sentenceWordAt is the index in right of the first sentenceWord that no
// particle comes right before ("M. Le roux" keeps its surname read in
// lower case), -1 when none.
func sentenceWordAt(right []int, words []doc.Word) int {
	for k, wi := range right {
		if k == len(right)-1 && k >= 2 && isLastName(words[wi].Text) {
			continue // a surname that OCR read in lower case ends the value: "Luis Angel ortega"
		}
		if sentenceWord(words[wi].Text) && (k == 0 || !nameParticles[strings.ToLower(coreWord(words[right[k-1]].Text))]) {
			return k
		}
		if k >= 2 && k+1 < len(right) && unlistedLowerWord(words[wi].Text) && unlistedLowerWord(words[right[k+1]].Text) &&
			capitalised(coreWord(words[right[k-1]].Text)) {
			return k // two words of a language without a dictionary here: "a.n. Siti Rahmawati Nasution pada tanggal"
		}
	}
	return -1
}

// unlistedLowerWord reports a lower-case word of letters that no name
// list holds and that is no name's particle or conjunction: two of them
// after a name are a sentence's words, whatever its language.
func unlistedLowerWord(t string) bool {
	core := strings.TrimSpace(t)
	low := strings.ToLower(core)
	return core != "" && low == core && letterCount(core) == len([]rune(core)) && letterCount(core) >= 2 &&
		!nameParticles[low] && !nameConjunctions[low] && !knownName(core) && !knownName(titleCased(core))
}

// titleCased is w with its first letter in capitals.
func titleCased(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// wordedAside reports a word that opens an aside of more words in
// brackets after a name: the holder's role, in any language ("Suparno
// (Ketua RT setempat)"). A name's part in brackets is one word
// ("ANĐELKOVIĆ (Dragan) Milica").
func wordedAside(t string) bool {
	return strings.HasPrefix(t, "(") && !strings.Contains(t, ")") && letterCount(t) > 0
}

// lowerAside reports a word in lower case in brackets: a note after a
// name, whatever its language ("Jens-Ole Kjærsgaard (fuldmagt)", by power
// of attorney), never the name's.
func lowerAside(t string) bool {
	inner, ok := strings.CutPrefix(strings.TrimRight(t, ",.;"), "(")
	inner, closed := strings.CutSuffix(inner, ")")
	return ok && closed && letterCount(inner) >= 2 && strings.ToLower(inner) == inner
}

// sentenceWord reports an ordinary lower-case word that is no particle or
// conjunction of a name ("on", "at", "the"): the sentence goes on after
// the name there.
func sentenceWord(t string) bool {
	core := strings.TrimSpace(t)
	low := strings.ToLower(core)
	return core != "" && low == core && letterCount(core) == len([]rune(core)) && isDictWord(core) &&
		!nameParticles[low] && !nameConjunctions[low]
}

// nextFieldWord reports, before a number after a name, the next field's
// word: a numberedFieldWord ("Table 14"), an ID's acronym ("MRN
// 4471902") or a register's (registerAcronym).
func nextFieldWord(core string) bool {
	return numberedFieldWord(core) || isUpperWord(core) && idLabelAfterComma(core, true) || registerAcronym(core)
}

// reDottedAcronym is an acronym written with periods between its letters
// ("C.Q.F.P", its last period trimmed).
var reDottedAcronym = regexp.MustCompile(`^(?:\p{Lu}\.){1,5}\p{Lu}\.?$`)

// registerAcronym reports a register's acronym before a number after a
// name: two to four capitals that no name list holds ("CMP 48213"), or
// letters with periods between them ("C.Q.F.P. 21764", a pharmacists'
// college).
func registerAcronym(core string) bool {
	if reDottedAcronym.MatchString(core) {
		return true
	}
	n := letterCount(core)
	return n >= 2 && n <= 4 && n == len([]rune(core)) && isUpperWord(core) && !knownName(core) && !knownName(titleCased(strings.ToLower(core)))
}

// numberedFieldWord reports a capitalised common English or form word
// that no name list holds: before a number after a name it is the next
// field's word ("Table 14", "Room 12"). Another language's dictionary
// word is often a surname there ("Felice Nota 06 6188 9354").
func numberedFieldWord(core string) bool {
	return capitalised(core) && letterCount(core) >= 3 && isCommonWord(core) && !knownName(core)
}

// dashBeforeWord returns the index in right of a dash or a slash standing
// alone after two words or more, before a capitalised ordinary word that
// no name list holds ("Michael Byrne - Claim 55123", "Phou Amnuaykan Hong
// Mo / Hospital Director") or a word in lower case that is no particle:
// the name ends there. A double surname goes on
// over its dash ("Ana Pérez - Gómez"). 0 for none.
func dashBeforeWord(right []int, words []doc.Word) int {
	for k := 2; k+1 < len(right); k++ {
		core := coreWord(words[right[k+1]].Text)
		if t := strings.TrimSpace(words[right[k]].Text); (isDash(t) || t == "/") && (capitalised(core) && isDictWord(core) && !knownName(core) || lowerFirst(core) && letterCount(core) >= 3 && !nameParticles[core]) {
			return k // a remark in lower case after a dash ends it too: "Pasientreiser Helse Nord - rekvirert reise"
		}
	}
	return 0
}

// numberedAside reports a bracket opened at right[0] whose next word holds
// a number ("(pager 4471)", "(ext. 12)"): an aside after a name, whatever
// its word.
func numberedAside(right []int, words []doc.Word) bool {
	t := words[right[0]].Text
	return len(right) > 1 && strings.HasPrefix(t, "(") && !strings.Contains(t, ")") && patDigitCount(words[right[1]].Text) > 0
}

// birthWords open the birth date after a name and a comma ("Wolfgang
// Sauer, geb. 11.09.1958", "born 3 May 1950", "nata il ...") and the
// place of birth (bornInPlace).
var birthWords = lowerSet(strings.Fields(`geb geboren born nato nata nacido nacida nascido nascida né née
	urodzony urodzona narozen narozena narodený narodená rođen rođena rojen rojena`))

// idLabelAfterComma reports an ID's label that ends a name after its
// comma: in capitals ("NPI", "PRC", a national or tax number's "CURP"), or
// in lower case before a number ("permis 1-09874").
func idLabelAfterComma(core string, numberNext bool) bool {
	if low := strings.ToLower(core); isUpperWord(core) && (patIDPersonal[low] || taxLabelCountries[low] != nil) {
		return true
	}
	return idLabelKind(core) == 'l' && (isUpperWord(core) || numberNext)
}

// roleAfterComma finds a person's role or workplace after the name and a
// comma ("Maria Alexiou, Biochemist", "Dr Rajesh Iyer, Westmead Family
// Practice"): an ordinary word that no name list holds, words that name
// an institution, an ID's label, or a birth date's word, after two words
// or more. It returns its index in right, 0 for none; "Smith, John" keeps
// its given name.
func roleAfterComma(right []int, words []doc.Word) int {
	// A family name that opens with its particle ("Dela Cruz, Juan
	// Pascual") is written before the given names: a word after its comma
	// that a name list holds is one of them.
	particled := len(right) > 0 && nameParticles[strings.ToLower(coreWord(words[right[0]].Text))]
	for k := 2; k < len(right); k++ {
		core := coreWord(words[right[k]].Text)
		if !strings.HasSuffix(words[right[k-1]].Text, ",") {
			continue
		}
		numberNext := k+1 < len(right) && patDigitCount(words[right[k+1]].Text) > 0
		// A listed name that ends the value is the given name written
		// after the family's, as Singapore writes an English one ("Goh
		// Wei Ling, Jasmine"); an office's word stays a role ("Dean").
		given := k == len(right)-1 && lexicon.IsName(strings.ToLower(core)) && !officeWord(core) && !staffRole(core) && plainNameWords(right[:k], words)
		ordinary := isDictWord(core) && !knownName(core) && !(particled && lexicon.IsName(core) && !isCommonWord(core)) && !given
		if capitalised(core) && (ordinary || institutionAhead(right[k:], words) || unitWord(core)) || staffRole(core) && !given ||
			idLabelAfterComma(core, numberNext) || birthWords[strings.ToLower(core)] || credentialAfterComma(core) ||
			phoneLabelWord(words[right[k]].Text) || lowerFirst(core) && reTitleWord.MatchString(strings.TrimSpace(words[right[k]].Text)) ||
			lowerFirst(core) && k+1 < len(right) && staffRole(coreWord(words[right[k+1]].Text)) {
			// "…, NPI 1467729034"; "…, permis 1-09874"; "…, geb. 11.09.1958"; "…, CPSO #84412"; "…, FRCPC"; "…, tel. 06-…";
			// a doctor's title written after the name: "…, dr. med."; a
			// role after its qualifier: "…, leg. läkare" (a licensed doctor)
			return k
		}
	}
	return 0
}

// plainNameWords reports words that are capitalised letters only, the
// last with its comma: the family's and given names before the comma,
// not OCR's fragments ("Hh) Ui),").
func plainNameWords(ws []int, words []doc.Word) bool {
	for _, wi := range ws {
		t := strings.TrimSuffix(strings.TrimSpace(words[wi].Text), ",")
		if t == "" || t != coreWord(t) || !capitalised(t) || strings.IndexFunc(t, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return true
}

// credentialAfterComma reports a degree, a college's fellowship or a
// board's registration after a name's comma ("MD", "FRCPC", "CPSO
// #84412"): an academic degree libpostal lists, or capitals that no name
// list holds.
func credentialAfterComma(core string) bool {
	if lexicon.IsAcademicDegree(core) || lexicon.IsAcademicDegree(core+".") {
		return true
	}
	return isUpperWord(core) && letterCount(core) >= 2 && letterCount(core) <= 6 && !lexicon.IsName(strings.ToLower(core)) && !knownName(core)
}

// institutionAhead reports an institution's head or tail word or a legal
// form among the words right ("Westmead Family Practice").
func institutionAhead(right []int, words []doc.Word) bool {
	return slices.ContainsFunc(right, func(wi int) bool {
		low := strings.ToLower(coreWord(words[wi].Text))
		return orgInstTails[low] || orgInstHeads[low] || isLegalForm(words[wi].Text)
	})
}

// fieldSeg is one row of a label's value: its words and the right end of
// the field on that row.
type fieldSeg struct {
	words []int
	end   int // right end of the field on this row
}

// firstLanguageHalf reports a label phrase without its colon that holds
// a slash after its label, the next phrase of its row a label with its
// colon: the first language's half of a label in two ("Alamat Premis /
// Premise Address:"), whose value is the second's.
func (g *geometry) firstLanguageHalf(ri, pi int) bool {
	row := g.phrases[ri]
	p := row[pi]
	if pi+1 >= len(row) || row[pi+1].labelLen == 0 || !row[pi+1].colon || p.labelLen == 0 || p.colon {
		return false
	}
	// The slash ends the phrase, or the other language's first words
	// follow it before the colon's phrase ("Alamat Premis / Premise"
	// then "Address:").
	for _, wi := range p.words[p.labelLen:] {
		if t := strings.TrimSpace(g.in.Page.Words[wi].Text); t == "/" || strings.HasSuffix(t, "/") {
			return true
		}
	}
	return false
}

// sentenceGoesOnAfter reports words right of a label without its colon
// that open with two lower-case words of a sentence (sentenceWord): the
// label's words are the sentence's, no field's, and the row below is no
// value of theirs.
func sentenceGoesOnAfter(right []int, words []doc.Word) bool {
	return len(right) >= 2 && sentenceWord(words[right[0]].Text) && sentenceWord(words[right[1]].Text)
}

// captionUnderName reports a person's label without its colon right
// under a name of two to five words that starts where it starts: a
// signature block's caption, the name's role ("LORNA T. MAGSINO" over
// "Barangay Secretary"), whose row's other cells are the other signers'
// roles, no value of it.
func (g *geometry) captionUnderName(ri, pi int) bool {
	p := g.phrases[ri][pi]
	if p.colon || p.rule.typ != entity.Person || ri == 0 {
		return false
	}
	words := g.in.Page.Words
	first := words[p.words[0]].Box
	for _, q := range g.phrases[ri-1] {
		top := words[q.words[0]].Box
		if abs(top.Left-first.Left) > g.h || first.Top-top.Bottom() > 2*g.h {
			continue
		}
		return q.labelLen == 0 && nameShapedWords(textsOf(words, q.words))
	}
	return false
}

// nameShapedWords reports two to five words each capitalised or initials,
// with no digit or colon, no number's marker or label's word: a name's
// shape ("No. RM" is a record's label).
func nameShapedWords(ws []string) bool {
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		c := coreWord(w)
		if c == "" || hasDigit(w) || strings.Contains(w, ":") || !capitalised(c) || numberMarker(w) || isLabelWord(c) {
			return false
		}
	}
	return true
}

// labelOpensLabel reports a label of one word without its colon that a
// label with one follows at a word's space on its row ("Nombre
// Receptor:", "Nombre Cliente:"): the two are one label, whose value the
// second's finds; the first has none of its own (the row below is no
// value of it). A longer label keeps its field ("SIGNATURE OF
// DEPARTMENT" before "CONSIGNEE:", its signature below).
func (g *geometry) labelOpensLabel(ri, pi int) bool {
	row := g.phrases[ri]
	p := row[pi]
	if p.colon || pi+1 >= len(row) || row[pi+1].labelLen == 0 || !row[pi+1].colon {
		return false
	}
	words := g.in.Page.Words
	gap := words[row[pi+1].words[0]].Box.Left - words[p.words[p.labelLen-1]].Box.Right()
	return p.labelLen == 1 && len(p.words) == 1 && gap < g.h
}

// valueOf finds the value of the label phrase g.phrases[ri][pi]: the words
// right of the label on its row, or else the row below it (or above it, on
// a signature line), with continuation lines for lists and addresses.
func (r LabelRecognizer) valueOf(g *geometry, ri, pi int) []Match {
	p := g.phrases[ri][pi]
	words := g.in.Page.Words
	labelBox := doc.Box{}
	for _, wi := range p.words[:p.labelLen] {
		labelBox = labelBox.Union(words[wi].Box)
	}
	pageW := g.in.Page.Width
	if pageW <= 0 {
		pageW = 1 << 30
	}
	if g.labelOpensLabel(ri, pi) || g.firstLanguageHalf(ri, pi) {
		return nil
	}
	right, lastRight, fieldEnd := g.rightOfLabel(ri, pi, labelBox, pageW)
	if g.captionUnderName(ri, pi) { // after rightOfLabel, which finds a colon set apart
		return nil
	}
	if !p.colon && sentenceGoesOnAfter(right, words) {
		return nil // "account number as payment reference. Lines may …": a sentence's words, no field
	}
	if g.labelHeadsRow(ri, pi) {
		if !p.colon && routeHeads[p.canon] {
			return nil // "Date  Flight  From  To  Dep.": a route's places under the heads, no one's name
		}
		right = nil // "Nama  Hubungan  No. Telepon": the columns' heads, their values below
	}
	if p.rule.typ == entity.Person && len(right) > 1 && kinWord(coreWord(words[right[0]].Text)) && !knownName(coreWord(words[right[0]].Text)) {
		right = right[1:] // the relationship before the name stays: "Contact: wife, Adaeze Okafor"
	}
	for p.rule.typ == entity.Person && len(right) > 2 && staffRole(coreWord(words[right[0]].Text)) && capitalised(coreWord(words[right[1]].Text)) &&
		!curatedFirstName(words[right[0]].Text) {
		right = right[1:] // a rank before the name stays: "Officer in Charge: Inspector Kelvin Mwale"
	}
	if p.rule.typ == entity.Person {
		right = lowerRoleBefore(right, words) // "Sąskaitą išrašė: klientų aptarnavimo specialistė Dovilė Jankauskaitė"
	}
	if p.rule.typ == entity.Person && p.rule.maxLines > 2 {
		right = withoutListAsides(right, words)
	}
	if p.rule.typ == entity.Person && p.canon == "re" {
		right = subjectNameTail(right, words) // "Re: Recommendation for Nakato Priscilla"
	}
	end, other := len(right), false
	switch p.rule.typ {
	case entity.Person:
		end, other = personValueEnd(right, words)
		if end == 1 && end < len(right) && numberedPlace(words[right[0]].Text, words[right[1]].Text) {
			return nil // "Atendido por: Caja 2": a till, a desk, no one's name
		}
	case entity.ID:
		end, other = idValueEnd(right, words), true
	case entity.Organization:
		end, other = firmValueEnd(right, words), true
	}
	if end < len(right) {
		if other {
			// The field ends there too: what follows is no part of it.
			fieldEnd = min(fieldEnd, words[right[end]].Box.Left-g.h/2)
		}
		right = right[:end]
		lastRight = words[right[end-1]].Box.Right()
	}
	fits := func(ws []int) bool {
		// Without a colon, one word that no name list holds after the
		// label is the heading's next word ("GUEST FOLIO", "Medewerker
		// Burgerzaken": an office and its department), not a name, also
		// when OCR read it unsure; so are words of a heading that hold
		// no name ("Staff Directory - Winnipeg Office"). A signature's
		// ink read as a word stays its value.
		if core := coreWord(words[ws[0]].Text); p.rule.typ == entity.Person && !p.colon && !namePartLabel(p.canon) &&
			(len(ws) == 1 && !knownName(core) && (isDictWord(core) || isLabelWord(core) || patDigitCount(core) == 0 && !signatureLabels[p.canon]) || headingWords(ws, words)) {
			return false
		}
		if !p.colon && len(ws) == 1 && headAbbreviation(strings.TrimSpace(words[ws[0]].Text)) {
			return false // "Last name   Suff.": the next column's head, abbreviated
		}
		return valueFits(p.rule.typ, ws, words) || namePartLabel(p.canon) && singleNameWord(ws, words) ||
			p.rule.typ == entity.Person && singleListedName(ws, words) && (p.colon || !isDictWord(coreWord(words[ws[0]].Text)))
	}
	if !p.colon && len(right) > 0 && strings.HasPrefix(strings.TrimSpace(words[right[0]].Text), "/") {
		return nil // the label's alternative, no value: "Parent / Carer 1", a heading
	}
	if !p.colon && len(right) > 1 && orWords[strings.ToLower(strings.TrimSpace(words[right[0]].Text))] {
		right = nil // the label's alternative ("Address or P.O. Box"): its value is below, if any
	}
	if !p.colon && wordValued(p.rule.typ) && len(right) > 0 && hasLetters(words[right[0]].Text, 1) && itemRow(g.in.lineText(g.in.Lines[ri])) {
		return nil // a row of goods or services: "Delivery and assembly 1 80,000"
	}
	if len(right) > 1 && (unsureFieldWord(words[right[0]]) || unsureAbbreviation(words[right[0]]) || unsureSpeck(words[right[0]])) && !fits(right) && fits(right[1:]) {
		// A word the field's second reading hardly read before the value,
		// or a short one with a period read unsure on the page: a speck,
		// or a title read amiss ("Dia.", "Dita." for "Dña."), which stays.
		right = right[1:]
	}
	for len(right) > 1 && !hasAlnum(words[right[0]].Text) && unsureSpeck(words[right[0]]) {
		right = right[1:] // a speck read as a mark before the next column's head: "Beneficiario   * Monto"
	}
	rejected := len(right) > 0 && !fits(right)
	if rejected && p.colon && !slices.ContainsFunc(right, func(wi int) bool { return strings.HasSuffix(words[wi].Text, ":") }) {
		// "Cashier: USER": the field holds a value of another kind; the
		// row below is another field's. ("Bill to: Invoice No.:" is
		// the next label: the value is below.)
		return nil
	}
	headBeside := len(right) == 1 && headAbbreviation(strings.TrimSpace(words[right[0]].Text)) // "Last name   Suff."
	if rejected && !p.colon && p.rule.typ == entity.Person && !headBeside && !slices.ContainsFunc(right, func(wi int) bool { return isLabelWord(coreWord(words[wi].Text)) }) {
		// "Consumidor Final" (a tax status after "Condición IVA:"): a
		// person's label word without a colon and words of no name beside
		// it are text, not a field; the row below is not its. (A phone's
		// or a date's label over its column keeps the row below.)
		return nil
	}
	if rejected {
		// The next label beside this one ("Nom  Prénom"): the values are
		// below. The field is not empty.
		right = nil
	}
	var segs []fieldSeg
	valueLeft, nextRow, column := labelBox.Left, ri+1, false
	if len(right) > 0 {
		segs = append(segs, fieldSeg{words: right, end: max(fieldEnd, lastRight)})
		valueLeft = words[right[0]].Box.Left
	} else if s, ok := g.underLabel(ri, labelBox); ok {
		s.words = dropRowNumber(p.rule.typ, s.words, words)
		segs = append(segs, s.fieldSeg)
		valueLeft = words[s.words[0]].Box.Left
		nextRow = s.nextRow
		column = (p.rule.typ == entity.Person || p.rule.typ == entity.ID) && !p.colon && len(g.phrases[ri]) >= columnHeads
	}
	if len(segs) == 0 {
		if r.FieldExtent && p.colon && !rejected && fieldEnd-labelBox.Right() > 2*g.h {
			return g.emptyField(p, labelBox, fieldEnd)
		}
		return nil
	}
	if !fits(segs[0].words) {
		return nil
	}
	if len(right) == 0 && p.rule.typ == entity.Person {
		// "Daniela Collado 653 92 10 66" under "Contacto de emergencia":
		// the number after the name is another field's.
		if k, other := personValueEnd(segs[0].words, words); k > 0 {
			if k < len(segs[0].words) && !g.wholeFields && other {
				// What ends the name is no part of its field either:
				// "Suparno (Ketua RT setempat)" under "Saksi:".
				segs[0].end = min(segs[0].end, words[segs[0].words[k]].Box.Left-g.h/2)
			} else if k < len(segs[0].words) && !g.wholeFields {
				// Nor does the name's field reach over the row's next
				// ordinary word ("Lorenz, Matthias 14.02.1976 Ehemann").
				for _, wi := range segs[0].words[k:] {
					if plainWord(words[wi].Text) {
						segs[0].end = min(segs[0].end, words[wi].Box.Left-g.h/2)
						break
					}
				}
			}
			segs[0].words = segs[0].words[:k]
		}
	}
	segs = g.continuationSegs(p, segs, valueLeft, nextRow, column, labelBox)
	var all []int
	for _, s := range segs {
		all = append(all, s.words...)
	}
	if p.rule.typ == entity.Date {
		if narrowed := dateWordsOf(all, words); len(narrowed) < len(all) {
			all, segs = narrowed, narrowSegs(segs, narrowed, words)
		}
	}
	if p.rule.typ == entity.Email {
		if narrowed := emailWordsOf(all, words); len(narrowed) < len(all) {
			all, segs = narrowed, narrowSegs(segs, narrowed, words)
		}
	}
	score := labelScore(p, all, words)
	if score <= 0 {
		return nil
	}
	var extra []doc.Box
	if r.FieldExtent {
		extra = g.fieldExtents(segs, len(right) > 0, p.colon, labelBox, pageW)
	}
	typ := p.rule.typ
	if typ == entity.Person && firmValue(all, words) {
		typ = entity.Organization
	}
	if typ == entity.ID && addressValue(all, words) {
		typ = entity.Email // "UPI ID: venky.iyer88@oksbi": an account's address
	}
	tmpl := Match{Type: typ, Score: score, Source: "label:" + p.canon}
	if typ == entity.Address && (addresseeOpens(segs, words) || p.rule.nameFirst && len(segs) >= 2) {
		// "Frau Hannelore Pichlmayr" over the street under "Rechnungsadresse:":
		// the addressee is a person, the lines under it the address.
		who := tmpl
		who.Type = entity.Person
		n := len(segs[0].words)
		for _, sg := range segs[1 : len(segs)-1] {
			if !filiationMark(words[sg.words[0]].Text) {
				break
			}
			n += len(sg.words) // the father's row under the name: "S/O GHULAM RASOOL AKHTAR"
		}
		return append(g.spans(all[:n], who, extra), g.spans(all[n:], tmpl, extra)...)
	}
	return g.spans(all, tmpl, extra)
}

// orWords are the word "or" in the languages the detector reads, in
// lower case: between a label and its alternative.
var orWords = map[string]bool{"or": true, "o": true, "ou": true, "oder": true, "eller": true,
	"tai": true, "vagy": true, "sau": true, "lub": true, "ili": true, "nebo": true, "alebo": true, "ali": true, "veya": true, "atau": true}

// addresseeOpens reports an address field whose first row is a personal
// title and a name, with more rows under it.
func addresseeOpens(segs []fieldSeg, words []doc.Word) bool {
	if len(segs) < 2 {
		return false
	}
	ws := segs[0].words
	return len(ws) >= 3 && len(ws) <= 5 && isPersonalTitleToken(words[ws[0]].Text) &&
		personValueFits(ws[1:], words, meanConf(ws, words) >= printedConf)
}

// unsureAbbreviation reports a short word with a period read with less
// confidence than a flat speck's: a title read amiss ("Dita." for "Dña.").
func unsureAbbreviation(w doc.Word) bool {
	t := strings.TrimSpace(w.Text)
	return w.Conf < speckMaxConf && strings.HasSuffix(t, ".") && letterCount(t) >= 2 && utf8.RuneCountInString(t) <= 6
}

// unsureSpeck reports a word of two letters at most and no digit, a mark
// after them or not, read with less confidence than a flat speck's: a
// speck read as a word ("a," before "Vazha-Pshavelas gamziri 41"). A
// digit read unsure may be the value's own.
func unsureSpeck(w doc.Word) bool {
	t := strings.TrimSpace(w.Text)
	return w.Conf < speckMaxConf && letterCount(t) <= 2 && countDigits(t) == 0 && utf8.RuneCountInString(t) <= 3
}

// unsureFieldWord reports a word of a field's second reading read with
// less confidence than a flat speck's (speckMaxConf).
func unsureFieldWord(w doc.Word) bool { return w.Pass == doc.PassField && w.Conf < speckMaxConf }

// idValueEnd is where a code's value ends: at a word of three letters or
// more, and letters only, after a word with digits ("US158319616 BIC
// GLIUUSLA": the next field's label); len(ws) when none ends it. A letter
// group of one or two stays ("5829 417 306 KT").
func idValueEnd(ws []int, words []doc.Word) int {
	digits := false
	for k, wi := range ws {
		core := coreWord(words[wi].Text)
		if digits && patDigitCount(core) == 0 && letterCount(core) >= 3 && !plateLetters(words[wi].Text) {
			return k
		}
		digits = digits || patDigitCount(core) > 0
	}
	return len(ws)
}

// plateLetters reports three capitals no dictionary holds, a group of a
// registration plate or code after its digits ("YJ19 KXP").
func plateLetters(t string) bool {
	t = strings.TrimRight(t, ",.;")
	return len(t) == 3 && letterCount(t) == 3 && strings.ToUpper(t) == t && !isDictWord(t)
}

// firmValueEnd is where a firm's name ends among the words right of its
// label: after a legal form that a comma ends ("Boulangerie Marchal SARL,
// SIRET 512 345 678 00019": the registration number that follows is the
// firm's, no part of its name), or after a firm's or an institution's
// head word that a comma ends and no legal form follows ("Ballarat Base
// Hospital, Registered Nurse": the employee's job), else at the end.
func firmValueEnd(right []int, words []doc.Word) int {
	for k := 1; k+1 < len(right); k++ {
		t := words[right[k]].Text
		if strings.HasSuffix(t, ",") && (isLegalForm(t) || orgSuffixHead(t) && !isLegalForm(words[right[k+1]].Text)) {
			return k + 1
		}
	}
	return len(right)
}

// firmValue reports a value of a person's label ("From:", "Bill to:") that
// names a firm: two words or more, the last a legal form, a business noun or
// an institution's ("LORILLARD MEDIA SERVICES,", "Acme Widgets Ltd").
func firmValue(ws []int, words []doc.Word) bool {
	if len(ws) < 2 {
		return false
	}
	return orgSuffixHead(words[ws[len(ws)-1]].Text)
}

// narrowSegs keeps of segs the words in keep, each kept segment's field
// ending at its last kept word: the field of a date narrowed to its date
// ("03/03/2025" of a statement's row) is the date's, not the row's.
func narrowSegs(segs []fieldSeg, keep []int, words []doc.Word) []fieldSeg {
	in := map[int]bool{}
	for _, wi := range keep {
		in[wi] = true
	}
	var out []fieldSeg
	for _, s := range segs {
		var ws []int
		end := 0
		for _, wi := range s.words {
			if in[wi] {
				ws = append(ws, wi)
				end = max(end, words[wi].Box.Right())
			}
		}
		if len(ws) > 0 {
			out = append(out, fieldSeg{words: ws, end: end})
		}
	}
	return out
}

// rightOfLabel is the value right of the label phrase g.phrases[ri][pi]
// on its row: the rest of the phrase and the phrases after it, up to the
// next label, a wide gap or an inline label; or, with nothing right of it,
// a value on a neighbouring row beside the label. It returns the value's
// words, the right end of the last and the right end of the field.
func (g *geometry) rightOfLabel(ri, pi int, labelBox doc.Box, pageW int) (right []int, lastRight, fieldEnd int) {
	p := g.phrases[ri][pi]
	words := g.in.Page.Words
	h := g.h
	maxField := 40 * h // a field is at most this wide
	right = append(right, p.words[p.labelLen:]...)
	fieldEnd = min(pageW, labelBox.Right()+maxField)
	lastRight = labelBox.Right()
	if len(right) > 0 {
		lastRight = words[right[len(right)-1]].Box.Right()
	}
	rest := g.phrases[ri][pi+1:]
	placeholder, labelNext := false, false
	for qi, q := range rest {
		if q.labelLen > 0 {
			labelNext = true
			if n := len(right); n > 2 && strings.TrimSpace(words[right[n-1]].Text) == "/" && otherLanguageHalf(words[right[n-2]].Text) {
				// The next label's other language before its slash:
				// "Meseret Tadesse Firma / Signature:".
				right = right[:n-2]
				lastRight = words[right[n-3]].Box.Right()
			}
			fieldEnd = min(fieldEnd, q.box.Left-h/2)
			if n := len(right); n > 1 && markerQualifier(words[right[n-1]].Text, words[q.words[0]].Text) {
				// "Specimen" of "Specimen ID:" is the next label's
				right = right[:n-1]
				lastRight = words[right[n-2]].Box.Right()
				fieldEnd = min(fieldEnd, words[right[n-2]].Box.Right()+h)
			}
			break
		}
		if len(right) == 0 && !p.colon && g.capsHead(q) && g.labelWordIn(q) && g.phraseUnder(ri, q) && g.phraseUnder(ri, p) {
			// The next column's head over its own value, as the label is
			// over its: "PHYSICAL ADDRESS   HOME VILLAGE / T.A. / DISTRICT".
			fieldEnd = min(fieldEnd, q.box.Left-h/2)
			break
		}
		gap := q.box.Left - lastRight
		// A value may stand far off where it ends the row: a form's
		// column of values set at a tab stop ("Cognome" … "ESPOSITO").
		farValue := qi == len(rest)-1 && gap <= maxField
		if (len(right) > 0 || placeholder) && gap > 6*h && g.headedColumns(ri, pi) {
			if wordsHaveAlnum(words, q.words) {
				right = append(right, q.words...) // the next column's value of the row's label
				lastRight = q.box.Right()
			}
			continue
		}
		if len(right) == 0 && gap > 30*h && !farValue || len(right) > 0 && gap > 6*h {
			fieldEnd = min(fieldEnd, max(lastRight+h, q.box.Left-h))
			break
		}
		if t := strings.Join(textsOf(words, q.words), ""); len(right) == 0 && !hasAlnum(t) {
			if strings.TrimSpace(t) == ":" {
				p.colon = true // the label's colon set apart in its column: "Kasir    : PUTRI"
			}
			// A dash alone stands for the first column's empty value
			// ("Maiden surname   -   Bynoe"): the next columns' values
			// are the label's.
			placeholder = placeholder || dashCell(words, q.words)
			continue // a bullet or speck before the value: "To: > J.Q. Wrenfield"
		}
		right = append(right, q.words...)
		lastRight = q.box.Right()
	}
	// Nothing right of the label on its row: the value may sit on a
	// neighbouring row that a tall or skewed word split off ("To:" beside
	// "J.Q. Wrenfield", a value written a little high).
	if len(right) == 0 {
		right, lastRight, fieldEnd = g.besideRows(ri, labelBox, fieldEnd)
	}
	// An inline label ends the value: "Tel. 555-0100 Fax 555-0199", and
	// so does a word with a colon: "Dr Elsa Meyer Mutuelle:".
	k := len(cutAtLabel(right, words, p.rule.typ == entity.Person))
	for j := 1; j < k; j++ {
		if inlineLabel(words[right[j]].Text) {
			k = j
			break
		}
	}
	if k >= 2 && (k < len(right) || labelNext) && fieldNumberApart(words[right[k-2]], words[right[k-1]], h) {
		k-- // the next field's number before its label: "Bairro: Bigorrilho    14 Município:"
	}
	if k < len(right) {
		fieldEnd = min(fieldEnd, words[right[k]].Box.Left-h/2)
		right = right[:k]
		lastRight = words[right[k-1]].Box.Right()
	}
	return right, lastRight, fieldEnd
}

// fieldNumberApart reports a form's field number of one or two digits
// set apart from the value before it by more than a text height.
func fieldNumberApart(before, w doc.Word, h int) bool {
	t := strings.TrimRight(strings.TrimSpace(w.Text), ".)")
	return t != "" && len(t) <= 2 && countDigits(t) == len(t) && w.Box.Left-before.Box.Right() > h
}

// headedColumnsMaxRows is the most rows between a row of values and
// its columns' heads (headedColumns).
const headedColumnsMaxRows = 8

// headedColumns reports a row that label phrase pi opens (after the
// other language's label and its slash, "Igoa /  Given names:"), its
// other phrases one value each under a head of a row above, as many
// heads as values ("OTAC  MAJKA" over "Ime  Krešimir  Ana-Marija"; "1.
// PERSONAL DATA  APPLICANT  CO-BORROWER (SPOUSE)" over "Name:  Giorgi
// Tamar"): each column holds the label's value for its head. The rows
// between are other labels' rows.
func (g *geometry) headedColumns(ri, pi int) bool {
	row := g.cellsOf(ri, true)
	at := slices.Index(row, g.phrases[ri][pi])
	if at < 0 || len(row)-at-1 < 2 {
		return false
	}
	vals := row[at+1:]
	for _, q := range vals {
		if q.labelLen > 0 || q.colon || len(q.words) > 4 {
			return false
		}
	}
	for up := ri - 1; up >= 0 && ri-up <= headedColumnsMaxRows; up-- {
		above := g.cells(up)
		if len(above) == 0 {
			continue // a row of specks or rules
		}
		n := len(above) - len(vals)
		switch {
		case (n == 0 || n == 1 && above[0].labelLen == 0 && !above[0].colon) && g.columnHeads(above[n:], vals):
			return true // the heads, a section's heading before them allowed
		case g.labelRow(above):
			continue // another label's row, a value of it empty or read apart
		default:
			return false
		}
	}
	return false
}

// labelRow reports a row that a label opens: a phrase with its colon, or
// a label's, among its first two; or a row of cells that a short phrase
// without digits opens, a form's field that no list names ("Omang No."
// over its values).
func (g *geometry) labelRow(cells []*phrase) bool {
	for _, q := range cells[:min(2, len(cells))] {
		if q.colon || q.labelLen > 0 {
			return true
		}
	}
	first := strings.Join(textsOf(g.in.Page.Words, cells[0].words), " ")
	return len(cells) >= 2 && len(cells[0].words) <= 4 && countDigits(first) == 0
}

// cells are the phrases of row ri that hold a letter or a digit, but a
// section's number alone that opens the row ("1." before "PERSONAL
// DATA"): specks read as marks between a table's columns are no cells.
func (g *geometry) cells(ri int) []*phrase { return g.cellsOf(ri, false) }

// dashCell reports a cell of one word that is a dash alone, flat as a
// printed dash is (a speck read as "-" stands taller than wide): an
// empty value.
func dashCell(words []doc.Word, ws []int) bool {
	if len(ws) != 1 {
		return false
	}
	w := words[ws[0]]
	t := strings.TrimSpace(w.Text)
	return (t == "-" || t == "–" || t == "—") && w.Box.Width >= 2*w.Box.Height
}

// cellsOf is cells, with a dash alone that stands for an empty value a
// cell too where dashes is set ("Maiden surname   -   Bynoe": the
// father's column has none).
func (g *geometry) cellsOf(ri int, dashes bool) []*phrase {
	var out []*phrase
	words := g.in.Page.Words
	for k, q := range g.phrases[ri] {
		t := strings.Join(textsOf(words, q.words), "")
		if dashes && k > 0 && dashCell(words, q.words) {
			out = append(out, q)
			continue
		}
		if !hasAlnum(t) || k == 0 && len(g.phrases[ri]) > 1 && reEnumerator.MatchString(t) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// columnHeads reports the phrases heads each over the value of vals at
// its place (columnsUnder), words without a colon, and without digits
// but for a count of one or two ("DRIVER 1  DRIVER 2").
func (g *geometry) columnHeads(heads, vals []*phrase) bool {
	for _, q := range heads {
		if q.colon {
			return false
		}
		for _, t := range textsOf(g.in.Page.Words, q.words) {
			if strings.Contains(t, ":") || countDigits(t) > 0 && (len(t) > 2 || countDigits(t) != len(t)) {
				return false
			}
		}
	}
	return g.columnsUnder(heads, vals)
}

// columnsUnder reports the phrases vals each under the phrase of above
// at its place, which overlaps it across the page.
func (g *geometry) columnsUnder(above, vals []*phrase) bool {
	for k, q := range vals {
		hb := above[k].box
		if hb.Right() < q.box.Left || q.box.Right() < hb.Left {
			return false
		}
	}
	return true
}

// underSeg is a value found under (or above) its label and the row its
// continuation lines start at.
type underSeg struct {
	fieldSeg
	nextRow int
}

// underLabel is the value of a label with nothing to its right: the row
// below (within two text heights) under the label, or else, on a signature
// line, the value written above its caption (which has no continuation).
func (g *geometry) underLabel(ri int, labelBox doc.Box) (underSeg, bool) {
	h := g.h
	ws, end, row := g.below(ri, labelBox, labelBox.Left-h, labelBox.Right()+3*h)
	if len(ws) > 0 {
		return underSeg{fieldSeg{words: ws, end: end}, row + 1}, true
	}
	if ws, end := g.above(ri, labelBox); len(ws) > 0 {
		return underSeg{fieldSeg{words: ws, end: end}, len(g.phrases)}, true
	}
	return underSeg{}, false
}

// emailWordsOf narrows an e-mail label's value ws to its address: the
// word that holds "@", with the parts OCR split off it before ("cassandra.")
// and after (".wunsch@feeney"); what follows it on the row is the next
// field's ("Email: conveyancing@brannockquigley.ie   VAT Reg. No. IE
// 3284716LH"). A value without "@" stays whole.
func emailWordsOf(ws []int, words []doc.Word) []int {
	at := slices.IndexFunc(ws, func(wi int) bool { return strings.Contains(words[wi].Text, "@") })
	if at < 0 {
		return ws
	}
	s, e := at, at+1
	for s > 0 && gluedPart(strings.TrimSpace(words[ws[s-1]].Text)) {
		s--
	}
	for e < len(ws) && markOpens(strings.TrimSpace(words[ws[e]].Text)) {
		e++
	}
	return ws[s:e]
}

// emptyField reports an empty-looking field after a label with a colon
// (the OCR may have missed handwriting): the field region alone, with no
// text.
func (g *geometry) emptyField(p *phrase, labelBox doc.Box, fieldEnd int) []Match {
	h := g.h
	words := g.in.Page.Words
	ext := doc.Box{Left: labelBox.Right() + h/3, Top: labelBox.Top - h/3, Width: min(fieldEnd, labelBox.Right()+15*h) - labelBox.Right() - h/3, Height: labelBox.Height + 2*h/3}
	return []Match{{Type: p.rule.typ, Start: g.in.WordEnd[p.words[p.labelLen-1]], End: g.in.WordEnd[p.words[p.labelLen-1]], Score: labelScore(p, nil, words) - 0.2, Source: "label:" + p.canon, Extra: []doc.Box{ext}}}
}

// columnHeads is the fewest phrases of a row of a table's column heads;
// columnMaxRows the most rows of a column of people or IDs read under
// one.
const (
	columnHeads   = 3
	columnMaxRows = 30
)

// addressIndentHeights is how far right of an address's first line, in
// text heights, its next line may start.
const addressIndentHeights = 8

// continuationSegs adds to segs the continuation lines of a list or an
// address, from row nextRow, aligned with valueLeft, up to the rule's
// number of lines. A person's or an ID's label among a table's column
// heads (column) heads a column of such values, one on each row
// ("Medewerker" over "S. Kaya", "Jeroen Vos"; "Cédula" over each owner's
// number), as long as each row's cell is one.
func (g *geometry) continuationSegs(p *phrase, segs []fieldSeg, valueLeft, nextRow int, column bool, labelBox doc.Box) []fieldSeg {
	words := g.in.Page.Words
	lastBottom := 0
	for _, s := range segs {
		for _, wi := range s.words {
			lastBottom = max(lastBottom, words[wi].Box.Bottom())
		}
	}
	maxLines := p.rule.maxLines
	if column {
		maxLines = max(maxLines, columnMaxRows)
	}
	// A line starts within four text heights of the value's left; an
	// address's next lines also under the first line's words, as a form
	// sets them at its column when a long label pushed the first line
	// right ("Alamat Premis / Premise Address: No. 27, Simpang 619-44" over
	// "Kampong Rimba, Gadong").
	maxLeft := valueLeft + 4*g.h
	if p.rule.typ == entity.Address && len(segs) > 0 {
		maxLeft = max(maxLeft, min(valueLeft+addressIndentHeights*g.h, segs[0].end-2*g.h))
	}
	if p.rule.typ == entity.Address && len(segs) == 1 && postcodeAloneSeg(segs[0].words, words) {
		return segs // a postcode alone under its label ends its address ("Domicilio fiscal (C.P.)" over "45116")
	}
	for n := 1; n < maxLines && nextRow < len(g.phrases); n++ {
		ws, end, row, ok := g.continuation(nextRow, valueLeft, maxLeft, lastBottom, labelBox.Left)
		ws = dropRowNumber(p.rule.typ, ws, words)
		if !ok || !plausibleLine(p.rule.typ, ws, words) || column && !valueFits(p.rule.typ, ws, words) {
			break
		}
		segs = append(segs, fieldSeg{words: ws, end: end})
		for _, wi := range ws {
			lastBottom = max(lastBottom, words[wi].Box.Bottom())
		}
		nextRow = row + 1
	}
	return segs
}

// postcodeAloneSeg reports a field's row of one word of three to ten
// digits, a dash or a space among them at most: a postcode, which ends
// an address.
func postcodeAloneSeg(ws []int, words []doc.Word) bool {
	if len(ws) != 1 {
		return false
	}
	t := strings.Trim(words[ws[0]].Text, ",.;")
	d := countDigits(t)
	return d >= 3 && d <= 10 && d >= len(t)-1
}

// reRowNumber is a table row's number before its cells ("1", "2.", "3)").
var reRowNumber = regexp.MustCompile(`^\d{1,3}[.)]?$`)

// rowNumberPhrase reports a phrase that is a table row's number alone.
func rowNumberPhrase(q *phrase, words []doc.Word) bool {
	return len(q.words) == 1 && reRowNumber.MatchString(words[q.words[0]].Text)
}

// dropRowNumber drops a table row's number before a name under a
// person's label ("2  O'SULLIVAN-BRAY Callum James" under "Full name"):
// the number is the row's, not the name's, and a name holds no digit.
func dropRowNumber(typ entity.Type, ws []int, words []doc.Word) []int {
	if typ == entity.Person && len(ws) > 1 && reRowNumber.MatchString(words[ws[0]].Text) {
		return ws[1:]
	}
	return ws
}

// plainWord reports a word of ordinary text: letters only, a relationship's
// word or a dictionary's word that no name list holds. A field's extent
// stops at one.
func plainWord(t string) bool {
	core := coreWord(t)
	if letterCount(core) < 2 || patDigitCount(core) > 0 {
		return false
	}
	return kinWord(core) || isDictWord(core) && !knownName(core)
}

// rowWords are the boxes of the page's words on the row of box b (their
// boxes overlap it vertically) that keep holds and that are no part of the
// value ws.
func (g *geometry) rowWords(ws []int, b doc.Box, keep func(string) bool) []doc.Box {
	var out []doc.Box
	for wi, w := range g.in.Page.Words {
		if w.Box.Top < b.Bottom() && w.Box.Bottom() > b.Top && keep(w.Text) && !slices.Contains(ws, wi) {
			out = append(out, w.Box)
		}
	}
	return out
}

// clipToValue narrows a field's extent e to the ordinary words around the
// value's box wb on its row, for a value narrowed to its number ("(970)
// 555-0144" of a row under "Emergency Contact Relationship Phone"): it
// erases no "Husband" before it. Names and numbers beside it do not stop
// it: they may be personal data the detector missed ("June Flynn for Eric
// Brown/ (614) 466- 8980").
func (g *geometry) clipToValue(e doc.Box, ws []int, wb doc.Box) doc.Box {
	right := min(e.Right(), g.nextWordLeft(ws, wb))
	left := e.Left
	for _, w := range g.rowWords(ws, wb, plainWord) {
		if w.Right() <= wb.Left {
			left = max(left, w.Right()+g.h/4)
		}
	}
	left, right = min(left, wb.Left), max(right, wb.Right())
	return doc.Box{Left: left, Top: e.Top, Width: right - left, Height: e.Height}
}

// wholeWordEnd is end, or the start of the word of the value's row (box b)
// that end would cut through, less a gap: a field's extent erases no part
// of a word beside it ("40117" of the next column had kept its "7").
// Words of the value (ws) do not count.
func (g *geometry) wholeWordEnd(ws []int, b doc.Box, end int) int {
	for _, w := range g.rowWords(ws, b, hasAlnum) {
		if w.Left >= b.Right() && w.Left < end && w.Right() > end {
			end = min(end, w.Left-g.h/4)
		}
	}
	return end
}

// nextWordLeft is where the first ordinary word (plainWord), word in
// lower case (lowerTextWord) or label's acronym right of a value's box b
// on its row, and no part of the value (ws), starts, less a gap;
// unbounded without one.
func (g *geometry) nextWordLeft(ws []int, b doc.Box) int {
	end := math.MaxInt
	for _, w := range g.rowWords(ws, b, func(t string) bool { return plainWord(t) || labelAcronym(t) || lowerTextWord(t) }) {
		if w.Left >= b.Right() {
			end = min(end, w.Left-g.h/4)
		}
	}
	return end
}

// lowerTextWord reports a word of two letters or more in lower case and
// no digit: running text's, no name's nor number's, whatever its language
// ("ci-après" after a phone number in a French lease).
func lowerTextWord(t string) bool {
	core := coreWord(t)
	return letterCount(core) >= 2 && patDigitCount(core) == 0 && strings.ToLower(core) == core
}

// labelAcronym reports a word of three to five capitals and nothing else,
// as opens the next field's label ("PPS No:" after a phone number).
func labelAcronym(t string) bool {
	core := strings.TrimSpace(t)
	return len(core) >= 3 && len(core) <= 5 && letterCount(core) == len(core) && strings.ToUpper(core) == core
}

// fieldExtents are the field regions of a value's rows: each row's words
// widened to the field's end (at most 12 text heights past the words); the
// first row of a value right of its label starts at the label (where OCR
// may have missed the value's first letters), unless the value is printed
// and set apart from a label whose colon OCR did not read (colon): the
// colon stands in the gap ("Server  : Nurul Ain") and stays.
func (g *geometry) fieldExtents(segs []fieldSeg, rightOfLabel, colon bool, labelBox doc.Box, pageW int) []doc.Box {
	h := g.h
	words := g.in.Page.Words
	var extra []doc.Box
	for si, s := range segs {
		var b doc.Box
		for _, wi := range s.words {
			if hasAlnum(words[wi].Text) { // not a rule's marks read as words
				b = b.Union(words[wi].Box)
			}
		}
		if b.Empty() {
			continue
		}
		left := b.Left
		apart := !colon && b.Left-labelBox.Right() > 3*h/2 && meanConf(s.words, words) >= printedConf
		if si == 0 && rightOfLabel && !apart {
			left = min(left, labelBox.Right()+h/3)
		}
		endX := min(s.end, b.Right()+12*h)
		if !g.wholeFields {
			// An ordinary word or a label's acronym after the value opens
			// what comes next ("Jessica Tran   Mob 0423 118 904",
			// "Gregory Halvorsen   MRN 4471902   DOB 06/22/1948"): the
			// extent stops before it.
			endX = g.wholeWordEnd(s.words, b, min(endX, g.nextWordLeft(s.words, b)))
		}
		ext := doc.Box{Left: left, Top: b.Top - h/4, Width: max(endX, b.Right()) - left, Height: b.Height + h/2}
		// The value's row reaches up or down to its label's, unless
		// the label's box is over twice the page's text height: OCR
		// joined the label to a rule or the row below, and the extent
		// would erase into the next field.
		if si == 0 && rightOfLabel && labelBox.Height <= 2*h {
			ext = ext.Union(doc.Box{Left: left, Top: labelBox.Top, Width: 1, Height: labelBox.Height})
		}
		extra = append(extra, ext.Clip(image.Rect(0, 0, pageW, max(g.in.Page.Height, ext.Bottom()))))
	}
	return extra
}

// besideRows finds a label's value in the rows next to the label's row
// (two either side): phrases that start right of the label within its
// field, overlap the label's box vertically by half the smaller height and
// are not labels, chained left to right while the gap stays under six text
// heights. It returns the value words, the right end of the last one and
// the field end (cut at a label met on the way).
func (g *geometry) besideRows(ri int, label doc.Box, fieldEnd int) ([]int, int, int) {
	h := g.h
	var cands []*phrase
	for r := max(0, ri-2); r <= min(len(g.phrases)-1, ri+2); r++ {
		if r == ri {
			continue
		}
		for _, q := range g.phrases[r] {
			if q.box.Left < label.Right() || q.box.Left > fieldEnd || q.box.Left-label.Right() > 30*h || 2*q.box.Height < h {
				continue
			}
			if !q.box.SameRow(label) {
				continue
			}
			cands = append(cands, q)
		}
	}
	sort.Slice(cands, func(a, b int) bool { return cands[a].box.Left < cands[b].box.Left })
	var ws []int
	last := label.Right()
	for _, q := range cands {
		if q.labelLen > 0 {
			fieldEnd = min(fieldEnd, q.box.Left-h/2)
			break
		}
		if len(ws) > 0 && q.box.Left-last > 6*h {
			break
		}
		ws = append(ws, q.words...)
		last = max(last, q.box.Right())
	}
	if len(ws) == 0 {
		return nil, label.Right(), fieldEnd
	}
	return ws, last, fieldEnd
}

// below finds the value under a label: the phrases of the first row below
// it (within two text heights) that overlap [x0, x1), plus their
// continuation to the right up to the next label.
func (g *geometry) below(ri int, label doc.Box, x0, x1 int) ([]int, int, int) {
	h := g.h
	// The next column's head on the label's row bounds the value: a
	// table's row goes on under it ("SSN" / "512-44-8810", then "HOURS"
	// / "80.00").
	nextHead := 1 << 30
	for _, q := range g.phrases[ri] {
		if q.box.Left >= label.Right() {
			nextHead = min(nextHead, q.box.Left)
		}
	}
	for r := ri + 1; r < len(g.phrases); r++ {
		rb := g.rowBox[r]
		if rb.Top > label.Bottom()+5*h/2 {
			break
		}
		if rb.Top < label.Top+label.Height/2 {
			continue // same row, split by the OCR
		}
		var ws []int
		end := 0
		started := false
		for _, q := range g.phrases[r] {
			if !started {
				if q.box.Right() <= x0 || q.box.Left >= x1 {
					continue
				}
				if q.labelLen > 0 {
					return nil, 0, 0 // a label below a label: the field is empty
				}
				started = true
				ws = append(ws, g.leftOf(q.words, nextHead-h/2)...)
				end = q.box.Right()
				continue
			}
			if q.labelLen > 0 && len(ws) > 0 && markerQualifier(g.in.Page.Words[ws[len(ws)-1]].Text, g.in.Page.Words[q.words[0]].Text) {
				return nil, 0, 0 // the next label below: "Senior Citizen ID:"
			}
			if q.labelLen > 0 || q.box.Left-end > 3*h || q.box.Left >= nextHead-h/2 {
				break
			}
			ws = append(ws, g.leftOf(q.words, nextHead-h/2)...)
			end = q.box.Right()
		}
		if started {
			return ws, end, r
		}
	}
	return nil, 0, 0
}

// leftOf is the words of ws that start left of x, in their order.
func (g *geometry) leftOf(ws []int, x int) []int {
	k := 0
	for k < len(ws) && g.in.Page.Words[ws[k]].Box.Left < x {
		k++
	}
	return ws[:k]
}

// above finds a value written on the line above its caption ("Signature",
// "Date" under a rule): a phrase of the row just above that overlaps the
// label, is no label itself and was read with low confidence or is taller
// than print (handwriting).
func (g *geometry) above(ri int, label doc.Box) ([]int, int) {
	h := g.h
	words := g.in.Page.Words
	for r := ri - 1; r >= 0; r-- {
		rb := g.rowBox[r]
		if rb.Bottom() < label.Top-2*h {
			break
		}
		if rb.Bottom() > label.Top+label.Height/2 {
			continue // the same row, split by the OCR
		}
		for _, q := range g.phrases[r] {
			if q.box.Right() <= label.Left-h || q.box.Left >= label.Right()+3*h || q.labelLen > 0 {
				continue
			}
			conf := 0.0
			for _, wi := range q.words {
				conf += words[wi].Conf
			}
			if conf/float64(len(q.words)) < fieldMinConf || q.box.Height > 3*h/2 {
				return q.words, q.box.Right()
			}
		}
		return nil, 0
	}
	return nil, 0
}

// continuation returns the next line of a list or address value: a row
// starting near x (the value's left edge), right below lastBottom, with no
// text to its left beyond the label's column.
func (g *geometry) continuation(from, x, maxLeft, lastBottom, labelLeft int) ([]int, int, int, bool) {
	h := g.h
	for r := from; r < len(g.phrases); r++ {
		rb := g.rowBox[r]
		if rb.Top > lastBottom+h {
			return nil, 0, 0, false
		}
		var ws []int
		end := 0
		for _, q := range g.phrases[r] {
			if len(ws) == 0 && q.box.Left < x && rowNumberPhrase(q, g.in.Page.Words) {
				continue // the row's number before its cell: "2  O'SULLIVAN-BRAY …"
			}
			if q.box.Right() < x-2*h {
				if q.box.Right() > labelLeft-h {
					return nil, 0, 0, false // text in the label column: a new field
				}
				continue
			}
			if len(ws) == 0 {
				left := q.box.Left
				if len(q.words) > 1 && reRowNumber.MatchString(g.in.Page.Words[q.words[0]].Text) {
					left = g.in.Page.Words[q.words[1]].Box.Left // the row's number joined to its cell
				}
				if left > maxLeft || left < x-2*h {
					break
				}
				if q.labelLen > 0 {
					return nil, 0, 0, false
				}
			} else if q.labelLen > 0 || q.box.Left-end > 3*h {
				break
			}
			ws = append(ws, q.words...)
			end = q.box.Right()
		}
		if len(ws) > 0 {
			return ws, end, r, true
		}
	}
	return nil, 0, 0, false
}

// spans splits the value words into runs that are contiguous in the text
// and returns one match per run, each with the extra boxes that overlap its
// rows.
// columnGapHeights is the gap, in text heights, that parts a value's
// words into one entity per column (headedColumns).
const columnGapHeights = 6

func (g *geometry) spans(ws []int, tmpl Match, extra []doc.Box) []Match {
	in := g.in
	sort.Slice(ws, func(a, b int) bool { return in.WordStart[ws[a]] < in.WordStart[ws[b]] })
	order := map[int]int{}
	rowOf := map[int]int{}
	k := 0
	for li, ln := range in.Lines {
		for _, wi := range ln {
			order[wi] = k
			rowOf[wi] = li
			k++
		}
	}
	var out []Match
	start := 0
	flush := func(a, b int) {
		a0, b0 := a, b
		if tmpl.Type == entity.Phone {
			a, b = phoneWords(in.Page.Words, ws, a, b)
		}
		// Marks after the value ("bergnaum@o-reilly.net __ - : -") are the
		// field's rules, not the value.
		for b > a && !hasAlnum(in.Page.Words[ws[b]].Text) {
			b--
		}
		m := tmpl
		m.Start, m.End = in.WordStart[ws[a]], in.WordEnd[ws[b]]
		var wb doc.Box
		for _, wi := range ws[a : b+1] {
			wb = wb.Union(in.Page.Words[wi].Box)
		}
		m.Extra = nil
		narrowed := (a != a0 || b != b0) && !g.wholeFields
		for _, e := range extra {
			if e.Intersect(wb).Empty() {
				continue
			}
			if narrowed {
				e = g.clipToValue(e, ws[a:b+1], wb)
			}
			m.Extra = append(m.Extra, e)
		}
		out = append(out, m)
	}
	for i := 1; i <= len(ws); i++ {
		// One match per row (each line of a list is its own entity), except
		// for addresses, whose lines belong together.
		// A second international number ("+49 89 … +49 170 …") is a
		// number of its own.
		if i == len(ws) || order[ws[i]] != order[ws[i-1]]+1 || tmpl.Type != entity.Address && rowOf[ws[i]] != rowOf[ws[i-1]] ||
			rowOf[ws[i]] == rowOf[ws[i-1]] && in.Page.Words[ws[i]].Box.Left-in.Page.Words[ws[i-1]].Box.Right() > columnGapHeights*g.h ||
			tmpl.Type == entity.Phone && strings.HasPrefix(in.Page.Words[ws[i]].Text, "+") {
			flush(start, i-1)
			start = i
		}
	}
	return out
}

// phoneWords narrows a phone label's value words ws[a..b] to the number:
// it starts at the first word with a digit, "+" or "(" ("FAX NO, (614)
// 466-5087") and ends before the first word after it that is no part of a
// number ("614-466-5087 Dec 10 '98 17:46", "935 09 42 25 Correo"). A value
// without a digit (handwriting read as noise) is left whole.
func phoneWords(words []doc.Word, ws []int, a, b int) (int, int) {
	s := a
	for s <= b && !strings.ContainsAny(words[ws[s]].Text, "0123456789+(") {
		s++
	}
	if s > b {
		return a, b
	}
	e := s
	for e < b && numberPart(words[ws[e+1]].Text) {
		e++
	}
	// A bracketed area code starts the number: the group before it is
	// another field's ("55379 (952) 555-0186" under "ZIP CODE TELEPHONE").
	for k := s + 1; k <= e; k++ {
		if reAreaCode.MatchString(words[ws[k]].Text) && !strings.HasPrefix(words[ws[k-1]].Text, "+") && patDigitCount(words[ws[k-1]].Text) >= 4 {
			s = k
			break
		}
	}
	return s, e
}

// reAreaCode is an area code in brackets: "(952)", "(0 89)".
var reAreaCode = regexp.MustCompile(`^\(\d[\d ]{1,4}\)$`)

// numberPart reports whether a word can continue a phone number: digits and
// separators, an extension marker ("x", "ext."), or digits with one letter
// that OCR misread ("555-O123").
func numberPart(t string) bool {
	digits, letters := idCounts(t)
	switch w := strings.ToLower(strings.Trim(t, ".:")); {
	case letters == 0:
		return digits > 0 || strings.Trim(t, "-–/.()") == ""
	case w == "x" || w == "ext" || w == "extn" || w == "poste" || w == "durchwahl" || w == "dw":
		return true
	default:
		return letters == 1 && digits >= 2
	}
}

// subjectPrepositions join a letter's subject to the person it is about.
var subjectPrepositions = lowerSet(strings.Fields(`for of regarding concerning about`))

// lowerRoleMaxWords is the most words of a role written small before a
// person's name in a label's value.
const lowerRoleMaxWords = 4

// lowerRoleBefore drops the lower-case words of a role that open a
// person's value before two to four name-shaped words that end it, in
// any language ("klientų aptarnavimo specialistė Dovilė Jankauskaitė"):
// the role stays.
func lowerRoleBefore(right []int, words []doc.Word) []int {
	j := 0
	for j < len(right) && j < lowerRoleMaxWords {
		core := coreWord(words[right[j]].Text)
		if core == "" || strings.ToLower(core) != core || letterCount(core) != len([]rune(core)) || nameParticles[core] {
			break
		}
		j++
	}
	if n := len(right) - j; j == 0 || n < 2 || n > 4 || !allNameShaped(right[j:], words) {
		return right
	}
	return right[j:]
}

// subjectNameTail is the value of a letter's subject line after the
// preposition that ends its ordinary words ("Recommendation for", "Request
// of"): the person it is about. A value without one, or with a name
// before it ("Mr John Smith of Nairobi"), stays whole.
func subjectNameTail(ws []int, words []doc.Word) []int {
	for k := 1; k+1 < len(ws); k++ {
		core := coreWord(words[ws[k]].Text)
		if subjectPrepositions[strings.ToLower(core)] {
			return ws[k+1:]
		}
		if !isDictWord(strings.ToLower(core)) || knownName(core) {
			return ws
		}
	}
	return ws
}

// plausibleLine reports whether a continuation line of a list or address
// value still looks like the type: a list of people has a capitalised word
// that is not a form word on each line, and no line of mostly form words.
func plausibleLine(t entity.Type, ws []int, words []doc.Word) bool {
	switch t {
	case entity.Person:
		form, named := 0, false
		for _, wi := range ws {
			w := strings.Trim(words[wi].Text, ".,;:()[]'\"")
			if w != "" && w[0] >= '0' && w[0] <= '9' {
				return false // a street line: "1083 E. Jackson Avenue", "Villa 23, Street 7B"
			}
			if isFormWord(w) {
				form++
				continue
			}
			if len(w) >= 2 && w[0] >= 'A' && w[0] <= 'Z' && hasLetters(w, 2) {
				named = true
			}
		}
		return named && 2*form < len(ws) && personValueFits(ws, words, meanConf(ws, words) >= printedConf)
	case entity.Address:
		if slices.ContainsFunc(ws, func(wi int) bool { return markerWord(words[wi].Text) && !unitMarkerAt(ws, words, wi) }) {
			return false // the next field's label: "Evidenčné číslo (EČV)" under the town's line
		}
		for _, wi := range ws {
			if hasAlnum(words[wi].Text) {
				return true
			}
		}
		return false
	}
	return true
}

// unitMarkerAt reports the number marker wi of a continuation line's
// words ws after a unit's or a division's word: its number is the
// address's ("Banepa Municipality, Ward No. 7, Tindobato").
func unitMarkerAt(ws []int, words []doc.Word, wi int) bool {
	k := slices.Index(ws, wi)
	if k < 1 {
		return false
	}
	prev := strings.Trim(words[ws[k-1]].Text, ",.")
	return unitToken(prev) || lexicon.IsDivisionWord(strings.ToLower(prev)) || streetTypeToken(prev)
}

// labelScore rates a label's value: the label's strength (a known label, a
// colon) and how well the value's shape fits the type.
func labelScore(p *phrase, ws []int, words []doc.Word) float64 {
	score := labelStrength(p)
	if len(ws) == 0 {
		return clamp01(score)
	}
	// A caption in parentheses under a blank rule ("(Position)" below
	// "(Location/address)") is the next field's name, not a value.
	first, last := strings.TrimSpace(words[ws[0]].Text), strings.TrimSpace(words[ws[len(ws)-1]].Text)
	if strings.HasPrefix(first, "(") && strings.HasSuffix(last, ")") && !valueHasDigit(ws, words) {
		return 0
	}
	sh := shapeOf(ws, words)
	// Shape evidence against the type counts as much as the OCR can be
	// trusted: handwriting read as "os}" may well be a date.
	// Tesseract gives garbage confidences of 30 to 70, so only the part
	// above 50 counts.
	trust := clamp01((sh.conf/float64(sh.n) - 50) / 50)
	base := score
	if isPostcodeLabel(p.canon) {
		value := strings.Join(textsOf(words, ws), " ")
		switch {
		case rePostcodeShape.MatchString(value):
			return clamp01(score + 0.15) // a postcode's digits
		case reDose.MatchString(value):
			return 0 // "Cap 500 mg": a capsule's dose
		}
	}
	score = shapeFit(p.rule.typ, score, sh, ws, words)
	if score < base {
		score = base - (base-score)*trust
	}
	return clamp01(score)
}

// officeBox reports the heading of a form's box for the issuer's own
// entries ("FOR OFFICE USE ONLY", "FOR PURCHASING DEPARTMENT USE ONLY"):
// text beside a label, never its value.
func officeBox(ws []int, words []doc.Word) bool {
	for k := 1; k < len(ws); k++ {
		if strings.EqualFold(coreWord(words[ws[k-1]].Text), "use") && strings.EqualFold(coreWord(words[ws[k]].Text), "only") {
			return true
		}
	}
	return false
}

// valueFits reports whether the first row of a label's value fits the
// label's type: a PERSON is name-like, an address or place is no run of
// ordinary words, a DATE is no sentence. Text read with confidence must
// fit fully; handwriting read as noise ("ter" for a date) only must not be
// a sentence, and is left to the shape scores of labelScore.
func valueFits(typ entity.Type, ws []int, words []doc.Word) bool {
	if officeBox(ws, words) || salutationValue(ws, words) || checkBox(words[ws[0]].Text) {
		return false // a check box opens the options to tick: "Premises type: [x] Flat/unit [ ] House"
	}
	printed := meanConf(ws, words) >= printedConf
	switch typ {
	case entity.Person:
		return personValueFits(ws, words, printed)
	case entity.Location:
		// A town's name holds no number ("Ort: Besprechungsraum 2" is a room).
		return !valueHasDigit(ws, words) && addressSized(ws, words) && (!printed || placeValueFits(ws, words) || placeNameShaped(ws, words))
	case entity.Address:
		return addressSized(ws, words) && (!printed || placeValueFits(ws, words))
	case entity.Date:
		return dateValueFits(ws, words, printed)
	case entity.Phone:
		return phoneValueFits(ws, words, printed)
	case entity.Email:
		return valueHasDot(ws, words) // "IBAN" beside "E-mail"
	case entity.Organization:
		// An address beside "Company:"; a phrase of ordinary words in
		// lower case says no firm is known ("Insurer: not known at time
		// of report"). A value that ends in a receipt's or an invoice's
		// word is the page's title after a heading's word ("SCHOOL FEES
		// RECEIPT").
		last := words[ws[len(ws)-1]].Text
		return !streetValue(ws, words) && !prosePhrase(ws, words) && !receiptWord(last) && !invoiceWord(last) && idWord(last) != "receipt"
	case entity.SSN:
		return ssnValueFits(ws, words)
	case entity.ID:
		return valueHasDigit(ws, words) // "ID No: none"
	case entity.URL:
		// A web address is one token with a dot ("www.example.pl"); words
		// are a row's text ("Internet  transmisja danych 1,6 GB", a phone
		// bill's data).
		return len(ws) == 1 && valueHasDot(ws, words)
	}
	return true
}

// prosePhrase reports a value of two words or more of letters that
// reads as prose, no firm's name, which capitals mark word by word: every
// word in lower case ("not known at time of report"), or in sentence case
// with every word one a dictionary holds ("Self-employed (market
// vendor)", "Not applicable").
func prosePhrase(ws []int, words []doc.Word) bool {
	if len(ws) < 2 {
		return false
	}
	sentence := capitalised(coreWord(words[ws[0]].Text))
	for k, wi := range ws {
		c := coreWord(words[wi].Text)
		letters := c
		if sentence {
			letters = strings.ReplaceAll(c, "-", "")
		}
		if c == "" || letterCount(letters) != len([]rune(letters)) || (k > 0 || !sentence) && strings.ToLower(c) != c {
			return false
		}
		if sentence && !isDictWord(c) && !hyphenPartsAll(c, isDictWord) {
			return false
		}
	}
	return true
}

// reCheckBox is a check box as OCR reads one, ticked or not: "[x]",
// "[ ]" (its halves apart), "☐", "☒".
var reCheckBox = regexp.MustCompile(`^(?:\[[xX✓✔ ]?\]?|[☐☑☒□■])$`)

// checkBox reports a word that is a check box.
func checkBox(t string) bool { return reCheckBox.MatchString(strings.TrimSpace(t)) }

// addressValue reports a value of one word that is an account's address
// as the e-mail pattern reads one, a payment handle too
// ("venky.iyer88@oksbi").
func addressValue(ws []int, words []doc.Word) bool {
	if len(ws) != 1 {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(words[ws[0]].Text), ".,;")
	ms := patEmail(t)
	return len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(t)
}

// reSalutationOpen opens a letter's salutation with a word that opens
// nothing else (salutationOpeners).
var reSalutationOpen = regexp.MustCompile(`^(?i:` + salutationOpeners + `)\s`)

// salutationValue reports a value that is a letter's salutation ("Dear Mr
// Bartell," under a subject line "Re: Change of address"): the letter
// goes on, no field's value starts there.
func salutationValue(ws []int, words []doc.Word) bool {
	if len(ws) < 2 {
		return false
	}
	text := strings.Join(textsOf(words, ws), " ")
	last := strings.TrimSpace(words[ws[len(ws)-1]].Text)
	return reSalutationOpen.MatchString(text) && strings.ContainsAny(last[len(last)-1:], ",:!")
}

// ssnMinDigits is the fewest digits of a social-security number's value
// (the last four of a masked one, "XXX-XX-1234").
const ssnMinDigits = 4

// ssnValueFits reports a value that can be a social-security number: its
// digits, no sum of money ("Ticket SSN 2,00" on an Italian receipt is a
// health service's fee).
func ssnValueFits(ws []int, words []doc.Word) bool {
	text := strings.Join(textsOf(words, ws), " ")
	return patDigitCount(text) >= ssnMinDigits && !reAmount.MatchString(strings.TrimSpace(text))
}

// addressSized reports a value that can hold a place: a digit or a word
// of four letters or more. A field's border read as "[car" holds neither.
func addressSized(ws []int, words []doc.Word) bool {
	for _, wi := range ws {
		core := coreWord(words[wi].Text)
		if strings.ContainsAny(core, "0123456789") || utf8.RuneCountInString(core) >= 4 {
			return true
		}
	}
	return false
}

// familyNameLabels and givenNameLabels label one part of a name, so
// that the stand-in is a family name or a given name too ("Surname:
// Mchedlishvili" takes a family name, not "Christina"). Labels that name
// a whole name in some languages ("Nombre", "Nom", "Nome") are neither.
var (
	familyNameLabels = lowerSet([]string{"surname", "last name", "family name", "maiden name", "maiden surname", "birth name", "née", "nachname", "apellido",
		"apellidos", "primer apellido", "segundo apellido", "apellido paterno", "apellido materno", "cognome",
		"nom de famille", "nom d'usage", "nom de naissance", "sobrenome", "prezime", "prezime rođenja", "priimek",
		"příjmení", "priezvisko", "nazwisko", "achternaam", "efternavn", "etternavn", "efternamn", "sukunimi", "nume",
		"numele", "soyadı", "pavardė", "uzvārds", "perekonnanimi", "mbiemri"})
	givenNameLabels = lowerSet([]string{"first name", "first", "given name", "given names", "forename", "forenames",
		"middle name", "preferred name", "vorname", "prénom", "prénoms", "prenom", "prenoms", "nombres", "ime", "jméno", "meno",
		"imię", "imiona", "voornaam", "voornamen", "fornavn", "förnamn", "etunimi", "etunimet", "prenume",
		"prenumele", "adı", "vardas", "vārds", "eesnimi", "emri"})
)

// namePartLabels are the labels of a field that holds one part of a
// person's name, whatever word it is ("First name: Grant"): a family
// name's, a given name's, an initial's, and those that name either part
// or a whole name in some languages ("Nom", "Nome", "Nombre").
var namePartLabels = func() map[string]bool {
	out := lowerSet([]string{"middle initial", "m.i", "mi", "nom", "nome", "nombre"})
	maps.Copy(out, familyNameLabels)
	maps.Copy(out, givenNameLabels)
	return out
}()

// namePartLabel reports a label of one part of a name, also one that
// qualifies the part or counts it ("First given name", "Second given
// name", "Other given names").
func namePartLabel(canon string) bool {
	if namePartLabels[canon] {
		return true
	}
	toks := strings.Fields(canon)
	n := len(toks)
	return n >= 2 && n <= 4 && namePartLabels[toks[n-2]+" "+strings.TrimSuffix(toks[n-1], "s")]
}

// signatureLabels head a signature's line, whose value is the ink.
var signatureLabels = map[string]bool{"signature": true, "signed": true, "signed by": true, "unterschrift": true}

// headAbbreviation reports a word of three to five letters and a period
// that no name list holds: a column head's abbreviation ("Suff.",
// "Dept.", "Qty."), no name alone.
func headAbbreviation(t string) bool {
	core, ok := strings.CutSuffix(t, ".")
	n := letterCount(core)
	return ok && n >= 3 && n <= 5 && n == len([]rune(core)) && !knownName(core) && !isFirstName(core) && !isLastName(core)
}

// singleNameWord reports a value of one capitalised word of letters that
// is no label or form word: a name part, even when it is also a word.
func singleNameWord(ws []int, words []doc.Word) bool {
	if len(ws) != 1 {
		return false
	}
	core := coreWord(words[ws[0]].Text)
	return hasLetters(core, 2) && capitalised(core) && entity.IsWord(core) && !isLabelWord(core) && !isFormWord(core)
}

// singleListedName reports a value of one capitalised word that the name
// lists hold, even when a dictionary of some language has it too
// ("Kassierer: Timon"): beside a person's label it is the person's name.
// A word in capitals must be a name of the lists too ("Cashier: USER" is
// no name).
func singleListedName(ws []int, words []doc.Word) bool {
	return singleNameWord(ws, words) && lexicon.IsName(coreWord(words[ws[0]].Text))
}

// streetValue reports a value that opens with a house number followed by a
// street-type word ("615 North Wolfe Street").
func streetValue(ws []int, words []doc.Word) bool {
	if len(ws) < 2 || !houseNumber(strings.TrimRight(words[ws[0]].Text, ",")) {
		return false
	}
	for _, wi := range ws[1:] {
		if streetTypeToken(words[wi].Text) {
			return true
		}
	}
	return false
}

// printedConf is the mean OCR confidence from which a value's words are
// taken as read right (printed or clear text).
const printedConf = 75

// meanConf is the mean OCR confidence of the words.
func meanConf(ws []int, words []doc.Word) float64 {
	if len(ws) == 0 {
		return 0
	}
	sum := 0.0
	for _, wi := range ws {
		sum += words[wi].Conf
	}
	return sum / float64(len(ws))
}

// labelStrength is the score a label gives its value before the value is
// seen: an exact or head label raises it, a fuzzy match lowers it, a colon
// raises it.
func labelStrength(p *phrase) float64 {
	score := 0.6
	if p.rule.exact {
		score += 0.1
	}
	if p.rule.fuzzy {
		score -= 0.1
	}
	if p.rule.head {
		score += 0.1
	}
	if p.colon {
		score += 0.1
	}
	return score
}

// valueShape counts what a value's words are made of.
type valueShape struct {
	letters, digits int // ASCII letters and digits
	n               int // words
	common          int // common words that are no name
	capital         int // capitalised words
	wordy           int // words with two letters or more
	form            int // form words
	conf            float64
}

func shapeOf(ws []int, words []doc.Word) valueShape {
	var sh valueShape
	for _, wi := range ws {
		t := words[wi].Text
		sh.conf += words[wi].Conf
		sh.n++
		for _, c := range t {
			switch {
			case c >= '0' && c <= '9':
				sh.digits++
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				sh.letters++
			}
		}
		if isDictWord(t) && !isFirstName(t) && !isLastName(t) {
			sh.common++
		}
		if hasLetters(t, 2) {
			sh.wordy++
		}
		if isFormWord(t) {
			sh.form++
		}
		if r := []rune(strings.TrimLeft(t, "(\"'")); len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' {
			sh.capital++
		}
	}
	return sh
}

// shapeFit adjusts score by how well a value of shape sh fits type typ.
func shapeFit(typ entity.Type, score float64, sh valueShape, ws []int, words []doc.Word) float64 {
	n := float64(sh.n)
	switch typ {
	case entity.Date:
		if sh.digits > 0 {
			score += 0.15
		} else if hasMonth(ws, words) {
			score += 0.1
		} else {
			score -= 0.25
		}
	case entity.Phone:
		if sh.digits >= 7 {
			score += 0.15
		} else if sh.digits < 4 {
			score -= 0.3
		}
	case entity.Person, entity.Organization:
		if sh.letters == 0 || sh.wordy == 0 {
			// No word of two letters: "C 2 2 Q 0", a row of check boxes.
			score -= 0.4
		}
		if sh.form == sh.n {
			// Only form words: the rest of a title ("EMPLOYEE INFORMATION
			// FORM") or the next label ("To: Invoice").
			score -= 0.3
		}
		if sh.digits > sh.letters {
			score -= 0.25
		}
		score -= 0.3 * float64(sh.common) / n
		score += 0.1 * float64(sh.capital) / n
	case entity.Address:
		if sh.letters == 0 {
			score -= 0.3
		}
	case entity.Location:
		if sh.letters == 0 || sh.digits > sh.letters {
			score -= 0.3
		}
		score -= 0.3 * float64(sh.common) / n
	case entity.Email, entity.URL:
		// An address has no spaces: more than a few words is a sentence.
		if sh.n > 3 || !valueHasDot(ws, words) {
			score -= 0.3
		}
	}
	return score
}

var monthNames = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true}

func hasMonth(ws []int, words []doc.Word) bool {
	for _, wi := range ws {
		if monthNames[normWord(words[wi].Text)] {
			return true
		}
	}
	return false
}

// valueHasDot reports whether a value holds a dot or "@" between letters,
// as every e-mail address and web address does.
func valueHasDot(ws []int, words []doc.Word) bool {
	for _, wi := range ws {
		t := strings.TrimRight(words[wi].Text, ".,;:")
		if strings.ContainsAny(t, ".@") {
			return true
		}
	}
	return false
}

// inlineLabel reports whether a word inside a value is a label of its own
// that starts the next value on the row: a capitalised phone, e-mail,
// web or date label ("Fax", "Tel.", "E-mail:", "Date:").
func inlineLabel(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	r, ok := exactLabels[labelCanon([]string{t})]
	if !ok {
		return false
	}
	switch r.typ {
	case entity.Phone, entity.Email, entity.URL:
		return true
	case entity.Date, entity.SSN:
		return strings.HasSuffix(t, ":")
	}
	return false
}

// startsColonLabel reports whether the words ws start with a known label of
// one or two words ending in a colon ("Fax:", "Fax No.:"): the label
// starts a phrase even without a gap before it ("555-0100 Fax: 555-0199"),
// unless it ends a longer label with the phrase before it ("Bill To:") or
// a number's marker stands before it.
func startsColonLabel(in *Input, before, ws []int) bool {
	words := in.Page.Words
	if len(before) > 0 && len(ws) > 0 {
		if abbr, ok := strings.CutSuffix(strings.TrimSpace(words[ws[0]].Text), ":"); ok && reDottedAbbr.MatchString(abbr) {
			return true // an abbreviation of dotted letters and its colon: "Derek M.L.: J"
		}
	}
	for n := 1; n <= 2 && n <= len(ws); n++ {
		last := strings.TrimSpace(words[ws[n-1]].Text)
		if !strings.HasSuffix(last, ":") && !semicolonLabel(last) {
			continue
		}
		first := strings.TrimSpace(words[ws[0]].Text)
		if first == "" || first[0] < 'A' || first[0] > 'Z' {
			return false
		}
		texts := textsOf(words, ws[:n])
		if n == 2 && last == ":" {
			texts = []string{texts[0] + ":"} // the colon OCR read apart: "Prénom :"
		}
		if _, ok := exactLabels[labelCanon(texts)]; !ok {
			// An upper-case keyword label after mixed-case words starts
			// anew: "Oak Ridge OFFICE NAME:" is a value and a label.
			// So does one after a number: "934-61-2785 Tax Id:" is a value
			// and the next label.
			_, kw := keywordLabel(labelCanon(texts))
			if !kw || len(before) == 0 {
				return false
			}
			prev := words[before[len(before)-1]].Text
			return allUpper(texts) && !allUpper([]string{prev}) || !hasLetters(prev, 1) && patDigitCount(prev) > 0
		}
		if len(before) > 0 && numberMarker(words[before[len(before)-1]].Text) {
			return false // a number's marker before a person's label: "Nº Pelanggan:"
		}
		for k := max(0, len(before)-2); k < len(before); k++ {
			canon := labelCanon(append(textsOf(words, before[k:]), texts...))
			if _, ok := exactLabels[canon]; ok {
				return false
			}
			// "Start Date:", "Home Phone:": ordinary words before a keyword;
			// "John Smith Phone:" is a value and the next label.
			plain := true
			for _, wi := range before[k:] {
				t := words[wi].Text
				plain = plain && isCommonWord(t) && !isFirstName(t) && !isLastName(t)
			}
			// "Vaccine Name:": a thing's name, one label of no type.
			if r, ok := keywordLabel(canon); ok && (plain || r.typ == "") {
				return false
			}
		}
		return true
	}
	return false
}

// valueHasDigit reports whether any of the words has a digit.
func valueHasDigit(ws []int, words []doc.Word) bool {
	for _, wi := range ws {
		if strings.ContainsAny(words[wi].Text, "0123456789") {
			return true
		}
	}
	return false
}

// allUpper reports whether the words have letters and none of them is
// lower case.
func allUpper(ws []string) bool {
	letters := false
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			letters = letters || unicode.IsLetter(r)
		}
	}
	return letters
}
