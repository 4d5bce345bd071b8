package pii

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
	"golang.org/x/text/currency"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Record identifiers: the numbers that identify a person's record with an
// organisation (patient, hospital, member, policy, customer, account,
// invoice, employee, social-security and tax numbers). A code is one when
//
//   - an ID label ends right before it on its line ("MRN:", "Kundennummer",
//     "N° client:", "Your ref.", "Codice fiscale:"), or
//   - it stands under such a label in the line above (a table's header), or
//   - its shape is unambiguous: letters and at least five digits in one
//     token ("AB-123456", "MRN-0045821", "K957147").
//
// A label is a word of a small multilingual vocabulary (idLabelStems), a
// number marker ("No.", "Nr.", "N°", "#"), a compound that ends in one
// ("Patienten-Nr.", "Rechnungsnummer", "Steuer-ID") or a short upper-case
// acronym before a colon ("IPP:", "NHC:"). Words for goods, pages, phones
// and postcodes veto it.

// Record-ID scores.
const (
	recordIDLabelled = 0.75
	recordIDUnder    = 0.6
	recordIDShape    = 0.55
	// recordIDMinDigits is the fewest digits of a labelled code (fewer
	// are years, house numbers, quantities).
	recordIDMinDigits = 5
	// recordIDLookBack is how many words a label may span before the value.
	recordIDLookBack = 4
)

// numberMarkers are the words that mark a number in the languages the
// detector reads ("No.", "Nr.", "N°", "Núm.", the Spanish "Nro.", "Number", the Hungarian
// "szám", the Croatian "br.", the Czech "č."), and the words for "number"
// of the Slavic languages and Romanian ("Davčna številka", "Broj računa",
// "Číslo pojištěnce", "Numer klienta", "Număr").
var numberMarkers = map[string]bool{
	"no": true, "nr": true, "n°": true, "nº": true, "n.º": true, "n.°": true, "n": true, "num": true,
	"núm": true, "nro": true, "number": true, "nummer": true, "numero": true, "número": true, "n.o": true, "n.2": true, "n.®": true, "n®": true, // "N.º" as OCR reads it
	"numéro": true, "#": true, "no#": true, "id": true, "ref": true, "réf": true, "rif": true,
	"szám": true, "sz": true, "numărul": true, "numarul": true, "br": true, "č": true, "št": true, // broj, číslo, številka
	"broj": true, "číslo": true, "cislo": true, "številka": true, "stevilka": true, "numer": true,
	"număr": true, "numar": true, "numeris": true, "numurs": true, // Lithuanian, Latvian
	"số":  true, // Vietnamese: "tài khoản … số 0451000387219"
	"blg": true, // Filipino: "bilang" ("Cedula (CTC) Blg.")
}

// numberMarker reports whether token t is a number marker.
func numberMarker(t string) bool {
	return numberMarkers[idWord(t)]
}

// idLabelStems start the words that name a personal record, in English,
// German, French, Spanish and Italian.
var idLabelStems = append([]string{
	"patient", "pacient", "pazient", "hospital", "mrn", "uhid", "nhs", "encounter",
	"subscr",           // a subscriber's or a subscription's number ("subscr. 1049273815")
	"abonn", "abbonat", // the same in French and Italian ("N° d'abonné", "IFU ABONNÉ", "Codice abbonato")
	"member", "membre", "miembro", "membro", "mitglied", "adhérent", "adherent", "socio", "afiliad", "benefici", "policy", "póliz", "poliz",
	"sociétaire", "societaire", // a French mutual's member ("N° de sociétaire")
	"police", "polica", "apólice", "apolice", // an insurance policy in French, German, Slovene, Portuguese
	"invoice", "factur", "fattur", "fatur", "rechnung", "customer", "client", "kunde",
	"receptor",                                                   // the buyer of a Latin American e-invoice ("NIT Receptor:", "RFC Receptor:")
	"klient", "asiaka", "kanta-asiaka", "viðskipta", "vidskipta", // a customer's in the Slavic and Baltic languages, Finnish and Icelandic
	"kupac", "kupca", "kupec", "odjemalc", // a buyer's in Croatian, Serbian and Slovene ("Šifra kupca:")
	"account", "a/c", "acct", "konto", "compte", "cuenta", "conto", "rekening",
	"versicher", "assur", "insur", "segur", "asegur", "assicur", "mutuelle",
	"employee", "emplead", "personalnummer", "matric", "immatricul", "staff", // "immatricul": a social insurance's registration too
	"employé", "salarié", // French: an employee's ("Numéro de l'employé")
	"treballador", "trabajador", "trabalhador", "dipendent", // a worker's in Catalan, Spanish, Portuguese, Italian ("Núm. treballador:")
	"legajo", "starfs", // an employee's file in Argentina and Paraguay ("Legajo N°"), Icelandic staff ("Starfsnúmer")
	"pecsét", "pecset", // a Hungarian doctor's stamp ("Orvos pecsétszáma")
	"darbinie", "darbuotoj", "töötaja", "tootaja", // an employee's in Latvian, Lithuanian and Estonian ("Darbinieka Nr.:")
	"affiliat",                                // a French mutual's or a fund's member ("N° d'affiliation")
	"suministro",                              // a utility's supply, its customer's ("N° de suministro")
	"mecanogr",                                // a Portuguese employee's number ("número mecanográfico")
	"ausweis", "reisepass", "personalausweis", // German identity cards and passports ("Reisepass Nr.")
	"preukaz", "průkaz", "prukaz", "vodičsk", "vodicsk", "řidičsk", "ridicsk", // Slovak and Czech cards, drivers' ("Číslo vodičského preukazu:")
	"zmluv", "smlouv", // a Slovak or Czech contract's, a policy's ("Číslo poistnej zmluvy:")
	"pekerja", "karyawan", "kakitangan", // Malay and Indonesian: "No. Pekerja", "NIK Karyawan"
	"ügyfél", "ugyfel", // Hungarian: a client's ("ügyfélszám", "Ügyfélazonosító")
	"akaun", "akun", // Malay and Indonesian: an account's ("No. Akaun")
	"bankszámla", "bankszamla", "számlaszám", "szamlaszam", // Hungarian: a bank account's
	"social", "sécurité", "steuer", "fiscal", "tax", "aadhaar", "passport", "licen",
	"pasport", "paszport", "pasaport", "passaport", "passeport", // a passport's in the Slavic and Turkic languages, Hungarian, Spanish, Portuguese, Italian, French
	"chiếu", "chieu", "paspor", // a passport's in Vietnamese ("Số hộ chiếu") and Indonesian
	"student", "élève", "eleve", "alumn", "estudiant", "schüler", "schueler", "leerling", "studente", // a pupil's or a student's ("Student ID")
	"card", "karte", "tarjeta", "carte", "carta", "tessera", "loyalty", "fidél", "fidel", "fedelt", "lojaln",
	"reference", "référence", "referencia", "riferimento", "zeichen", "dossier",
	"expediente", "prontu", "pratica", "cartella", "ricovero", "séjour", "episod", "folder",
	"doctor", "arzt", "colegiad", "rpps", "crm", "cmp", "codice", "código", "record", // "cmp": Peru's medical college
	"zdravnik", "zdravnic", "liječnik", "lekarz", "lékař", "lekár", "läkar", // a doctor's code in the Slavic languages and Swedish ("Šifra zdravnika:")
	"förskrivar", "forskrivar", // a Swedish prescriber's code ("Förskrivarkod:")
	"cpf", "dni", "nie", "nif", "bsn", "pesel", "cédul", "cedul", "identif", "identid", "isikukood", "documento",
	"jmbg", "emšo", "emso", "oib", // the former Yugoslav states' personal numbers
	"asmens", "personas", // Lithuanian and Latvian: "asmens kodas", "personas kods"
	"mokėjim", "mokejim", // a Lithuanian payer's payment code ("mokėjimo kodas"), a customer's
	"kimlik", "tckn", "philhealth", "afiliaci", "accettazion", "accession", "kennitala",
	"allocataire", "cidadã", "cidada", "permis",
	"dozvol",         // the South Slavic driving licence: "Broj vozačke dozvole"
	"reikning",       // Icelandic: an account's ("reikningsnúmer") or an invoice's
	"registre",       // Belgium's "Numéro de registre national"
	"dowod", "dowód", // Polish: "Nr dowodu osobistego", an identity card's
	"iskaznic", // Croatian: an identity card's or an officer's card ("broj službene iskaznice")
	"evidenc",  // a register in the Slavic languages ("Šifra otroka v naši evidenci:")
	// Greek's identity card in Latin letters ("Deltio Taftotitas", "Ar.
	// Tautotitas")
	"taftotit", "tautotit",
	// an identity card in Azerbaijani ("Şəxsiyyət vəsiqəsi:") and the
	// document that proves it in Uzbek ("Shaxsni tasdiqlovchi hujjat:")
	"vəsiqə", "vesiqe", "şəxsiyyət", "sexsiyyet", "tasdiqlovchi",
	// the Nordic personal identity numbers
	"personnummer", "personnr", "fødselsnummer", "fodselsnummer", "henkilötunnus", "henkilotunnus", "hetu",
	"contrat", "contract", "contrato", "contratto", "vertrag", "kontrakt",
	"kenmerk",                                              // Dutch: "Ons kenmerk", "Uw kenmerk"
	"aktenzeichen", "geschäftszeichen", "geschaftszeichen", // a German court's or office's file
	// travel and shipping: a frequent flyer's number, a shipment's
	// tracking number, which lead to a person and an address
	"frequent", "flyer", "waybill", "tracking", "consignment", "sendungs",
	// a pet's microchip, which a registry ties to its owner
	"microchip", "transponder", "mikrochip", "mikročip", "mikrokiip", "mikrosiru",
}, savingsStems...)

// savingsStems start the words of savings, which name an account after a
// till's or a bank's word that alone would veto its number ("Caja de
// ahorro", "Caisse d'épargne", "Cassa di risparmio").
var savingsStems = []string{"ahorro", "épargne", "epargne", "risparmio", "poupança", "poupanca"}

// idLabelWords are label words too short to be stems, or whose stem starts
// other words: "Ced." of a Mexican doctor's "Ced. Prof." (cédula
// profesional), the Polish "konta" and the Portuguese "conta" (an
// account's: "kontakt" and "contato" are no labels) and "karta", "karty"
// (a card's: "kartoffel" is none), the Italian "C.F." (codice fiscale), a
// prescription's "Rx#" and a tax "PIN" (Kenya's "KRA PIN"; an Indian "PIN"
// of digits is a postcode: pinPostcode), and the national identity cards
// of South Asia ("NIC", "CNIC") and of Singapore and Malaysia ("NRIC"),
// and a prescription's number ("Resepti", "Recept": "Reception" is no
// label; "No d'ordonnance"), and the national numbers of Chile ("RUT"),
// Romania ("CNP") and Hungary's health insurance ("TAJ"), and Spain's and
// Mexico's social security ("S.S.", "NSS"), and the registers of medical
// practitioners of South Africa, Ontario, the United Kingdom, Australia
// and Nigeria ("HPCSA MP 0654321", "CPSO #84412", "GMC No. 7012345"), and
// an Argentine doctor's national and provincial registration ("M.N.
// 98765", "M.P. 44512"), and an account's "A/c" whose slash OCR read as an
// "l" ("Alc No."), and more national and health numbers: New Zealand's
// health index and tax number ("NHI", "IRD"), Kazakhstan's "IIN",
// Greece's "AMKA", Bulgaria's "EGN", Nigeria's identity and bank
// verification numbers ("NIN", "BVN"), the Philippine social security's
// "SSS", Vietnam's identity cards ("CCCD", "CMND"), Indonesia's "KTP",
// Malaysia's "MyKad", Switzerland's "AHV" and Iceland's kennitala ("kt."),
// and a Portuguese hospital's or court's file ("Processo: 4418271"),
// Moldova's personal number ("IDNP"), a prescription's number in
// Australia and New Zealand ("Script 5839204"), and Indonesia's
// taxpayer's number ("NPWP").
var idLabelWords = map[string]bool{"ced": true, "konta": true, "conta": true, "karta": true, "karty": true, "c.f": true, "rx": true, "rx#": true, "pin": true,
	"kartasy": true, "kartası": true, "kartasi": true, "kartes": true, "kartė": true, "kartas": true, // a card's in Kazakh, Turkish, Lithuanian, Latvian ("Bonus kartasy No:")
	"nic": true, "cnic": true, "nric": true, "recept": true, "resept": true, "resepti": true, "rezept": true, "ricetta": true, "ordonnance": true, "phn": true,
	"rut": true, "cnp": true, "taj": true, "s.s": true, "nss": true, "hpcsa": true, "cpso": true, "gmc": true, "ahpra": true, "mdcn": true,
	"m.n": true, "m.p": true, "alc": true, "vin": true, "chasis": true, "chassis": true, "chassi": true, "bastidor": true,
	"mcnz": true, "nmc": true, "hcpc": true, "pwz": true, // New Zealand's medical council, the United Kingdom's nursing and health professions councils, a Polish doctor's licence
	"nhi": true, "ird": true, "iin": true, "amka": true, "egn": true, "nin": true, "bvn": true, "sss": true, "cccd": true,
	"cmnd": true, "ktp": true, "mykad": true, "ahv": true, "kt": true, "processo": true, "idnp": true, "script": true, "npwp": true,
	"badan": true, // Malay: an officer's body number ("No. Badan:")
	// a Dutch care provider's register code ("AGB-code 01023846")
	"agb": true, "agb-code": true,
	// a national identity card's, in French-speaking Africa, the Maghreb
	// and Indonesia ("N° CNI :", "CIN", "NIK"), Morocco's electronic one
	// ("CNIE")
	"cni": true, "cin": true, "nik": true, "cnie": true,
	// the National Registration Card of Myanmar and of Zambia ("NRC No.")
	"nrc": true,
	// a Romanian doctor's stamp ("Parafa și cod:"), an Italian electronic
	// prescription's number ("impegnativa NRE")
	"parafa": true, "parafă": true, "nre": true, "impegnativa": true,
	// a resident's registration or card, Korea's and others' national
	// number ("Resident Reg.:", "Resident ID")
	"resident": true,
	// a Hungarian employee's master number ("Törzsszám:")
	"törzsszám": true, "torzsszam": true,
	// bank accounts' uniform codes of Argentina and Mexico ("CBU", "CVU", "CLABE")
	"cbu": true, "cvu": true, "clabe": true,
	// a professional's register ("Reg. Prof. Nº", "Mat. Prof.", "Cédula
	// Profesional"), Peru's register of medical specialists ("RNE 21734")
	"rne": true, "prof": true,
	// Brazil's social integration number of a worker ("PIS/PASEP:")
	"pis": true, "pasep": true, "profesional": true, "profissional": true,
	// Colombia's citizen's, foreigner's and minor's identity cards ("C.C.
	// 1.098.654.321", its period read as a comma or lost)
	"c.c": true, "cc": true, "c.e": true, "t.i": true,
	// the identity card ("C.I.") of Uruguay, Venezuela, Ecuador and
	// Bolivia, also as OCR reads it ("C.1.")
	"c.i": true,
	// Brazil's identity card, the Registro Geral ("RG 27.384.519-6 SSP/SP")
	"rg": true,
	// an account's abbreviation in Spanish and Portuguese ("TRANSF. A CTA.
	// 001294837-00001", "Cta. Cte. N°")
	"cta": true,
	// the tax number of Guatemala, Colombia, Bolivia, El Salvador and
	// Honduras, a buyer's too ("NIT Receptor: 4827153-5")
	"nit": true,
	// a document's series before its number ("Seria și numărul:", Romanian)
	"seria": true,
	// an officer's or employee's badge, the Italian matricola ("matr. PL-1187")
	"matr": true,
	// an insurance policy in Dutch and Indonesian ("No. Polis"; "Polisnummer"
	// ends in a number's word; "polish" is no label)
	"polis": true}

// plainIDLabelStems are idLabelStems without their accents; a word is
// matched against them without its own, as OCR drops accents
// ("mecanografico" for "mecanográfico").
var plainIDLabelStems = func() []string {
	out := make([]string, len(idLabelStems))
	for i, s := range idLabelStems {
		out[i] = lexicon.Unaccented(s)
	}
	return out
}()

// shortIDLabel reports an ID's short label word (idLabelWords), also read
// with an accent ("Céd." for "Ced."); w is idWord's form.
func shortIDLabel(w string) bool {
	if idLabelWords[w] || idLabelWords[lexicon.Unaccented(w)] {
		return true
	}
	// OCR's "1" for the "I" of a dotted acronym: "C.1." for "C.I."
	return len(w) <= 5 && strings.Contains(w, ".") && strings.Contains(w, "1") && idLabelWords[strings.ReplaceAll(w, "1", "i")]
}

// idVetoStems start words whose numbers are not personal records: goods,
// pages, phones, postcodes, bank routing codes, receipts. The English
// business words of patIDBusiness veto too.
var idVetoStems = []string{
	"page", "seite", "págin", "pagin", "artikel", "article", "artículo", "articolo",
	"product", "produkt", "produit", "producto", "prodotto",
	"order", "bestell", "commande", "pedido", "ordine",
	"tel", "tél", "fax", "mobil", "móvil", "handy",
	"post", "plz", "cap", "iban", "bic", "swift", "ifsc", "sort", "routing",
	"siret", "siren", "strn",
	"betrag", "montant", "importe", "importo",
	"bon", "beleg", "ticket", "scontrino", "boleta", "till", "kasse", "caisse", "caja", "cassa",
	"transaction", "transaktion",
	// a firm's registration: "Org.nr" (Norway, Sweden), "KvK" (the
	// Netherlands), "CVR" (Denmark), "HRB" (a German trade register)
	"org", "kvk", "cvr", "hrb",
	// Finland's: a firm's business ID, a phone's number
	"y-tunnus", "ytunnus", "puhelin",
}

// taxAcronyms are the value-added and sales taxes' acronyms and the
// firms' tax numbers ("VAT", "USt", "GSTIN", "CIF", Finland's "ALV").
// As stems they would veto every word they open ("Vatryggingarskírteini
// nr.", an Icelandic policy's number), so they veto a word that is one
// alone, or one with a number's word or a mark after it ("VATno",
// "USt-IdNr", "GSTIN").
var taxAcronyms = []string{"vat", "tva", "iva", "ust", "gst", "cif", "tps", "tvq", "hst", "qst", "vkn", "ntn", "alv"}

// taxAfter are what may follow a tax's acronym in one word.
var taxAfter = map[string]bool{"": true, "no": true, "nr": true, "id": true, "in": true, "reg": true, "number": true, "nummer": true, "idnr": true}

// taxWord reports a word of a tax's acronym (taxAcronyms).
func taxWord(w string) bool {
	for _, a := range taxAcronyms {
		if rest, ok := strings.CutPrefix(w, a); ok && (taxAfter[rest] || !unicode.IsLetter([]rune(rest)[0])) {
			return true
		}
	}
	return false
}

// receiptStems start the words for a receipt, whose number is the
// seller's: "Recibo", "Ricevuta", "Quittung", "Reçu", the Nordic "Kvitto",
// "Kvittering", "Kvittun", the Finnish "Kuitti", the Polish "Paragon", the
// Indonesian "Struk", the Malay "Resit".
var receiptStems = []string{"recibo", "ricevut", "quittung", "reçu", "kvitt", "kuitti", "paragon", "struk", "resit"}

// receiptWord reports a word for a receipt (receiptStems).
func receiptWord(t string) bool { return idHasStem(idWord(t), receiptStems) }

// idVetoWords are veto words too short to be stems: "pag" and "pág" (a
// page), not "Pag-IBIG" (a fund's member number); a product's "SKU", not
// Icelandic's "skuldfærð" (debited); the codes of goods and books.
var idVetoWords = map[string]bool{"pag": true, "pág": true, "pags": true, "págs": true, "sku": true,
	// goods' and publications' numbers: a book's, a serial's, a barcode's
	"isbn": true, "issn": true, "ean": true, "upc": true, "gtin": true}

// idWord is token t lower-cased without surrounding punctuation and a
// form's rule ("RX#_").
func idWord(t string) string {
	w := strings.ToLower(strings.Trim(t, ".:;,()[]\"'*‘’“”_"))
	for _, elided := range []string{"d'", "l'"} {
		if rest, ok := strings.CutPrefix(strings.ReplaceAll(w, "’", "'"), elided); ok && len(rest) > 2 {
			return rest // an elided "de" or article: "No d'assurance maladie", "Numéro de l'employé"
		}
	}
	return w
}

func idHasStem(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// idLabelKind classifies token t: 'v' veto, 'l' label, 0 neither.
func idLabelKind(t string) byte {
	w := idWord(t)
	switch {
	case w == "":
		return 0
	case (idHasStem(w, idVetoStems) || taxWord(w) || idHasStem(w, receiptStems) || idVetoWords[w] || patIDBusiness[w]) && !idHasStem(w, idLabelStems) && !numberMarkers[w] && !cardWord(w):
		return 'v'
	case numberMarkers[w], idHasStem(lexicon.Unaccented(w), plainIDLabelStems), shortIDLabel(w), idLabelWords[gluedQualifierHead(w)],
		len(w) > 4 && w[0] == 'l' && idHasStem("i"+w[1:], idLabelStems), // OCR's "l" for a capital "I": "lsikukood"
		strings.HasSuffix(w, "nummer"), strings.HasSuffix(w, "-nr"), strings.HasSuffix(w, "-id"),
		strings.HasSuffix(w, "-no"), strings.HasSuffix(w, "-nº"),
		len(w) >= 8 && strings.HasSuffix(w, "zahl") && !strings.HasSuffix(w, "anzahl"), // "Aufnahmezahl", not "Anzahl"
		strings.Contains(lexicon.Unaccented(w), "azonosit"),                            // Hungarian: "adóazonosító", OCR's "adéazonosité"
		len(w) >= 5 && strings.HasSuffix(w, "nr"),                                      // "Anställningsnr", "Kundennr"
		len(w) >= 6 && strings.HasSuffix(w, "nro"),                                     // Finnish: "rek.nro", "Asiakasnro"
		len(w) >= 9 && strings.HasSuffix(w, "numero"),                                  // Finnish: "Potilasnumero", "Asiakasnumero"
		len(w) >= 8 && strings.HasSuffix(w, "tunnus"),                                  // Finnish: "Asiakastunnus", "Potilastunnus"
		strings.HasPrefix(w, "id-") && idLabelWords[w[3:]],                             // an identity card: "ID-karta"
		cardWord(w):
		return 'l'
	case acronymLabel(t):
		return 'l' // an acronym label: "IPP:", "NHC:", "DNI:"
	case personalIDAcronyms[strings.ReplaceAll(w, ".", "")] && strings.Count(w, ".") >= 2:
		return 'l' // a personal number's acronym written with its periods, a column's head too: "C.U.I.L."
	case len(w) >= 5 && strings.HasSuffix(w, "1") && strings.HasSuffix(strings.TrimSpace(t), ":") && countDigits(w) == 1:
		// OCR's "1" for the last "l" before the colon: "ZMR-Zah1:"
		if fixed := strings.TrimSuffix(strings.TrimSpace(t), "1:") + "l:"; idLabelKind(fixed) == 'l' {
			return 'l'
		}
	}
	return markedKind(t) // a label's word and its number's marker read as one: "RG.n°", "Bon-Nr."
}

// personalIDAcronyms are the acronyms of personal numbers that Latin
// American and Iberian forms write with periods ("C.U.I.L.", "D.N.I.",
// "R.U.T."): Argentina's, Spain's, Chile's, Mexico's, Brazil's, El
// Salvador's and Panama's.
var personalIDAcronyms = lowerSet([]string{"cuil", "cuit", "dni", "nie", "nif", "rut", "run", "curp", "cpf", "dui", "cip", "nuip"})

// cardWord reports a compound that names a card ("Onecard", "Clubcard",
// "Bonuskaart", "Kundenkarte", "Medlemskort"), or the Hungarian word for
// one ("Törzsvásárlói kártya"): its number is the holder's,
// whatever the word's first part ("bon" of "Bonuskaart" vetoes no card).
func cardWord(w string) bool {
	return strings.HasSuffix(w, "card") || w == "kártya" || w == "kartya" ||
		len(w) >= 8 && (strings.HasSuffix(w, "kaart") || strings.HasSuffix(w, "karte") || strings.HasSuffix(w, "kort"))
}

// reGluedQualifier is a label word that OCR joined to its qualifier by a
// dash or a dot for the space ("hpcsa-mp", "hpcsa.mp").
var reGluedQualifier = regexp.MustCompile(`^(\pL{3,})[-.]\pL+$`)

// gluedQualifierHead is the label word of w when w is one joined to its
// qualifier (reGluedQualifier), else "".
func gluedQualifierHead(w string) string {
	if m := reGluedQualifier.FindStringSubmatch(w); m != nil {
		return m[1]
	}
	return ""
}

// pricedGroups reports a value words[k..k+n-1] of thousands' groups
// ("38 412", "1 092") with a currency's sign or code right before or after
// it: an amount, whatever its label says. An account's number with its
// currency ("12345678 EUR") is no such grouping.
func pricedGroups(words []string, k, n int) bool {
	if n < 2 {
		return false
	}
	for j := k; j < k+n; j++ {
		d := strings.TrimRight(words[j], ",.;")
		if patDigitCount(d) != len(d) || j == k && len(d) > 3 || j > k && len(d) != 3 {
			return false
		}
	}
	return k+n < len(words) && moneySign(words[k+n]) || k > 0 && moneySign(words[k-1])
}

// moneySign reports a currency's symbol ("€", "$"), its ISO code ("EUR")
// or a narrow symbol CLDR gives it ("kr", "Kč", "zł").
func moneySign(t string) bool {
	t = strings.TrimRight(t, ",.;:)")
	if r := []rune(t); len(r) == 1 {
		return unicode.Is(unicode.Sc, r[0])
	}
	regionCurrencyOnce.Do(loadRegionCurrencies)
	_, narrow := regionNarrowSymbols[t]
	return narrow || len(t) == 3 && strings.ToUpper(t) == t && currencyCode(t)
}

// amountSign reports a currency's sign written right before an amount:
// moneySign's, or a narrow symbol of one letter ("R 399.00").
func amountSign(t string) bool {
	regionCurrencyOnce.Do(loadRegionCurrencies)
	return moneySign(t) || regionLetterSigns[t]
}

// currencyCode reports an ISO 4217 code ("EUR", "usd").
func currencyCode(t string) bool {
	_, err := currency.ParseISO(t)
	return err == nil
}

// tenderCodes are the codes of the currencies in use today: a withdrawn
// one's code ("MCF", Monaco's franc) is a register's acronym as well
// ("Reg. No. MCF 2187", the Medical Council of Fiji's).
var tenderCodes = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for it := currency.Query(); it.Next(); {
		out[it.Unit().String()] = true
	}
	return out
})

// tenderCode reports the code of a currency in use today.
func tenderCode(t string) bool { return tenderCodes()[t] }

// acronymLabel reports a short upper-case acronym before its colon ("IPP:",
// "NHC:", "DNI:"), also in brackets after the label's words ("Point de
// livraison (PDL) :"), or two of them joined by a slash ("NIT/CI:", a
// Bolivian's tax or identity number), that is no phone's label nor a
// currency's code ("Total (USD):").
func acronymLabel(t string) bool {
	t = strings.TrimLeft(t, "‘’“”\"'") // a quote speck before it: "‘TCKN:"
	if b, ok := strings.CutPrefix(t, "("); ok {
		t = strings.Replace(b, "):", ":", 1)
		if currencyCode(strings.TrimSuffix(t, ":")) {
			return false
		}
	}
	w := idWord(t)
	if !strings.HasSuffix(t, ":") || strings.ToUpper(w) != strings.TrimSuffix(t, ":") || phoneLabelWord(t) {
		return false
	}
	parts := strings.Split(w, "/")
	return len(parts) <= 2 && !slices.ContainsFunc(parts, func(p string) bool { return len(p) < 2 || len(p) > 5 })
}

// idFiller are short words inside labels ("N.º de factura", "Your ref.",
// "Ihr Zeichen", "Vs. rif.").
var idFiller = map[string]bool{
	"de": true, "di": true, "del": true, "du": true, "des": true, "d'": true, "of": true,
	"do": true, "da": true, "dos": true, "das": true, // Portuguese: "CPF do consumidor"
	"the": true, "your": true, "our": true, "ihr": true, "ihre": true, "unser": true,
	"votre": true, "notre": true, "su": true, "sua": true, "vs": true, "nostro": true,
	"nuestro": true, "le": true, "la": true, "el": true, "il": true, "der": true, "die": true,
	"prof":     true,                    // "Ced. Prof."
	"national": true, "nationale": true, // "N. national :", Belgium's register number
	"jel": true, // "Adóazonosító jel": a Hungarian tax number's "sign"
	// A sentence's verb between label and number: "your PPS number is
	// 1234567TA", "Ihre Kundennummer lautet 40217".
	"is": true, "as": true, "was": true, "ist": true, "lautet": true, "est": true, "es": true,
	"è": true, "é": true, "je": true, "jest": true, "är": true, "er": true, // "Moj JMBG je 0101990710008"
	"kodas": true, "kods": true, "kodą": true, "koda": true, "kodo": true, // the "code" of "asmens kodas", a person's, and its cases (OCR drops the ogonek)
	"reg": true, "regn": true, // a register's abbreviation after its council's: "MCNZ reg. 48213"
	"origen": true, "destino": true, "origem": true, // a transfer's account of origin or of destination ("CBU origen")
	// Albanian's genitive articles ("Nr. i recetës", "Numri i llogarisë")
	// and the Slavic and Romance "and" ("Seria i numer", "Série e número").
	"i": true, "e": true, "të": true,
}

// slashedLabelBefore reports a record's label right before a slash that
// comes right before word j: a bilingual label whose other language's
// half names the record ("N° Dossier / File No.: 2024/00815").
func slashedLabelBefore(words []string, j int) bool {
	if j < 2 || strings.TrimSpace(words[j-1]) != "/" {
		return false
	}
	for i := j - 2; i >= 0 && i >= j-1-recordIDLookBack; i-- {
		if idLabelKind(words[i]) == 'l' && idHasStem(idWord(words[i]), idLabelStems) {
			return true
		}
	}
	return false
}

// personTaxHolders are the people, never firms, whose tax number a
// document prints after their word: a hotel's guest, a patient, a
// tenant, an employee, a passenger, a student.
var personTaxHolders = lowerSet([]string{"guest", "patient", "tenant", "employee", "passenger", "student",
	"gast", "huésped", "huesped", "ospite", "hôte", "paciente", "mieter", "locataire", "inquilino"})

// accountKinds name a bank account's kind, written between its label
// and its number, in the languages the detector reads ("conta corrente
// 31857-6", "cuenta corriente", "compte courant").
var accountKinds = lowerSet([]string{"savings", "checking", "chequing", "cheque", "current",
	"share", "draft", // a credit union's savings and checking ("Share Savings", "Share Draft")
	"corrente", "corriente", "poupança", "poupanca", "ahorro", "ahorros", "courant", "chèques", "cheques", "épargne", "epargne", "risparmio"})

// markedLabel splits a label written as one word that ends in a number
// marker after a dash or a period ("Bon-Nr.:", "Kunden-Nr.", "H.No.") and
// returns the word before the marker ("bon", "h").
func markedLabel(t string) (head string, ok bool) {
	w := idWord(t)
	i := strings.LastIndexAny(w, "-.")
	if i <= 0 || !numberMarkers[w[i+1:]] {
		return "", false
	}
	return w[:i], true
}

// markedKind is idLabelKind of the word before the number's marker of a
// word that markedLabel splits, 0 for none.
func markedKind(t string) byte {
	head, ok := markedLabel(t)
	if !ok || head == "" || strings.ContainsAny(head, ".-") {
		return 0
	}
	return idLabelKind(head)
}

// RecordIDRecognizer finds record identifiers (type ID, source
// "record_id").
type RecordIDRecognizer struct{}

func (RecordIDRecognizer) Name() string { return "record_id" }

func (r RecordIDRecognizer) Recognize(in *Input) []Match {
	var out []Match
	for i, ln := range in.Lines {
		out = append(out, recordIDLine(in, in.Lines[:i], ln)...)
		if i > 0 {
			out = append(out, registrationUnderSigner(in, in.Lines[i-1], ln)...)
		}
	}
	for i := range out {
		out[i].Source = r.Name()
	}
	return out
}

// signerTwoNames lies between signerScore's scores of a line with one
// listed name and with two.
const signerTwoNames = 0.7

// spacedDashGroup reports a group after a spaced dash inside a number:
// digits, or one or two capitals that end it.
func spacedDashGroup(t string) bool {
	g := strings.TrimRight(t, ".,;:)")
	d, l := idCounts(g)
	return d > 0 && d == len(g) || d == 0 && l > 0 && len(g) <= 2 && strings.ToUpper(g) == g
}

// slashedLicence reports a licence's number in parts that slashes join,
// capitals among them, four digits or more ("503/0871/DPMPTSP/2022", an
// Indonesian doctor's practice licence).
func slashedLicence(t string) bool {
	return strings.Count(t, "/") >= 2 && countDigits(t) >= 4 && strings.Trim(t, "0123456789/ABCDEFGHIJKLMNOPQRSTUVWXYZ.-") == ""
}

// registrationUnderSigner reads a line of one upper-case acronym and a
// number of five digits or more (or a slashed licence's), right under a
// line that signerScore reads as a name after a title or with two names
// the lists hold, as
// that person's number in a register ("Dr Cathal Brennan" / "MCRN
// 441827"): a signer's professional registration, whose register's
// letters differ from body to body and country to country.
func registrationUnderSigner(in *Input, up, ln []int) []Match {
	if len(ln) != 2 || !lineCloseAbove(in, up, ln) {
		return nil
	}
	words := in.Page.Words
	acr, num := strings.TrimRight(words[ln[0]].Text, ":."), strings.TrimRight(words[ln[1]].Text, ".,")
	if len(acr) < 2 || len(acr) > 6 || !upperLetters(acr) || len(num) < 5 || countDigits(num) != len(num) && !slashedLicence(num) {
		return nil
	}
	names := textsOf(words, up)
	for i, w := range names {
		if c, ok := strings.CutSuffix(w, ","); ok && i > 0 {
			names = append(names[:i:i], c) // the name before the role: "Dr. Katharina Vogelsang, Fachärztin"
			break
		}
	}
	if strings.ContainsAny(strings.Join(names, " "), ":0123456789") {
		return nil
	}
	titled := titleOrHonorific(names[0])
	for titled && len(names) > 2 && lowerFirst(names[1]) && strings.HasSuffix(names[1], ".") {
		names = append(names[:1:1], names[2:]...) // a degree's word after the title: "Dr. med."
	}
	score, ok := signerScore(names)
	if !ok || !titled && score < signerTwoNames {
		return nil // "Green Valley Farms" over "ABN 51824753556": a firm's
	}
	s := in.WordStart[ln[1]]
	return []Match{{Type: entity.ID, Start: s, End: s + len(num), Score: recordIDLabelled}}
}

// recordIDLine finds the record IDs of line ln (above are the lines above
// it) that the "id" recognizer (patID) does not find.
func recordIDLine(in *Input, above [][]int, ln []int) []Match {
	if len(ln) == 0 {
		return nil
	}
	var prev []int
	if len(above) > 0 {
		prev = above[len(above)-1]
	}
	// A column's head printed a little higher than the next column's
	// ("Steuer-ID" over "15 369 881 476") heads a value two lines under
	// it when nothing stands between.
	var prev2 []int
	if up := len(above) - 2; up >= 0 && len(above[up]) <= headRowMaxWords && lineCloseAbove(in, above[up], ln) {
		prev2 = above[up]
	}
	base := in.WordStart[ln[0]]
	// patID's matches as strong as ours are not found again.
	var taken, weak patSpans
	for _, m := range patID(in.Text[base:in.WordEnd[ln[len(ln)-1]]]) {
		if m.Score >= recordIDLabelled {
			taken.add(base+m.Start, base+m.End)
		} else {
			weak.add(base+m.Start, base+m.End)
		}
	}
	var out []Match
	words := make([]string, len(ln))
	for k, wi := range ln {
		words[k] = in.Text[in.WordStart[wi]:in.WordEnd[wi]]
	}
	// listed is the word after a labelled value that a comma ends: a
	// second value of the same label may start there ("Konto: Swedbank
	// 8327-9, 914 502 337-1", a clearing and an account number).
	listed := -1
	// labelledShape is the shape of the line's last labelled value
	// (idShapeOf): a value of the same shape after it is the next
	// column's value of the same label ("AFJ 2741   AEW 6318").
	labelledShape := ""
	cities := cityLineSpans(in.Text[base:in.WordEnd[ln[len(ln)-1]]])
	for k := 0; k < len(ln); k++ {
		if bookingAt(words, k) || eTicketAt(words, k) || registerAt(words, k) || inscribedAt(words, k) || meterAt(words, k) || asideRegistrationAt(words, k) ||
			reStructuredCommunication.MatchString(words[k]) || fiPaymentAt(words, k) {
			s := in.WordStart[ln[k]]
			out = append(out, Match{Type: entity.ID, Start: s, End: patTrimRight(in.Text, s, in.WordEnd[ln[k]]), Score: recordIDLabelled})
			continue
		}
		if n := eTicketSpaced(in, above, words, k); n > 0 {
			s := in.WordStart[ln[k]]
			out = append(out, Match{Type: entity.ID, Start: s, End: patTrimRight(in.Text, s, in.WordEnd[ln[k+1]]), Score: recordIDLabelled})
			k++
			continue
		}
		n := plateAt(words, k)
		if n == 0 {
			n = plateUnderHead(in, above, ln, k)
		}
		if n == 0 && eastAfricanPlate(words, k) {
			n = 2
		}
		if n > 0 || labelledShape != "" && k+2 <= len(words) && idShapeOf(words[k:k+2]) == labelledShape {
			if n == 0 {
				n = 2 // the next column's plate, shaped as the labelled one ("Reg. No.: AFJ 2741   AEW 6318")
			}
			s := in.WordStart[ln[k]]
			out = append(out, Match{Type: entity.ID, Start: s, End: patTrimRight(in.Text, s, in.WordEnd[ln[k+n-1]]), Score: recordIDLabelled})
			labelledShape = idShapeOf(words[k : k+n])
			k += n - 1
			continue
		}
		n, ok := idValueAt(words, k)
		for j := 1; ok && j < n; j++ {
			if columnGapAt(in, ln[k+j-1], ln[k+j]) {
				n = j // the next column's value: "45116" under its postcode's label, "605" under the next
				break
			}
		}
		if ok && idBankCodeAccount(words[k]) {
			n = 1 // the bank's code ends the account: what follows is the next column's ("4200371951/0800 8841207316")
		}
		if ok && n > 1 && k+n < len(words) && strings.HasPrefix(words[k+n], "%") {
			n-- // the last group is a share's percentage, the next column's ("1-1184-0573  50 %")
		}
		if !ok || inCityLine(cities, in.WordStart[ln[k]]-base, in.WordEnd[ln[k+n-1]]-base) || crossingNumberAt(words, k) || zeroGlyphs(words[k]) || reAroundTheClock.MatchString(words[k]) {
			continue
		}
		if pricedGroups(words, k, n) {
			k += n - 1 // "Revenu fiscal de référence : 38 412 €": an amount
			continue
		}
		wrapped := byte(0)
		if k <= 2 && !slices.ContainsFunc(words[:k], func(w string) bool { return !idFiller[idWord(w)] }) {
			wrapped = wrappedIDLabel(in, prev, ln, words[:k+n], n)
		}
		if idPhoneLike(words, k) && !recordLabelBefore(words, k) && !idGroupedAfterLabel(words, k, n) && wrapped != 'l' {
			k += n - 1 // no part of a phone number either ("+44 161 714 1833")
			continue
		}
		score := 0.0
		kind := idLabelBefore(words, k)
		if kind == 0 {
			kind = wrapped
		}
		if kind == 0 && (k == listed || idAfterNamedLabel(words, k) || idQualifiedCode(words, k) || idGroupedAfterLabel(words, k, n) || slashPairedLabel(words, k) ||
			accountAfterBank(words, k, n) || folioAfterTransit(words, k)) {
			kind = 'l'
		}
		sameShape := kind == 0 && labelledShape != "" && idShapeOf(words[k:k+n]) == labelledShape
		if sameShape {
			kind = 'l'
		}
		if kind == 'l' && strings.HasSuffix(words[k+n-1], ",") {
			listed = k + n
		}
		if kind == 'l' && pinPostcode(words, k, n) {
			continue // "PIN code: 560011"
		}
		if kind == 'l' && n == 1 && vatNumber(words[k]) && !recordLabelBefore(words, k) && !sameShape {
			continue // "UID Nr.: DE812706034": a firm's VAT number after a bare marker
		}
		switch kind {
		case 'l':
			score = recordIDLabelled
		case 'v':
			continue
		default:
			if idVetoBefore(words, k) || codeCell(in, ln, k, n) && columnHeadVeto(in, above, ln[k:k+n]) || measureAfter(words, k+n) {
				continue
			}
			under := idUnderLabel(in, prev, ln[k:k+n]) ||
				len(in.wordsOver(prev, in.wordsBox(ln[k:k+n]))) == 0 && idUnderLabel(in, prev2, ln[k:k+n]) ||
				idUnderColumnHead(in, above, ln[k:k+n])
			if under && !slices.ContainsFunc(words[k:k+n], valueRange) {
				score = recordIDUnder
			} else if n == 1 && (idShape(words[k]) || idDashGroups(words[k]) || idBankCodeAccount(words[k])) || ninoAt(words, k) > 0 || idFourGroups(words, k, n) ||
				labelledLongNumber(words, k, n) || acronymLongNumber(words, k, n) {
				score = recordIDShape
			}
		}
		if score == 0 {
			continue
		}
		if kind == 'l' && seriesThenNumber(words, k, n) {
			n++ // a series, then its number: "Seria și numărul: RO/25/T18/KX 0041723985"
		}
		if kind == 'l' || k > 0 && strings.HasSuffix(words[k-1], ":") {
			labelledShape = idShapeOf(words[k : k+n]) // a labelled value, or one found by its shape right after a label's colon
		}
		last := ln[k+n-1]
		s := in.WordStart[ln[k]]
		e := patTrimRight(in.Text, s, in.WordEnd[last])
		if !taken.overlaps(s, e) && !(weak.overlaps(s, e) && score <= recordIDShape) || kind == 'l' && taken.within(s, e) && n > 1 {
			// a labelled value of more groups than patID's match holds
			// it whole: "5067 - 318 - 245 - HW" over patID's "5067"
			out = append(out, Match{Type: entity.ID, Start: s, End: e, Score: score})
		}
		k += n - 1
	}
	return out
}

// reAroundTheClock is the hours of every day or the days of every week
// ("24h/24", "7j/7", "24/7"): an opening time, no record.
var reAroundTheClock = regexp.MustCompile(`^(?:24h?/24h?|7j?/7j?|24/7)[.,;]?$`)

// zeroGlyphs reports a word of three characters or more that are all
// zeros, or the letters OCR reads for them ("0000000!", "O00000",
// "Q0000"), a zero among them: what OCR makes of a script it has no
// model for (Arabic, Hebrew), no number.
func zeroGlyphs(t string) bool {
	t = strings.Trim(t, ".,;:!?()[]'\"")
	return len(t) >= 3 && strings.Contains(t, "0") && strings.Trim(t, "0OoQD") == ""
}

// idShapeOf is the shape of a value's words: each letter "A", each digit
// "9", other marks as they are ("AFJ 2741" is "AAA 9999"); "" for a value
// of fewer than five letters and digits.
func idShapeOf(ws []string) string {
	var b strings.Builder
	n := 0
	for k, w := range ws {
		if k > 0 {
			b.WriteByte(' ')
		}
		for _, r := range strings.TrimRight(w, ",;") {
			switch {
			case unicode.IsLetter(r):
				b.WriteByte('A')
				n++
			case unicode.IsDigit(r):
				b.WriteByte('9')
				n++
			default:
				b.WriteRune(r)
			}
		}
	}
	if n < 5 {
		return ""
	}
	return b.String()
}

// slashPairedLabel reports a value after a slash whose label pairs two
// fields with a slash, the second an ID's ("Bank / No. Rekening : BCA KCP
// Kaliurang / 8465120397"): the value's second part is the second
// field's.
func slashPairedLabel(words []string, k int) bool {
	if k < 4 || strings.TrimSpace(words[k-1]) != "/" {
		return false
	}
	c := -1
	for j := k - 2; j >= 0; j-- {
		if strings.HasSuffix(words[j], ":") {
			c = j
			break
		}
	}
	if c < 2 {
		return false
	}
	for j := c; j > 0 && j > c-recordIDLookBack; j-- {
		if strings.TrimSpace(words[j-1]) == "/" {
			return slices.ContainsFunc(words[j:c+1], func(w string) bool { return idLabelKind(w) == 'l' })
		}
	}
	return false
}

// seriesMinDigits is the fewest digits of a number after its series.
const seriesMinDigits = 6

// seriesThenNumber reports a labelled code at words[k:k+n] that holds a
// letter, followed by a number of seriesMinDigits digits or more alone:
// a document's series and its number, one value.
func seriesThenNumber(words []string, k, n int) bool {
	if k+n >= len(words) || !hasLetters(strings.Join(words[k:k+n], ""), 1) {
		return false
	}
	v := strings.TrimRight(words[k+n], ".,;")
	return len(v) >= seriesMinDigits && countDigits(v) == len(v)
}

// measureUnits are units of measure that follow a quantity, no code's
// part: a distance, a weight, a volume, an area, an energy.
var measureUnits = lowerSet([]string{"km", "mi", "kg", "g", "t", "l", "ml", "m", "m2", "m²", "m3", "m³", "ha",
	"cm", "mm", "kwh", "mwh", "kw", "lb", "lbs", "miles", "gal"})

// measureAfter reports a unit of measure at word k, after a number: the
// number is a quantity ("Läbisõit: 112 450 km").
func measureAfter(words []string, k int) bool {
	return k < len(words) && measureUnits[strings.ToLower(strings.TrimRight(words[k], ".,;"))]
}

// wrappedIDLabel is idLabelBefore's verdict on the value that opens line
// ln, its copula before it or not, read after the end of the line up
// above it, as running text wraps a sentence between its label and its
// number ("My BVN is" / "22418827305.", "Your registration number" / "is
// 25/U/44182/PS."); 0 when the line above is no sentence's line before
// it. head is the line's words up to the value's end, value the last n.
func wrappedIDLabel(in *Input, up, ln []int, head []string, n int) byte {
	for len(up) > 0 && !hasAlnum(in.Page.Words[up[len(up)-1]].Text) {
		up = up[:len(up)-1] // a speck after the line's last word ("IBAN: .")
	}
	if len(up) < 2 || !lineCloseAbove(in, up, ln) || strings.HasSuffix(in.Page.Words[up[len(up)-1]].Text, ":") {
		return 0
	}
	var words []string
	for _, wi := range up[max(0, len(up)-recordIDLookBack):] {
		words = append(words, in.Page.Words[wi].Text)
	}
	words = append(words, head...)
	return idLabelBefore(words, len(words)-n)
}

// headRowMaxWords is the most words of a row of column heads two lines
// above a value: a sentence's line heads no column.
const headRowMaxWords = 6

// wordsBox is the box of words ws.
func (in *Input) wordsBox(ws []int) doc.Box {
	return doc.UnionOf(ws, func(wi int) doc.Box { return in.Page.Words[wi].Box })
}

// wordsOver are the words of up that stand over box, sharing columns
// with it.
func (in *Input) wordsOver(up []int, box doc.Box) []int {
	var out []int
	for _, wi := range up {
		if b := in.Page.Words[wi].Box; b.Left < box.Right() && box.Left < b.Right() {
			out = append(out, wi)
		}
	}
	return out
}

// cellOver is the cell of line up (cellAround) that holds the first of
// its words standing over box, nil when none does: a column's head over
// a value.
func (in *Input) cellOver(up []int, box doc.Box) []int {
	over := in.wordsOver(up, box)
	if len(over) == 0 || in.Page == nil {
		return nil
	}
	a, b := cellAround(in, up, slices.Index(up, over[0]))
	return up[a:b]
}

// cellsOver are the words of line up that stand over box, and when the
// first of them is a number's marker, the rest of its cell (cellAround):
// a column's head that names its record past the value's width ("Número
// de empleado" over "20417").
func (in *Input) cellsOver(up []int, box doc.Box) []int {
	over := in.wordsOver(up, box)
	if len(over) == 0 || in.Page == nil || !numberMarker(in.Page.Words[over[0]].Text) {
		return over
	}
	a, _ := cellAround(in, up, slices.Index(up, over[0]))
	_, b := cellAround(in, up, slices.Index(up, over[len(over)-1]))
	return up[a:b]
}

// lineCloseAbove reports words up, a line above line ln, ending less than
// two of their heights above it.
func lineCloseAbove(in *Input, up, ln []int) bool {
	if len(up) == 0 || len(ln) == 0 {
		return false
	}
	box := in.wordsBox(up)
	gap := in.Page.Words[ln[0]].Box.Top - box.Bottom()
	return gap >= 0 && gap < 2*box.Height
}

// codeCell reports words k..k+n-1 of line ln standing apart as a table's
// cell: a column's gap (gapWider, the line's height) on each side that
// has a word.
func codeCell(in *Input, ln []int, k, n int) bool {
	words := in.Page.Words
	if k > 0 && !gapWider(words[ln[k-1]].Box, words[ln[k]].Box, 1) {
		return false
	}
	return k+n >= len(ln) || gapWider(words[ln[k+n-1]].Box, words[ln[k+n]].Box, 1)
}

// columnHeadMaxLines is how many lines above a table's value
// columnHeadVeto looks for its column's head.
const columnHeadMaxLines = 15

// columnHeadVeto reports a value of a table's column whose head names a
// thing's number ("Lot Number", "Serial", "Item Code"), or is the bare
// word for a code ("CODE" over a school report's "TH22101"): the nearest
// line above (of above) with a word of letters over the value is the
// head when the words over it between hold digits (the column's other
// codes) or no letter (a rule of dashes).
func columnHeadVeto(in *Input, above [][]int, ws []int) bool {
	box := in.wordsBox(ws)
	for i := len(above) - 1; i >= 0 && i >= len(above)-columnHeadMaxLines; i-- {
		var over []string
		for _, wi := range in.wordsOver(above[i], box) {
			over = append(over, in.Text[in.WordStart[wi]:in.WordEnd[wi]])
		}
		if !slices.ContainsFunc(over, func(t string) bool { return letterCount(t) > 0 }) ||
			slices.ContainsFunc(over, func(t string) bool { return patDigitCount(t) > 0 }) {
			continue
		}
		if slices.ContainsFunc(over, func(t string) bool { return strings.HasSuffix(t, ":") }) {
			return false // a form's field label over it ("Mënyra e pagesës:"), no column's head
		}
		return bareCodeHead(in, above[i], box) || slices.ContainsFunc(over, func(t string) bool { return idLabelKind(t) == 'v' })
	}
	return false
}

// bareCodeHead reports the cell of line up over box a word for a code
// alone (codeWords), no word for whose it is in its cell ("Patient
// Code").
func bareCodeHead(in *Input, up []int, box doc.Box) bool {
	if len(in.wordsOver(up, box)) != 1 {
		return false
	}
	cell := in.cellOver(up, box)
	return len(cell) == 1 && codeWords[idWord(in.Page.Words[cell[0]].Text)]
}

// codeWords are the word for a code in the languages the detector
// reads: a column's head of that word alone holds the codes of the rows'
// things (subjects, services, goods), a person's code having a word for
// whose it is ("Patient code").
var codeWords = lowerSet([]string{"code", "codes", "código", "codigo", "cód", "cod", "codice", "kod", "kód", "kode",
	"koodi", "kood", "kods", "kodas", "šifra", "sifra", "kódszám"})

// plateWords name a vehicle's registration plate in the languages the
// detector reads.
var plateWords = map[string]bool{"kenteken": true, "kennzeichen": true, "plate": true, "registration": true,
	"targa": true, "matrícula": true, "matricula": true, "immatriculation": true, "rekisterinumero": true,
	"registreringsnummer": true, "rendszám": true, "rejestracyjny": true, "spz": true,
	"înmatriculare": true, "inmatriculare": true, "plaka": true, "placa": true, "patente": true,
	"placas": true, "polisi": true, "nopol": true, "pendaftaran": true, "rego": true,
	"tablilla":        true, // Puerto Rico's plate
	"skráningarnúmer": true, "kjennemerke": true, "nummerplade": true, "nummerskilt": true,
	"nummerplaat": true, // Belgium's Dutch ("Plaque d'immatriculation / Nummerplaat")
	"plaque":      true, // Quebec's French ("Plaque : M47 KJT", "Numéro de plaque")
	// Slovak's and Czech's registration numbers ("EČV:", "RZ:")
	"ečv": true, "rz": true,
	"vrm": true, // the United Kingdom's vehicle registration mark
	// Estonian's registration number and mark, Latvian's, Lithuanian's
	"registreerimisnumber": true, "registreerimismärk": true, "numurzīme": true, "valstybinis": true}

// plainPlateWords are plateWords without their accents, as OCR often
// reads them ("Rendszam:").
var plainPlateWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range plateWords {
		m[lexicon.Unaccented(w)] = true
	}
	return m
}()

// plateWord reports a plate's word (plateWords), its accents read or not.
func plateWord(w string) bool { return plateWords[w] || plainPlateWords[lexicon.Unaccented(w)] }

// plateHeads open a plate's label of two words, whatever the second
// ("Registarska oznaka:", "registarske tablice").
var plateHeads = map[string]bool{"registarska": true, "registarske": true, "registrska": true}

// regMarks follow a registration's abbreviation in a plate's label
// ("Reg. oznaka:", "Reg. mark:").
var regMarks = map[string]bool{"oznaka": true, "mark": true}

// vehicleWords name a vehicle whose number, after a number's marker, is
// its plate ("Taxi No: SHA 4418 K", "Vehicle No. KA 01 AB 4418").
var vehicleWords = map[string]bool{"taxi": true, "cab": true, "vehicle": true, "car": true, "truck": true, "lorry": true, "van": true,
	"taksi": true, "kendaraan": true, "kenderaan": true,
	"autoturism": true, "autoutilitară": true, "autoutilitara": true, "autovehicul": true,
	// a vehicle's, before its registration ("Sõiduki reg. nr:", "Pojazdu nr rej.")
	"sõiduki": true, "soiduki": true, "sõiduk": true, "ajoneuvon": true, "pojazdu": true, "vozidla": true,
	"vozila": true, "fahrzeug": true, "fahrzeugs": true, "voertuig": true, "fordon": true, "fordonets": true,
	"kjøretøy": true, "køretøj": true,
	// Slovak's, Czech's and the South Slavic languages' vehicle in the
	// cases a plate follows ("na vozidle TT-915BH")
	"vozidlo": true, "vozidle": true, "vozidlu": true, "vozilo": true, "vozilu": true,
	// motorcycles, and cars in Spanish, Portuguese and Italian ("placa moto KTR48E")
	"moto": true, "motocicleta": true, "motorcycle": true, "motorbike": true, "carro": true, "coche": true, "camioneta": true}

// rePlate is a registration plate: groups of capitals and digits joined
// by dashes, letters and digits both ("GX-482-T", "B-MK-4821", "AB-123-CD",
// "P-742FHD").
var rePlate = regexp.MustCompile(`^[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,6}){1,3}[.,]?$`)

// reBookingCode is a booking's record locator: five to eight capitals
// and digits ("K7QZ4M").
var reBookingCode = regexp.MustCompile(`^[A-Z0-9]{5,8}[.,]?$`)

// bookingWords name a booking's code with the word after them
// ("Booking Reference:", "Reservation code"), and locatorWords alone
// ("PNR:", "Record locator:").
var (
	bookingWords = map[string]bool{"booking": true, "reservation": true, "buchungs": true, "réservation": true, "reserva": true, "prenotazione": true}
	locatorWords = map[string]bool{"pnr": true, "locator": true, "buchungsnummer": true, "buchungscode": true}
	bookingNouns = map[string]bool{"reference": true, "ref": true, "code": true, "number": true, "no": true, "nr": true, "référence": true, "código": true, "codice": true}
)

// bookingAt reports a booking's code at word k after its label: capitals
// with a letter at least, which needs no digits, but then is no word.
func bookingAt(words []string, k int) bool {
	if k == 0 {
		return false
	}
	digits, letters := idCounts(words[k])
	prev := idWord(words[k-1])
	if bookingWords[prev] && strings.HasSuffix(words[k-1], ":") && digits > 0 && letters > 0 && reReservationCode.MatchString(words[k]) {
		return true // the booking's word alone before its colon, a code of letters and digits: "Reservation: LVR8829KQ"
	}
	if !reBookingCode.MatchString(words[k]) || letters == 0 || digits == 0 && isDictWord(idCore(words[k])) {
		return false // a number's record; a word ("TOTAL")
	}
	return locatorWords[prev] || k >= 2 && bookingNouns[prev] && bookingWords[idWord(words[k-2])]
}

// reReservationCode is a hotel's or a car hire's reservation code, longer
// than an airline's (reBookingCode).
var reReservationCode = regexp.MustCompile(`^[A-Z0-9]{5,12}[.,]?$`)

// registerWords are the acronyms of the registers of doctors and
// vets, whose numbers may have four digits: Argentina's national and
// provincial ("M.N.", "M.P."), Colombia's medical register ("RM"), the
// Dominican Republic's licence to practise ("Exequátur"). Colombia's
// number has its dash ("RM 05-18427"): "RM 1500" is an amount in
// ringgit.
var registerWords = map[string]bool{"m.n": true, "m.p": true, "rm": true, "r.m": true, "exequátur": true, "exequatur": true}

// dashedRegisters are the registers whose numbers have a dash.
var dashedRegisters = map[string]bool{"rm": true, "r.m": true}

// reRegisterNumber is a register's number: four digits or more, a dash
// among them ("1427", "05-18427", "2748-18").
var reRegisterNumber = regexp.MustCompile(`^\d+(?:-\d+)?[.,;]?$`)

// registerAt reports a register's number at word k, right after the
// register's acronym.
// inscribedAt reports a number after "sous le n°" in a sentence that
// inscribes its holder on a register: a doctor's on the order's roll
// ("inscrit au tableau de l'Ordre des Médecins sous le n° 4127").
func inscribedAt(words []string, k int) bool {
	if k < 4 || !numberMarker(words[k-1]) || !strings.EqualFold(words[k-3], "sous") || countDigits(words[k]) < 3 {
		return false
	}
	if w := strings.ToLower(words[k-2]); w != "le" && w != "la" {
		return false
	}
	return slices.ContainsFunc(words[:k-3], func(w string) bool { return strings.HasPrefix(strings.ToLower(w), "inscrit") })
}

func registerAt(words []string, k int) bool {
	if k == 0 {
		return false
	}
	reg := idWord(words[k-1])
	return registerWords[reg] && reRegisterNumber.MatchString(words[k]) && countDigits(words[k]) >= 4 &&
		(!dashedRegisters[reg] || strings.Contains(words[k], "-"))
}

// asideRegistrationAt reports a registration's number at word k in an
// aside that opens with a registration's abbreviation, as a pharmacist's
// or a doctor's follows the name ("Rupali Gaikwad (Reg. 41278)"): digits
// only, four of them or more and no year, and the bracket that closes.
func asideRegistrationAt(words []string, k int) bool {
	if k == 0 || !strings.HasPrefix(words[k-1], "(") || !regWords[idWord(words[k-1])] {
		return false
	}
	v, closed := strings.CutSuffix(strings.TrimRight(words[k], ".,;"), ")")
	return closed && len(v) >= 4 && countDigits(v) == len(v) && !reYearToken.MatchString(v)
}

// meterWords name a household's supply meter.
var meterWords = lowerSet([]string{"meter", "compteur", "zähler", "contatore", "medidor",
	// Swahili, Indonesian, Turkish, Polish, the South Slavic and Nordic languages, Finnish
	"mita", "meteran", "sayaç", "sayac", "licznik", "brojilo", "merilo", "måler", "mätare", "mittari"})

// meterMinDigits is the fewest digits of a meter's number; fewer are its
// reading ("Meter: 45231 kWh").
const meterMinDigits = 8

// meterAt reports a meter's number at word k right after a meter's word,
// also the last part of a slashed reference ("AEDC PREPAID/METER
// 04178239516", "Electricity token - meter 04219783316"): digits only,
// meterMinDigits of them or more; or a supply point's code after its
// label.
func meterAt(words []string, k int) bool {
	if k == 0 {
		return false
	}
	w := idWord(words[k-1])
	if i := strings.LastIndex(w, "/"); i >= 0 {
		w = w[i+1:]
	}
	v := idCore(words[k])
	if supplyPointWords[w] && len(v) == supplyPointDigits && countDigits(v) == len(v) {
		return true // "EAN 541448820047183920": the supply point of a home's electricity or gas
	}
	return meterWords[w] && len(v) >= meterMinDigits && countDigits(v) == len(v)
}

// supplyPointDigits is the length of a supply point's code (a GS1 service
// relation number, which Benelux grids print as the connection's "EAN");
// a product's barcode has 8 or 13 digits.
const supplyPointDigits = 18

// supplyPointWords label a supply point's code.
var supplyPointWords = lowerSet([]string{"ean", "ean-code", "eancode", "gsrn"})

// reETicket is an airline's electronic ticket number: the airline's
// three digits, then ten ("491-2415509834").
var reETicket = regexp.MustCompile(`^\d{3}[- ]?\d{10}[.,]?$`)

// ticketWords name a ticket in the languages the detector reads.
var ticketWords = lowerSet([]string{"ticket", "e-ticket", "eticket", "billet", "billete", "biglietto", "bilhete", "flugschein", "tiket",
	"billett", "biljett", "bilet", "lippu", "jegy"})

// ticketHeadLines is how many lines above a ticket's number its column's
// head may stand: the rows of the other passengers' tickets between.
const ticketHeadLines = 4

// eTicketSpaced returns 2 when words k and k+1 are an airline's ticket
// number written with a space ("743 2417730586") on a line with a
// ticket's word, or under a line with one (a column's head, rows of
// other tickets between); 0 otherwise.
func eTicketSpaced(in *Input, above [][]int, words []string, k int) int {
	if k+1 >= len(words) || len(words[k]) != 3 || !reETicket.MatchString(words[k]+" "+words[k+1]) {
		return 0
	}
	if ticketWordBefore(words, k) {
		return 2
	}
	for i := len(above) - 1; i >= 0 && i >= len(above)-ticketHeadLines; i-- {
		if slices.ContainsFunc(textsOf(in.Page.Words, above[i]), ticketWord) {
			return 2
		}
	}
	return 0
}

// eTicketAt reports an airline's ticket number at word k, a ticket's word
// at most three words before it ("Ticket number: 491-2415509834"): a
// till's ticket, whose number is the seller's, has no such shape.
func eTicketAt(words []string, k int) bool {
	if !reETicket.MatchString(words[k]) {
		return false
	}
	return ticketWordBefore(words, k)
}

// ticketWordBefore reports a ticket's word among the three words before
// word k.
func ticketWordBefore(words []string, k int) bool {
	return slices.ContainsFunc(words[max(0, k-3):k], ticketWord)
}

// ticketWord reports a ticket's word (ticketWords).
func ticketWord(w string) bool { return ticketWords[idWord(w)] }

// rePlateGroup is a group of a plate written with spaces: capitals or
// digits, one to seven ("IL DK 48219", "YJ19 KXP", "MRE381", "AB12CDE"),
// the last one's part after a dash with it ("AE HK-417"), the last one
// closing an aside too ("(Kennzeichen: M-AB 1234)").
var rePlateGroup = regexp.MustCompile(`^[A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?\)?[.,]?$`)

// plateAt returns how many words from word k, right after a plate's word,
// make a registration plate, with or without a colon ("het kenteken
// GX-482-T", "Targa: AB-123-CD", "plate IL DK 48219"), or after a
// vehicle's word and a number's marker ("Taxi No: SHA 4418 K"); 0 for
// none. A plate has up to four groups ("KA 01 AB 4418"), letters and
// digits, five of them or more.
func plateAt(words []string, k int) int {
	if k == 0 {
		return 0
	}
	labelled, spaced := plateLabelled(words, k)
	if !labelled {
		return 0
	}
	n := 0
	if rePlate.MatchString(words[k]) && plateChars(words[k]) {
		n = 1
	} else { // a dashed first group of letters goes on ("M-AB 1234")
		for n < 4 && k+n < len(words) && rePlateGroup.MatchString(words[k+n]) {
			n++
			if strings.Contains(words[k+n-1], ")") || strings.ContainsAny(words[k+n-1], ".,") && (n > 1 || strings.HasSuffix(words[k], ",")) {
				break // the plate ends its clause; a period after its first group is OCR's speck ("BAK. 4721")
			}
		}
	}
	if n == 0 || spaced && n < 2 || !plateChars(strings.Join(words[k:k+n], "")) {
		return 0
	}
	return n
}

// plateUnderHead is the words of a plate at word k of line ln under a
// column's head whose cell holds a plate's word ("Evidenčné číslo (EČV)"
// over "TN-482KM", "Numéro de plaque" over "M47 KJT", "Reg. No." over a
// table's plates): one word of a plate's shape (rePlate), or two groups in
// one cell; 0 for none. above are the lines above: the head may stand over
// rows of plates (plateRowsMax at most).
func plateUnderHead(in *Input, above [][]int, ln []int, k int) int {
	if len(above) == 0 || in.Page == nil || !lineCloseAbove(in, above[len(above)-1], ln) {
		return 0
	}
	n := plateCellAt(in, ln, k)
	if n == 0 {
		return 0
	}
	box := in.Page.Words[ln[k]].Box
	for up := len(above) - 1; up >= 0 && up >= len(above)-plateRowsMax; up-- {
		cell := in.cellOver(above[up], box)
		if plateHead(textsOf(in.Page.Words, cell)) {
			return n
		}
		if len(cell) == 0 || plateCellAt(in, above[up], slices.Index(above[up], cell[0])) == 0 {
			return 0
		}
	}
	return 0
}

// plateRowsMax is the most rows of plates between a plate and its
// column's head.
const plateRowsMax = 8

// plateCellAt is the words of a plate's shape at word k of line ln: one
// word (rePlate), or two groups alone in their cell, set apart from the
// words beside them by gaps twice the text's height; 0 for none.
func plateCellAt(in *Input, ln []int, k int) int {
	text := func(j int) string { return in.Text[in.WordStart[ln[j]]:in.WordEnd[ln[j]]] }
	apart := func(a, b int) bool { return gapWider(in.Page.Words[ln[a]].Box, in.Page.Words[ln[b]].Box, 2) }
	switch t := text(k); {
	case rePlate.MatchString(t) && plateChars(t):
		return 1
	case k+1 < len(ln) && rePlateGroup.MatchString(t) && rePlateGroup.MatchString(text(k+1)) && !columnGapAt(in, ln[k], ln[k+1]) &&
		(k == 0 || apart(k-1, k)) && (k+2 == len(ln) || apart(k+1, k+2)) && plateChars(t+text(k+1)):
		return 2 // a cell of two groups alone
	}
	return 0
}

// plateHead reports a column's head that names a plate: a plate's word,
// or a registration's abbreviation and a number's marker ("Reg. No.",
// over a plate's shape in a table of vehicles).
func plateHead(ws []string) bool {
	for i, w := range ws {
		if plateWord(idWord(w)) || i+1 < len(ws) && regWords[idWord(w)] && numberMarker(ws[i+1]) {
			return true
		}
	}
	return false
}

// reEastAfricanPlateSeries and reEastAfricanPlateNumber are the two
// groups of a Kenyan or Ugandan plate ("KDK 482P", "UBF 317K"): a series
// of three capitals that opens with the country's letter, three digits
// and a capital. The shape alone is the evidence: no code, acronym or
// amount is written so.
var (
	reEastAfricanPlateSeries = regexp.MustCompile(`^[KU][A-Z]{2}$`)
	reEastAfricanPlateNumber = regexp.MustCompile(`^\d{3}[A-Z][.,;)]?$`)
)

// eastAfricanPlate reports a Kenyan or Ugandan plate at words k and k+1.
func eastAfricanPlate(words []string, k int) bool {
	return k+1 < len(words) && reEastAfricanPlateSeries.MatchString(words[k]) && reEastAfricanPlateNumber.MatchString(words[k+1]) && !currencyCode(words[k])
}

// plateChars reports a plate's letters and digits: some of each, five
// or more in all.
func plateChars(s string) bool {
	digits, letters := idCounts(s)
	return digits > 0 && letters > 0 && digits+letters >= 5
}

// plateLabelled reports a plate's label right before word k. spaced is
// a label that numbers a firm's registration too ("Registration No.:"):
// its plate is written in groups ("AFK 6093"), a firm's number in one.
func plateLabelled(words []string, k int) (ok, spaced bool) {
	w := idWord(words[k-1])
	// Right after a vehicle's word the plate opens with letters ("for
	// vehicle SGX 4418 K"); "van" is a Dutch name's particle too.
	vehicle := vehicleWords[w] && w != "van" && w == strings.ToLower(words[k-1]) && strings.IndexFunc(words[k], unicode.IsLetter) == 0
	// A vehicle's word as a field's label, its colon after it or apart
	// ("Kenderaan / Vehicle : BPK 6218", "Registration mark of vehicle:").
	vehicle = vehicle || strings.HasSuffix(words[k-1], ":") && vehicleWords[w] && w != "van" ||
		words[k-1] == ":" && k >= 2 && vehicleWords[idWord(words[k-2])] && idWord(words[k-2]) != "van"
	switch {
	case plateWord(w), vehicle, vehicleRegistration(words, k), plateThenVehicle(words, k),
		words[k-1] == ":" && k >= 2 && plateWord(idWord(words[k-2])): // its colon apart: "Plaque : M47 KJT"
		return true, false
	case k >= 2 && (plateHeads[idWord(words[k-2])] || numberMarker(words[k-1]) && vehicleWords[idWord(words[k-2])] || regMarks[w] && regWords[idWord(words[k-2])]),
		k >= 2 && numberMarker(words[k-2]) && vehicleWords[w] && w != "van",                      // the marker first, as Malay writes it: "No. Kenderaan:"
		k >= 2 && numberMarker(words[k-2]) && w == "rej",                                         // Polish's "nr rej." (numer rejestracyjny)
		k >= 2 && regWords[w] && vehicleWords[idWord(words[k-2])] && idWord(words[k-2]) != "van": // "Vehicle Reg.: KDG 417M"
		return true, false
	case k >= 2 && numberMarker(words[k-1]) && plateWord(idWord(words[k-2])):
		return true, true
	}
	return false, false
}

// plateThenVehicle reports a plate's word, then a vehicle's, before
// word k ("No. Pendaftaran Kenderaan: WVB 8214", Malay's registration of
// the vehicle).
func plateThenVehicle(words []string, k int) bool {
	return k >= 2 && plateWord(idWord(words[k-2])) && vehicleWords[idWord(words[k-1])]
}

// regWords abbreviate a registration before its number's marker.
var regWords = map[string]bool{"reg": true, "regn": true, "registration": true}

// vehicleRegistration reports a registration's number ("Reg. No.:",
// or "reg." alone) on a line that names a vehicle or its make before it
// ("Vehicle: Toyota Hilux 2.4 GD-6 Reg. No.: B 482 BKT", "2019 Toyota
// Corolla 1.8 Hybrid, reg. 191-C-48273"): the vehicle's plate. Elsewhere
// the words register a firm or a tax ("VAT Reg. No.").
func vehicleRegistration(words []string, k int) bool {
	named := func(ws []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return vehicleWords[idWord(w)] || lexicon.IsVehicleMake(coreWord(w)) })
	}
	return k >= 3 && numberMarker(words[k-1]) && regWords[idWord(words[k-2])] && named(words[:k-2]) ||
		k >= 2 && strings.HasSuffix(words[k-1], ".") && regWords[idWord(words[k-1])] && named(words[:k-1])
}

// bankAccountDigits are the lengths of a bank account's number written
// whole: eight (the United Kingdom) to twelve digits (Nigeria's NUBAN has
// ten).
var bankAccountDigits = map[int]bool{8: true, 9: true, 10: true, 11: true, 12: true}

// registerAfterName reports a register's acronym at word j
// (registerAcronym, no currency's code or firm's legal form) between a
// surname and a number of four to seven digits at word k: a professional's
// registration beside the name ("Ñahui Cárdenas C.Q.F.P. 21764").
func registerAfterName(words []string, j, k int) bool {
	acr, num, sur := strings.TrimRight(words[j], ":"), idCore(words[k]), coreWord(words[j-1])
	if !registerAcronym(coreWord(acr)) || currencyCode(acr) || isLegalForm(acr) || len(num) < 4 || len(num) > 7 || countDigits(num) != len(num) {
		return false
	}
	return capitalised(sur) && !isUpperWord(sur) && (isLastName(sur) || !isDictWord(sur) && frameNameWord(sur))
}

// folioAfterTransit reports a Canadian account's number after "folio",
// the branch's transit number before it on the line ("institution 815,
// transit 30182, folio 0427316"): Quebec's word for the account.
func folioAfterTransit(words []string, k int) bool {
	return k >= 3 && idWord(words[k-1]) == "folio" && slices.ContainsFunc(words[:k-1], func(w string) bool { return idWord(w) == "transit" })
}

// splitLabelBefore reports a label's word that OCR split in two right
// before word k, its colon after the second part: a short capitalised
// part and one in lower case that no label is alone, joined a label
// ("Mat ricola: 00731").
func splitLabelBefore(words []string, k int) bool {
	if k < 2 || !strings.HasSuffix(words[k-1], ":") {
		return false
	}
	head, tail := words[k-2], words[k-1]
	if len([]rune(head)) > 4 || !capitalised(head) || !lowerFirst(tail) || idLabelKind(head) != 0 || idLabelKind(tail) != 0 {
		return false
	}
	return idLabelKind(head+tail) == 'l'
}

// idLabelBefore walks back from word k over label words and fillers: 'v'
// when it meets a veto word, else 'l' when it found a label, else 0. A
// bank's one-word name right before a number of bankAccountDigits in one
// word labels it too: the account's ("Transfer, GTBank, 0123418827"; a
// phone is written in groups).
func idLabelBefore(words []string, k int) byte {
	if k > 0 && k < len(words) && bankWord(strings.TrimRight(words[k-1], ",:")) {
		// k may stand past the last word: a phone's label read before its number
		if v := idCore(words[k]); bankAccountDigits[len(v)] && countDigits(v) == len(v) {
			return 'l'
		}
	}
	if splitLabelBefore(words, k) {
		return 'l'
	}
	found := byte(0)
	for j := k - 1; j >= 0 && j >= k-recordIDLookBack; j-- {
		switch idLabelKind(words[j]) {
		case 'v':
			if found == 0 && j > 1 && onObject(words, j) {
				// what a record is kept on ends its label: "Your direct
				// debit account on file: BSP 1002 8734 1184"
				for !strings.EqualFold(words[j], "on") {
					j--
				}
				continue
			}
			if customerFileOf(words[j], words, k) {
				found = 'l' // a bank's customer file before digits alone: "Customer ID (CIF): 0047182935"
				continue
			}
			if personsRecordHolder(words, j) {
				found = 'l' // "Patient File No.:"
				continue
			}
			if found != 0 && recordStem(words[j+1]) {
				// A record's own label word after it: the word before
				// is the sentence's ("Utbetalas till konto:").
				return found
			}
			if found != 0 && j > 0 && invoiceWord(words[j-1]) {
				return found // the invoice's kind: "Faktura VAT nr 114/10/2026"
			}
			if j > 0 && taxWord(idWord(words[j])) && personTaxHolders[idWord(words[j-1])] {
				return 'l' // a person's tax number: "Guest VAT No: 128475307" (Greece's AFM)
			}
			if slashedLabelBefore(words, j) {
				return 'l' // the label in another language before a slash: "N° Dossier / File No.:"
			}
			return 'v' // "Order No.", "Page"
		case 'l':
			if j == k-1 && j > 0 && acronymLabel(words[j]) && len(idWord(words[j])) >= 3 && idLabelKind(words[j-1]) == 0 && !idFiller[idWord(words[j-1])] &&
				hasLetters(words[j-1], 2) && !strings.HasSuffix(words[j-1], ",") {
				// An acronym's label of three letters or more right after
				// another field's words opens its own field: "Kingston 19,
				// St. Andrew   TRN: 114-582-307" ("ST. LOUIS, MO: 63136"
				// is a town's state and its postcode).
				return 'l'
			}
			found = 'l'
			continue
		}
		if w := idWord(words[j]); (w == "" || w == "|") && found == 0 {
			// a colon standing apart ("Lab No.   : 250412-077"), or read
			// as a bar ("NPWP | 74.218.506.3-903.000"); a dash is no
			// colon: the field before it is empty
			continue
		}
		if j == k-1 && found == 0 && j > 0 && regWords[idWord(words[j])] && councilAcronym(words[j-1]) {
			found, j = 'l', j-1 // a council's register: "(KSPC Reg. 31847)", a pharmacist's
			continue
		}
		if j == k-1 && found == 0 && j > 0 && len(words[j]) == 2 && upperLetters(words[j]) && idLabelKind(words[j-1]) == 'l' && !currencyCode(words[j]) {
			found, j = 'l', j-1 // a card's series of two letters after its label: "ID-karta AD 4175382"
			continue
		}
		if j == k-1 && found == 0 && j > 0 && k < len(words) && registerAfterName(words, j, k) {
			return 'l' // a register's acronym after a person's name: "Ñahui Cárdenas   C.Q.F.P. 21764"
		}
		if j == k-1 && found == 0 && j > 0 && idWord(words[j]) == "col" && numberMarker(words[j-1]) {
			found, j = 'l', j-1 // a Spanish or Catalan doctor's college number: "(núm. col. 32817)", "Nº Col."
			continue
		}
		if m := markerOpensLabel(words, j); j == k-1 && found == 0 && m >= 0 {
			found, j = 'l', m // a number marker opens the label: "Nr w księdze oddziału: 1457/24"
			continue
		}
		if j == k-1 && found == 0 && accountKinds[idWord(words[j])] {
			continue // the account's kind before its number: "Repayment account: Savings 200-114-5530"
		}
		if j == k-1 && found == 0 && strings.HasSuffix(words[j], ":") && j > 0 && idFiller[idWord(words[j-1])] {
			continue // a qualifier that ends the label: "CPF do consumidor:"
		}
		if j == k-1 && found == 0 && strings.HasPrefix(words[j], "(") && strings.HasSuffix(strings.TrimRight(words[j], ":"), ")") && strings.HasSuffix(words[j], ":") {
			continue // a bracketed qualifier before the colon: "PHN (MSP): 9876 543 210"
		}
		if o := asideBeforeColon(words, j); j == k-1 && found == 0 && o > 0 && acronymLabel(words[o-1]+":") {
			found, j = 'l', o-1 // an acronym and its aside of words: "CIPA (tarjeta sanitaria): 4107395826"
			continue
		}
		if found == 0 && j == k-1 && j > 0 && shortMarkerAfterAcronym(words[j-1], words[j]) {
			found, j = 'l', j-1 // an acronym's number word, as OCR reads the Vietnamese "số": "CCCD si:"
			continue
		}
		if found == 0 && qualifierBeforeColon(words, j, k) && j > 0 && (idLabelKind(words[j-1]) == 'l' || idLabelKind(words[j-1]+":") == 'l') {
			// A label's last word that qualifies it: "No d'assurance
			// maladie :", an acronym and the party it is of ("RFC
			// receptor:", "NIF cliente:").
			found, j = 'l', j-1
			continue
		}
		if found == 0 && qualifierBeforeColon(words, j, k) && j > 1 && capitalised(words[j-1]) && letterCount(words[j-1]) == len([]rune(words[j-1])) &&
			idLabelKind(words[j-2]) == 'l' && longValueAt(words, k) {
			// A card's scheme of two words: "Karta Moja Gemini: 5901 2288 4471".
			found, j = 'l', j-2
			continue
		}
		if found == 0 && j == k-1 && j > 0 && abbreviatedQualifier(words[j]) && idLabelKind(words[j-1]) == 'l' && !numberMarker(words[j-1]) {
			found, j = 'l', j-1 // the label's kind abbreviated after it: "Céd. Esp. 11027465", a specialist's licence
			continue
		}
		if j+1 < k && idWord(words[j+1]) == "" && strings.TrimSpace(words[j+1]) == ":" && acronymLabel(words[j]+":") {
			found = 'l' // an acronym before a colon standing apart: "CAF : 2847719"
			continue
		}
		if found != 0 || !idFiller[idWord(words[j])] && !(j == k-1 && (bankAcronym(words[j]) || bankWord(words[j]))) {
			break
		}
	}
	if found == 0 && slashedLabelOpens(words, k) {
		return 'l'
	}
	if found != 0 && idVetoBefore(words, k) && !savingsBefore(words, k) {
		return 'v'
	}
	return found
}

// slashedLabelOpens reports a label in two languages right before word
// k, its colon after the second, the first a record's ("ID / Αρ.
// Ταυτότητας: AK 482913", "Car plate / Αρ. κυκλοφορίας: IKY-4827"): the
// second language's words are none the vocabulary knows.
func slashedLabelOpens(words []string, k int) bool {
	if k >= 2 && !strings.HasSuffix(words[k-1], ":") && len(words[k-1]) <= 3 && upperLetters(words[k-1]) {
		k-- // a series' letters between the colon and the number: "AK 482913"
	}
	if k == 0 || !strings.HasSuffix(words[k-1], ":") {
		return false
	}
	for s := k - 2; s >= 1 && s >= k-1-recordIDLookBack; s-- {
		if strings.Contains(words[s], ":") {
			return false
		}
		if strings.TrimSpace(words[s]) != "/" {
			continue
		}
		for j := s - 1; j >= 0 && j >= s-2; j-- {
			if kind := idLabelKind(words[j]); kind == 'v' {
				return false
			} else if kind == 'l' || plateWord(idWord(words[j])) {
				return true
			}
		}
		return false
	}
	return false
}

// abbreviatedQualifier reports a capitalised word of two to five letters
// cut short by its period ("Esp.", "Prof.", "Spec."), no number marker.
func abbreviatedQualifier(t string) bool {
	w, ok := strings.CutSuffix(strings.TrimSpace(t), ".")
	n := letterCount(w)
	return ok && n >= 2 && n <= 5 && n == len([]rune(w)) && capitalised(w) && !numberMarker(t)
}

// savingsBefore reports a word of savings among the label's words before
// token k: an account's, after a till's or a bank's word that alone would
// veto its number ("Caja de ahorro Nº").
func savingsBefore(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-recordIDLookBack; j-- {
		if idHasStem(idWord(words[j]), savingsStems) {
			return true
		}
	}
	return false
}

// asideBeforeColon is the index of the word that opens an aside in
// brackets of two or three words which word j closes with its colon;
// -1 when there is none.
func asideBeforeColon(words []string, j int) int {
	if !strings.HasSuffix(words[j], "):") {
		return -1
	}
	for o := j - 1; o >= 0 && o >= j-2; o-- {
		if strings.HasPrefix(words[o], "(") {
			return o
		}
	}
	return -1
}

// qualifierBeforeColon reports a lower-case word of four letters or more
// at j that ends a label before the value at k, its colon glued on or
// standing alone between them. A capital inside the word is OCR's
// ("Kennitala sjUklings:").
func qualifierBeforeColon(words []string, j, k int) bool {
	w := strings.TrimSuffix(words[j], ":")
	if letterCount(w) < 4 || letterCount(w) != len([]rune(w)) || !lowerFirst(w) && !(capitalised(w) && longValueAt(words, k)) {
		return false
	}
	return j == k-1 && strings.HasSuffix(words[j], ":") || j == k-2 && strings.TrimSpace(words[k-1]) == ":"
}

// shortMarkerAfterAcronym reports a word of one to three lower-case
// letters and its colon (w) after an ID's acronym in capitals (acr) that
// labels a number with its colon: the acronym's number word, however OCR
// read it ("CCCD si:" for "CCCD số:").
func shortMarkerAfterAcronym(acr, w string) bool {
	m, ok := strings.CutSuffix(w, ":")
	n := letterCount(m)
	return ok && n >= 1 && n <= 3 && n == len([]rune(m)) && strings.ToLower(m) == m &&
		strings.ToUpper(acr) == acr && idLabelKind(acr+":") == 'l'
}

// longQualifiedDigits is how many digits the value after a capitalised
// qualifier needs ("Karta Melous: 5012 4410 9938"): a card's or an
// account's number, no amount.
const longQualifiedDigits = 10

// longValueAt reports a value of at least longQualifiedDigits digits in
// the few words from word k.
func longValueAt(words []string, k int) bool {
	return countDigits(strings.Join(words[k:min(len(words), k+4)], "")) >= longQualifiedDigits
}

// recordStem reports a label word that names a record itself ("konto:",
// "Kundennummer"), not a bare number marker ("No.") that the word before
// it qualifies.
func recordStem(t string) bool {
	return idLabelKind(t) == 'l' && !numberMarker(t)
}

// recordHolders name what holds a record ("File No."): a business word
// alone, a memo's or a project's file, but a person's record after a
// record's label ("Patient File No.", "Client Folder No.", "Employee
// Code:"; "Product Code" stays a business one).
var recordHolders = map[string]bool{"file": true, "folder": true, "code": true}

// personsRecordHolder reports a record holder at j after a record's label,
// a meter's serial number, which names a household's supply ("Meter
// serial: E6S14412873118"; a goods' serial number stays a business one),
// or an incident's report.
func personsRecordHolder(words []string, j int) bool {
	if j == 0 {
		return false
	}
	w := idWord(words[j])
	return recordHolders[w] && (recordStem(words[j-1]) || careWords[idWord(words[j-1])]) || w == "serial" && idWord(words[j-1]) == "meter" ||
		w == "report" && incidentWords[idWord(words[j-1])]
}

// careWords make a file a patient's or a client's: a clinic's, a case's
// ("Clinic file no.: CSF-04718").
var careWords = lowerSet([]string{"clinic", "clinical", "medical", "health", "case", "dental"})

// incidentWords make a report a person's case: the police's or an
// accident's report on an insurance claim ("Police Report No.:"), no
// document's own number.
var incidentWords = lowerSet([]string{"police", "incident", "accident", "crime"})

// invoiceWord reports a word naming an invoice, in the languages the
// detector reads ("Faktura", "Factura", "Rechnung").
func invoiceWord(t string) bool {
	return idHasStem(idWord(t), []string{"invoice", "faktur", "factur", "fattur", "fatur", "factuur", "rechnung"})
}

// bankWord reports a bank's one-word name ("Swedbank", "Handelsbanken",
// "Bankinter") between an account's label and its number.
func bankWord(w string) bool {
	return len(w) > 1 && patIsUpper(w[0]) && strings.Contains(strings.ToLower(w), "bank")
}

// bankAcronym reports a word of two to five capitals, as a bank's name
// stands between an account's label and its number ("Rekening BCA 523 018
// 7741").
func bankAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

// idNamedLabelLookBack is how many words an ID label may stand before a
// "/" that separates the organisation it names from its number.
const idNamedLabelLookBack = 8

// idAfterNamedLabel reports a code after a "/" that follows an ID label
// and the organisation it names ("Insurance: Grimes - Volkman / 6324 7856
// 46", "Mutuelle: Dubois et Perez / 7401 5319 17"): the label's number.
func idAfterNamedLabel(words []string, k int) bool {
	if k < 2 || strings.TrimSpace(words[k-1]) != "/" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-1-idNamedLabelLookBack; j-- {
		switch idLabelKind(words[j]) {
		case 'v':
			return false
		case 'l':
			return strings.HasSuffix(strings.TrimSpace(words[j]), ":")
		}
	}
	return false
}

// bankWords end a bank's name ("ABA Bank", "Banco Nación").
var bankWords = lowerSet([]string{"bank", "banque", "banco", "banca", "bankası", "bankasi", "bankas"})

// accountAfterBankMinDigits is the fewest digits of an account's number
// right after its bank's name.
const accountAfterBankMinDigits = 8

// accountAfterBank reports a number of accountAfterBankMinDigits digits
// or more, in one group or a few (spaced or dash-joined), right after a
// bank's capitalised name ("Payment method: ABA Bank 003 482 917"), or
// after its name and the account's kind ("POSB Savings 189-45213-6"): the
// payer's account there.
func accountAfterBank(words []string, k, n int) bool {
	// the account's kind after the bank's name: "POSB Savings 189-45213-6"
	kind := k >= 2 && accountKinds[idWord(words[k-1])] && capitalised(strings.TrimSpace(words[k-1])) &&
		(bankAcronym(words[k-2]) && !currencyCode(words[k-2]) || bankWords[idWord(words[k-2])])
	if !kind && (k == 0 || !bankWords[idWord(words[k-1])] || !capitalised(strings.TrimSpace(words[k-1]))) {
		return false
	}
	v := strings.TrimRight(strings.Join(words[k:k+n], ""), ".,;")
	return countDigits(v) >= accountAfterBankMinDigits && strings.Trim(v, "0123456789-") == "" && !strings.HasPrefix(v, "-")
}

// idGroupedMinDigits is the fewest digits of a number in dash-joined
// groups that any field label makes an identifier.
const idGroupedMinDigits = 9

// idGroupedAfterLabel reports a value of one word at word k (n words) of
// digits in three dash-joined groups or more, with idGroupedMinDigits
// digits or more, right after a field label with a colon that is no
// phone's ("PhilHealth: 12-345678901-2", "Pag-IBIG: 1234-5678-9012"): a
// scheme's member number, whatever its name. Veto labels ("Order No.:")
// were read before.
func idGroupedAfterLabel(words []string, k, n int) bool {
	if n != 1 || k == 0 || !strings.HasSuffix(words[k-1], ":") || phoneLabelWord(words[k-1]) {
		return false
	}
	groups, d := dashGroups(words[k])
	return len(groups) >= 3 && d >= idGroupedMinDigits
}

// dashGroups splits a word of digit groups joined by dashes
// ("12-345678901-2") into its groups and counts its digits; nil when the
// word holds anything else.
func dashGroups(t string) ([]string, int) {
	v := strings.TrimRight(t, ".,;")
	groups := strings.Split(v, "-")
	d := patDigitCount(v)
	if d+len(groups)-1 != len(v) {
		return nil, d
	}
	return groups, d
}

// idDashGroupsMinDigits is the fewest digits of a number in four
// dash-joined groups or more that needs no label to be an identifier.
const idDashGroupsMinDigits = 10

// idDashGroups reports a number in four dash-joined groups or more with
// idDashGroupsMinDigits digits or more: a bank account ("12-3091-0457882-00")
// or a practitioner's number ("1-47281-33-004"), which no date, amount or
// postcode is written as. A book's ISBN ("978-3-16-148410-0") is none.
func idDashGroups(t string) bool {
	groups, d := dashGroups(t)
	if len(groups) < 4 || d < idDashGroupsMinDigits {
		return false
	}
	return !(d == 13 && (groups[0] == "978" || groups[0] == "979"))
}

// reBankCodeAccount is a Czech or Slovak account number: an optional
// prefix and its dash, the number, and the bank's four-digit code after a
// slash ("19-2000145399/0800", "2400123456/2010").
var reBankCodeAccount = regexp.MustCompile(`^(?:(\d{1,6})-)?(\d{2,10})/\d{4}$`)

// idBankCodeAccount reports an account in reBankCodeAccount's shape, which
// needs no label: with its prefix, or with a number of six digits or more
// (a Czech address's "1511/230" has fewer, and a bank code of three).
func idBankCodeAccount(t string) bool {
	m := reBankCodeAccount.FindStringSubmatch(idCore(t))
	return m != nil && (m[1] != "" || len(m[2]) >= 6)
}

// idFourGroupsMin is the fewest groups of exactly four digits in a number
// written in spaced groups that needs no label to be an account.
const idFourGroupsMin = 4

// idFourGroups reports a number at word k (n words) in spaced digit
// groups with idFourGroupsMin groups of four digits or more, not all of
// them years: a bank account or card written for reading aloud ("12 1020
// 5558 1111 1234 5678 9012", a Polish account with no IBAN prefix).
// Amounts group their digits by three; a row of years ("2023 2024 2025
// 2026") heads a table. After a group of four with letters, the digits are
// an IBAN's tail, whose head OCR misread ("1T87 NO14 6364 …").
func idFourGroups(words []string, k, n int) bool {
	if k > 0 {
		if prev := idCore(words[k-1]); len(prev) == 4 && strings.IndexFunc(prev, unicode.IsLetter) >= 0 {
			return false
		}
	}
	fours, years := 0, 0
	for _, w := range words[k : k+n] {
		g := strings.TrimRight(w, ".,;:)")
		if len(g) != 4 || countDigits(g) != 4 {
			continue
		}
		fours++
		if y := g[:2]; y == "19" || y == "20" {
			years++
		}
	}
	return fours >= idFourGroupsMin && years < fours
}

// idCodeNouns name a code in the languages the detector reads; a
// qualifier after one says whose code it is ("Codice medico", "Código
// paciente", "Code médecin").
var idCodeNouns = map[string]bool{"code": true, "codice": true, "código": true, "codigo": true}

// idQualifiedCode reports a code after a code noun and one lower-case
// qualifier that is no veto word ("Codice medico UF-9835").
func idQualifiedCode(words []string, k int) bool {
	if k < 2 || !idCodeNouns[idWord(words[k-2])] {
		return false
	}
	q := strings.TrimRight(words[k-1], ":")
	for _, c := range q {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return idLabelKind(q) != 'v'
}

// referencePossessives open a letter's reference label ("Your ref.",
// "Our ref.", "Votre réf.", "Ihr Zeichen").
var referencePossessives = map[string]bool{"your": true, "our": true, "my": true, "votre": true, "notre": true,
	"ihr": true, "ihre": true, "unser": true, "unsere": true, "su": true, "nuestra": true, "nuestro": true}

// referenceWords name a transaction's or a document's reference: right
// before its value, what they follow qualifies them ("Mobile Money Ref"),
// unless it is a veto word itself ("VAT Ref").
var referenceWords = lowerSet(strings.Fields(`ref reference réf référence rif riferimento referencia
	referência txn transaction`))

// referenceLabelAt reports a possessive at token k before a number's
// marker or a reference word: the label of a reference that follows the
// street on its line ("9284 Cumberland Street Your ref. K620298").
func referenceLabelAt(toks []string, k int) bool {
	if k+1 >= len(toks) || !referencePossessives[strings.ToLower(toks[k])] {
		return false
	}
	next := idWord(toks[k+1])
	return numberMarker(toks[k+1]) || next == "reference" || next == "zeichen" || next == "référence" || next == "referencia"
}

// idVetoBefore reports a veto word among the few words before word k and
// after any earlier number or another field's label ("VAT Reg. No.", not
// "Bill" of "Bill to: Invoice No.:").
func idVetoBefore(words []string, k int) bool {
	if k >= 2 && referenceWords[idWord(words[k-1])] && idLabelKind(words[k-2]) != 'v' {
		return false // a payment's reference: "MTN Mobile Money Ref 88231907"
	}
	if k >= 2 && len(words[k-1]) == 2 && upperLetters(words[k-1]) && strings.HasSuffix(words[k-2], ":") {
		return idVetoBefore(words, k-1) // the value's country code after the label: "VAT Reg No: GB 123 4567 89"
	}
	for j := k - 1; j >= 0 && j >= k-recordIDLookBack; j-- {
		if patDigitCount(words[j]) > 0 || j < k-1 && strings.HasSuffix(strings.TrimSpace(words[j]), ":") {
			return false // another field's value or label ("Bill to: Invoice No.: 2020-70242")
		}
		if j < k-1 && strings.HasSuffix(words[j], ",") && idLabelKind(words[j]) != 'v' && numberMarker(words[k-1]) {
			// a clause before the label and its number marker: "by PC
			// Dexter St. Rose, Reg. No. 17452" ("ST. LOUIS, MO: 63136"
			// is a town and its state's postcode)
			return false
		}
		if idLabelKind(words[j]) == 'v' && !customerFileOf(words[j], words, k) && !personsRecordHolder(words, j) {
			return true
		}
		if referenceLabelAt(words, j) {
			return false // the label opens here: "… Street Your ref. K620298"
		}
	}
	return false
}

// businessLabelBefore reports the label of a business's or a thing's
// number right before word k, with its number marker or colon ("VAT No.
// 4123456789", "VAT: 4123456789"; not "ORDER FORM (515) 867-2231"): the
// number is that thing's, not a phone's.
func businessLabelBefore(words []string, k int) bool {
	marked := false
	for j := k - 1; j >= 0 && j >= k-recordIDLookBack; j-- {
		switch {
		case phoneLabelWord(words[j]) || patDigitCount(words[j]) > 0:
			return false
		case idLabelKind(words[j]) == 'v':
			return (marked || strings.HasSuffix(words[j], ":")) && !onObject(words, j)
		case marked && registrationWords[idWord(words[j])]:
			continue // "VAT Registration No.": the register between the veto and its marker
		case !numberMarker(words[j]) && strings.TrimSpace(words[j]) != ":":
			return false // a colon read as a word of its own marks it too ("No. Bill : 0821-0057")
		}
		marked = true
	}
	return false
}

// onObject reports word j of words the object of an "on" before it, an
// article or a possessive between allowed: a phrase's end, no label's
// head ("Contact details on file:", "Phone number on your file:" name no
// file's number).
func onObject(words []string, j int) bool {
	return j > 0 && strings.EqualFold(words[j-1], "on") ||
		j > 1 && strings.EqualFold(words[j-2], "on") && onDeterminers[strings.ToLower(words[j-1])]
}

// onDeterminers stand between "on" and its object ("on your file", "on
// our records").
var onDeterminers = lowerSet(strings.Fields(`the this your our their his her my`))

// councilAcronym reports an acronym of two to six capitals, in brackets
// or not, that names no currency, tax or veto word: a professional
// council's before its register's abbreviation ("KSPC Reg.", "SANC
// Regn.").
func councilAcronym(t string) bool {
	core := strings.Trim(t, "()[],;:")
	n := utf8.RuneCountInString(core)
	if n < 2 || n > 6 || strings.ToUpper(core) != core || letterCount(core) != n {
		return false
	}
	return !currencyCode(core) && !taxLabel(core) && idLabelKind(core) != 'v'
}

// reStructuredCommunication is a Belgian payment's structured reference
// ("+++024/2400/71846+++", "***024/2400/71846***"), which ties the payment
// to its payer.
var reStructuredCommunication = regexp.MustCompile(`^(?:\+{3}|\*{3})\d{3}/\d{4}/\d{5}(?:\+{3}|\*{3})[.,]?$`)

// reFICardType is a Danish payment slip's card type ("+71<", "+73<",
// "+75<"), which the payer's payment ID follows.
var reFICardType = regexp.MustCompile(`^\+7[135]<$`)

// fiPaymentAt reports the payment ID of a Danish FI slip's line at word k,
// after its card type ("+71< 000004128073410 +83920417<"): digits that tie
// the payment to its payer.
func fiPaymentAt(words []string, k int) bool {
	return k > 0 && reFICardType.MatchString(words[k-1]) && len(words[k]) >= 8 && countDigits(words[k]) == len(words[k])
}

// markerLabelWords is the most words between a number marker that opens
// a label and the label's colon.
const markerLabelWords = 3

// markerOpensLabel is the index of a number marker that opens the label
// whose colon ends word j ("Nr w księdze oddziału:", "No. de la
// chambre:"), the words between of letters with no veto word, or -1.
func markerOpensLabel(words []string, j int) int {
	if !strings.HasSuffix(words[j], ":") || !hasLetters(words[j], 2) {
		return -1
	}
	for i := j - 1; i >= 0 && j-i <= markerLabelWords+1; i-- {
		switch {
		case numberMarker(words[i]):
			return i
		case hasDigit(words[i]) || strings.Contains(words[i], ":") || idLabelKind(words[i]) == 'v':
			return -1
		}
	}
	return -1
}

// registrationWords stand between a business number's veto word and its
// marker ("VAT Registration No.", "Company Reg. No.").
var registrationWords = lowerSet(strings.Fields(`registration reg registered identification registry register`))

// reFrenchNIR is a French social security number (NIR) in its printed
// groups: sex, year, month, department, commune, serial and the two-digit
// key ("1 87 09 33 063 217 45").
var reFrenchNIR = regexp.MustCompile(`^[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3}(?: \d{2})?$`)

// frenchNIRAt reports how many words from word k make a French social
// security number in groups (reFrenchNIR), specks between the groups read
// as dots ("1 87.09 33 063 217.45"); 0 when they make none.
func frenchNIRAt(words []string, k int) int {
	if words[k] != "1" && words[k] != "2" {
		return 0
	}
	v := ""
	for j := k; j < len(words) && j < k+7; j++ {
		if j > k {
			v += " "
		}
		v += strings.ReplaceAll(strings.TrimRight(words[j], ",;"), ".", " ")
		if reFrenchNIR.MatchString(v) && (j+1 == len(words) || patDigitCount(words[j+1]) == 0) {
			return j - k + 1
		}
	}
	return 0
}

// reDottedAccount is a bank account in three dotted groups, a long one
// last ("1503.12.34567", a Norwegian account: bank, type, number), read
// only after a label and with dottedSegmentsMinDigits digits or more; a
// date has fewer.
var reDottedAccount = regexp.MustCompile(`^\d{3,6}\.\d{2,4}\.\d{4,8}$`)

// reCheckedGroups is a number in thousands' groups with a check digit
// after a dash ("23.581-7", a Brazilian bank account): no amount has one.
var reCheckedGroups = regexp.MustCompile(`^\d{1,3}(?:\.\d{3})+-[0-9Xx]$`)

// reBelgianNational is a Belgian national register number: the birth
// date's YY.MM.DD, a serial and a check ("85.07.14-123.45"), a period
// read as a comma too ("91.04,27-284.63").
var reBelgianNational = regexp.MustCompile(`^\d{2}[.,]\d{2}[.,]\d{2}-\d{3}[.,]\d{2}$`)

// reDottedCode is a code of capitals, a period and digits ("APJ.1123348",
// a hospital's UHID), read only after a label.
var reDottedCode = regexp.MustCompile(`^[A-Z]{2,5}\.\d{5,}$`)

// reDottedSegments is a reference in four dotted segments or more, digits
// and a capital or two among them ("1234.56.789.H.65.0001", a Dutch tax
// assessment's number), read only after a label and with
// dottedSegmentsMinDigits digits or more.
var reDottedSegments = regexp.MustCompile(`^\d{2,6}(?:\.[0-9A-Z]{1,6}){3,}$`)

// reDutchBSN is a Dutch citizen service number in its printed groups of
// four, two and three digits ("2839.47.156"), read only after a label.
var reDutchBSN = regexp.MustCompile(`^\d{4}\.\d{2}\.\d{3}$`)

// dottedSegmentsMinDigits is the fewest digits of a reference in dotted
// segments.
const dottedSegmentsMinDigits = 10

// reDottedGroups is a number in dotted groups of three without decimals
// ("31.456.789", an Argentine DNI), also after its issuing state's code
// ("MG-14.882.301", a Brazilian RG) or its holder's letter ("V-17.453.902",
// a Venezuelan's cédula; "E-" a foreigner's).
var reDottedGroups = regexp.MustCompile(`^(?:[A-Z]{1,2}-)?\d{1,3}(?:\.\d{3}){2,3}$`)

// reDottedRegister is a register's number of four to six digits in two
// dotted groups ("M.N. 118.442", an Argentine doctor's national
// registration) or of eight in two groups of four ("2017.0412", an
// Indonesian employee's number), read only after a label.
var reDottedRegister = regexp.MustCompile(`^(?:\d{1,3}\.\d{3}|\d{4}\.\d{4})$`)

// reDashDottedAccount is an account's number whose first group a dash
// ends and whose others periods part, as Swiss banks write a deposit
// account ("16-228.401.7").
var reDashDottedAccount = regexp.MustCompile(`^\d{1,4}-\d{3}\.\d{3}(?:\.\d{1,3})?$`)

// reNPWP is an Indonesian taxpayer's number ("09.254.817.3-504.000").
var reNPWP = regexp.MustCompile(`^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$`)

// reSwissAHV is a Swiss social insurance (AHV/AVS) number: the country's
// 756, then nine digits and a check digit in dotted groups.
var reSwissAHV = regexp.MustCompile(`^756\.\d{4}\.\d{4}\.\d{2}$`)

// reHealthCardDotted is a Quebec health card's four letters and first
// four digits with a speck between them that OCR read as a dot.
var reHealthCardDotted = regexp.MustCompile(`^[A-Z]{4}\.\d{4}$`)

// reDottedID is a number written in dotted groups of three with a check
// part ("348.512.906-27", "12.345.678-9", a Chilean RUT's "17.482.993-K");
// an amount has a decimal part instead, which this shape has not. OCR
// reads a dot as a colon or a comma ("12:044.719-3", "17,564.882-3"). A
// register's number has one longer group ("52.98765-4", a Brazilian
// doctor's CRM), and a Brazilian worker's PIS three groups
// ("128.37465.02-1").
var reDottedID = regexp.MustCompile(`^\d{1,3}(?:(?:[.:,]\d{3}){2,3}|\.\d{4,6}|\.\d{5}\.\d{2})[-/](?:\d{1,2}|[Kk])$`)

// recordLabelBefore reports a personal record's label among the few words
// before word k ("NHS Number: 943 476 5919", "Policy no. 555-0100"), with
// no phone label or number between: the number is the record's, whatever
// its shape.
func recordLabelBefore(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-recordIDLookBack; j-- {
		w := idWord(words[j])
		switch {
		case phoneLabelWord(words[j]) || patDigitCount(words[j]) > 0:
			return false
		case idLabelKind(words[j]) == 'l' && (idHasStem(w, idLabelStems) || shortIDLabel(w)):
			return !onObject(words, j)
		case idLabelKind(words[j]) == 'l' || idFiller[w] || w == "" || j == k-1 && accountKinds[w]:
			continue // "Number", "No.", "of", a colon standing apart, an account's kind
		}
		return false // a word of the value's own: "Patient: John Smith 212-555-0100"
	}
	return false
}

// reMyanmarNRC is Myanmar's National Registration Card number: the
// state's number, the township's letters, the holder's status in
// brackets and six digits ("12/OUKAMA(N)073591").
var reMyanmarNRC = regexp.MustCompile(`^\d{1,2}/[A-Za-z]{3,9}\([A-Za-z]\)\d{6}$`)

// idValueAt reports whether a code starts at word k and how many words it
// takes: one token of letters and digits, or a run of digit groups ("57
// 519 672 742", "OR 29 76 68 A").
func idValueAt(words []string, k int) (int, bool) {
	if n := ninoShapeAt(words, k, reNINOShape); n > 0 {
		return n, true // "CT 77 70 77 D"; a bare one counts only when its prefix is valid (ninoAt)
	}
	if n := frenchNIRAt(words, k); n > 0 {
		return n, true // "1 87 09 33 063 217 45", specks read as dots or not
	}
	if w := words[k]; k+1 < len(words) && len(w) > 1 && letterCount(w) > 0 && (strings.HasSuffix(w, "-") && !strings.HasSuffix(w, "--") ||
		strings.HasPrefix(words[k+1], "-") && !strings.HasPrefix(words[k+1], "--") && idCodeChars(w)) {
		// A code that OCR split at a dash after its letters: "EXP-
		// 22-03817", "HME -2025-08841" (digits alone before the dash may
		// be a postcode's and its second reading: "10016- 10016-5896").
		joined := slices.Concat(words[:k], []string{w + words[k+1]}, words[k+2:])
		if n, ok := idValueAt(joined, k); ok && n == 1 {
			return 2, true
		}
	}
	// OCR's specks before a code ("~KB/2025/118734") are no part of it.
	v := idCore(words[k])
	if reDottedID.MatchString(v) || reSwissAHV.MatchString(v) || reDottedGroups.MatchString(v) || reDottedRegister.MatchString(v) || reDottedCode.MatchString(v) || reNPWP.MatchString(v) ||
		reBelgianNational.MatchString(v) || reDottedSegments.MatchString(v) && countDigits(v) >= dottedSegmentsMinDigits ||
		reDottedAccount.MatchString(v) && countDigits(v) >= dottedSegmentsMinDigits || reCheckedGroups.MatchString(v) || reDutchBSN.MatchString(v) ||
		reMyanmarNRC.MatchString(v) || reDashDottedAccount.MatchString(v) {
		// "348.512.906-27", "756.1234.5678.97", "31.456.789": a national
		// number written in groups (a bare one counts only after a label:
		// idShape takes none of them)
		return 1, true
	}
	if reHealthCardDotted.MatchString(v) && k+1 < len(words) && len(idCore(words[k+1])) == 4 && countDigits(idCore(words[k+1])) == 4 {
		return 2, true // the card's letters joined to its first digits by OCR's dot: "TRES.8504 5512"
	}
	if v == "" || strings.ContainsAny(v, ".,") || patDateLike(v) {
		return 0, false
	}
	if k+2 < len(words) && reCourtFile.MatchString(strings.Join(words[k:k+3], " ")) {
		return 3, true // "12 C 345/26": a court's file number
	}
	if idSeriesPrefix(words, k) {
		return 2, true // "ABC 123456": a Polish identity card's series and number
	}
	digits, letters := idCounts(v)
	if digits == 0 && letters == 4 && strings.ToUpper(v) == v && k+1 < len(words) && !strings.HasSuffix(words[k], ":") {
		// Four capitals, then eight digits in groups: a Quebec health
		// card's "TREM 8504 1512" (a bare one counts only after a label;
		// a bank's acronym before an account number is none). Right
		// after the label's colon the digits may stand in one group, as
		// OCR joins them ("No RAMQ: TREJ 65031215").
		if n, ok := idValueAt(words, k+1); ok && (n > 1 || k > 0 && strings.HasSuffix(words[k-1], ":")) &&
			countDigits(strings.Join(words[k+1:k+1+n], "")) == 8 {
			return n + 1, true
		}
	}
	if digits == 0 && letters >= 1 && letters <= 4 && strings.ToUpper(v) == v && k > 0 && k+1 < len(words) &&
		numberMarker(words[k-1]) && !tenderCode(v) && (letters > 1 || len(idCore(words[k+1])) >= 5) &&
		!strings.HasSuffix(words[k], ":") { // the label's acronym before its colon: "Customer Reference Number (CRN):"
		// A register's letters, then its number, right after the
		// label's number marker: a practitioner's or an officer's ("Reg.
		// No. BMC 2174", "Force No.: CP 1127"), or a passport's series
		// of one letter before five digits or more ("Reisepass Nr. U
		// 4827193"). After a label's word the
		// letters are a carrier's or an issuer's ("Frequent Flyer: BA
		// 88412907").
		if g := idCore(words[k+1]); countDigits(g) == len(g) && len(g) >= 3 && len(g) <= 8 {
			return 2, true
		}
	}
	if digits == 0 && letters == 1 && strings.ToUpper(v) == v && k+1 < len(words) && !strings.HasSuffix(words[k], ":") && countDigits(words[k+1]) > 0 &&
		!(numberMarker(words[k]) && strings.ContainsAny(words[k], ".°º")) { // "FATTURA N. 2024-03318": the marker is the label's
		// A letter, then digits in groups: a German health insurance's
		// number ("A 847 291 556"), nine digits or more.
		if n, ok := idValueAt(words, k+1); ok && countDigits(strings.Join(words[k+1:k+1+n], "")) >= insuredLetterDigits {
			return n + 1, true
		}
	}
	if letters > 0 {
		// Five characters at least, and no quantity with its unit: "500g",
		// "500mg" (reQuantityUnit). Right after an acronym's label, a code
		// in capitals of six characters may hold two digits ("HPI CPN:
		// 29KHRX", a New Zealand practitioner's).
		few := digits >= 2 && len(v) >= 6 && strings.ToUpper(v) == v && k > 0 && acronymLabel(words[k-1])
		return 1, (digits >= 3 || few) && len(v) >= 5 && idCodeChars(v) && !reQuantityUnit.MatchString(v)
	}
	// Digit groups, with a letter group of one or two at either end, or
	// one of a single capital between them ("12 230492 B 503", a German
	// pension insurance number).
	n, total, lettered := 0, 0, false
	for j := k; j < len(words); j++ {
		g := strings.TrimRight(words[j], ".,;:)")
		if j == k {
			g = v
		}
		d, l := idCounts(g)
		if j > k && !lettered && len(g) == 1 && l == 1 && patIsUpper(g[0]) && j+1 < len(words) && countDigits(words[j+1]) == len(strings.TrimRight(words[j+1], ".,;:)")) &&
			!strings.ContainsAny(words[j-1], ".,;:)") {
			lettered = true
			n++
			continue
		}
		if j > k && j+1 < len(words) && isDash(words[j]) && spacedDashGroup(words[j+1]) {
			n++ // a dash with spaces around it between two groups: "5067 - 318 - 245 - HW", an Ontario health card
			continue
		}
		if j > k && isDash(words[j-1]) && l > 0 && d == 0 && len(g) <= 2 && strings.ToUpper(g) == g {
			// the card's version letters after the last dash
			return n + 1, total >= recordIDMinDigits && total <= idMaxDigits
		}
		if j > k && l == 1 && d >= 2 && len(g) == d+1 && patIsUpper(g[d]) && !strings.ContainsAny(groupEnd(words, j-1, k), ".,;:)") {
			n, total = n+1, total+d // a check letter ends the last group: "309 472 618V", an Australian CRN
			break
		}
		if l > 0 || g == "" || !idCodeChars(g) || patDateLike(g) || (j > k && strings.ContainsAny(groupEnd(words, j-1, k), ".,;:)")) ||
			j > k && j+1 < len(words) && monthAfterDay(words[j], words[j+1]) {
			// the last test: a date after the code ("Your reference: 4471023 2 December 2026")
			break
		}
		n++
		total += d
	}
	if n > 1 && len(words[k+n-1]) <= 2 && patIsUpper(words[k+n-1][0]) {
		n++
	}
	return n, total >= recordIDMinDigits && total <= idMaxDigits
}

// insuredLetterDigits is the fewest digits after a code's opening letter
// written apart from them.
const insuredLetterDigits = 9

// reCourtFile is a court's file number: its department's number, the
// register's letters and the case's number with its year ("12 C 345/26",
// "3 Ds 41/2025"), read only after a label.
var reCourtFile = regexp.MustCompile(`^\d{1,4} [A-Z][A-Za-z]{0,2} \d{1,6}/\d{2,4}[.,;]?$`)

// idSeriesPrefix reports a series of three capitals right after a
// label's colon, standing apart from the number after it, of five to nine
// digits alone ("Nr dowodu osobistego: ABC 123456", a Polish identity
// card's). A bare one counts only after a label, as a value of two words
// does; an airline's or a register's two letters ("BA 88412907", "MP
// 0654321") and a label's own acronym ("MRN 1234567") are no series.
func idSeriesPrefix(words []string, k int) bool {
	if k == 0 || k+1 >= len(words) || len(words[k]) != 3 || !upperLetters(words[k]) || !strings.HasSuffix(words[k-1], ":") || idLabelKind(words[k]) != 0 {
		return false
	}
	d := strings.TrimRight(words[k+1], ".,;)")
	return countDigits(d) == len(d) && len(d) >= 5 && len(d) <= 9
}

// groupEnd is word j of a value that starts at word k, without the speck
// read as a period before the value's first group: what follows its
// digits says whether the value goes on.
func groupEnd(words []string, j, k int) string {
	if j == k {
		return strings.TrimLeft(words[j], ".")
	}
	return words[j]
}

// reCheckInBrackets is a check character written in brackets after a
// code: Hong Kong's identity card number "K417823(5)".
var reCheckInBrackets = regexp.MustCompile(`[0-9A-Z]\([0-9A-Z]\)$`)

// idCore is a code's token without the marks around it: OCR's specks
// before it, punctuation after it, and a check character in brackets.
func idCore(t string) string {
	t = strings.TrimRight(t, ".,;:")
	if inner, ok := strings.CutPrefix(t, "("); ok && strings.HasSuffix(inner, ")") && !strings.ContainsAny(inner[:len(inner)-1], "()") {
		t = inner // a number in brackets after its label: "as payment reference (0418227109)."
	}
	if reCheckInBrackets.MatchString(t) {
		t = t[:len(t)-3]
	}
	t = strings.Trim(strings.TrimRight(t, ".,;:)°"), ocrSpecks) // "~KB/2025/118734", "50123456K~", "MVIL/CL/25/04172°"
	t = strings.TrimLeft(t, ":")                                // a label's colon doubled: "AMKA: :12038544719"
	if rest, ok := strings.CutPrefix(t, "."); ok && len(rest) >= 4 && countDigits(rest) == len(rest) {
		t = rest // a speck read as a period before the number: "Karta Melous: .5012 4410 9938"
	}
	if rest, ok := strings.CutPrefix(t, "#"); ok && rest != "" && patIsDigit(rest[0]) {
		t = rest // the number sign glued on: "CPSO #84412", "Rx #7731945"
	}
	if rest, ok := strings.CutPrefix(t, "£"); ok && rest != "" && patIsDigit(rest[0]) {
		t = "E" + rest // OCR's pound sign for a code's "E": "£58990"
	}
	if rest, ok := strings.CutPrefix(t, "$"); ok && len(rest) > 1 && patIsDigit(rest[0]) && patIsUpper(rest[len(rest)-1]) {
		t = "S" + rest // OCR's dollar sign for a code's "S", a check letter after it: "$8234567D"
	}
	if rest, ok := strings.CutPrefix(t, "."); ok && (strings.IndexFunc(rest, unicode.IsLetter) >= 0 ||
		rest != "" && patIsDigit(rest[0]) && strings.ContainsAny(rest, ".-")) {
		t = rest // a speck read as a period before a code (".SPSGLI85M52H501Z", ".79.06.03-215.62")
	}
	if strings.Contains(t, "=") {
		t = reEqualsDash.ReplaceAllString(t, "$1-$2")
	}
	if strings.Contains(t, "-.") || strings.Contains(t, ".-") {
		t = reSpeckAtDash.ReplaceAllString(t, "$1-$2") // a speck read as a period beside a code's dash: "GV-.00417"
	}
	return t
}

// reSpeckAtDash is a code's dash with a period glued to it between
// letters or digits.
var reSpeckAtDash = regexp.MustCompile(`([0-9A-Za-z])(?:-\.|\.-)([0-9A-Za-z])`)

// reEqualsDash is a dash between digits that OCR read as "="
// ("19870214=3362").
var reEqualsDash = regexp.MustCompile(`(\d)=(\d)`)

// idMaxDigits is the most digits of a code in groups: a national account
// number without its IBAN prefix has up to 30 (Poland's 26).
const idMaxDigits = 30

func idCounts(v string) (digits, letters int) {
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case unicode.IsLetter(c):
			letters++
		}
	}
	return digits, letters
}

// ocrSpecks are marks OCR reads from a scan's specks before or after a word.
const ocrSpecks = "~`'\"‘’“”"

// idCodeChars: only ASCII letters, digits and inner "-" or "/".
func idCodeChars(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(patIsAlnum(c) || (c == '-' || c == '/') && i > 0 && i < len(v)-1) {
			return false
		}
	}
	return true
}

// idShape reports an unambiguous record code: upper-case letters and at
// least five digits, letters first ("MRN-0045821", "K957147",
// "AB/2017/97734"), or digits and a final check letter ("90932747Q").
func idShape(v string) bool {
	v = idCore(v)
	if reSwissAHV.MatchString(v) {
		return true
	}
	digits, letters := idCounts(v)
	if letters == 0 || digits < recordIDMinDigits || !idCodeChars(v) || strings.ToUpper(v) != v {
		return false
	}
	if vatNumber(v) {
		return false
	}
	return patIsUpper(v[0]) || patIsUpper(v[len(v)-1]) && letters == 1
}

// pinPostcode reports a value of six digits alone after "PIN": an Indian
// postcode, no record's code. A longer one is a personal identification
// number ("PIN: 21403196100536", Kyrgyzstan's).
// indianPINDigits is how many digits an Indian postcode has.
const indianPINDigits = 6

func pinPostcode(words []string, k, n int) bool {
	for j := k - 1; j >= 0 && j >= k-recordIDLookBack; j-- {
		if idWord(words[j]) == "pin" {
			v := strings.Trim(strings.Join(words[k:k+n], ""), ".,;:")
			return patDigitCount(v) == len(v) && len(v) == indianPINDigits

		}
	}
	return false
}

// vatNumber reports a country code and eight digits or more: a company's
// VAT number ("GB123456789", "DE812706034"); fewer digits are a record's
// code ("MS9995242").
func vatNumber(v string) bool {
	v = strings.TrimRight(v, ".,;:)")
	digits, letters := idCounts(v)
	return letters == 2 && len(v) > 2 && digits >= vatMinDigits && patDigits(v[2:]) == v[2:] && phonenumbers.GetCountryCodeForRegion(v[:2]) != 0
}

// vatMinDigits is the fewest digits of a VAT number after its country
// code (eight in Luxembourg, Denmark and Finland; nine to twelve elsewhere).
const vatMinDigits = 8

// idUnderLabel reports whether the words ws stand under an ID label of
// the line above: a label word of prev (not a bare number marker)
// overlaps them horizontally, and no veto word does.
func idUnderLabel(in *Input, prev, ws []int) bool {
	if len(prev) == 0 || in.Page == nil {
		return false
	}
	box := in.wordsBox(ws)
	if slices.ContainsFunc(in.cellOver(prev, box), func(wi int) bool { return measureHeadWords[idWord(in.Page.Words[wi].Text)] }) {
		return false // "Valores de referencia" over "4.000 - 10.000": a laboratory's range
	}
	label, marker := false, false
	for _, wi := range in.cellsOver(prev, box) {
		t := in.Text[in.WordStart[wi]:in.WordEnd[wi]]
		if slashedRecordLabel(t) {
			label = true // "RUC/C.I.": a firm's number or a person's card's, the person's then
			continue
		}
		switch idLabelKind(t) {
		case 'v':
			return false
		case 'l':
			// A bare marker heads row numbers ("No.", "#"): a header
			// must name the record, or its values be too long for rows'
			// numbers ("CERTIFICATE NO." over "0348176522").
			label = label || !numberMarker(t)
			marker = marker || numberMarker(t)
		}
	}
	return label || marker && longDigitsValue(in, ws)
}

// measureHeadWords name a column of measured values or their ranges in
// the languages the detector reads: its numbers are no record's, whatever
// reference's word stands beside them ("Valores de referencia",
// "Reference range", "Referenzbereich").
var measureHeadWords = lowerSet(strings.Fields(`value values range ranges valor valores rango intervalo
	intervallo valeur valeurs wert werte bereich referenzbereich normalwerte normbereich waarde waarden
	referentiewaarden normal normales normali`))

// slashedRecordLabel reports a head of alternatives joined by slashes,
// one of which names a personal record ("RUC/C.I.": Paraguay's taxpayer
// number or the identity card's): whatever the others, the value under it
// may be a person's.
func slashedRecordLabel(t string) bool {
	parts := strings.Split(t, "/")
	return len(parts) > 1 && slices.ContainsFunc(parts, func(p string) bool { return idLabelKind(p) == 'l' && !numberMarker(p) })
}

// longDigitsValue reports words ws that are a number of digits alone, in
// one group or a few, of labelledLongNumberDigits or more.
func longDigitsValue(in *Input, ws []int) bool {
	var b strings.Builder
	for _, wi := range ws {
		b.WriteString(in.Text[in.WordStart[wi]:in.WordEnd[wi]])
	}
	return longDigits(b.String())
}

// longDigits reports a number of labelledLongNumberDigits digits or more
// with nothing but dashes and slashes between them.
func longDigits(v string) bool {
	v = strings.TrimRight(v, ".,;)")
	d := countDigits(v)
	return d >= labelledLongNumberDigits && d == len(strings.ReplaceAll(strings.ReplaceAll(v, "-", ""), "/", ""))
}

// maxColumnRows is the most rows of a table's column between a value and
// its column's head.
const maxColumnRows = 12

// idUnderColumnHead reports a value ws deeper in a table's column whose
// head names a record (idUnderLabel), every line between holding a
// number over it, a rule, or nothing (no more such lines than numbers):
// the column's values of the rows above ("No. Kartu JKN" over three rows
// of card numbers), a row's line of its own beside the column
// ("Prescripteur : Dr …" under a prescription's number).
func idUnderColumnHead(in *Input, above [][]int, ws []int) bool {
	box := in.wordsBox(ws)
	numbers, skipped := 0, 0
	for i := len(above) - 1; i >= 0 && i >= len(above)-maxColumnRows; i-- {
		over := in.wordsOver(above[i], box)
		if len(over) == 0 {
			if skipped++; skipped > numbers+1 {
				return false
			}
			continue
		}
		if !slices.ContainsFunc(over, func(wi int) bool { return hasAlnum(in.Text[in.WordStart[wi]:in.WordEnd[wi]]) }) {
			continue // a rule across the column
		}
		// A number of the column: its words mostly digits, a dash or
		// a version's letters between or after them ("4418 - 902 - 575 -
		// ST"), or a passport's number ("C7HG2LK91").
		number := !slices.ContainsFunc(over, func(wi int) bool {
			raw := in.Text[in.WordStart[wi]:in.WordEnd[wi]]
			t := idCore(raw)
			version := len(t) <= 2 && upperLetters(t)
			return hasAlnum(raw) && !version && !columnCode(t) && (countDigits(t) < len(t)*2/3 || countDigits(t) == 0)
		})
		if !number {
			// The head, over the column's numbers; more lines with
			// nothing over the value than numbers make no column:
			// prose around a number ("tension artérielle 154/73").
			return i < len(above)-1 && skipped <= numbers && idUnderLabel(in, above[i], ws)
		}
		numbers++
	}
	return false
}

// columnCode reports a passport's shape of number: eight to ten capitals
// and digits, a capital first and four digits at least ("C7HG2LK91"). A
// column of them holds a row's record each; goods' and courses' codes
// ("CAB-038", "ENG-705") and batches ("AROLC851AB") are none.
func columnCode(t string) bool {
	return len(t) >= 8 && len(t) <= 10 && t[0] >= 'A' && t[0] <= 'Z' && countDigits(t) >= 4 &&
		strings.IndexFunc(t, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') }) < 0
}

// reValueRange is a range of two measured values: "70-100", "3.5-5.0",
// "4,0-10,0".
var reValueRange = regexp.MustCompile(`^(\d{1,4}(?:[.,]\d{1,2})?)[-–](\d{1,5}(?:[.,]\d{1,2})?)$`)

// valueRange reports a laboratory's reference range under its column's
// header ("Reference" over "70-100"): two numbers that rise, the first of
// three digits or fewer or with decimals (a number in two groups,
// "1234-5678", stays a record's).
func valueRange(t string) bool {
	m := reValueRange.FindStringSubmatch(strings.TrimRight(t, ",;"))
	if m == nil || len(m[1]) == 4 && !strings.ContainsAny(m[1], ".,") {
		return false
	}
	lo, err1 := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "."), 64)
	hi, err2 := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", "."), 64)
	return err1 == nil && err2 == nil && lo < hi
}

// idPhoneLike reports a value at word k that is a phone number or an SSN
// in shape, or follows a "+" country code.
func idPhoneLike(words []string, k int) bool {
	if k > 0 && strings.HasPrefix(words[k-1], "+") && patDigitCount(words[k-1]) > 0 {
		return true
	}
	return patPhoneOrSSNShape.MatchString(strings.TrimRight(words[k], ".,;:)"))
}

// reNINO is a British National Insurance number without its spaces: two
// prefix letters (D, F, I, Q, U and V never, O not second), six digits
// and a suffix letter A to D.
var reNINO = regexp.MustCompile(`^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$`)

// ninoInvalidPrefixes are prefixes never allocated.
var ninoInvalidPrefixes = map[string]bool{"BG": true, "GB": true, "KN": true, "NK": true, "NT": true, "TN": true, "ZZ": true}

// ninoAt reports how many words from word k make a National Insurance
// number, written whole or in groups ("CT 77 70 77 D", "SS 379110C",
// "QQ123456C"); 0 when they make none.
func ninoAt(words []string, k int) int {
	if len(words[k]) < 2 || ninoInvalidPrefixes[words[k][:2]] {
		return 0
	}
	return ninoShapeAt(words, k, reNINO)
}

// reNINOShape is a National Insurance number's shape whatever its
// prefix: two capitals, six digits and a suffix letter A to D.
var reNINOShape = regexp.MustCompile(`^[A-Z]{2}\d{6}[A-D]$`)

// ninoShapeAt reports how many words from word k make a number that re
// matches, written whole or in groups, specks read as dots ("JT.48.26 91
// C") and a zero read as "@" ("XM @1 52 40 A"); 0 when they make none.
func ninoShapeAt(words []string, k int, re *regexp.Regexp) int {
	if len(words[k]) < 2 || !patIsUpper(words[k][0]) || !patIsUpper(words[k][1]) {
		return 0
	}
	v := ""
	for j := k; j < len(words) && j < k+5; j++ {
		g := strings.ReplaceAll(strings.TrimRight(words[j], ".,;:)"), ".", "")
		if j > k {
			g = strings.ReplaceAll(g, "@", "0")
		}
		v += g
		if len(v) > 9 {
			return 0
		}
		if re.MatchString(v) {
			return j - k + 1
		}
	}
	return 0
}

// labelledLongNumberDigits is the fewest digits of a number that any
// label's colon makes a record's: fewer are quantities, years, amounts
// and short references.
const labelledLongNumberDigits = 8

// labelledLongNumber reports a number of digits alone, in one group or a
// few, right after a label's colon, when the label is none the
// vocabulary knows: a personal number under whatever name a country
// gives it ("PIN: 21403196100536", "CIN : 111 211 084 572", "Törzsszám:
// 00471829"). A label of another type (a date's, a phone's, an age's) or
// with a veto word (an order's, a page's, a till's) keeps its number.
func labelledLongNumber(words []string, k, n int) bool {
	if v := strings.Join(words[k:k+n], ""); !longDigits(v) || compactDate(v) {
		return false
	}
	label := colonLabelBefore(words, k)
	if len(label) == 0 {
		return false
	}
	for _, w := range label {
		if idLabelKind(w) == 'v' && !customerFile(w) || phoneLabelWord(w) || currencyCode(strings.Trim(w, ":()")) {
			return false
		}
	}
	canon := labelCanon(label)
	if canon == "" {
		return false
	}
	if r, ok := labelRuleOf(canon, true); ok && r.typ != entity.ID {
		return false
	}
	r, ok := keywordRule(canon)
	return !ok || r.typ == entity.ID
}

// compactDate reports eight digits that read as a date without marks,
// year first or last ("20250301", "01032025").
func compactDate(v string) bool {
	if len(v) != 8 || countDigits(v) != 8 {
		return false
	}
	for _, f := range []string{"20060102", "02012006"} {
		if t, err := time.Parse(f, v); err == nil && t.Year() >= 1900 && t.Year() <= 2100 {
			return true
		}
	}
	return false
}

// customerFile reports "CIF" before digits alone: a bank's customer
// information file ("Customer ID (CIF): 0047182935"), not Spain's tax
// code of a firm, which opens with a letter.
func customerFile(w string) bool { return idWord(w) == "cif" }

// customerFileOf reports label word w a customer file's (customerFile)
// before word k, digits alone or in dashed groups.
func customerFileOf(w string, words []string, k int) bool {
	if k >= len(words) || !customerFile(w) {
		return false
	}
	v := strings.ReplaceAll(idCore(words[k]), "-", "") // its groups joined by dashes: "27-0058913"
	return v != "" && countDigits(v) == len(v)
}

// acronymLongNumber reports a number of digits alone, of
// labelledLongNumberDigits or more and no date, right after an acronym
// of two to six capitals that is no currency's, phone's, veto word or
// tax or company register's (taxLabels):
// a personal number's label without its colon ("RNOKPP 3054103564",
// Ukraine's taxpayer number; "CIF 00731842").
func acronymLongNumber(words []string, k, n int) bool {
	if k == 0 {
		return false
	}
	a := strings.TrimPrefix(strings.TrimSpace(words[k-1]), "(") // an aside: "(DUI 05316728-3)"
	if len(a) < 2 || len(a) > 6 || !upperLetters(a) || currencyCode(a) || phoneLabelWord(a) || idLabelKind(a) == 'v' && !customerFile(a) ||
		taxLabels[strings.ToLower(a)] && !customerFile(a) {
		return false
	}
	v := strings.Join(words[k:k+n], "")
	return longDigits(v) && !compactDate(v)
}

// colonLabelBefore is the label whose colon ends right before word k,
// glued on or standing apart: up to three words of letters back to the
// line's start or the last value; nil when there is no colon.
func colonLabelBefore(words []string, k int) []string {
	j := k - 1
	if j >= 0 && strings.TrimSpace(words[j]) == ":" {
		j--
	} else if j < 0 || !strings.HasSuffix(words[j], ":") {
		return nil
	}
	i := j
	for i > 0 && i > j-2 && letterCount(words[i-1]) > 0 && countDigits(words[i-1]) == 0 && !strings.HasSuffix(words[i-1], ":") {
		i--
	}
	if i < 0 || letterCount(words[j]) == 0 && j == i {
		return nil
	}
	return words[i : j+1]
}
