package pii

import (
	"slices"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// findTables are what a reader of the page finds in a text: the texts
// (keys) and, for each, a span (value) that its find must return, in the
// way its check says.
var findTables = []struct {
	name  string
	find  func(t *testing.T, text string) []string
	check findCheck
	cases map[string]string
}{
	{"StreetLinesOfOtherCountries", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"Anschrift: Hauptstraße 12": "Hauptstraße 12",
		"Lindenstr. 4a":             "Lindenstr. 4a",
		"Anschrift: Am Vogelsang 24c\n68780 Rüsselsheim, Deutschland": "Am Vogelsang 24c",
		"An der Bahn 5\nBerlin, Deutschland":                          "An der Bahn 5",
		"Stüttekofener Str. 53b":                                      "Stüttekofener Str. 53b",
		"12 rue de la Paix":                                           "12 rue de la Paix",
		"Tél. +33 1 42 00 00 00\n68 bis Avenue de la Victoire":        "68 bis Avenue de la Victoire",
		"C/ Mayor, 7, 2º B":                                           "C/ Mayor, 7, 2º B",
		"Flat 3, 12 High Street":                                      "Flat 3, 12 High Street",
		"4984 Kemmer Ports, Apt. 063":                                 "4984 Kemmer Ports, Apt. 063",
		"4026 McDermott Glen, Suite 113, Hollywood":                   "4026 McDermott Glen, Suite 113, Hollywood",
		"Flat 3, Rose Court, Westfield Road, Hedon":                   "Flat 3, Rose Court, Westfield Road, Hedon",
		"1 Raffles Place #04-12":                                      "1 Raffles Place #04-12",
		"Blk 123 Bedok North Street 2 #05-67":                         "Blk 123 Bedok North Street 2 #05-67",
		"Av. Insurgentes Sur 1458":                                    "Av. Insurgentes Sur 1458",
		"Jl. Gatot Subroto No. 112, Kel. Kuningan Timur":              "Jl. Gatot Subroto No. 112, Kel. Kuningan Timur",
		"12 High Street, Tel 0123 456789":                             "12 High Street",
		"12 High Street, Invoice Date: 3 May":                         "12 High Street",
		"Flat No. 755, Reddy Main Road,":                              "Flat No. 755, Reddy Main Road",
		"Indirizzo: Contrada Cornelia, 166":                           "Contrada Cornelia, 166",
		"1234 N WALTON BLVD\nBENTONVILLE AR 72712":                    "1234 N WALTON BLVD",
		"5761 W 6th Avenue Your ref. K934164":                         "5761 W 6th Avenue",
		"400 W 42nd St":                                               "400 W 42nd St",
		"Tel. +49 30 1234567\nSt. Ingberter Str. 16c Ihr Zeichen":     "St. Ingberter Str. 16c",
		"159 Voie d'Argenteuil 75045 RENNES":                          "159 Voie d'Argenteuil",
		"Tél. +33 1 42 00 00 00\n173 Avenue de 1'Odéon":               "173 Avenue de 1'Odéon", // OCR "1" for "l"
		"Tel. +34 931 44 61 80\nCalleja Julio, 32, Ático A":           "Calleja Julio, 32, Ático A",
		"Paseo Leonor, 162, 1* Izda.":                                 "Paseo Leonor, 162, 1* Izda.", // OCR "*" for "º"
		"Riera Irene Medrano Monroy, 50, 3º Dcha.":                    "Riera Irene Medrano Monroy, 50, 3º Dcha.",
		"IBAN DE49 6068 1158 8393 9736 78\nHauptstr. 61¢":             "Hauptstr. 61¢",                            // OCR's cent sign for a "c"
		"wohnhaft in 8010 Graz, Schubertstra&e 31/4":                  "Schubertstra&e 31/4",                      // OCR's "&" for the "ß" of "-straße"
		"NO-18, JALAN PERDANA 4/2":                                    "NO-18, JALAN PERDANA 4/2",                 // marker and number joined
		"NO 18, ‘JALAN PERDANA 4/2, TAMAN PERDANA,":                   "NO 18, ‘JALAN PERDANA 4/2, TAMAN PERDANA", // a speck read as a quote
		"Herr\nBeat Zimmermann\nRosenweg 5:\n8802 Kilchberg ZH":       "Rosenweg 5",                               // a speck after the number read as a colon
		"Rasa Kazlauskaite\nZirmunu g. 68-12\nLT-09100 Vilnius":       "Zirmunu g. 68-12",                         // a type of one letter
		"Ulica Kneza Miloša 12/3\n11000 Beograd":                      "Ulica Kneza Miloša 12/3",                  // the flat after a slash: no section's number
	}},
	{"NumberedUnitsInARow", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"a resident of Blk 7 Lot 22, Phase 2, Sampaguita Homes, Barangay": "Blk 7 Lot 22, Phase 2, Sampaguita Homes, Barangay",
	}},
	{"StreetsWithoutANumberInRunningText", recognized(LocationRecognizer{}, entity.Address), among, map[string]string{
		"He lives with his wife, Barbara, on Maple Ridge Road": "Maple Ridge Road",
		"she was hit by a car on Church Road last week":        "Church Road",
	}},
	{"NoStreetAfterARoadsNumber", analyzed(entity.Address), none, map[string]string{
		"Bus Timetable - Route 42 Northgate to Riverside": "", // "Northgate" ends in the Norwegian "gate"
	}},
	{"NoPlaceUnderANamesPhrase", analyzed(entity.Location), none, map[string]string{
		"City of Springfield - Department of Public Works\n\nWater Main Replacement on Lincoln Avenue\n\nWork will begin": "",
	}},
	{"NoStreetInATitle", recognized(LocationRecognizer{}, entity.Address), none, map[string]string{
		"Notes on Data Drive":      "", // a heading in title case
		"Learning on The Way":      "",
		"We met at Lincoln Center": "", // a centre names a place or an institution as often
	}},
	{"PlotAndTownInRunningText", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"summoned: Bwalya Mulenga of Plot No. 4417, Chalala, Lusaka, is hereby": "Plot No. 4417, Chalala, Lusaka",
	}},
	{"WomensFormsOfListedSurnames", analyzed(entity.Person), among, map[string]string{
		"Kontrola v ambulanci.\nMUDr. Petra Novotna": "Petra Novotna", // Novotný's, its accent lost
		"Direktorius\nRasa Kazlauskaite":             "Rasa Kazlauskaite",
	}},
	{"TwoNamesASalutationAddresses", analyzed(entity.Person), among, map[string]string{
		"Dear Anna and Peter,\n\nThanks for your letter": "Anna",
		"Hallo Jens und Birgit,\n\nvielen Dank":          "Birgit,",
	}},
	{"TheGreetingStaysOutOfTheName", analyzed(entity.Person), among, map[string]string{
		"Hallo Jens,\n\nvielen Dank": "Jens,",
		"Liebe Birgit,\n\nwie geht":  "Birgit,",
	}},
	{"NoNamesInAGreeting", analyzed(entity.Person), none, map[string]string{
		"Hello World and Peace, we are open": "",
	}},
	{"PlacesInRunningText", recognized(LocationRecognizer{}, entity.Location), among, map[string]string{
		"He lives with his daughter in Bozeman, Montana.": "Bozeman,",
		"Our office in Fresno is closed.":                 "Fresno",
	}},
	{"NoPlaceOfAWord", analyzed(entity.Location), none, map[string]string{
		"The leaflet is written in English.": "",
		"Seen in January and at Christmas.":  "",
	}},
	{"PlacesOfFieldsAndDatelines", recognized(LocationRecognizer{}, entity.Location), among, map[string]string{
		"Ort: Viersen":                                                 "Viersen",
		"Luogo di nascita: Monfalcone":                                 "Monfalcone",
		"Erfurt, den 22.11.2023":                                       "Erfurt",
		"Santa Lucía de Tirajana, 19/03/2024":                          "Santa Lucía de Tirajana",
		"Nocciano, 20 aprile 2023":                                     "Nocciano",
		"São Paulo, 14 de março de 2024":                               "São Paulo",
		"Göteborg den 3 mars 2024":                                     "Göteborg",    // a Swedish dateline
		"Place of birth: Long Rempel":                                  "Long Rempel", // unlisted, after a birth-place label
		"Place of birth: Lake Havasu City":                             "Lake Havasu City",
		"Date of birth: 02/06/1977 : Place of birth: Lake Havasu City": "Lake Havasu City",
	}},
	{"PostcodeTownLines", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"75008 Paris":           "75008 Paris",
		"10115 Berlin":          "10115 Berlin",
		"28013 Madrid (Madrid)": "28013 Madrid (Madrid)",
		"Mumbai 400001":         "Mumbai 400001",
		"Toronto, ON M5V 2T6":   "Toronto, ON M5V 2T6",
		"8044 Zuerich":          "8044 Zuerich", // umlaut typed as "ue"
		"Tel. +34 931 44 61 80\n07001 Palma de Mallorca":                                            "07001 Palma de Mallorca", // the list holds "Palma"
		"14 Wattle Crescent, Parramatta NSW 2150":                                                   "Parramatta NSW 2150",
		"Tel. +39 02 1234567\n90422 Bore (CI)":                                                      "90422 Bore (CI)",
		"Tel. +44 20 7946 0000\nLittle Hamill-Green SW5 ORN":                                        "Little Hamill-Green SW5 ORN",
		"PIN code: Tuljapur, Punjab 739111":                                                         "Tuljapur, Punjab 739111",
		"Via Garibaldi 12\n20121 Milano":                                                            "20121 Milano",
		"Corso Francia 5\n10138 Torino (TO)":                                                        "10138 Torino (TO)",
		"Via Odorico 161\n74481 Fortunago (MO)":                                                     "74481 Fortunago (MO)",
		"12 rue Victor Hugo\n@8452 Hyéres":                                                          "@8452 Hyéres",
		"Magadi, Nagaland 211969":                                                                   "Magadi, Nagaland 211969",
		"Tel. +44 20 7946 0000\nGISLASON END BA2 4QE":                                               "GISLASON END BA2 4QE",
		"Tel. +91 22 1234 5678\nBongaigaon City 654506":                                             "Bongaigaon City 654506",
		"Tirupati, Andaman and Nicobar Islands 387575":                                              "Tirupati, Andaman and Nicobar Islands 387575",
		"Tél. +33 1 42 00 00 00\n39 quai Saint-Bernard\n22340 CAYENNE":                              "22340 CAYENNE", // capitals, a word of the dictionary
		"155 Valley Road NETHER BODE END":                                                           "155 Valley Road NETHER BODE END",
		"86 James Street, HAAG COMMON":                                                              "86 James Street, HAAG COMMON",
		"Tel. +34 931 44 61 80\nQuinta Roser, 75, 1°B 9335 Coslada":                                 "9335 Coslada",                   // a zero lost by OCR
		"IBAN IE29 AIBK 9311 5212 3456 78\n12 Glenageary Park\nDun Laoghaire, Co. Dublin\nA96 X2Y7": "Dun Laoghaire, Co. Dublin",      // a town that opens with a title's word
		"Curitiba - PR, 80010-120":                                                                  "Curitiba - PR, 80010-120",       // a Brazilian state code after a dash
		"Tel. +49 30 1234567\n32463 Brandenburg an der Havel":                                       "32463 Brandenburg an der Havel", // connectors that are also form words
		"155 Valley Road\nNETHER BODE END\nUB27 1GF":                                                "NETHER BODE END",
	}},
	{"DistrictsBeforeATownLine", analyzed(entity.Address), among, map[string]string{
		"Telp. (021) 5290 7713\nKec. Setiabudi, Jakarta Selatan 12950\nIndonesia": "Kec. Setiabudi, Jakarta Selatan 12950",
	}},
	{"TownsThatAreWordsBeforeALetteredPostcode", analyzed(entity.Address), among, map[string]string{
		"Harrow HA1 3LP\nTel 020 8427 5519":  "Harrow HA1 3LP",
		"Reading RG1 1AA\nTel 0118 496 0000": "Reading RG1 1AA",
	}},
	{"PostcodesOfTownLines", recognized(AddressRecognizer{}, entity.Zip), among, map[string]string{
		"75008 Paris":                          "75008",
		"10115 Berlin":                         "10115",
		"28013 Madrid (Madrid)":                "28013",
		"Mumbai 400001":                        "400001",
		"Tel. +39 02 1234567\n90422 Bore (CI)": "90422",
		"Tel. +44 20 7946 0000\nLittle Hamill-Green SW5 ORN": "SW5 ORN",
	}},
	{"PageCountriesByACurrencysNarrowSymbol", firstCountries, first, map[string]string{
		"TOTAL RM 34.00":     "MY",
		"TOTAL Rp 69.000":    "ID",
		"SUMA 43,29 zł":      "PL",
		"Celkem 9 430,00 Kč": "CZ",
	}},
	{"NoCountryOfAUnitInCapitals", firstCountries, none, map[string]string{
		"distance 12 KM": "",
	}},
	{"PostcodeTownWithItsProvinceInBrackets", analyzed(entity.Address), among, map[string]string{
		"06046 Norcia (PG)": "06046 Norcia (PG)",
	}},
	{"StreetLinesOpeningWithASpeck", analyzed(entity.Address), among, map[string]string{
		"Walker - Kuphal\n“191 Bruen Close\n- CRONIN-OVER-CORWIN LS14 6JL": "“191 Bruen Close",
		"Charles SNC\n4@ Rue du Bac\n71630 ANTONY":                         "4@ Rue du Bac\n71630 ANTONY", // "@" read for a zero
	}},
	{"StatementRowsWhoseDateOCRMisread", analyzedColumns(entity.Date), among, map[string]string{
		"94/09/2022   Transferencia a Carlota Marquez      574,00     1.200,00": "94/09/2022",
	}},
	{"InstitutionsNamedAfterATown", analyzed(entity.Organization), among, map[string]string{
		"ingreso en el Hospital Universitario de Inca el": "Hospital Universitario de Inca",
	}},
	{"GivenNamesJoinedByParticles", analyzed(entity.Person), among, map[string]string{
		"Maria de los Angeles Lozano\nNavarro Barraza S.A.": "Maria de los Angeles Lozano",
		"Atentamente,\nMaría del Carmen Ruiz":               "María del Carmen Ruiz",
	}},
	{"GivenNameReadWithAColonSpeck", analyzed(entity.Person), among, map[string]string{
		"Pacjent: Zofia: Kaminska": "Zofia Kaminska",
	}},
	{"NoSpeckOfALabelBeforeATitle", analyzed(entity.Person), among, map[string]string{
		"Behandelnder Arzt: Dr. med. T. Eich": "T. Eich",
	}},
	{"TownNamingASite", analyzed(entity.Location), among, map[string]string{
		"He was seen by Dr. Okafor at the Chelmsford clinic in January.":  "Chelmsford",
		"He was seen by Dr. Okafor at the\nChelmsford clinic in January.": "Chelmsford",
		"our Denver office will call":                                     "Denver",
	}},
	{"NoTownOfAWordBeforeASite", analyzed(entity.Location), none, map[string]string{
		"the General clinic": "",
		"the Reading office": "",
	}},
	{"NameEndsBeforeAnIDLabel", analyzed(entity.Person), only, map[string]string{
		"Patient: Avraham Ben-David ID: 031548927": "Avraham Ben-David",
		"Name: Avraham Ben-David Bed: 4":           "Avraham Ben-David", // a field without personal data
		"Name: Avraham Ben-David Dept: Cardiology": "Avraham Ben-David",
		// the next label's colon set apart or glued to its value
		"Patient Name : Mrs. Lakshmi Narayanan Age/Sex :54 Y/F": "Lakshmi Narayanan",
		"Ref. By : Dr. S. Raghavan Sample ID : CHN2611045":      "S. Raghavan",
		"Patient: Maria Gomez Specimen No: 44812":               "Maria Gomez",
		"Nom du patient : Gagnon, Marie-Eve":                    "Gagnon, Marie-Eve", // the label's qualifier before a colon set apart
	}},
	{"NoAddressOfAMonthAndItsYear", analyzed(entity.Address), absent, map[string]string{
		"Lohnabrechnung Oktober 2026\nArbeitgeber: Gebrüder Keller AG, Winterthur\n\nHerr Reto Brunner\nBahnhofstrasse 27\n8400 Winterthur": "Lohnabrechnung Oktober 2026", // a year, no Swiss postcode
	}},
	{"InvoiceNumberAfterItsKind", analyzed(entity.ID), only, map[string]string{
		"Faktura VAT nr 114/10/2026": "114/10/2026", // a Polish VAT invoice's number
	}},
	{"AddresseeBetweenTwoAddressesIsAPerson", analyzed(entity.Person), only, map[string]string{
		"Meir 24, 2000 Antwerpen\n\nDhr. Pieter Janssens\nKerkstraat 112 bus 3\n2000 Antwerpen": "Pieter Janssens", // no locality line of the address
	}},
	{"NoLabelJoinedToANameByOf", analyzed(entity.Address), none, map[string]string{
		"CITY OF TSHWANE - STATEMENT OF ACCOUNT\nAccount holder: Thabo Mokoena": "", // a heading, not a city's label
	}},
	{"PlaceUnderALabelWithItsQualifier", analyzedColumns(entity.Location), only, map[string]string{
		"Fecha de nacimiento        ‘Lugar de nacimiento\n21/04/1980                 Ceuta": "Ceuta",
	}},
	{"NoNameOfALabelsQualifierOrARegister", analyzed(entity.Person), none, map[string]string{
		"Médico clinico - M.N. 98765":                "", // a doctor's role and register, no name
		"Amtsgericht München HRB 123456":             "", // a firm's entry in a trade register
		"Registergericht: Amtsgericht Köln HRB 4471": "",
	}},
	{"NoNameOfACourt", analyzed(entity.Person), absent, map[string]string{
		"Patient: Jones\nAmtsgericht München HRB 123456": "Amtsgericht München", // with a name's context on the page
	}},
	{"NoRegionCodeOfATitle", analyzed(entity.Location), absent, map[string]string{
		"The agent called NEW YORK, MR. Smith said": "NEW YORK, MR.", // a title, no region's code
	}},
	{"NoRecordIDOfAFirmsRegistration", analyzed(entity.ID), none, map[string]string{
		"Org.nr: 984 221 503 MVA": "",
		"Org. nr. 556677-8899":    "",
		"CVR-nr. 12345678":        "",
	}},
	{"NameBeforeAnAsideInBrackets", analyzed(entity.Person), only, map[string]string{
		"This is to certify that Lim Jia Hui (NRIC: S8234567D)": "Lim Jia Hui", // a given name that is a word too
	}},
	{"ArgentineDoctorsRegistration", analyzed(entity.ID), only, map[string]string{
		"Médico clinico - M.N. 98765": "98765",
		"Dr. Juan Pérez M.P. 44512":   "44512",
	}},
	{"HungarianLoyaltyCard", analyzed(entity.ID), only, map[string]string{
		"Torzsvasarloi kartya: 8412337": "8412337", // as OCR reads it, without accents
	}},
	{"NordicIdentityNumbers", analyzed(entity.ID), only, map[string]string{
		"Personnummer: 850412-1234":  "850412-1234", // not a phone number
		"Henkilötunnus: 120485-123A": "120485-123A",
	}},
	{"IdentityCardsOfLatinAmerica", analyzed(entity.ID), only, map[string]string{
		"Cedula de ciudadania: 1.020.447.913": "1.020.447.913",
		"Cédula de identidad: 12.345.678-9":   "12.345.678-9",
	}},
	{"NoURLOfALabelGluedByADot", analyzed(entity.URL), none, map[string]string{
		"GUEST FOLIO   Folio.No. 24-11873": "",
	}},
	{"AustrianMonthNames", analyzed(entity.Date), only, map[string]string{
		"Die Pension wird ab 1. Jänner 2026 auf Ihr Konto":  "1. Jänner 2026",
		"Die Pension wird ab 1. Jaenner 2026 auf Ihr Konto": "1. Jaenner 2026", // the umlaut typed out
	}},
	{"PageCountries", firstCountries, first, map[string]string{
		"Dun Laoghaire, Co. Dublin\nA96 K2X7": "IE",
		"Tel. +33 1 42 00 00 00":              "FR",
		"IBAN DE45 9116 2824 3068 1946 68":    "DE",
		"www.example.it":                      "IT",
		"Made in India":                       "IN",
		"IBAN: FR76 3000 6000 0112 3456":      "FR",
		"Tel. +44 20 7946 0958":               "GB",
		"NO 290, JALAN AIR PANAS,\n53200, KUALA LUMPUR.\nGST ID : 000750673920": "MY",
		"75008 Paris": "FR",
		"Magadi, Nagaland 211969\nShikaripur 069666":                "IN", // a town, its region and a PIN
		"Jl. Senopati No. 45, Jakarta Selatan\nTelp. 021 2750 1123": "ID", // a city of millions
		"LAGOS UNIVERSITY TEACHING HOSPITAL":                        "NG", // small towns of Portugal share the name
		"Calle 45 # 18-32, Bogota D.C.":                             "CO", // and one of New Jersey, the name without its accent
		"Jane Doe\n12 Main St\nParis, TX 75460":                     "US",
	}},
	{"NoCountryOfACityManyShare", firstCountries, none, map[string]string{
		"Dinner in Paris with friends": "",
	}},
	{"LedgerPlaces", recognized(LedgerRecognizer{}, entity.Location), only, map[string]string{
		"27.11.2023 Bargeldauszahlung MINDEN 218,94 -4.032,77":            "MINDEN",
		"28.11.2023 Bargeldauszahlung KEMPTEN (ALLGAU) 1.300,96":          "KEMPTEN (ALLGAU)",
		"30/10/2022 Retrait DAB SAINT-ETIENNE 1 109,26 2 126,19":          "SAINT-ETIENNE",
		"04/09/2025 CASH WITHDRAWAL LEEDS 170.16 7,478.61":                "LEEDS",
		"01/11/2022 Prelievo bancomat BETTONA 1.434,10 4.933,87":          "BETTONA",
		"25/05/2022 Reintegro cajero TOLEDO 158,19 12.868,04":             "TOLEDO",
		"21/10/2022 Retrait DAB NICE 1 266,33 78,10":                      "NICE",
		"21.07.2023 Bargeldauszahlung NEUSTADT AN DER WEINSTRASSE 996,95": "NEUSTADT AN DER WEINSTRASSE",
		"28/03/2025 ATM Withdrawal BENTLEIGH":                             "BENTLEIGH", // the amounts beyond a wide gap
	}},
	{"LedgerRowsWithoutAPlace", recognized(LedgerRecognizer{}, entity.Location), none, map[string]string{
		"12/03/2024 ATM WITHDRAWAL FEE 2.50 100.00":         "",
		"12/03/2024 Cash withdrawal EUR 50.00 100.00":       "",
		"12/03/2024 Cash withdrawal CARD 1234 50.00 100.00": "",
		"12/03/2024 Retrait DAB CB 50,00 100,00":            "",
		"12/03/2024 Cash withdrawal - VISA 50.00 100.00":    "",
		"14/03/2025 BPAY ORIGIN ENERGY 4471029983 211.45":   "", // a town's name, but a word
	}},
	{"NoNameInAHeadingOrATaxStatus", analyzed(entity.Person), none, map[string]string{
		"FACTURAB N. 0004-00018273\nFecha: 07/10/2025":                     "", // "N." marks a number
		"Condicion IVA: Consumidor Final\n\nCant.  Descripcion    Importe": "",
	}},
	{"ItemRowsNameNoOne", recognized(NameRecognizer{}, entity.Person), none, map[string]string{
		"AYAM BAKAR MADU          1     45.000": "",
		"ES TEH MANIS 2 24.000":                 "",
		"CURRY PUFF 3 1.20 3.60":                "",
		"Es Teh Manis 2 10 .000":                "", // OCR split the price at its separator
		"1 x Nasi Lemak Ayam 6\n-50":            "", // OCR put the price's cents on a line of their own
		"1 xX Teh Tarik 1\n-90":                 "",
		"2x Kaya Toast Set":                     "",
	}},
	{"BillNumbersAreNoPhones", analyzed(entity.Phone), only, map[string]string{
		"No. Bill : 0821-0057        Meja : 12\nTelp. 021 2750 1123": "021 2750 1123",
	}},
	{"LedgerMerchantsAreNoPersons", recognized(LedgerRecognizer{}, entity.Person), none, map[string]string{
		"03/03/2025 EFTPOS WOOLWORTHS 3412 CAULFIELD 84.20 2,315.80": "",
		"08 Nov 2024 Room Charge Deluxe River View 3,800.00":         "", // "River" is a given name, "View" no surname
		"17/11/2024 Room Deluxe King 850.00":                         "", // the bed, though "King" is a surname
	}},
	{"DateColumnsHoldTheDateOnly", analyzed(entity.Date), only, map[string]string{
		"Date        Description          Debit\n03/03/2025  EFTPOS WOOLWORTHS    84.20": "03/03/2025",
		"Date: 2/21/80 4:00 P.M. by courier":                                             "2/21/80 4:00 P.M.",
	}},
	{"LedgerPersons", recognized(LedgerRecognizer{}, entity.Person), only, map[string]string{
		"07/05/2023 Bonifico a Azzurra Celeste 1.110,68":           "Azzurra Celeste",
		"21.11.2023 Überweisung an Medina Logsch 1.479,49 -972,96": "Medina Logsch",
		"26/08/2025 Transfer from Baala Rana 830.79 7,930.35":      "Baala Rana",
		// A mobile-money statement's receipt code before the date.
		"SKL4X7Q1AB 03/11/2025 Funds received from OTIENO BRIAN 2,500.00": "OTIENO BRIAN",
	}},
	{"LedgerReferences", recognized(LedgerRecognizer{}, entity.ID), only, map[string]string{
		"22.11.2023 Lastschrift Lohse-Feld C-970320 1.414,55 -2.387,51": "C-970320",
	}},
	{"DateRangeEnds", lineDates, among, map[string]string{
		"Periodo: 05/05/2023 - 04/06/2023": "04/06/2023",
		"Period: 05.05.2023 – 04.06.2023":  "04.06.2023",
	}},
	{"PatDateMisread", lineDates, only, map[string]string{
		"avant le 5 aoat 2023 par virement": "5 aoat 2023", // "août"
		"Noisy-le-Grand, 17 aot 2025":       "17 aot 2025",
		"le 1 aodt 2022":                    "1 aodt 2022",
		"am 4 Septmber 2020":                "4 Septmber 2020",
		"Datum |o1/11/2024":                 "o1/11/2024", // "o" for a zero
	}},
	{"PatDateLanguages", lineDates, only, map[string]string{
		"Paris, le 30 avril 1966":        "30 avril 1966",
		"Berlin, den 3. März 2024":       "3. März 2024",
		"Madrid, 12 de junio de 2023":    "12 de junio de 2023",
		"Roma, 5 maggio 2021":            "5 maggio 2021",
		"Lisboa, 12 de junho de 2023":    "12 de junho de 2023",
		"Amsterdam, 14 maart 2022":       "14 maart 2022",
		"Rendez-vous le 5 mai à 10h":     "5 mai",
		"Datum: Montag, 3. März 2024":    "Montag, 3. März 2024",
		"Termin: Mo., 3. März 2024":      "Mo., 3. März 2024",
		"we do 5 mei 2024":               "5 mei 2024", // "do" without a dot is a word
		"Date: March 14, 2024":           "March 14, 2024",
		"Fecha: 25/12/2023":              "25/12/2023",
		"Datum: 03.07.2024":              "03.07.2024",
		"Datum: 16.07.23":                "16.07.23",
		"Issued 2024-02-29":              "2024-02-29",
		"Livraison: 1er janvier 2020":    "1er janvier 2020",
		"Stand: Januar 2024":             "Januar 2024",
		"Dated 10 December 1998, London": "10 December 1998",
		"Tanggal: 12 Maret 2025":         "12 Maret 2025",
		"Tarikh: 3 Ogos 2024":            "3 Ogos 2024",
	}},
	{"NamesBeforeTheirNumber", recognized(NameRecognizer{}, entity.Person), among, map[string]string{
		"Bei Rückfragen erreichen Sie Jerome Wilhelm unter 0154 28481235":            "Jerome Wilhelm",
		"Para cualquier consulta puede dirigirse a Luis Cruz en el teléfono 684 523": "Luis Cruz",
		"questions may be directed to Davon Frami on (723) 658-7686.":                "Davon Frami",
	}},
	{"OrganizationPartnerships", orgsOnLine, only, map[string]string{
		"Tischler, Kwadwo und Kleiss": "Tischler, Kwadwo und Kleiss",
		// Three names in a list, none in the name lists, or one also a
		// word of some language.
		"Kurnicki, Hermecke und Kawohl": "Kurnicki, Hermecke und Kawohl",
		"Bosco, Grant and Cassin":       "Bosco, Grant and Cassin",
		"Mercier et Meyer":              "Mercier et Meyer",
		"Lelli-Faraci s.r.1.":           "Lelli-Faraci s.r.1.", // "1" read for "l"
		"Macchi e figli":                "Macchi e figli",
		"Cordero Tejeda Hermanos":       "Cordero Tejeda Hermanos",
		"Müller & Söhne":                "Müller & Söhne",
		"Halvorson - Kohler":            "Halvorson - Kohler",
		// A booking text before the payee is no part of it.
		"Salary Bode Inc":         "Bode Inc",
		"Stipendio Sarti e figli": "Sarti e figli",
	}},
	{"NamesOfManyCultures", analyzed(entity.Person), inside, map[string]string{
		"Kassierer: Timon\nVielen Dank":                           "Timon",
		"MANAGER DIANE SMITH\n(479) 273-4000":                     "DIANE SMITH",
		"Sehr geehrte Frau Kollegin Dr. Weber,":                   "Weber",
		"Aan: Dhr. J. de Vries":                                   "J. de Vries",
		"Médecin: Dr Aquiline da Silva":                           "Aquiline da Silva",
		"Pacjent: Jan Kowalski":                                   "Jan Kowalski",
		"Cliente: Maria da Silva":                                 "Maria da Silva",
		"Jonathan Miller, born on 3 May 1980, lives in Leeds.":    "Jonathan Miller",
		"The patient was referred by Dr. Priya Raman for review.": "Priya Raman",
		"Sehr geehrter Herr Klaus Müller,":                        "Klaus Müller",
		"Reçu de Mme Sylvie Durand le 4 mai.":                     "Sylvie Durand",
		"Atentamente, Nicolás Núñez Villa":                        "Nicolás Núñez",
		"Customer : Tan Wei Ming\nTotal 12.00":                    "Tan Wei Ming",
		"Kasir: Dewi\nTotal 45.000":                               "Dewi",
		"Navn: Ole Hansen":                                        "Ole Hansen",
		"Nama: Siti Rahayu":                                       "Siti Rahayu",
		"Member     : TAN WEI LIANG  (0167734412)":                "TAN WEI LIANG",
		"Server: Jessica\nTable 12":                               "Jessica",
		"Ordering Provider: Susan Park, MD":                       "Susan Park", // "Park, MD" is no "Surname, Given"
		"Sr./Sra.: Valentina Soledad Ibarra":                      "Valentina Soledad Ibarra",
		"Prescriber: Dr Anjali Raman, Belmont Health Centre":      "Anjali Raman",
	}},
	{"AddressFieldsOfOtherLanguages", analyzed(entity.Address), among, map[string]string{
		"Indirizzo: Via Roma 12":            "Via Roma 12",
		"Anschrift: Am Waldrand 3":          "Am Waldrand 3",
		"Dirección: Camino Real 14":         "Camino Real 14",
		"Endereço: Rua das Flores, 45":      "Rua das Flores, 45",
		"Alamat: Kampung Baru Sungai Buloh": "Kampung Baru Sungai Buloh",
	}},
	{"AddressFieldsWithoutAnAddress", analyzed(entity.Address), none, map[string]string{
		"Adresse: siehe oben":     "",
		"Indirizzo: vedi sopra":   "",
		"Indirizzo\n| [car |":     "",
		"FATURA N.o FT 2025/1184": "", // an invoice's number, not a street's
	}},
	{"AddressesWhoseDomainLostItsDot", analyzed(entity.Email), among, map[string]string{
		"all'indirizzo epenna@parisi-lucchese-s-rit. La preghiamo": "epenna@parisi-lucchese-s-rit.",
	}},
	{"NoAddressWithoutAnAt", analyzed(entity.Email), none, map[string]string{
		"2 @ 3.99":     "",
		"Qty 2@3.99":   "",
		"follow @acme": "",
	}},
	{"FirmsSignedWithoutTheirForm", analyzed(entity.Organization), among, map[string]string{
		"Gomez-Duncan S.p.A.\nCordiali saluti\nGomez-Duncan": "Gomez-Duncan",
		"Prescriber: Dr Anjali Raman, Belmont Health Centre": "Belmont Health Centre", // not "Raman, Belmont"
	}},
	{"FirmsUnderAPersonsLabel", analyzed(entity.Organization), among, map[string]string{
		"From: Harlow Media Services":        "Harlow Media Services",
		"Customer: Northside Medical Center": "Northside Medical Center",
	}},
	{"FirmsUnderAPersonsLabelAreNoPeople", analyzed(entity.Person), none, map[string]string{
		"From: Harlow Media Services":        "",
		"Customer: Northside Medical Center": "",
	}},
	{"NoValueOfAnOfficeBox", analyzed(entity.Organization), none, map[string]string{
		"Vendor: FOR PURCHASING DEPARTMENT USE ONLY": "",
		"Employer: FOR OFFICE USE ONLY":              "",
	}},
	{"PhoneLabelsOfMoreLanguages", analyzed(entity.Phone), among, map[string]string{
		"Telefoonnummer: 06. 4418° 2290":                                              "06. 4418° 2290", // OCR's specks in a Dutch mobile number
		"Morada: Rua da Prata 118, 1100-419 Lisboa, Portugal\nTelemóvel: 913 584 271": "913 584 271",
		"Endereço: Rua Augusta 12, 1100-053 Lisboa, Portugal\nTelemovel: 913 584 271": "913 584 271",
	}},
	{"PhoneFieldsEndAtTheNumber", analyzed(entity.Phone), only, map[string]string{
		"Tel. 935 09 42 25 Correo electrónico: info@example.es": "935 09 42 25",
		// A fax header's time after the number, a word before it.
		"OFFICE Fax: 614-466-5087 Dec 10 '98 17:46": "614-466-5087",
		"FAX NO, (614) 466-5087":                    "(614) 466-5087",
		"Tel: 555-0134 ext. 22":                     "555-0134 ext. 22",
		"Tel: +44 (0)20 7946 0958 (office)":         "+44 (0)20 7946 0958",
		// The next label, of no type of ours, after the number.
		"Teléfono: 612 447 903 Correo: a@b.es": "612 447 903",
	}},
	{"SecondDateOfAnISORange", analyzed(entity.Date), among, map[string]string{
		"Period: 2025-10-01 - 2025-10-31": "2025-10-31",
	}},
	{"PhonesOfOtherPlans", analyzed(entity.Phone), among, map[string]string{
		"Telefoon: 06-41287735": "06-41287735",
		"Telefoon: 020-6241234": "020-6241234", // no NANP area code starts with 0; grouped "020 624 1234" by the plan
		"GSM: 0470 12 34 56":    "0470 12 34 56",
		// An amount right after the number on a statement's row.
		"Phone: +234 803 555 0192\n18-Jun-2025 AIRTIME MTN 08035550192 2,000.00 134,860.50": "08035550192",
	}},
	{"NumbersInFourDashedGroups", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Please pay to 12-3091-0457882-00 by 20/12/2025": "12-3091-0457882-00",
		"Tél. 081 22 47 93 INAMI 1-47281-33-004":         "1-47281-33-004",
	}},
	{"AccountAfterAVetoWordOfASentence", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Utbetalas till konto: Swedbank 8327-9 914 552 618-4": "8327-9 914 552 618-4",
	}},
	{"NoIDOfATillsNumber", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"Till No. 000451":    "",
		"Order No.: 4471123": "",
	}},
	{"IDsWithASpeckAfter", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"NIF: 50123456K~ Tel: 913 56 22 08": "50123456K~",
		"Personnummer: 19870214=3362":       "19870214=3362",    // a dash read as "="
		"numéro national .79.06.03-215.62,": ".79.06.03-215.62", // a speck read as a period before it
	}},
	{"IDsOfFrenchAndPortugueseLabels", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"N° allocataire CAF : 2847719": "2847719", // an acronym before a colon standing apart
		"Cartão de Cidadão: 14829337":  "14829337",
	}},
	{"NoIDOfACitysLabel", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"Cidade: Lisboa 1070": "",
	}},
	{"IDsAfterAQualifiedLabel", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"CPF do consumidor: 123.456.789-09": "123.456.789-09",
	}},
	{"IDsAfterADoubledColon", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"AMKA: :12038544719": ":12038544719",
	}},
	{"NoInitialsBeforeAnIDLabel", analyzedColumns(entity.Person), none, map[string]string{
		"Distribuidora La Florida S.A.   Ced. Jur. 3-101-045872": "", // a firm's form, then its ID's label
	}},
	{"NoInitialsOfAUnitsAbbreviation", analyzed(entity.Person), none, map[string]string{
		"ASST Spedali Civili di Brescia - U.O. Radiologia": "", // Unità Operativa
	}},
	{"NameBeforeAnIdentityCardsLabel", analyzedColumns(entity.Person), among, map[string]string{
		"Patient: Siti Nurhaliza binte Rahman   NRIC: S8812345D":     "Siti Nurhaliza binte Rahman",
		"Patient: Siti Nurhaliza binte Rahman   Passport: S8812345D": "Siti Nurhaliza binte Rahman",
	}},
	{"NoIDOfABooksNumber", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"ISBN 978-3-16-148410-0": "",
	}},
	{"RecordIDsOfMoreLabels", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Our records show your PPS number as 1234567TA; please tell us": "1234567TA",
		"Ihre Kundennummer lautet 4021773.":                             "4021773",
		"brojila. Moj JMBG je 0101990710006.":                           "0101990710006", // a copula of another language
		"Mitt kundnummer är 4471882.":                                   "4471882",
		"Microchip: 941000024418736     Born: 2021":                     "941000024418736",
		"to support my visa application. My BVN is\n22418827305.":       "22418827305", // the sentence wraps before the number
		"Vehicle: 2019 Honda Accord EX, VIN 1HGCV1F34KA041872":          "1HGCV1F34KA041872",
		"Pazymima, kad Rtita Kazlauskiené (asmens kodas 48506151234)":   "48506151234",
		"anyja neve: Nagy Erzsébet, adéazonosité jel: 8412345675":       "8412345675", // OCR's "é" for "ó" and "í"
		"Onecard: 6014 3520 1187 4421":                                  "6014 3520 1187 4421",
		"Kundennr.: 40217":                                              "40217",
		"Konto: Swedbank 8327-9, 914 502 337-1":                         "914 502 337-1", // the second number of one label
		"Lab No.   : 250412-077":                                        "250412-077",    // a colon apart
		"Numer konta: 12 1090 1014 0000 0712 1981 2874":                 "12 1090 1014 0000 0712 1981 2874",
		"C.F.: RSSMRA85T10A562S":                                        "RSSMRA85T10A562S",
		"RX# 0847712-05731 03/14/2025":                                  "0847712-05731", // a prescription's number
		"Mutuelle : Harmonie Mutuelle Adherent : 77204518":              "77204518",
		"UHID : APJ.1123348":                                            "APJ.1123348",
		"Her KRA PIN is A012345678Z and":                                "A012345678Z",
		"Folder. No: ~KB/2025/118734":                                   "~KB/2025/118734", // a speck read before the code
		"Folder No: 4471882":                                            "4471882",
		"RUT: 17.482.993-K":                                             "17.482.993-K",       // a Chilean RUT's check letter
		"N. national : 85.07.14-123.45":                                 "85.07.14-123.45",    // Belgium's register number
		"HKID No.: K417823(5)":                                          "K417823(5)",         // a check digit in brackets
		"Obra social: OSDE 210 - Afiliado 6 1842733 01":                 "6 1842733 01",       // a health fund's member
		"NIC : 197803412257":                                            "197803412257",       // Sri Lanka's national identity card
		"Adoazonosito jel: 8412703395":                                  "8412703395",         // a Hungarian tax number
		"Carte fidelite: 9250 4471 8823 012":                            "9250 4471 8823 012", // a loyalty card, without accents
		"Prontuario: 1184271        CPF: 418.227.390-14":                "1184271",            // a Brazilian patient's record
		"Isikukood: 48807152718":                                        "48807152718",        // an Estonian personal code
	}},
	{"NoRecordIDInASentence", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"Invoice total is 1,250.00 EUR":    "",
		"The page count is 12 of 40 pages": "",
	}},
	{"NoDateOfAnAmount", analyzed(entity.Date), none, map[string]string{
		"Amount Due: 224.00":    "",
		"Due: $1,245.00":        "",
		"Payment due: 2,000.00": "",
	}},
	{"NoSSNOfAFee", analyzed(entity.SSN), none, map[string]string{
		"Ticket SSN 2,00": "",
	}},
	{"NoFirmOfACodeLabel", analyzed(entity.Organization), none, map[string]string{
		"C.F.: RSSMRA85T10A562S": "",
	}},
	{"ColombianNumberedStreets", recognized(AddressRecognizer{}, entity.Address), inside, map[string]string{
		"Calle 45 # 18-32, Bogota D.C.": "Calle 45 # 18-32",
		"Cra. 15 #93-47":                "Cra. 15 #93-47",
		"Carrera 7 No. 72-41":           "Carrera 7 No. 72-41",
	}},
	{"NoStreetOfAChaptersNumber", recognized(AddressRecognizer{}, entity.Address), none, map[string]string{
		"Chapter 45 # 18-32": "",
		"Telefon: +43 664 318 22 47\n2009 - 2014 Studium Betriebswirtschaft, WU Wien": "", // a range of years
		"Telefon: +43 664 318 22 47\n2015 -2024 Buchhaltung, Spedition Huber GmbH":    "",
	}},
	{"NoStreetOfAnAmountInWords", recognized(AddressRecognizer{}, entity.Address), none, map[string]string{
		"Son: VEINTICINCO CON 90/100 SOLES": "",
	}},
	{"NameEndsBeforeAnAsideInBrackets", analyzed(entity.Person), only, map[string]string{
		"Patient: KEISHA WASHINGTON (Dependent)": "KEISHA WASHINGTON",
		"Name: Robert (Bob) Smith":               "Robert (Bob) Smith",
	}},
	{"AgeOpeningALine", analyzed(entity.Age), only, map[string]string{
		"Monsieur Julien Marchand\n42 ans - 78 kg": "42",
	}},
	{"NamesAfterWrittenOutHonorifics", analyzed(entity.Person), only, map[string]string{
		"Monsieur Julien Marchand":           "Julien Marchand",
		"Patient : Monsieur Julien Marchand": "Julien Marchand",
	}},
	{"NoNameAfterASaintsPlace", analyzed(entity.Person), none, map[string]string{
		"Saint Louis Hospital": "",
	}},
	{"NamesOfRelatives", recognized(NameRecognizer{}, entity.Person), among, map[string]string{
		"I reviewed Mrs Whitfield in clinic today with her daughter, Joanne.": "Joanne",
		"acompañado de su esposa Carmen.":                                     "Carmen",
	}},
	{"IdahosCodeIsNoIDLabel", analyzed(entity.Address), only, map[string]string{
		"418 Cedar Ridge Dr\nBoise, ID 83709": "418 Cedar Ridge Dr\nBoise, ID 83709",
	}},
	{"IDLabelBeforeAZIPShapedNumber", analyzed(entity.ID), only, map[string]string{
		"Member ID 83709": "83709",
	}},
	{"NoNameOfAUnitsInitials", analyzed(entity.Person), none, map[string]string{
		"U.O.C. Medicina Interna": "",
	}},
	{"RelativesNounInBracketsEndsTheName", analyzed(entity.Person), only, map[string]string{
		"Next of kin:      Sean Gallagher (brother)": "Sean Gallagher",
	}},
	{"StatementRowsWrittenYearFirst", recognized(LedgerRecognizer{}, entity.Person), among, map[string]string{
		"2025/07/11  TRANSFER TO THABO MOKOENA  -1500.00  6614.20": "THABO MOKOENA",
	}},
	{"PostcodeOnALineOfItsOwnClosesAnAddress", analyzed(entity.Zip), only, map[string]string{
		"Mr T Nkosi\n45 Jan Smuts Avenue\nRosebank\nJohannesburg\n2196": "2196",
	}},
	{"NoPostcodeOfANumberAlone", analyzed(entity.Zip), none, map[string]string{
		"Invoice total\nQuantity\n2196": "",
	}},
	{"PostcodeLabels", analyzed(entity.Address), only, map[string]string{
		"Eircode:          P31 K2X8": "P31 K2X8",
	}},
	{"SurnameThatIsALegalFormToo", analyzed(entity.Person), only, map[string]string{
		"MEMBER:ONG BOON HOCK": "ONG BOON HOCK", // "ONG" is also a French NGO's form
	}},
	{"NameEndsBeforeASlashedLabel", analyzedColumns(entity.Person), only, map[string]string{
		"Name: Mrs. Lakshmi Venkataraman     Age/Sex: 67/F": "Lakshmi Venkataraman",
	}},
	{"TitledNameEndsBeforeAnAside", analyzed(entity.Person), only, map[string]string{
		"Consultant: Dr. Arvind Krishnamurthy (Cardiology)": "Arvind Krishnamurthy",
	}},
	{"RelativesNameAfterALineBreak", analyzed(entity.Person), inside, map[string]string{
		"She was accompanied by her son,\nTunde, who can be reached on 0803 412 7790.": "Tunde",
		"Alta em 10/08/2025,\nacompanhada da filha Mariana.":                           "Mariana",
	}},
	{"NordicDoctors", analyzed(entity.Person), only, map[string]string{
		"Rekvirent:    Laege Anders Holm": "Anders Holm", // "Læge", a doctor's title
		"Læge: Anders Holm":               "Anders Holm",
		"Behandler: tannlege Henrik Aas":  "Henrik Aas", // a dentist's role in lower case
	}},
	{"LabelsGluedTogether", analyzedColumns(entity.Person), among, map[string]string{
		"Last Name: MARCHETTI          FirstName: ELENA        MI: R": "ELENA",
	}},
	{"NameEndsAtAFormsRule", analyzed(entity.Person), among, map[string]string{
		"Last name: Nguyen First name: Thanh Huong = Mi T": "Thanh Huong",
		"Last Name: MARCHETTI FirstName: ELENA = MI:R":     "ELENA", // the next field's label glued to its value
	}},
	{"RecordNumberLabelsOfHospitals", analyzed(entity.ID), only, map[string]string{
		"MRN: SDL-7741026":        "SDL-7741026",
		"UHID: 4471-2231":         "4471-2231",
		"SPECIMEN ID: CHN2611045": "CHN2611045",
	}},
	{"NoIDWithoutADigit", analyzed(entity.ID), none, map[string]string{
		"ID No: none": "",
	}},
	{"HungarianStreetTypeAfterTheName", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"Telefon: +36 30 412 7765\nCim: 6720 Szeged, Karasz utca 9. 2/4": "Karasz utca 9.",
	}},
	{"TurkishStreetNumber", analyzed(entity.Address), among, map[string]string{
		"Adres: Moda Caddesi No: 45 Daire 3, Kadikoy / Istanbul": "Moda Caddesi No: 45 Daire 3, Kadikoy / Istanbul",
	}},
	{"NoPersonOfAnOrganisationsPart", analyzed(entity.Person), none, map[string]string{
		"MACCABI HEALTHCARE SERVICES - HAIFA BRANCH": "",
	}},
	{"NoRecordIDOfATaxLabel", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"VKN: 8390017266":        "",
		"TPS : 123456789 RT0001": "",
		"UID Nr.: DE812706034":   "", // a VAT number after a bare marker
	}},
	{"VietnamesePhoneLabel", analyzed(entity.Phone), among, map[string]string{
		"SDT: 0903 412 778": "0903 412 778",
	}},
	{"NordicShopLabels", analyzed(entity.Person), among, map[string]string{
		"Ekspedient: Mette\nTak for besøget": "Mette",
	}},
	{"PolishCardNumber", analyzed(entity.ID), among, map[string]string{
		"Numer karty lojalnosciowej: 4471 2290": "4471 2290",
	}},
	{"PhoneAfterAMisreadNordicLabel", analyzed(entity.Phone), among, map[string]string{
		"Tif. 35 37 12 40\nI alt DKK 82,35": "35 37 12 40", // "Tlf." read "Tif."
	}},
	{"NoNameInAPriceTable", analyzedColumns(entity.Person), none, map[string]string{
		// A column's header over the prices under it.
		"Vare               Antal   Beløb\nPinex 500 mg        1      39,95\nZyrtec 10 mg        1      64,50": "",
		// A price in thousands of a currency written without decimals.
		"Nasi Gudeg 2 30.000 60.000": "",
		// A school report's marks and levels.
		"Subject             Mark    Level\nHome Language       72%       6\nMathematics         65%       5\nNatural Sciences    70%       6": "",
	}},
	{"LetterheadNameOverAddressNumbers", analyzedColumns(entity.Person), among, map[string]string{
		// The numbers of a street and a phone under a name are no column.
		"Ana Ruiz Rosas\nCalle Mayor 12\nTel. 905 02 71": "Ana Ruiz Rosas",
	}},
	{"SchoolLabels", analyzed(entity.Person), among, map[string]string{
		"Learner: Thabo Mokoena":         "Thabo Mokoena",
		"Parent/Guardian: Nomsa Dlamini": "Nomsa Dlamini",
		"Klassenlehrerin: Sabine Krüger": "Sabine Krüger",
	}},
	{"VehiclePlateLabels", analyzed(entity.ID), among, map[string]string{
		"Kennzeichen: M-AB 1234":       "M-AB 1234",
		"Licence plate: KA 05 MN 4471": "KA 05 MN 4471",
	}},
	{"NoNameOfAVehicle", analyzed(entity.Person), none, map[string]string{
		"Viatura: Renault Clio, matrícula AA-44-ZX": "",
		"Fahrzeug: VW Golf Variant":                 "",
	}},
	{"TurkishNumberedStreetsAndDistricts", analyzed(entity.Address), among, map[string]string{
		"Bahçelievler Mah. 7. Caddesi No: 44":   "Bahçelievler Mah. 7. Caddesi No: 44",
		"Kizilay Mah. 1. Sk. No: 5/3":           "Kizilay Mah. 1. Sk. No: 5/3",
		"Mehmet Yıldırım\n06490 Çankaya/Ankara": "06490 Çankaya/Ankara",
	}},
	{"DottedIDReadWithAColon", analyzed(entity.ID), among, map[string]string{
		"RUT: 12:044.719-3": "12:044.719-3",
	}},
	{"LabelsOfHungaryRomaniaTurkey", analyzed(entity.Person), among, map[string]string{
		"Beteg neve: Zsófi Bakonyvári": "Zsófi Bakonyvári",
		"Cumparator: Ilinca Vrînceanu": "Ilinca Vrînceanu",
		"Intocmit: Sorin Bălănescu":    "Sorin Bălănescu",
		"Hasta: Nurhayat Kocabıyık":    "Nurhayat Kocabıyık",
	}},
	{"IDLabelsOfHungaryRomaniaTurkey", analyzed(entity.ID), among, map[string]string{
		"TAJ szám: 044 719 283":       "044 719 283",
		"CNP: 2880612124471":          "2880612124471",
		"T.C. Kimlik No: 28447192036": "28447192036",
	}},
	{"InstitutionsNamedBeforeTheirKind", analyzed(entity.Organization), among, map[string]string{
		"Szent Lukács Gyógyszertár": "Szent Lukács Gyógyszertár",
		"Acıbadem Hastanesi":        "Acıbadem Hastanesi",
	}},
	{"EmployeeLabels", analyzed(entity.Person), among, map[string]string{
		"Werknemer: Sanne de Groot":   "Sanne de Groot",
		"Arbeitnehmer: Jörg Pfeiffer": "Jörg Pfeiffer",
		"Employé: Amélie Faure":       "Amélie Faure",
	}},
	{"NameEndsBeforeItsWorkplace", analyzed(entity.Person), only, map[string]string{
		"Provider: Dr Rajesh Iyer, Westmead Family Practice": "Rajesh Iyer,",
	}},
	{"SocialSecurityAndAccessionLabels", analyzed(entity.ID), among, map[string]string{
		"N. Afiliación S.S.: 31/04471928/35": "31/04471928/35",
		"N. accettazione: 2025/447192":       "2025/447192",
	}},
	{"CodeAfterASpeckReadAsAPeriod", analyzed(entity.ID), among, map[string]string{
		"fiscale: .SPSGLI85M52H501Z": ".SPSGLI85M52H501Z",
	}},
	{"NoNameOfALabelsAbbreviation", analyzed(entity.Person), none, map[string]string{
		"N. Afiliacion S.S.: 31/04471928/35": "",
	}},
	{"StreetAfterAnEnglishFunctionWord", analyzed(entity.Address), only, map[string]string{
		// libpostal lists "of", "at" and "in" as units of other languages.
		"He is a resident of 12 High Street, Leeds.": "12 High Street, Leeds.",
	}},
	{"DoctorLabels", analyzed(entity.Person), among, map[string]string{
		"Ref. Doctor: Dr..Nirmala Fernando": "Nirmala Fernando",
	}},
	{"IcelandicLabels", analyzed(entity.Person), among, map[string]string{
		"Kaupandi: Sæunn Þorvaldsdóttir": "Sæunn Þorvaldsdóttir",
		"Pelatis: Dimitrios’ Karamanlis": "Dimitrios’ Karamanlis",
	}},
	{"IcelandicIDLabel", analyzed(entity.ID), among, map[string]string{
		"Kennitala: 120385-4479": "120385-4479",
	}},
	{"NoInitialOfAUnitsLetter", analyzed(entity.Person), none, map[string]string{
		"Domicilio: 1250, Piso 3-Dto. B, CABA": "",
		"Gascon 1250, Piso 3 Dto. B, CABA":     "",
	}},
	{"NumberLineOverItsStreet", analyzed(entity.Address), among, map[string]string{
		"Pothuvaal, Kaniyar and Abbott\nH.No. 6-4-45,\nAdiga Track,\nTel. 82294 26227": "Adiga Track,",
	}},
	{"AddressLinesOverADistrictAndTown", analyzed(entity.Address), among, map[string]string{
		"SPICE GARDEN\nPlot No. 14, Road No. 3,\nBanjara Hills, Hyderabad 500034": "Plot No. 14, Road No. 3,",
	}},
	{"NoPersonAfterAnInstitutionsHead", analyzed(entity.Person), none, map[string]string{
		"CONSULTORIO MEDICO SAN ANGEL\nTel. 55 5616 2290": "", // "Medico" is no title there
	}},
	{"NoIDOfAReferenceRange", analyzedColumns(entity.ID), none, map[string]string{
		"Test    Result  Units   Reference\nGlucose 104     mg/dL   70-100\nHb      13      g/dL    12.0-15.5": "",
	}},
	{"RoleAfterANameAndAComma", analyzed(entity.Person), only, map[string]string{
		"Validated by: Maria Alexiou, Biochemist": "Maria Alexiou,",
		"Patient: Smith, John":                    "Smith, John",
	}},
	{"CzechIssuerLabel", analyzed(entity.Person), among, map[string]string{
		"Vystavil: Petra Dvofakova": "Petra Dvofakova",
	}},
	{"ResidenceLabel", analyzed(entity.Address), among, map[string]string{
		"Residence: Ruiru, Kiambu County": "Ruiru, Kiambu County",
	}},
	{"DottedDateWithAColonRead", analyzed(entity.Date), among, map[string]string{
		"Datum vystaveni: 04:11.2025":       "04:11.2025",
		"Datum: 19.11:2025. Vrijeme: 18:04": "19.11:2025.",
	}},
	{"NordicPrescriptionNumber", analyzed(entity.ID), among, map[string]string{
		"Resepti 44718832": "44718832",
		"Recept 44718832":  "44718832",
	}},
	{"NameEndsBeforeANumberedAside", analyzed(entity.Person), only, map[string]string{
		"Signed: Emily Tran, MD (pager 4471)": "Emily Tran, MD",
	}},
	{"PagerNumbers", analyzed(entity.Phone), among, map[string]string{
		"His PCP is Dr. Ruth Fisher (pager 58312).": "58312).",
		"Call pgr #4471 if febrile":                 "#4471",
	}},
	{"HospitalUnitNumber", analyzed(entity.ID), among, map[string]string{
		"Unit No: 882-19-44": "882-19-44",
	}},
	{"StatementRowsDatedWithAMonthsName", analyzedColumns(entity.Person), among, map[string]string{
		"07 Oct     FPI SARAH WHITAKER          150.00    1,290.35\n12 Oct     CARD TESCO STORES 2291     48.71    1,241.64": "SARAH WHITAKER",
	}},
	{"IBANWithASpeckBetweenGroups", analyzed(entity.IBAN), among, map[string]string{
		"Le virement sera effectué sur votre compte FR76 3000 4028 3700.0104 4719 243.": "FR76 3000 4028 3700.0104 4719 243.",
	}},
	{"SouthSlavicAndBalticLabels", analyzed(entity.Person), among, map[string]string{
		"Blagajnik: Ivana\nHvala na kupnji!": "Ivana",
		"Pirkéjas: Rasa Petrauskiené":        "Rasa Petrauskiené", // OCR's "é" for "ė"
		"Koostas: Marko Saar":                "Marko Saar",
	}},
	{"CroatianCustomerOIB", analyzed(entity.ID), among, map[string]string{
		"OIB kupca: 71744719288": "71744719288",
	}},
	{"BalticAddressLabel", analyzed(entity.Address), among, map[string]string{
		"Adresas: Taikos g. 7-12, LT-05243 Vilnius": "Taikos g. 7-12, LT-05243 Vilnius",
	}},
	{"SwedishAddressLabel", analyzed(entity.Address), among, map[string]string{
		"Adress: Tallvagen 9,-722 41 Vasteras": "Tallvagen 9,-722 41 Vasteras", // OCR glued the comma to a speck
	}},
	{"InitialsEndBeforeTheNextLabel", analyzed(entity.Person), only, map[string]string{
		"Patient Name: Delgado, Marcus T.        MRN: RV00481736": "Delgado, Marcus T.",
		"Name: Smith, John A. DOB: 01/02/1960":                    "Smith, John A.",
	}},
	{"NoInstitutionOfASectionHeading", analyzed(entity.Organization), none, map[string]string{
		"HOSPITAL COURSE\nMr. Delgado is a 67-year-old man admitted with community-acquired pneumonia.": "",
	}},
	{"InstitutionsOverAnAddress", analyzed(entity.Organization), among, map[string]string{
		"HOSPITAL CARRILLO\nCalle Mayor 12, 28001 Madrid": "HOSPITAL CARRILLO",
	}},
	{"NoFirmOfAParticleAndAForm", analyzed(entity.Organization), none, map[string]string{
		"FERRETERIA EL MARTILLO'S.A. DE C.V.": "", // OCR glued the first form to the name
	}},
	{"NamesUnderATitleAloneOnItsLine", analyzed(entity.Person), among, map[string]string{
		"Frau\nSabine Kramer\nAm Mühlbach 23\n93080.Pentling": "Sabine Kramer",
		"Monsieur\nJulien Desmet":                             "Julien Desmet",
	}},
	{"NoNameUnderATitleOfWords", analyzed(entity.Person), none, map[string]string{
		"Dr\nInternal Medicine": "",
		"Mr\nTotal Amount":      "",
	}},
	{"DeclarersMisreadAsADigit", analyzed(entity.Person), among, map[string]string{
		"1, Vedanshi Acharya, declare that the information given in this form is true and complete.": "Vedanshi Acharya,",
	}},
	{"NoDeclarerOfANumberedLine", analyzed(entity.Person), none, map[string]string{
		"1, Main Street, Leeds": "",
	}},
	{"NoPostcodeOfALongerNumber", analyzed(entity.Address), absent, map[string]string{
		"Calle Mayor 12, 28001 Madrid\nDaniela Collado 653 92 10 66": "Daniela Collado 653 92",
	}},
	{"PhonesAfterANameUnderItsLabel", analyzed(entity.Phone), among, map[string]string{
		"Calle Mayor 12, 28001 Madrid\nContacto de emergencia\nDaniela Collado 653 92 10 66": "653 92 10 66",
	}},
	{"NamesUnderALabelEndBeforeANumber", analyzed(entity.Person), among, map[string]string{
		"Calle Mayor 12, 28001 Madrid\nContacto de emergencia\nDaniela Collado 653 92 10 66": "Daniela Collado",
	}},
	{"StreetsNamedByAnOrdinalBeforeTheirDistrict", analyzed(entity.Address), among, map[string]string{
		"Pickup: 12th Main Road, Indiranagar, Bengaluru 560038": "12th Main Road, Indiranagar, Bengaluru 560038",
	}},
	{"TownsThatACompassPointStarts", analyzed(entity.Address), among, map[string]string{
		"Tel. +44 20 3207 7865\nNorth Rempel Heath HD1 4SH": "North Rempel Heath HD1 4SH",
	}},
	{"NoTownOfFormWordsBeforeAPostcode", analyzed(entity.Address), none, map[string]string{
		"Tel. +44 20 3207 7865\nTotal Amount SW1A 1AA": "",
	}},
	{"LocalNumbersOfAPagesExchange", analyzed(entity.Phone), among, map[string]string{
		"(410) 955-3515\nGoldberg,\n955-9253 oh": "955-9253",
	}},
	{"NoPhoneOfALoneLocalNumber", analyzed(entity.Phone), none, map[string]string{
		"Qty 955-9253": "",
	}},
	{"TwoFrenchNumbersSideBySide", analyzed(entity.Phone), among, map[string]string{
		"Adresse: 12 rue de la Paix, 75002 Paris\n06 50 06 28 84 06 70 76 19 39": "06 70 76 19 39",
	}},
	{"LabelsMisreadWithRnForM", analyzed(entity.Person), among, map[string]string{
		"Sumame: Acharya": "Acharya",
		"Sumame\nAcharya": "Acharya",
	}},
	{"NamePartsBesideAMiddleInitialsLabel", analyzed(entity.Person), among, map[string]string{
		"First Name: Derek M.I.: J":                     "Derek",
		"Last Name: Whitaker First Name: Derek M.I.: J": "J",
	}},
	{"NamesBeforeADottedLabel", analyzed(entity.Person), among, map[string]string{
		"First Name: Derek M.L.: J": "Derek", // OCR's "L" for the "I" of "M.I."
	}},
	{"NoNameOfAMiddleInitialsLabel", analyzed(entity.Person), absent, map[string]string{
		"First Name: Derek M.I.: J": "Derek M.I.:",
	}},
	{"DriversAndRiders", analyzed(entity.Person), among, map[string]string{
		"Rider: Kavya Subramanian":                            "Kavya Subramanian",
		"Driver: Manjunath Gowda   Vehicle No: KA 05 AB 4471": "Manjunath Gowda",
		"Fahrer: Mehmet Yilmaz":                               "Mehmet Yilmaz",
	}},
	{"NamesBeforeALabelOfNoType", analyzed(entity.Person), among, map[string]string{
		"Driver: Manjunath Gowda Vehicle: KA 05 AB 4471": "Manjunath Gowda",
	}},
	{"NoDriverOfAThing", analyzed(entity.Person), none, map[string]string{
		"Driver side airbag: OK": "",
	}},
	{"VehiclesNumbers", analyzed(entity.ID), among, map[string]string{
		"Driver: Manjunath Gowda   Vehicle No: KA 05 AB 4471": "KA 05 AB 4471",
	}},
	{"NoInitialBeforeATown", analyzed(entity.Person), none, map[string]string{
		"455 Rue Ste-Catherine O, Montreal, QC": "",
	}},
	{"NoPlaceUnderAFirmsWord", analyzed(entity.Location), none, map[string]string{
		"CITY CABS BENGALURU\nTrip Invoice": "", // "CITY" heads no column
	}},
	{"NoNameOfAWeekdayAndADate", analyzed(entity.Person), none, map[string]string{
		"PLEASE RETURN IN SELF-ADDRESSED ENVELOPE BY PRIDAY, JANUARY 18, 19808": "", // OCR's "P" for "F"
	}},
	{"NoNameOfAListOfRoles", analyzed(entity.Person), none, map[string]string{
		"DATOS DEL PADRE, MADRE O TUTOR": "",
		"DATOS DEL PADRE O TUTOR":        "",
	}},
	{"NoInstitutionAcrossAHeadingsDash", analyzed(entity.Organization), none, map[string]string{
		"FICHE D'INSCRIPTION - CENTRE DE LOISIRS": "",
	}},
	{"NoStreetOfALabelsMarker", analyzed(entity.Address), none, map[string]string{
		"Page 2 of 3 Patient ID 1234567": "",
		"3 Member ID":                    "",
	}},
	{"DatelineAfterAPlaceNamedWithAStreetType", analyzed(entity.Date), among, map[string]string{
		"Mrs Margarette Senger South Powlowski-Lueilwitz Heath, 15 January 2022": "15 January 2022",
	}},
	{"NoDateOfAStreetNamedForADay", analyzed(entity.Date), none, map[string]string{
		"FARMACIA DEL CORDON\nAv. 18 de Julio 1932, Montevideo": "",
		"Place du 11 Novembre 1918":                             "",
		"Rua 25 de Março 1000":                                  "",
	}},
	{"NoPhoneAfterATaxLabel", analyzed(entity.Phone), none, map[string]string{
		"NTN: 1234567-8":    "",
		"TPS : 514555019":   "",
		"P.IVA 01234560372": "",
		"NIP 7781234567":    "",
	}},
	{"ProvinceInBracketsBeforeAPostcode", analyzed(entity.Address), inside, map[string]string{
		"Mme Genevieve Tremblay\n1234, rue de Bordeaux, app. 5\nMontreal (Quebec) H2K 3Y8": "Montreal (Quebec) H2K 3Y8",
	}},
	{"ListedSurnameThatIsAWordEndsALine", recognized(NameRecognizer{}, entity.Person), among, map[string]string{
		"Dra. Mariana Figueiredo Costa": "Mariana Figueiredo Costa",
	}},
	{"NoRecordIDOfAPostcode", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"PIN code: 560011": "",
	}},
	{"MalayNameParticles", analyzed(entity.Person), among, map[string]string{
		"Dr. Nurul Aisyah binti Zakaria": "Nurul Aisyah binti Zakaria",
	}},
	{"InitialsBeforeAParticle", recognized(NameRecognizer{}, entity.Person), among, map[string]string{
		"P. de Vries, huisarts": "P. de Vries",
	}},
	{"NoSurnameOfAnInstitution", recognized(NameRecognizer{}, entity.Person), none, map[string]string{
		"Hillcrest Medical Centre, Hamilton": "",
	}},
	{"NoNameOfAHeadingsWord", analyzedColumns(entity.Person), none, map[string]string{
		"GUEST FOLIO                         Folio No: 558213": "",
	}},
	{"NoFirmOfAMonth", analyzed(entity.Organization), none, map[string]string{
		"16 Jan Spa Treatment 2,900.00": "",
	}},
	{"NoNameOfAThing", analyzed(entity.Person), none, map[string]string{
		"Vehicle: 2024 Toyota Camry, White": "",
		"Item: Harley Davidson":             "",
	}},
	{"StatementRowsOfAUSBank", analyzedColumns(entity.Date), among, map[string]string{
		"09/02  Zelle Payment To Keisha Brown 24719935              -150.00   2,266.38": "09/02", // a row's date without its year
		"02.09.   TILISIIRTO MIKKO LAHTINEN      -50,00    3 236,05":                    "02.09.",
	}},
	{"NoPersonOfATaxLabel", analyzed(entity.Person), none, map[string]string{
		"TVA BE 0412.345.678": "",
	}},
	{"BelgianPageByItsDottedVAT", firstCountries, first, map[string]string{
		"Boulangerie Dewulf SRL\nTVA BE 0412.345.678\nAvenue Louise 231\n1050 Ixelles": "BE",
	}},
	{"NoPersonOfAStore", analyzedColumns(entity.Person), none, map[string]string{
		"09/05  Card Purchase 09/04 Kroger #417 Savannah GA          -86.42   2,179.96": "",
	}},
	{"NoTownOfATransfersPreposition", analyzedColumns(entity.Address), absent, map[string]string{
		"SAVANNAH GA 31401\n09/28  Zelle Payment From Marcus Lee Wbs 88371              60.00   3,395.51": "From Marcus Lee Wbs 88371",
	}},
	{"UnitInCapitals", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"1420 MAGNOLIA AVE APT 12": "1420 MAGNOLIA AVE APT 12",
	}},
	{"NoNameInALabel", recognized(NameRecognizer{}, entity.Person), none, map[string]string{
		"N. Securite sociale : 1 84 07 69 123 456 78": "",
	}},
	{"NameEndsBeforeALabelsColon", analyzed(entity.Person), among, map[string]string{
		"Patient Name : Mr. Rajesh Kumar Sharma UHID : APJ.1123348": "Rajesh Kumar Sharma",
	}},
	{"MonthNamesAsGivenNames", recognized(NameRecognizer{}, entity.Person), among, map[string]string{
		"Drukarnia Nowak Sp. z o.o. Jan Kowalski": "Jan Kowalski",
	}},
	{"NoNameOfAMonth", recognized(NameRecognizer{}, entity.Person), none, map[string]string{
		"Jan 15 Meeting": "",
		"JAN KOWALSKI":   "",
	}},
	{"NoNameOfAnItemsRow", recognized(NameRecognizer{}, entity.Person), none, map[string]string{
		"Green Tea 500m1 140":                          "", // OCR "500m1": a size, no phone's digits
		"Gula Pasir ikg 1 x 17.000 17.000":             "", // a quantity times a price
		"1. Tab. Azithromycin 500 mg  1+0+0  (5 days)": "", // a dose and its unit, no phone
		"CUI RO 31844720 Reg. Com. J40/8812/2013":      "", // a Romanian firm's tax number
	}},
	{"PersonLabelsOfShops", analyzed(entity.Person), among, map[string]string{
		"Staff: Sato":             "Sato",
		"Atendido por: Javiera":   "Javiera",
		"Thu ngan: Tran Thi Mai":  "Tran Thi Mai", // Vietnamese, without its diacritics
		"Khach hang: Le Van Hung": "Le Van Hung",
		"Clerk: Maria Lopez":      "Maria Lopez",
	}},
	{"AddressBlocksOfLocalities", analyzed(entity.Address), among, map[string]string{
		"Electric Ireland\nMs. Siobhan Ni Bhriain\n12 Clonliffe Road\nDrumcondra\nDublin 3\nD03 X2Y4": "12 Clonliffe Road\nDrumcondra\nDublin 3",
		"Keizersgracht 452-H\n1016 GD Amsterdam":                                                      "Keizersgracht 452-H\n1016 GD Amsterdam",
	}},
	{"NoNameAcrossColumns", analyzedColumns(entity.Person), none, map[string]string{
		"Lonart          Antal        A-pris       Belopp\nManadslon                     38 500,00": "",
	}},
	{"LabelsReadWithAStrayMarkOrAccent", analyzed(entity.Person), among, map[string]string{
		"Cashier:.Nur Aisyah Binte Rahim":               "Nur Aisyah Binte Rahim", // a speck after the colon
		"LinkPoints Member:. Tan Wei Ming":              "Tan Wei Ming",
		"Kasjér: Marta Zielinska":                       "Marta Zielinska", // an accent OCR added
		"Hasta Adi Soyadi: Elif Nur Gelik":              "Elif Nur Gelik",  // Turkish dotless i read as i
		"Receptor: Ricardo Alonso Villasefior Trevifio": "Ricardo Alonso Villasefior Trevifio",
	}},
	{"NoLabelOfAWordAnAccentMakesAnother", analyzed(entity.Address), none, map[string]string{
		"le patient nous a été adressé par le Dr Auguste Deschamps.": "",
	}},
	{"NameEndsBeforeAnAbbreviationInBrackets", analyzed(entity.Person), only, map[string]string{
		"Attending Physician: Dr. Ramon P. Villanueva (PRC Lic. 0089231).": "Ramon P. Villanueva",
		"Provider: Priya Raghunathan (Prov. No 2451387B)":                  "Priya Raghunathan",
	}},
	{"NoNameOfTheTurkishRepublic", analyzed(entity.Person), none, map[string]string{
		"T.C. SAGLIK BAKANLIGI\nANKARA SEHIR HASTANESI": "",
		"T.C. Kimlik No: 38274051962":                   "",
	}},
	{"PhoneInAContactField", analyzed(entity.Phone), only, map[string]string{
		"Contact: 0917 554 3821": "0917 554 3821",
		"DT: (028) 3930 1384":    "(028) 3930 1384", // Vietnamese "ĐT" without its bar
	}},
	{"NamesWrittenWithAccentsTheListsLeaveOut", recognized(NameRecognizer{}, entity.Person), among, map[string]string{
		"César Bonilla Puente": "César Bonilla Puente",
	}},
	{"HouseNumberWhoseOneOCRReadAsL", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"Feldsiefer Weg 9la\n44780 Delmenhorst": "Feldsiefer Weg 9la",
	}},
	{"NameEndsBeforeTheLabelOfAFieldWithoutPersonalData", analyzedColumns(entity.Person), only, map[string]string{
		"First Name: Elena   Sex: F":       "Elena",
		"Name: John Smith    Gender: Male": "John Smith",
	}},
	{"NoInitialOfAPreposition", analyzed(entity.Person), only, map[string]string{
		"TRANSFERENCIA A GONZALO MARTINEZ": "GONZALO MARTINEZ",
	}},
	{"PostcodesAfterTheirLabel", analyzed(entity.Address), among, map[string]string{
		"CEP 01414-000":                 "01414-000",
		"PLZ 10115":                     "10115",
		"Sao Paulo - SP, CEP 01414-000": "01414-000", // the label stays on the page
	}},
	{"TownBeforeAPostcodesLabel", analyzed(entity.Address), among, map[string]string{
		"Sao Paulo - SP, CEP 01414-000": "Sao Paulo - SP,",
	}},
	{"NoPostcodeOfADose", analyzed(entity.Address), none, map[string]string{
		"Cap 500 mg": "",
	}},
	{"NoFirmOfATownAndItsState", analyzed(entity.Organization), none, map[string]string{
		"Sao Paulo - SP": "",
		"Sao Paulo, SP":  "",
	}},
	{"SignerWithATitleAboveTheRole", analyzed(entity.Person), only, map[string]string{
		"Yours sincerely,\n\nDr Helen Pascoe\nGP Partner": "Helen Pascoe",
	}},
	{"SurnameOpeningWithAParticle", analyzed(entity.Person), only, map[string]string{
		"Geachte collega De Boer,": "De Boer,",
	}},
	{"ProviderNumbers", analyzed(entity.ID), only, map[string]string{
		"17b. NPI 1457382916":  "1457382916",
		"17b. ‘NPI 1457382916": "1457382916", // a speck read as a quote
	}},
	{"RelativeNamedInAnApposition", analyzed(entity.Person), among, map[string]string{
		"Seine Ehefrau, Sabine Brenninkmeyer, berichtet": "Sabine Brenninkmeyer,",
	}},
	{"NoTownOfATaxLabel", analyzed(entity.Address), none, map[string]string{
		"SIRET 512 884 337 00021 - TVA FR42512884337": "",
	}},
	{"StreetsWithAKilometreStone", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"Jl. Kaliurang Km 5,6 No. 23, Sleman":       "Jl. Kaliurang Km 5,6 No. 23, Sleman",
		"Carretera de Toledo km 12,5\n28905 Getafe": "Carretera de Toledo km 12,5",
	}},
	{"LabelsOfCardsAccountsAndPortuguesePatients", analyzed(entity.ID), only, map[string]string{
		"Card No: 4518-42**-****-7731":     "4518-42**-****-7731",
		"“Card No: 4518-42**-****-7731":    "4518-42**-****-7731", // a speck read as a quote
		"Bankkonto: 8327-9, 914 352 776-1": "8327-9, 914 352 776-1",
		"N.º de utente: 283946152":         "283946152",
		"Cédula profissional: 48217":       "48217",
	}},
	{"MemberLabelWithItsScheme", analyzed(entity.Person), only, map[string]string{
		"Emart Point member: Park Ji-yeon": "Park Ji-yeon",
	}},
	{"PhoneWithoutATrunkPrefixAfterACue", analyzed(entity.Phone), only, map[string]string{
		"Contacto: 912 408 336": "912 408 336",
	}},
	{"NoNameOfAWard", analyzedColumns(entity.Person), none, map[string]string{
		"Admitted: 21/10/2025   Discharged: 27/10/2025   Ward: Florence Ward": "",
	}},
	{"NoFirmOfANamesNumberLabel", analyzed(entity.Organization), none, map[string]string{
		"Name: Mr Declan O'Sullivan Hospital No: RJ1 4482019": "",
	}},
	{"TitledNameEndsWithItsSentence", analyzed(entity.Person), among, map[string]string{
		"Case discussed with Dr. Kowalczyk. Daughter Lucia Gutierrez\nmay be reached at (918) 555-0163.": "Lucia Gutierrez",
	}},
	{"StatementRowsDatedWithAMonthsAbbreviation", analyzedColumns(entity.Person), among, map[string]string{
		"11-Sep-25.   ©  TRF TO. IBRAHIM MUSA BELLO         60,000.00       234,200.00": "IBRAHIM MUSA BELLO",
	}},
	{"PostcodeWithASpeckBeforeItsTown", analyzed(entity.Address), among, map[string]string{
		"Na Vyhlidce 27\n602 00: Brno": "Na Vyhlidce 27\n602 00: Brno",
	}},
	{"AgeAbbreviatedBeforeTheSex", analyzed(entity.Age), only, map[string]string{
		"This is a 72 yo M with a history of CHF": "72",
		"a 45 yo female": "45",
	}},
	{"NoAgeOfASpanishPronoun", analyzed(entity.Age), none, map[string]string{
		"el 15 yo tengo": "",
	}},
	{"TownsWithTheirRegionsName", analyzed(entity.Location), among, map[string]string{
		"a retired machinist from Scranton,\nPennsylvania, referred by": "Scranton,\nPennsylvania,",
		"Springfield, Illinois": "Springfield, Illinois",
	}},
	{"StreetWrappedBeforeItsType", analyzed(entity.Address), among, map[string]string{
		"Mr. Doherty lives at 27 Pawtucket\nBlvd, Lowell, MA 01854 with his wife.": "27 Pawtucket\nBlvd, Lowell, MA 01854",
	}},
	{"DayAndMonthAfterAPrepositionOfTime", analyzed(entity.Date), only, map[string]string{
		"transferred from Lowell on 3/4 after presenting": "3/4",
		"On 3/6 cardiac catheterization":                  "3/6",
	}},
	{"NoDateOfAFraction", analyzed(entity.Date), none, map[string]string{
		"start on 1/2 tablet daily": "",
		"by 3/4 of the staff":       "",
		"mix 3/4 cup of flour":      "",
	}},
	{"HolderUnderACardsNumber", analyzed(entity.Person), among, map[string]string{
		"Cashier: Gajbaahu\nLoyalty card: M12184112\nDhanapati Dhawan\nThank you for shopping with us": "Dhanapati Dhawan",
		"Loyalty card: M08455679\nRiver Farrell\nThank you":                                            "River Farrell",
	}},
	{"NoHolderOfAThanks", analyzed(entity.Person), none, map[string]string{
		"Card: **** 1234\nThank You\nCome Again": "",
		"Member No: 12345678\nPoints Balance":    "",
	}},
	{"TitleReadWithAStrayColon", analyzed(entity.Person), only, map[string]string{
		"Physician: Dr.: Kanokwan Siriwattana": "Kanokwan Siriwattana",
	}},
	{"AccountAndCardLabelsOfCzechAndVietnamese", analyzed(entity.ID), only, map[string]string{
		"Cislo. uctu: 2800417362/2010":   "2800417362/2010",
		"The thanh vien: 2150 0871 3342": "2150 0871 3342",
	}},
	{"LabelsReadWithAQuoteSpeck", analyzed(entity.Person), only, map[string]string{
		"Kasir’ : Rizky Pratama\nTanggal : 02-08-2023 19:14": "Rizky Pratama",
	}},
	{"CodesEndBeforeTheNextLabel", analyzed(entity.ID), among, map[string]string{
		"Tax Id: 934-61-2785 Tax Id: 871-20-4469":     "934-61-2785",
		"Tax ID US158319616 BIC GLIUUSLA":             "US158319616",
		"DOB: 1983-05-19 (41 y) HCN: 5829 417 306 KT": "5829 417 306 KT",
	}},
	{"NoNameAfterAReceiptsTaxCode", analyzedColumns(entity.Person), none, map[string]string{
		"MILO 3IN1 18X33G    2   15.90   31.80 SR\nBERAS SUPER 10KG    1   32.50   32.50 ZR": "",
	}},
	{"StatementRowsWithAValueDate", analyzedColumns(entity.Date), among, map[string]string{
		"Buchungstag  Wert    Vorgang                     Betrag\n04.11.       05.11.  Lastschrift Stadtwerke      -86,00": "05.11.",
	}},
	{"NoIDOfAResultAndItsRange", analyzedColumns(entity.ID), none, map[string]string{
		"TEST          RESULT   FLAG   REFERENCE\nHemoglobin    128             120-160 g/L": "",
	}},
	{"NameEndsBeforeALabelReadWithASemicolon", analyzed(entity.Person), only, map[string]string{
		"Patient: Leopold Abernathy-Sykes MRN; 7728-0193.": "Leopold Abernathy-Sykes",
	}},
	{"NoNameOfADegreeAfterAComma", analyzed(entity.Person), only, map[string]string{
		"Consultant: Dr. Arvind Subramaniam, MS (Ortho)": "Arvind Subramaniam,",
	}},
	{"TownsOfDictionaryWordsInRunningText", analyzed(entity.Location), only, map[string]string{
		"a retired postal worker living in Cedar Falls with": "Cedar Falls",
		"He lives in Grand Rapids with his wife.":            "Grand Rapids",
	}},
	{"TownsAPersonComesFrom", analyzed(entity.Location), only, map[string]string{
		"a retired postal worker from Cedar Falls with a history of": "Cedar Falls",
		"She recently moved from Eau Claire to be closer":            "Eau Claire",
	}},
	{"NoPlaceOfAPhraseOfWordsOrAfterFrom", analyzed(entity.Location), none, map[string]string{
		"a referral from Jackson and":                         "",
		"trained in Internal Medicine at":                     "",
		"Contact respondents from Buffalo who had previously": "",
	}},
	{"LabelsOCRMisread", analyzed(entity.Person), only, map[string]string{
		"Nanie: Akosua Mensah-Bonsu Age: 39 yrs Sex: Female": "Akosua Mensah-Bonsu",
		"Patient Name :. Mr. Bishnu Prasad Adhikari":         "Bishnu Prasad Adhikari",
	}},
	{"AddressLabelWithAnAccentMisread", analyzed(entity.Address), only, map[string]string{
		"Direccién: Jr.“Huiracocha 2231, Jests Maria": "Jr.“Huiracocha 2231, Jests Maria",
	}},
	{"IDLabelWithADotForASpace", analyzed(entity.ID), only, map[string]string{
		"Personas.kods: 140592-11873": "140592-11873",
	}},
	{"PhoneLabelsOfLatvian", analyzed(entity.Phone), only, map[string]string{
		"Brivibas iela 214, Riga, LV-1039\nTalr.: 29 441 882": "29 441 882",
	}},
	{"NoNameOfAFloorsLetterOrAVehicle", analyzed(entity.Person), none, map[string]string{
		"Av. Santa Fe 2844, 3° B, CABA":         "",
		"Vozilo: Skoda Octavia, reg. LJ 84-KLM": "",
	}},
	{"FirmsQuotedAfterTheirForm", analyzed(entity.Organization), only, map[string]string{
		"SIA “Rigas Udens Serviss\"": "SIA “Rigas Udens Serviss\"",
	}},
	{"StreetNumberWithASpeckBeforeAStreetType", analyzed(entity.Address), among, map[string]string{
		"To: Mr Sipho Ndlovu\n33. Protea Street": "33. Protea Street",
	}},
	{"NoStreetOfAListsNumber", analyzed(entity.Address), none, map[string]string{
		"3. Follow up in clinic\n2. Review Panel": "",
	}},
	{"IrishAddressesByTheirEircode", analyzed(entity.Address), among, map[string]string{
		"Ms. Siobhan Ni Bhriain\nApartment 6, Harbour Court\nDun Laoghaire, Co. Dublin\nA96 K2X7": "Apartment 6, Harbour Court\nDun Laoghaire, Co. Dublin",
	}},
	{"NoNameOfATownAndItsDistrict", analyzed(entity.Person), none, map[string]string{
		"Elm Park, Dublin 4, D04 T6F4": "",
	}},
	{"NamesUnderAGridOfLabels", analyzedColumns(entity.Person), among, map[string]string{
		"Last Name                First Name             MI\nOkwuosa                  Chidinma               A": "Chidinma",
	}},
	{"NoNameOfAMiddleInitialsLabel", analyzedColumns(entity.Person), absent, map[string]string{
		"Last Name                First Name             MI\nOkwuosa                  Chidinma               A": "MI",
	}},
	{"NameEndsBeforeARelationship", recognized(NameRecognizer{}, entity.Person), absent, map[string]string{
		"Emergency Contact Relationship Phone\nEmeka Okwuosa Husband (970) 555-0144": "Emeka Okwuosa Husband",
	}},
	{"NoFirmOfANumbersLabel", analyzed(entity.Organization), none, map[string]string{
		"Insurance Carrier Member ID Group No.\nRocky Mountain Health RMH88201947 40117": "",
	}},
	{"ZIPAfterSpecksOffARule", analyzed(entity.Zip), only, map[string]string{
		"Fort Collins. CO - : 80525": "80525",
	}},
	{"PhoneAfterARelationship", analyzed(entity.Phone), only, map[string]string{
		"Next of kin: Peter Njoroge (husband), 0722 418 553": "0722 418 553",
	}},
	{"NoNameOfAPossessiveLabel", analyzed(entity.Person), none, map[string]string{
		"1a. INSURED'S I.D. NUMBER (For Program in Item 1)": "",
	}},
	{"TaxFileNumbers", analyzed(entity.ID), only, map[string]string{
		"Tax File Number: 482 119 763": "482 119 763",
	}},
	{"HouseNumberDashedToItsStreet", analyzed(entity.Address), among, map[string]string{
		"Mr Dylan Pryce-Edwards\nFlat 3, 41-Monks Road": "41-Monks Road",
		"1893-WILLOW BEND RD":                           "1893-WILLOW BEND RD",
	}},
	{"LabelsAfterAnItemsNumber", analyzed(entity.Date), only, map[string]string{
		"3. PATIENT'S BIRTH DATE\n03 14 1971": "03 14 1971",
	}},
	{"NoValueOfAnInstructionAfterAnItemsNumber", analyzed(entity.Location), none, map[string]string{
		"5. LOCATION. List LOCATION WHERE RESEARCH WILL BE CONDUCTED IF OTHER THAN INSTITUTION IDENTIFIED IN 4 ABOVE.": "",
	}},
	{"UtilitiesAreFirms", analyzed(entity.Organization), only, map[string]string{
		"Severn Trent Water\nPO Box 5311, Coventry CV3 9FJ\nWater supply £112.40": "Severn Trent Water",
	}},
	{"NoNameOfAUtilitysWord", analyzed(entity.Person), none, map[string]string{
		"Severn Trent Water\nPO Box 5311, Coventry CV3 9FJ\nWater supply £112.40": "",
	}},
	{"ZIPUnderAHeaderRowOfLabels", analyzedColumns(entity.Address), only, map[string]string{
		"ZIP CODE           TELEPHONE (Include Area Code)\n55379              (952) 555-0186": "55379",
	}},
	{"PhoneStartsAtItsBracketedAreaCode", analyzed(entity.Phone), only, map[string]string{
		"ZIP CODE TELEPHONE (Include Area Code)\n55379 (952) 555-0186": "(952) 555-0186",
	}},
	{"HeaderLabelsOfOneTypeStayOne", analyzed(entity.Date), only, map[string]string{
		"Date Signed\n03/04/2024": "03/04/2024",
	}},
	{"NamesAfterAnHonorificWrittenSmall", analyzed(entity.Person), among, map[string]string{
		"Hierbij verwijs ik mevrouw Anouk de Vries-Bakker, geboren 12-04-1965,": "Anouk de Vries-Bakker,",
	}},
	{"RowDateUnderADateColumn", analyzedColumns(entity.Date), only, map[string]string{
		"Date    Description                             Amount\n10/02   Direct Deposit CHATHAM COUNTY SCHOOLS   2,415.88": "10/02",
	}},
	{"NoStreetOfAGoodsLineDashedToItsCount", analyzed(entity.Address), none, map[string]string{
		"1-Nasi Goreng Kampung 45.000": "",
	}},
	{"TitleDottedAndDashedToItsName", analyzed(entity.Person), only, map[string]string{
		"Mr.-Castellanos is a 67 yo man with HTN": "Castellanos",
	}},
	{"LabelReadWithATrademarkSpeck", analyzed(entity.Person), only, map[string]string{
		"Kasir™ : Rizky Pratama": "Rizky Pratama",
	}},
	{"ColleagueInASalutationIsNoName", analyzed(entity.Person), only, map[string]string{
		"Sehr geehrter Herr Kollege Pohlmann,": "Pohlmann,",
	}},
	{"NoIDOfADiseaseAfterWords", analyzed(entity.ID), none, map[string]string{
		"Certificate for COVID-19 Vaccination": "",
	}},
	{"NoNameOfAVaccine", analyzed(entity.Person), none, map[string]string{
		"Vaccine Name : COVISHIELD": "",
	}},
	{"NoPostcodeOfAYearBeforeAModel", analyzed(entity.Address), absent, map[string]string{
		"Rowville VIC 3178\nVehicle: 2017 Toyota Corolla Rego: 1XR 8KQ": "2017 Toyota Corolla",
	}},
	{"NoNameOrFirmOfABooksAuthor", analyzed(entity.Person), none, map[string]string{
		"Middlemarch - George Eliot              £9.99\nWolf Hall - Hilary Mantel              £10.99": "",
	}},
	{"NoFirmOfATitleAndItsAuthor", analyzed(entity.Organization), none, map[string]string{
		"The Remains of the Day - Ishiguro       £9.99": "",
	}},
	{"PrescribersNameEndsBeforeAnIDsLabel", analyzed(entity.Person), only, map[string]string{
		"Prescriber: Soledad Arriaga-Pinto, NPI 1467729034": "Soledad Arriaga-Pinto,",
	}},
	{"NameEndsBeforeABirthPhrasesLabel", analyzed(entity.Person), only, map[string]string{
		"Paziente: Ferraresi Ludovica Nata il: 22/07/1949": "Ferraresi Ludovica",
	}},
	{"NoNameOfAColleagueInFrench", analyzed(entity.Person), none, map[string]string{
		"Cher Confrère,\nJ'ai revu": "",
		"Cher Confrére,\nJ'ai revu": "", // OCR's accent

	}},
	{"AcronymLabelAfterAQuoteSpeck", analyzed(entity.ID), only, map[string]string{
		"‘TCKN: 28471930562": "28471930562",
	}},
	{"NoNameOfAPlaceReadAsOne", analyzed(entity.Person), none, map[string]string{
		"WOOLWORTHS ELLERSLIE\nCnr Great South Rd & Ellerslie-Panmure Hwy\nEllerslie, Auckland 1051": "",
		"Sheikh Zayed Road, Dubai, UAE": "", // a street named after a person
	}},
	{"GulfStreetLinesOfUnitAndNumberedStreet", analyzed(entity.Address), only, map[string]string{
		"Villa 23, Street 7B, Al Barsha 2, Dubai":           "Villa 23, Street 7B, Al Barsha 2, Dubai",
		"Flat 12, Building 4, Street 15, Al Nahda, Sharjah": "Flat 12, Building 4, Street 15, Al Nahda, Sharjah",
	}},
	{"NoPersonOfAStreetLineUnderBillTo", analyzed(entity.Person), only, map[string]string{
		"Bill To:\nMr. Omar Al-Fahim\nVilla 23, Street 7B, Al Barsha 2, Dubai": "Omar Al-Fahim",
	}},
	{"NoCopyLabelOfAFirmsSplitForm", analyzed(entity.Person), none, map[string]string{
		"Desert Palm Trading L.L: c.\nOffice 1407, Al Moosa Tower 2\nSheikh Zayed Road, Dubai, UAE": "",
	}},
	{"PostcodeAloneUnderItsTown", analyzed(entity.Address), only, map[string]string{
		"Mr Sipho Ndlovu\n14 Jacaranda Crescent\nLynnwood Ridge\nPretoria\n0081": "14 Jacaranda Crescent\nLynnwood Ridge\nPretoria",
	}},
	{"NoPostcodeOfAYearUnderATown", analyzed(entity.Zip), none, map[string]string{
		"Items\nLondon\n2024": "",
	}},
	{"NumericDateAfterADegreeThatIsAStreetType", analyzed(entity.Date), only, map[string]string{
		"Electronically signed by Marcus T. Whitfield, MD on 01/28/2025: 16:05": "01/28/2025:",
	}},
	{"NoURLOfASentenceJoinedAtItsPeriod", analyzed(entity.URL), none, map[string]string{
		"Return.in 4 weeks or sooner if symptoms worsen.": "",
	}},
	{"QuebecTownRegionAndPostcode", analyzed(entity.Address), among, map[string]string{
		"Montréal (Québec) H2K 3Y8":                                    "Montréal (Québec) H2K 3Y8",
		"1187, avenue Laurier Est, app. 3, Montréal (Québec) H2j 1H1.": "Montréal (Québec) H2j 1H1.",
	}},
	{"StreetAfterAGluedColon", analyzed(entity.Address), inside, map[string]string{
		"Adresse :1187, avenue Laurier Est, app. 3, Montréal (Québec) H2J 1H1.": "1187, avenue Laurier Est",
	}},
	{"NoColleagueWordWithAnOCRAccentInAName", analyzed(entity.Person), absent, map[string]string{
		"Herrn\nDr. med. Jonas Riedl\n\nSehr geehrter Herr Kollegé Riedl,\nwir berichten": "Kollegé Riedl,",
	}},
	{"NameEndsBeforeABirthWordAfterAComma", analyzed(entity.Person), only, map[string]string{
		"Patient: Herr Wolfgang Brünnhilde-Sauer, geb. 11.09.1958": "Wolfgang Brünnhilde-Sauer,",
	}},
	{"KnownTownOfSeveralWordsAfterAStreet", analyzed(entity.Address), only, map[string]string{
		"32 Rizal Ave., Quezon City":   "32 Rizal Ave., Quezon City",
		"12 High Street, Total Amount": "12 High Street,", // no town
	}},
	{"QuebecHealthCardAfterItsLabel", analyzed(entity.ID), only, map[string]string{
		"No d'assurance maladie : TRES 8504 5512":     "TRES 8504 5512",
		"Numéro d'assurance maladie : TREM 8504 1512": "TREM 8504 1512",
	}},
	{"NoIDOfAnAmountAfterALabelAndAQualifier", analyzed(entity.ID), none, map[string]string{
		"Invoice total: 1234567": "",
	}},
	{"NoNameAfterAnHonorificThatIsAWordInCapitals", analyzed(entity.Person), none, map[string]string{
		"GOODS SOLD ARE NOT. RETURNABLE": "",
	}},
	{"NameAfterAnHonorificInCapitals", analyzed(entity.Person), only, map[string]string{
		"MADAME CLAIRE DUBOIS": "CLAIRE DUBOIS",
	}},
	{"NoFirmOfADishWithAFormsWord", analyzed(entity.Organization), none, map[string]string{
		"1 Rendang Sapi 35.000\n2 Nasi Putih 16.000": "",
	}},
	{"FirmWithoutThePriceAfterIt", analyzed(entity.Organization), only, map[string]string{
		"Consulting by Acme GmbH 1,200.00": "Acme GmbH",
	}},
	{"LedgerReferenceAfterAFirmsForm", recognized(LedgerRecognizer{}, entity.ID), only, map[string]string{
		"10/04/2022 Addebito diretto Bozzo-Mignogna s.rl. 92176647 1.021,37 9.446,41": "92176647",
	}},
	{"NoNameOfGoodsBetweenPricedRows", analyzed(entity.Person), none, map[string]string{
		"1 Rendang Sapi 35.000\n2 Es Teh Manis 16-000\n1 Sate Padang 30.000":                                                   "",
		"MILO 1KG 1 26.90\nGARDENIA ORIGINAL 2 4.20\nMAGGI KARI 5S, 3 5:60\nTOTAL INCL. GST":                                   "",
		"MILO 1KG 1 26.90 26.90 SR\nGARDENIA ORIGINAL 2 4.20 8.40. ZR\nMAGGI KARI 5S, 3 5:60 16.80°SR\nTOTAL INCL. GST. 52.10": "",
	}},
	{"ChileanRUTWithACommaForADot", analyzed(entity.ID), only, map[string]string{
		"RUT: 17,564.882-3": "17,564.882-3",
	}},
	{"NoNameOfAStreetAndItsTownBeforeTheRegion", analyzed(entity.Person), none, map[string]string{
		"4520, rue Saint-Denis, Montréal (Québec) H2J 2L3": "",
	}},
	{"QuebecHealthCardWithAnOCRDot", analyzed(entity.ID), only, map[string]string{
		"No d'assurance maladie : TRES.8504 5512": "TRES.8504 5512",
	}},
	{"QuebecDoctorsTitleAndLicence", analyzed(entity.Person), only, map[string]string{
		"Médecin : Dre Isabelle Gagnon, permis 1-09874": "Isabelle Gagnon,",
	}},
	{"LicenceNumberAfterPermis", analyzed(entity.ID), only, map[string]string{
		"Médecin : Dre Isabelle Gagnon, permis 1-09874": "1-09874",
		"Numéro de permis : 1-09874":                    "1-09874",
	}},
	{"IrishNameWhoseOOCRReadAsAZero", analyzed(entity.Person), among, map[string]string{
		"Name: Siobhan 0 Briain Relationship: Spouse": "Siobhan O Briain",
		"First name: Ciaran Last name: 0 Briain":      "O Briain",
	}},
	{"PhoneAfterMobInAnAside", analyzed(entity.Phone), only, map[string]string{
		"He was informed (Mob: 94470 18823) today.": "94470 18823)",
		"Mob: 94470 18823":                          "94470 18823",
	}},
	{"RelativesNameNoListHoldsInAnApposition", analyzed(entity.Person), only, map[string]string{
		"Her sister, Ngozi Eze, was recently diagnosed.": "Ngozi Eze,",
		"Her sistér, Ngozi Eze, was recently diagnosed.": "Ngozi Eze,", // OCR's accent
	}},
	{"NoRelativesNameOfOrdinaryWords", analyzed(entity.Person), none, map[string]string{
		"His brother, Physical Therapy, was": "",
	}},
	{"DashedDateWithAColonForADash", analyzed(entity.Date), among, map[string]string{
		"DOA: 12-01-2025 DOD: 18-01:2025": "18-01:2025",
	}},
	{"TitleWithACommaForItsPeriod", analyzed(entity.Person), only, map[string]string{
		"Naie: Mrs, Lakshmi Narayarian Age: 63 yrs": "Lakshmi Narayarian",
	}},
	{"NoNameInAListOfTitles", analyzed(entity.Person), none, map[string]string{
		"Title: Mr, Mrs, Ms, Miss": "",
	}},
	{"HouseNumberAfterAStreetsOwnNumber", analyzed(entity.Address), only, map[string]string{
		"Jl. Bintaro Utama 3A No. 12": "Jl. Bintaro Utama 3A No. 12",
	}},
	{"NameThatAnEmailAddressSpells", analyzed(entity.Person), only, map[string]string{
		"Votre interlocuteur, Cyrielle Da silva, reste a votre\ndisposition par courriel a cyrielle.da-silva@renard-sas.fr.": "Cyrielle Da silva,",
		"Per qualsiasi chiarimento pud contattare Concetto Boni al numero 06 1234567 oppure\nboni@mercurio-e-figli.it.":      "Concetto Boni",
		"Your contact is Varalakshmi lyengar, who can be reached at\niyengar@kaniyar-namboothiri.com.":                       "Varalakshmi lyengar,",
		"Rückfragen erreichen Sie Madeleine Sammert unter 040 473 503 87 oder per E-Mail an\nmadeleine.sammert@brix.de.":     "Madeleine Sammert",
	}},
	{"NoNameOfAMailboxsWords", analyzed(entity.Person), none, map[string]string{
		"please contact our Sales Office at sales@acme.com": "",
		"Billing Address: 12 Main St\nbilling@acme.com":     "",
	}},
	{"HouseNumberWithASpeckAfterItsComma", analyzed(entity.Address), inside, map[string]string{
		"Rua da Madalena 147,. 1100-319 Lisboa": "Rua da Madalena 147",
	}},
	{"POBoxReadWithAZero", analyzed(entity.Address), only, map[string]string{
		"Bill to:\nGrace Wanjiku Kamau\nP.0. Box 2291-20100 Nakuru": "P.0. Box 2291-20100",
	}},
	{"IDAfterAnAcronymAndItsParty", analyzed(entity.ID), only, map[string]string{
		"RFC receptor: HEOG800517jA2": "HEOG800517jA2",
		"NIF cliente: 12345678Z":      "12345678Z",
	}},
	{"NoIDAfterAVetoedAcronymAndAWord", analyzed(entity.ID), none, map[string]string{
		"GST total: 1234567": "",
	}},
	{"AgeBesideTheSex", analyzed(entity.Age), only, map[string]string{
		"Age/Sex: 57 years / Male": "57",
		"57 Y/M":                   "57",
		"Edad/Sexo: 34 / F":        "34",
	}},
	{"SectionHeadingOfAnInstitutionsWord", analyzed(entity.Organization), none, map[string]string{
		"Hospital Course\nMr Okafor was admitted with a right foot ulcer of two weeks duration.": "",
	}},
	{"FirmWithASpeckBeforeItsForm", analyzed(entity.Organization), among, map[string]string{
		"2015 - 2024 Contabil, SC Delta Consult. SRL, Bucuresti": "SC Delta Consult. SRL,",
	}},
	{"NoNameOfAJobBeforeAFirm", analyzed(entity.Person), none, map[string]string{
		"2015 - 2024 Contabil, SC Delta Consult. SRL, Bucuresti": "",
	}},
	{"PostcodeAfterALabelOfTwoWords", analyzed(entity.Zip), only, map[string]string{
		"Sector 2, Bucuresti, cod postal 020082": "020082",
	}},
	{"PostcodesTwoWordLabelStays", analyzed(entity.Address), only, map[string]string{
		"Sector 2, Bucuresti, cod postal 020082": "Sector 2, Bucuresti,",
	}},
	{"StreetNameEndingInABracketForAnL", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"12 Herz] Street, Apt 4": "12 Herz] Street, Apt 4",
	}},
	{"PhoneWithADotAfterItsCountryCode", analyzed(entity.Phone), only, map[string]string{
		"Bl: +420.604 218 733": "+420.604 218 733",
	}},
	{"NoPhoneOfASignedAmount", analyzed(entity.Phone), none, map[string]string{
		"Saldo +1.250 300": "",
	}},
	{"LabelsOfAccountsNamesAndDoctorsLicences", analyzed(entity.ID), only, map[string]string{
		"Bankovní účet: 2100456789/2010": "2100456789/2010",
		"Registro Médico 1023456":        "1023456",
		"Tarjeta Profesional 52341":      "52341",
	}},
	{"RomanianGivenNameLabel", analyzed(entity.Person), only, map[string]string{
		"Prenume: Andreea-Ioana": "Andreea-Ioana",
	}},
	{"CashiersOfMoreLanguages", analyzed(entity.Person), only, map[string]string{
		"TOTAL R$ 95,52\nOperador: Josué": "Josué",
		"Kasjer: Anna Nowak":              "Anna Nowak",
	}},
	{"NoStreetOnARowOfGoods", recognized(AddressRecognizer{}, entity.Address), none, map[string]string{
		"Sl Product Batch Exp Qty Amount\n2 Glycomet GP 2 Tab GM0973 03/26 30 412.50": "",
	}},
	{"NoPhoneOfAMeasurementAfterCell", analyzed(entity.Phone), none, map[string]string{
		"Red cell count: 4.52 x10^12/L":            "",
		"White cell count: 6.4 x10^9/L (4.0-11.0)": "",
	}},
	{"NoNameOfANumbersLabel", analyzed(entity.Person), only, map[string]string{
		"Médico: Luis Pérez\nMédico Adjunto, Nº Colegiado 282854321": "Luis Pérez",
	}},
	{"NoFirmOfAProductsSuffix", analyzed(entity.Organization), none, map[string]string{
		"Sl Product Batch Exp Qty Amount\n2 Glycomet GP 2 Tab GM0973 03/26 30 412.50": "",
	}},
	{"StreetsNamedByASectionsNumber", analyzed(entity.Address), among, map[string]string{
		"No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor": "No. 12, Jalan SS 2/24,",
	}},
	{"PractitionersRegistration", analyzed(entity.ID), only, map[string]string{
		"Dr. Sipho Ndlovu\nMBChB (Wits) HPCSA MP 0654321": "0654321",
		"MBChB (Wits) HPCSA-MP 0654321":                   "0654321", // a dash OCR read for the space
	}},
	{"NoStreetOfASurnamesEnding", analyzed(entity.Address), none, map[string]string{
		"Contacto de emergencia\nJosep Rivas Briones 653 227 761\nTeléfono: +34 938 39 91 82": "",
	}},
	{"NameAndPhoneUnderAContactsLabel", analyzed(entity.Phone), among, map[string]string{
		"Contacto de emergencia\nJosep Rivas Briones 653 227 761\nTeléfono: +34 938 39 91 82": "653 227 761",
	}},
	{"NoNameOfALabelReadWithAnotherAccent", analyzed(entity.Person), none, map[string]string{
		"Datos de contacto\nDireccién\nEntrada Claudio, 149, 12 C": "",
	}},
	{"ReferenceAfterAStreetOnItsLine", analyzed(entity.ID), only, map[string]string{
		"Mr Freeman Trantow Oct 2, 2025\n9284 Cumberland Street Your ref. K620298\nBartlett, AK 15405": "K620298",
	}},
	{"StreetEndsBeforeAReferencesLabel", analyzed(entity.Address), among, map[string]string{
		"Mr Freeman Trantow Oct 2, 2025\n9284 Cumberland Street Your ref. K620298\nBartlett, AK 15405": "9284 Cumberland Street",
	}},
	{"ContractNumbers", analyzed(entity.ID), only, map[string]string{
		"Nous accusons réception de votre courrier concernant le contrat n° JP81622171. Après examen": "JP81622171.",
		"Vertragsnummer: 88-1234-55": "88-1234-55",
	}},
	{"TownThatIsAWordBeforeItsProvincesCode", analyzed(entity.Address), among, map[string]string{
		"Borgo Placido, 107\n79082 Allein FI\nTel. +39 06 3913 2357": "Borgo Placido, 107\n79082 Allein FI",
	}},
	{"SignerUnderAScribbleReadAsLetters", analyzed(entity.Person), only, map[string]string{
		"Yours faithfully,\nVY VV\nUjjwal Namboothiri": "Ujjwal Namboothiri",
	}},
	{"AgesALineBreakParts", analyzed(entity.Age), only, map[string]string{
		"Opalina Reddy, born on 14 December 1971, a 50-\n‘year-old woman, was admitted": "50-",
		"Fernando Barela, nacido/a el 24 de marzo de 1978, de 44 ajios, ingresó":        "44",
		"born on 14 December 1971, a 50- ‘year-old woman":                               "50-", // a speck read as a quote
	}},
	{"NoAgeOfAWrappedMeasure", analyzed(entity.Age), none, map[string]string{
		"She was given a 50-\nmg dose at night.": "",
	}},
	{"IBANUnderItsColumnsLabel", analyzed(entity.IBAN), only, map[string]string{
		"E-Mail                      IBAN\nmattis@caspers.net          DE62 0106 8719 7087 4595\n@3": "DE62 0106 8719 7087 4595",
	}},
	{"NoIBANOfAShortRunUnlabelled", analyzed(entity.IBAN), none, map[string]string{
		"Total 1.250,00\nDE62 0106 8719 7087 4595": "",
	}},
	{"NoNameOfASignaturesScribble", analyzed(entity.Person), none, map[string]string{
		"Signature: VVVVVY":        "",
		"Unterschrift: VV VV V YY": "",
	}},
	{"SignedWithInitials", analyzed(entity.Person), among, map[string]string{
		"Signature: J. K. Rowling": "J. K. Rowling",
	}},
	{"NoNameOfADepartmentAndItsTown", analyzed(entity.Person), none, map[string]string{
		"ST. BRIGID'S UNIVERSITY HOSPITAL\nDepartment of Cardiology, Galway\nDISCHARGE LETTER": "",
	}},
	{"NationalInsuranceNumberWithSpecks", analyzed(entity.ID), only, map[string]string{
		"NI Number: JT.48.26 91 C Tax Code: 1257L": "JT.48.26 91 C",
	}},
	{"NoStreetOfANumbersLabel", analyzed(entity.Address), none, map[string]string{
		"Beleg-Nr. 88412 Kasse 1 Bediener: Svenja": "",
	}},
	{"NoPhoneInARegistersNumber", analyzed(entity.Phone), none, map[string]string{
		"35000 RENNES\nSIRET 512 334 901 00027": "",
	}},
	{"IndonesianTitlesStayOutOfTheName", analyzed(entity.Person), only, map[string]string{
		"Pelanggan: Bpk. Agus Santoso": "Agus Santoso",
	}},
	{"NameEndsWhereItsSentenceGoesOn", analyzed(entity.Person), only, map[string]string{
		"Reviewed by Gregory Lindqvist on 10/28/2024": "Gregory Lindqvist",
		"Patient: M. Le roux":                         "M. Le roux", // a surname read in lower case after its particle
	}},
	{"NameEndsBeforeARegistrationAfterItsComma", analyzed(entity.Person), only, map[string]string{
		"Referring physician: Dr. Naomi Goldberg, CPSO #84412": "Naomi Goldberg,",
	}},
	{"PractitionersRegistrationWithItsNumberSign", analyzed(entity.ID), only, map[string]string{
		"Referring physician: Dr. Naomi Goldberg, CPSO #84412": "#84412",
		"Dr Helen Pascoe, GMC No. 7012345":                     "7012345",
		"Dra. Mariana Cavalcanti Rocha\nCRM-RJ 52.98765-4":     "52.98765-4",
	}},
	{"NoNameOfALongHeadingInCapitals", analyzed(entity.Person), none, map[string]string{
		"HOA DON GIA TRI GIA TANG\nSo: 0000481": "",
	}},
	{"VietnameseFirmsAddressesAndPhones", analyzed(entity.Organization), only, map[string]string{
		"CONG TY TNHH THUONG MAI AN PHU\nDia chi: 45 Nguyen Thi Minh Khai, Phuong Ben Nghe, Quan 1": "CONG TY TNHH THUONG MAI AN PHU",
	}},
	{"VietnameseAddressLabel", analyzed(entity.Address), only, map[string]string{
		"Dia chi: 45 Nguyen Thi Minh Khai, Phuong Ben Nghe, Quan 1, TP. Ho Chi Minh": "45 Nguyen Thi Minh Khai, Phuong Ben Nghe, Quan 1, TP. Ho Chi Minh",
	}},
	{"VietnamesePhoneLabel", analyzed(entity.Phone), only, map[string]string{
		"Số điện thoại: 0903 418 552": "0903 418 552",
	}},
	{"NoNameOfAPaymentService", analyzed(entity.Person), none, map[string]string{
		"Total KES 19,952\nM-PESA Paybill 522533 Account: UOS1193": "",
	}},
	{"NoPhoneOfAFirmsPaymentAccount", analyzed(entity.Phone), none, map[string]string{
		"Storgatan 27, 903 26 Umeå\nBankgiro 5412-8877 Ange fakturanummer vid betalning.": "",
	}},
	{"IDGluedToItsLabelByAPeriod", analyzed(entity.ID), only, map[string]string{
		"Referring Provider: Dr.. Samuel Whitlock” NPI.1629074318": "1629074318",
		"Invoice No.INV88123":                        "INV88123",
		"Dr. Kavitha Ramaswamy (KMC Reg. No..71884)": "71884)",
	}},
	{"NoIDOfATotalGluedToItsAmount", analyzed(entity.ID), none, map[string]string{
		"TOTAL.1234": "",
	}},
	{"PolishPhysiciansAndTheirLicences", analyzed(entity.Person), only, map[string]string{
		"Lekarz kierujacy: lek. med. Pawet Grabowski": "Pawet Grabowski",
	}},
	{"PolishPractisingLicence", analyzed(entity.ID), only, map[string]string{
		"Nr prawa wykonywania zawodu: 2345678": "2345678",
	}},
	{"NoNameOfADistrictAndItsCity", analyzed(entity.Person), none, map[string]string{
		"Av. Providencia 2134, Local 5, Providencia, Santiago\nFono: +56 2 2334 8871": "",
	}},
	{"NoPostcodeOnAStatementsRow", analyzed(entity.Address), none, map[string]string{
		"07/10 BPAY ORIGIN ENERGY 4471 212.35 9,810.05\n12/10 EFTPOS WOOLWORTHS 3412 CAULFIELD 94.60 9,715.45": "",
	}},
	{"FrenchSocialSecurityNumberWithSpecks", analyzed(entity.ID), only, map[string]string{
		"N° de sécurité sociale : 1 87.09 33 063 217.45": "1 87.09 33 063 217.45",
	}},
	{"CodeWhoseEOCRReadAsAPoundSign", analyzed(entity.ID), only, map[string]string{
		"N.° de empleado: £58990": "£58990",
	}},
	{"NoIDOfAnAmountInPounds", analyzed(entity.ID), none, map[string]string{
		"Total: £58.90": "",
	}},
	{"PlaceOfBirthOfOrdinaryWords", analyzedColumns(entity.Location), only, map[string]string{
		"Date of birth                Place of birth\n01/04/1998                   West Marks": "West Marks",
	}},
	{"NoPlaceOfBirthOfAnInstruction", analyzed(entity.Location), none, map[string]string{
		"Place of birth: Please specify": "",
	}},
	{"NamesInARolesApposition", analyzed(entity.Person), only, map[string]string{
		"Your relationship manager, Hemi Parata, can be reached on 027 448 9120.":                                 "Hemi Parata,",
		"We confirm the new rate. Your relationship manager,\nHemi Parata, can be reached on 027 448 9120 today.": "Hemi Parata,",
	}},
	{"NoNameOfAPlaceInAnApposition", analyzed(entity.Person), none, map[string]string{
		"Last year we visited, Kuala Lumpur, and Penang.": "",
	}},
	{"NameOfListedWordsThatAreWordsToo", analyzed(entity.Person), only, map[string]string{
		"Cliente: Inês Margarida Carvalho Pinto\nNIF: 231 447 896": "Inês Margarida Carvalho Pinto",
	}},
	{"NoPhoneOfAFinnishBusinessID", analyzed(entity.Phone), none, map[string]string{
		"Pohjolan Rakennus Oy\nY-tunnus 2841779-5\nTeollisuuskatu 14, 33100 Tampere": "",
	}},
	{"DutchPostcodeGluedToItsTown", analyzed(entity.Address), among, map[string]string{
		"Kerkstraat 12-3\n1017 GLAmsterdam": "Kerkstraat 12-3\n1017 GL Amsterdam",
	}},
	{"ColombianStreetWithALetteredCrossingNumber", analyzed(entity.Address), only, map[string]string{
		"Dirección: Carrera 15 # 93A-62 Apto 502, Bogotá": "Carrera 15 # 93A-62 Apto 502, Bogotá",
	}},
	{"NameAfterAnAttentionLineOfOtherLanguages", analyzed(entity.Person), among, map[string]string{
		"Klant: Café Den Hoek\nt.a.v. Pieter-Jan Vermeulen\nDorpsstraat 77 bus 2": "Pieter-Jan Vermeulen",
		"Müller GmbH\nz. Hd. Jochen Brandt\nHauptstraße 4":                        "Jochen Brandt",
	}},
	{"DativeHerrnIsATitleNotAName", analyzed(entity.Person), only, map[string]string{
		"Attn: Herrn Jochen Brandt": "Jochen Brandt",
	}},
	{"AustrianNumberLabelEndingInZahl", analyzed(entity.ID), only, map[string]string{
		"Aufnahmezahl: 24-0081736": "24-0081736",
	}},
	{"LatinAmericanIdentityCardAbbreviations", analyzed(entity.ID), only, map[string]string{
		"Adquiriente: Luz Marina Quintero Ospina\nC.C. 1.020.345.678": "1.020.345.678",
		"C.I. 14.523.887": "14.523.887",
	}},
	{"DatesInMoreLanguagesAndYearFirst", lineDates, only, map[string]string{
		"Data: 5 martie 2024":             "5 martie 2024",
		"Tarih: 14 Şubat 2024":            "14 Şubat 2024",
		"Kelt: Szeged, 2024. december 5.": "2024. december 5.",
		"Született: 1987. március 14.":    "1987. március 14.",
		"Data: 2024 m. gruodžio 5 d.":     "2024 m. gruodžio 5 d.",
		"Dátum: 5. decembra 2024":         "5. decembra 2024",
	}},
	{"NoPostcodeOfAYearBeforeItsMonth", analyzed(entity.Address), none, map[string]string{
		"BÉRJEGYZÉK 2024, november\nAlapbér 512 000 Ft": "",
	}},
	{"NoNameEndingInACityNoListHolds", analyzed(entity.Person), none, map[string]string{
		"Kelt Szeged, 2024. december 5.": "",
	}},
	{"NoPhoneOfAVATNumberAfterItsCountryCode", analyzed(entity.Phone), none, map[string]string{
		"Brouwerij De Klokke BV\nBTW BE 0478.261.934": "",
	}},
	{"NoIDOfAnItemsSizeAfterAWordLikeALabel", analyzed(entity.ID), none, map[string]string{
		"Milo Tin 400g            1   GH 62.50": "",
		"Nido Tin 900ml           1   GH 80.00": "",
	}},
	{"PostcodeUnderATownNoListHoldsUnderAStreet", analyzed(entity.Zip), only, map[string]string{
		"Tel: +27 21 970 1200\nMr T.J. van der Merwe\n14 Protea Crescent\nDurbanville\n7550": "7550",
	}},
	{"CardPurchaseNamesAMerchantNoPerson", recognized(LedgerRecognizer{}, entity.Organization), only, map[string]string{
		"04.11.2023 Kartenzahlung Krebs-Beer 1.264,41 458,87":          "Krebs-Beer",
		"22/11/2024 POS Purchase Engen Tyger Valley -845.10 27,490.05": "Tyger Valley",
	}},
	{"TransferAfterFourWordsOfItsKind", recognized(LedgerRecognizer{}, entity.Person), only, map[string]string{
		"12/11/2024 FNB App Payment To Jacques Botha -1,200.00 3,455.15": "Jacques Botha",
		"24/10/2022 Disposizione bonifico a Genesia De Martino 1.474,79": "Genesia De Martino",
	}},
	{"PracticeAfterAProvidersLabelIsNoPerson", analyzed(entity.Person), none, map[string]string{
		"Provider: Lakeside Family Medicine\nPatient Account: 5520918": "",
		"Referred by: Northside Pediatrics":                            "",
	}},
	{"FirmNamedAfterItsDoctor", analyzed(entity.Organization), only, map[string]string{
		"DR. LAL PATHLABS LTD.":         "DR. LAL PATHLABS LTD.",
		"Dr. Reddy's Laboratories Ltd.": "Dr. Reddy's Laboratories Ltd.",
		"Dr. Oetker GmbH":               "Dr. Oetker GmbH",
	}},
	{"IndonesianAndMalayTitlesStayOut", analyzed(entity.Person), only, map[string]string{
		"Pasien : Ny. Sri Rahayu Handayani":      "Sri Rahayu Handayani",
		"Dokter : dr.. Bambang Wicaksono, Sp.PD": "Bambang Wicaksono,",
	}},
	{"NoNameOfASpecialistAfterARolesLabel", analyzed(entity.Person), only, map[string]string{
		"Dr Sarah O'Connell\nConsultant Rheumatologist\nLeeds General Infirmary": "Sarah O'Connell",
	}},
	{"NoSurnameGivenOfATownAndItsStateAfterAPostcode", analyzed(entity.Person), none, map[string]string{
		"C.P. 37160 Leon, Guanajuato": "",
	}},
	{"BoxEdgeAfterALabelMarksItAsAColonDoes", analyzed(entity.Person), only, map[string]string{
		"Name} Hoa Nguyen Relationship} Mother": "Hoa Nguyen",
		"Given niames| Liam Thanh":              "Liam Thanh",
	}},
	{"NoValueOfALabelsAlternativeAfterASlash", analyzed(entity.Person), only, map[string]string{
		"Parent / Carer 1\nName: Hoa Nguyen": "Hoa Nguyen",
	}},
	{"TownAfterItsOwnLabel", analyzed(entity.Address), only, map[string]string{
		"Suburb: Narraweena":     "Narraweena",
		"Ville : Quimperlé":      "Quimperlé",
		"Localidad: Tlalpujahua": "Tlalpujahua",
	}},
	{"NumberWithACapitalBetweenItsGroups", analyzed(entity.ID), only, map[string]string{
		"Rentenversicherungsnummer: 12 230492 B 503": "12 230492 B 503",
	}},
	{"BoxLeftEdgeReadAsABraceAfterALabel", analyzed(entity.Person), only, map[string]string{
		"Name{ Brandstatter": "Brandstatter",
	}},
	{"CountryNamesNoOne", analyzed(entity.Location), none, map[string]string{
		"Nationality: Indian\nCountry: India": "",
		"Country of birth: Germany":           "",
	}},
	{"NoStreetEndingInTheNextLabel", analyzedColumns(entity.Address), none, map[string]string{
		"Occupation: Private Sector Service      Annual Income: 10-25 Lakh\n\nPlace: Pune                     Date: 09/12/2024": "",
	}},
	{"BoxEdgeReadAloneAfterALabel", analyzed(entity.Person), only, map[string]string{
		"Nom { LEFEBVRE":            "LEFEBVRE",
		"Name}. Theodore Kowalczyk": "Theodore Kowalczyk",
	}},
	{"BoxEdgeAfterAnAbbreviatedOrAcronymLabel", analyzed(entity.ID), only, map[string]string{
		"N° allocataire CAF } 4417829": "4417829",
	}},
	{"SchoolNamedAfterAPerson", analyzed(entity.Organization), only, map[string]string{
		"École fréquentée : École Jean Moulin": "École Jean Moulin",
	}},
	{"LabelsColonReadAsASemicolon", analyzed(entity.Person), among, map[string]string{
		"Apellidos; Navarro Quesada Nombre{ Irene": "Navarro Quesada",
	}},
	{"HouseNumberWithACentSignBesideItsLetter", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"Warthestr. 68c¢\n84177 Menden (Sauerland)": "Warthestr. 68c¢",
	}},
	{"BrandWithATitleOnAPricedRow", analyzedColumns(entity.Person), only, map[string]string{
		"BEN & JERRY'S CHOC FUDGE        5.99\nDR PEPPER 12PK                  7.49\nCONSULTATION DR. SMITH          150.00": "SMITH",
	}},
	{"DutchTitlesAndDegrees", analyzed(entity.Person), among, map[string]string{
		"Aan de heer J.P. (Jeroen) van den Broek\nOudegracht 214 bis": "J.P. (Jeroen) van den Broek",
		"Drs. Willemijn Hoekstra\nTeamleider Vergunningen":            "Willemijn Hoekstra",
	}},
	{"SignersRoleAfterACommaStays", analyzed(entity.Person), only, map[string]string{
		"Mit freundlichen Grüßen\nMarkus Ehrenreich, Leistungsabteilung": "Markus Ehrenreich,",
	}},
	{"ItalianSalutationAndTitleBeforeTheName", analyzed(entity.Person), only, map[string]string{
		"Egregio Signor\nSalvatore Esposito\nCorso Garibaldi 187": "Salvatore Esposito",
		"Gentile Signor Esposito,":                                "Esposito,",
	}},
	{"RegistrationPlateAfterItsWord", analyzed(entity.ID), only, map[string]string{
		"Wij hebben uw aanvraag voor het kenteken GX-482-T ontvangen.": "GX-482-T",
	}},
	{"DutchReferenceLabel", analyzed(entity.ID), only, map[string]string{
		"Ons kenmerk: 2024/118273": "2024/118273",
	}},
	{"SurnameOpeningWithParticlesInASalutation", analyzed(entity.Person), only, map[string]string{
		"Geachte heer Van den Broek,": "Van den Broek,",
	}},
	{"NoSurnameGivenOfAStreetsTypeAndItsTown", analyzed(entity.Person), none, map[string]string{
		"NHS Lothian\n51 Little France Crescent, Edinburgh EH16 4SA": "",
	}},
	{"CredentialAfterALabelledNamesComma", analyzed(entity.Person), only, map[string]string{
		"Dictated by: Dr. Elaine Fitzgerald, FRCPC": "Elaine Fitzgerald,",
	}},
	{"NoNameOfASentenceInALanguageTheDictionariesLack", analyzed(entity.Person), none, map[string]string{
		"Pacient byl léčen koronární intervencí. Kontrola v ambulanci\nza 4 týdny.": "",
	}},
	{"RelationshipBeforeTheNameStays", analyzed(entity.Person), only, map[string]string{
		"Contact: wife, Adaeze Okafor, (713) 555-0176.": "Adaeze Okafor,",
		"Emergency contact: Mother Hoa Nguyen":          "Hoa Nguyen",
	}},
	{"NoIDOfADosesStrength", analyzedColumns(entity.ID), none, map[string]string{
		"Amoxicillin 500mg (100 caps)      10    4,500.00    45,000.00": "",
	}},
	{"PortugueseMobileAndGreekCashierLabels", analyzed(entity.Phone), only, map[string]string{
		"Telemóvel: 912 447 803": "912 447 803",
	}},
	{"LegalFormsAreNoInitials", analyzed(entity.Person), none, map[string]string{
		"Nexus Pharma S.A.C.\nRUC 20512345678": "",
	}},
	{"NumberAfterACroatianOrCzechMarkerIsNoPhone", analyzed(entity.Phone), none, map[string]string{
		"RAČUN br. 2024-0915\nElektro Horvat d.o.o.\nIlica 242, 10000 Zagreb": "",
	}},
	{"RoleBeforeALabelledNameStays", analyzed(entity.Person), only, map[string]string{
		"Checked by: Chemist Nadia Ibrahim":       "Nadia Ibrahim",
		"Dispensed by: Pharmacist Sarah Williams": "Sarah Williams",
	}},
	{"ColonAndBoxEdgeReadAsALetterMarkTheLabel", analyzed(entity.Address), only, map[string]string{
		"12. Name} Ramirez, Teresa L\nAddressi 4417 Oakmont Dr, Fresno, CA 93722": "4417 Oakmont Dr, Fresno, CA 93722",
	}},
	{"ColonAndBoxEdgeReadAsAnExclamationMarkTheLabel", analyzed(entity.Organization), only, map[string]string{
		"48. Name! Sunrise Family Dentistry": "Sunrise Family Dentistry",
	}},
	{"NoCountryOfAGivenNameThatNamesOne", firstCountries, none, map[string]string{
		"Paciente: Guadalupe Hernández Ríos": "",
	}},
	{"NoNameOfAStreetAndATownsFirstWord", analyzed(entity.Person), none, map[string]string{
		"Branch: SM City North EDSA, Quezon City": "",
		"Branch: SM City North EDSA, Quézon City": "",
	}},
	{"NoFirmOfALabelWithAPossessive", analyzed(entity.Organization), none, map[string]string{
		"11. INSURED'S POLICY GROUP OR FECA NUMBER\n00481-BC": "",
	}},
	{"CodeWithADollarSignReadForItsS", analyzed(entity.ID), only, map[string]string{
		"Bill To: Tan Mei Ling\nNRIC: $8234567D": "$8234567D",
	}},
	{"NoCodeOfAnAmountInDollars", analyzed(entity.ID), none, map[string]string{
		"Total: $82345.00": "",
	}},
	{"SurnameAfterItsParticleBesideALabel", analyzed(entity.Person), only, map[string]string{
		"Achternaam: de Vries-Bakker": "de Vries-Bakker",
		"Surname: van Dijk":           "van Dijk",
	}},
	{"DashBeforeALabelsValueIsNoPartOfIt", analyzed(entity.Address), only, map[string]string{
		"Adres: -Bagdat Cad. No: 214 D: 7; Kadikoy / Istanbul": "Bagdat Cad. No: 214 D: 7; Kadikoy / Istanbul",
	}},
	{"KindOfTransactionBeforeADashIsNoPayee", analyzedColumns(entity.Organization), none, map[string]string{
		"03.10.2024  EFT - MEHMET ALI DEMIR                   -1.250,00": "",
	}},
	{"PayeeAfterAKindOfTransactionAndADash", analyzedColumns(entity.Person), only, map[string]string{
		"03.10.2024  EFT - MEHMET ALI DEMIR                   -1.250,00": "MEHMET ALI DEMIR",
	}},
	{"PayeeOfAMobileMoneyRowWithItsReceiptAndTime", analyzedColumns(entity.Person), only, map[string]string{
		"SJ41KX82P3 2024-10-03 08:14:22 Customer Transfer to - 0711 902 447 PETER OTIENO 1,500.00": "PETER OTIENO",
	}},
	{"NoPayeeAfterAPrepositionOfTheKindsPhrase", analyzedColumns(entity.Person), none, map[string]string{
		"05/10/2024  Pagamento de boleto - ENEL DISTRIBUICAO     187,42 D": "",
	}},
	{"PayeeOfARowWhoseReceiptCodeHasADollarForItsS", analyzedColumns(entity.Person), only, map[string]string{
		"S$J41KX82P3 2024-10-03 08:14:22 Customer Transfer to - 0711 902 447 PETER OTIENO 1,500.00": "PETER OTIENO",
	}},
	{"AccountNumberAfterThePortugueseConta", analyzed(entity.ID), only, map[string]string{
		"Agência: 1234-5   Conta: 56789-0": "56789-0",
	}},
	{"PayeeAfterTheKindAndADash", analyzedColumns(entity.Person), only, map[string]string{
		"02/10/2024  Pix recebido - MARIANA COSTA LIMA           350,00 C": "MARIANA COSTA LIMA",
	}},
	{"NoFirmOfAProductsMaker", analyzedColumns(entity.Organization), none, map[string]string{
		"Vaccine   Date Given    Lot Number    Manufacturer    Given By\nDTaP      11/02/2019    U6482AA       Sanofi          J. Whitcomb, RN": "",
	}},
	{"NoRecordIDInALotNumbersColumn", analyzedColumns(entity.ID), none, map[string]string{
		"Vaccine          Date Given    Lot Number    Manufacturer    Given By\nDTaP             11/02/2019    U6482AA       Sanofi          J. Whitcomb, RN\nMMR              10/05/2020    T023745       Merck           M. Alvarez, LPN": "",
	}},
	{"RecordIDInProseUnderAnotherLine", analyzed(entity.ID), among, map[string]string{
		"Su ref. CU10433\nLe agradecemos su carta relativa a la póliza POL-3724584.": "POL-3724584.",
	}},
	{"NoNameOfALeadVerbsObject", analyzed(entity.Person), none, map[string]string{
		"TALON À JOINDRE AU PAIEMENT":                              "",
		"Pour nous joindre au 01 45 22 18 90, du lundi au samedi.": "",
	}},
	{"CodeSplitAtADashAfterALabelWithAnArticle", analyzed(entity.ID), only, map[string]string{
		"Nr. i recetës:            RR-2024- 0318842": "RR-2024- 0318842",
	}},
	{"LabelRunsPastANameRunToItsColon", analyzedColumns(entity.Person), none, map[string]string{
		"Mata Ganjaran Hari Ini :            164\nBaki Mata Ganjaran     :          1,384": "",
	}},
	{"NoPhonePairInsideAGroupedCardNumber", analyzed(entity.Phone), only, map[string]string{
		"Landsberger Straße 412\n81241 München\nTel. 089 8970 4412\nKartennummer:\n  7042 1185 0396 2271": "089 8970 4412",
	}},
	{"HyphenedCompoundLabelsTail", analyzedColumns(entity.ID), among, map[string]string{
		"Kfz-Kennzeichen: M-HB 2817\nKilometerstand:  148.302 km": "M-HB 2817",
	}},
	{"DateOfBirthLabelsOfDataLanguages", analyzedColumns(entity.Date), only, map[string]string{
		"                    data di nascita   sesso (M o F)   comune (o Stato estero) di nascita  prov.\n                    14 03 1979        F               LECCE                               LE": "14 03 1979",
		"Data urodzenia: 14 03 1979": "14 03 1979",
	}},
	{"NumberMarkerOpensALabelOfSeveralWords", analyzedColumns(entity.ID), among, map[string]string{
		"Nr księgi głównej: 2024/08713     Nr w księdze oddziału: 1457/24": "1457/24",
	}},
	{"NameWithAMarkedLetterReadAsACapital", analyzed(entity.Person), only, map[string]string{
		"udzielono córce,\nPani Agnieszce KoSmider-Nowickiej (tel. 602 418 339).": "Agnieszce KoSmider-Nowickiej",
	}},
	{"NoNameOfABrandInCamelCase", analyzed(entity.Person), none, map[string]string{
		"Pani HealthCare Centre": "",
	}},
	{"NoLabelOfAValueUnderAHead", analyzedColumns(entity.Address), only, map[string]string{
		"HOME VILLAGE / T.A. / DISTRICT\nMsakambewa Village, T/A Kalumbu\nDowa": "Msakambewa Village, T/A Kalumbu\nDowa",
	}},
	{"LabelOfAListOfFieldsThatSlashesPart", analyzedColumns(entity.Address), only, map[string]string{
		"VILLAGE / T.A. / DISTRICT:  Mwembeni Village, Ilemela": "Mwembeni Village, Ilemela",
	}},
	{"LabelsValueStopsAtTheNextColumnsHead", analyzedColumns(entity.Address), among, map[string]string{
		"PHYSICAL ADDRESS                               HOME VILLAGE / T.A. / DISTRICT\nArea 49 (Gulliver), Plot 49/3/112              Msakambewa Village, T/A Kalumbu\nLilongwe                                       Dowa": "Area 49 (Gulliver), Plot 49/3/112",
	}},
	{"NoDateOfAMeasureAtBirth", analyzedColumns(entity.Date), only, map[string]string{
		"Date of birth:     2024-05-17                             Birth weight:  3.14 kg": "2024-05-17",
	}},
	{"CouncilsRegisterAfterItsAcronym", analyzedColumns(entity.ID), only, map[string]string{
		"Pharmacist: Mahesh B. Kulkarni (KSPC Reg. 31847)         For KAVERI MEDICALS & GENERAL STORES": "31847)",
	}},
	{"NoCodeOfAPowerBanksCapacity", analyzedColumns(entity.ID), none, map[string]string{
		"HL-PB-1020    Power bank 10000mAh      1     259.00": "",
	}},
	{"SignOffParticipleLabelsWhoDidIt", analyzed(entity.Person), among, map[string]string{
		"Dispensed by     : Ramachandran s/o Velayutham\nChecked          : NAK": "NAK",
	}},
	{"NoNameOfASignOffsAnswer", analyzed(entity.Person), none, map[string]string{
		"Verified: Yes": "",
	}},
	{"IncidentsReportIsAPersonsCase", analyzedColumns(entity.ID), only, map[string]string{
		"Police Report No.:    E/20250303/7741                    Camera footage available: [X] Yes": "E/20250303/7741",
	}},
	{"NoIDOfADocumentsReport", analyzedColumns(entity.ID), none, map[string]string{
		"Report No.: E/20250303/7741": "",
	}},
	{"NextColumnsValueOfTheSameShapeAsOneFoundAfterTheColon", analyzedColumns(entity.ID), among, map[string]string{
		"Register number:             UE88061413                          MA90112726": "MA90112726",
	}},
	{"MeterReaderLabelsAPerson", analyzedColumns(entity.Person), only, map[string]string{
		"Msomaji / Meter reader:   Baraka Mwakyusa (KW-217)": "Baraka Mwakyusa",
	}},
	{"NoFirmAcrossAGluedSlash", analyzedColumns(entity.Organization), none, map[string]string{
		"ANKARA YA MAJI/ WATER BILL                                  Mwezi / Month:  Machi 2025": "",
	}},
	{"NoNameInAHeadingBeforeItsTranslation", analyzedColumns(entity.Person), none, map[string]string{
		"USOMAJI WA MITA / METER READINGS             Tarehe / Date          Usomaji / Reading": "",
	}},
	{"NameBeforeARoleAfterASlashStays", analyzedColumns(entity.Person), among, map[string]string{
		"Dr Ahmad Faizal / Cardiology": "Ahmad Faizal",
	}},
	{"NoNameInABilingualLabelWithFunctionWordsRead0", analyzedColumns(entity.Person), none, map[string]string{
		"Saini o le Tagata Tomai / Guarantor's signature: ___________________": "",
		"Saini 0 le Tagata Tomai / Guarantor's signature: ___________________": "",
	}},
	{"NameBeforeARoleAfterFunctionWordsStays", analyzedColumns(entity.Person), among, map[string]string{
		"Paid to the Ahmad Faizal / Manager": "Ahmad Faizal",
	}},
	{"NoNameInANumberedHeadingWithASlash", analyzedColumns(entity.Person), none, map[string]string{
		"1. RENT/ PRAES BLONG RENT": "",
	}},
	{"PostcodeWhosePatternHoldsTheCountrysLetters", analyzed(entity.Address), only, map[string]string{
		"Krišjāņa Barona iela 117-23\nRīga, LV-1012": "Krišjāņa Barona iela 117-23\nRīga, LV-1012",
	}},
	{"PostcodeAfterTheCountrysGluedLetters", analyzed(entity.Address), only, map[string]string{
		"HT6110 Port-au-Prince": "HT6110 Port-au-Prince",
	}},
	{"StudentsOfMoreLanguagesLabelAPerson", analyzedColumns(entity.Person), only, map[string]string{
		"Estudiante:         QUISBERT APAZA JUAN PABLO": "QUISBERT APAZA JUAN PABLO",
		"Siswa: Budi Santoso":                           "Budi Santoso",
	}},
	{"SaintsStaOpensASurnameNoFirmsForm", analyzedColumns(entity.Person), among, map[string]string{
		"Dr. Kimberly Anne L. Sta. Romana                 Dr. Jose Ramon T. Villaruel III, FPCP": "Kimberly Anne L. Sta. Romana",
	}},
	{"SaintsStaInsideAFirmsName", analyzed(entity.Organization), only, map[string]string{
		"Ferro Sta. Rita S.A.": "Ferro Sta. Rita S.A.",
	}},
	{"NordicInvoicesReferencePersons", analyzedColumns(entity.Person), among, map[string]string{
		"Vår referens:  Anders Wiklöf                         Karl-Johan Lindqvist Ekman": "Anders Wiklöf",
		"Deres referanse: Ingrid Solbakken":                                               "Ingrid Solbakken",
	}},
	{"BelgiansStructuredCommunication", analyzedColumns(entity.ID), only, map[string]string{
		"met vermelding van de gestructureerde mededeling  +++024/2400/71846+++": "+++024/2400/71846+++",
	}},
	{"FinnishStaircaseAndFlatAfterTheHouseNumber", analyzed(entity.Address), only, map[string]string{
		"Hämeenkatu 12 B 4\n33200 Tampere": "Hämeenkatu 12 B 4\n33200 Tampere",
	}},
	{"NoNameOfThePagesOwnLabelWords", analyzedColumns(entity.Person), none, map[string]string{
		"Penanggung Jawab : -\n\n   Pasien / Keluarga                                  Dokter Penanggung Jawab Pelayanan (DPJP)": "",
	}},
	{"NoFirmOfAClinicalRecordsHeading", analyzedColumns(entity.Organization), none, map[string]string{
		"HISTORIA CLÍNICA DE URGENCIAS                       Ingreso N.º URG-2024-0093716": "",
	}},
	{"StreetWithoutItsNumberBetweenAddressLines", analyzedColumns(entity.Address), only, map[string]string{
		"Ms Siobhán Kehoe-Brannigan\nApartment 6, Rathbane Court\nDooradoyle Road\nLimerick V94 T6K2": "Apartment 6, Rathbane Court\nDooradoyle Road\nLimerick V94 T6K2",
	}},
	{"TherapistsAndNordicCarersLabelAPerson", analyzedColumns(entity.Person), among, map[string]string{
		"Fysioterapeutti: Riikka Haapakoski, ft (AMK), Valvira rek.nro 10081237429": "Riikka Haapakoski,",
		"Sairaanhoitaja: Anna Virtanen":                                             "Anna Virtanen",
	}},
	{"NoSurnameFirstOfABracketedAside", analyzed(entity.Person), none, map[string]string{
		"ft (AMK), Valvira rek.nro 10081237429": "",
	}},
	{"FinnishNumberWordsCompounds", analyzedColumns(entity.ID), only, map[string]string{
		"Fysioterapeutti: Riikka Haapakoski, ft (AMK), Valvira rek.nro 10081237429": "10081237429",
	}},
	{"DanishPaymentSlipsPaymentID", analyzedColumns(entity.ID), only, map[string]string{
		"+71< 000004128073410 +83920417<": "000004128073410",
	}},
	{"SignLabelsWhoSigned", analyzedColumns(entity.Person), only, map[string]string{
		"Sign.: D.N.": "D.N.",
	}},
	{"PropertysRegisterDesignation", analyzedColumns(entity.ID), only, map[string]string{
		"Fastighetsbeteckning:  Uppsala Sunnersta 12:37": "Uppsala Sunnersta 12:37",
		"Referencia catastral: 9872023VH5797S0001WX":     "9872023VH5797S0001WX",
	}},
	{"RolesInThePluralLabelSeveralPersons", analyzedColumns(entity.Person), only, map[string]string{
		"Livreurs :          Bamba Souleymane, Gnahoré Dago Hervé": "Bamba Souleymane, Gnahoré Dago Hervé",
	}},
	{"CodeOfTwoDigitsAfterAnAcronymsLabel", analyzedColumns(entity.ID), among, map[string]string{
		"MCNZ No: 48217               HPI CPN: 29KHRX": "29KHRX",
	}},
	{"LabelsWordAnsweringALabelOfNoType", analyzedColumns(entity.Address), none, map[string]string{
		"Fecha de egreso:          16/07/2024 12:00     Días de estada: 8\nDestino al alta:          Domicilio\n\nIII. DIAGNÓSTICOS AL ALTA\n1. Insuficiencia cardiaca descompensada, NYHA III (I50.9)\n2. Enfermedad renal crónica etapa 3 (N18.3)": "",
	}},
	{"DeclarersGivenNameThatAFunctionWordListHolds", analyzed(entity.Person), only, map[string]string{
		"Ich, Nia Gerschler, versichere, dass die Angaben in diesem Fragebogen vollständig und wahrheitsgemäß sind.": "Nia Gerschler,",
	}},
	{"SpacedSemicolonReadForALabelsColon", analyzed(entity.Person), only, map[string]string{
		"Médecin prescripteur ; Dr Youssef EL AMRANI": "Youssef EL AMRANI",
	}},
	{"SpacedSemicolonReadForAnIDLabelsColon", analyzed(entity.ID), among, map[string]string{
		"CIN ; BE 482913": "482913",
	}},
	{"EmailThatHoldsANameStaysAnEmail", analyzed(entity.Email), only, map[string]string{
		"Bill To:\nSarah O'Neil\nsarah.oneil@pacificrimimports.com": "sarah.oneil@pacificrimimports.com",
	}},
	{"SalespersonLabelsAName", analyzed(entity.Person), only, map[string]string{
		"CASHIER  : USER                 TIME : 15:39:00\nSALESPERSON : ALAN": "ALAN",
	}},
	{"NoCountryOfAThreeLetterSpeckReadAsALegalForm", firstCountries, none, map[string]string{
		"THIS SERVES AS. AN OFFICIAL RECEIPT\nRe Rae Ges": "",
	}},
	{"NoNameOfAStreetWithAnAbbreviatedType", analyzed(entity.Person), none, map[string]string{
		"EDSA cor. Doña Julia Vargas Ave., Mandaluyong City": "",
	}},
	{"NameBeforeADoctorsTitleStays", analyzed(entity.Person), among, map[string]string{
		"Seen by Dr. Julia Vargas today.":                "Julia Vargas",
		"Yo, Daniela Núñez Villa, declaro que los datos": "Daniela Núñez Villa,",
	}},
	{"InsuranceNumberAfterItsLabelWhateverItsPrefix", analyzed(entity.ID), only, map[string]string{
		"National Insurance No.: UN 14 11 20 D": "UN 14 11 20 D",
		"National Insurance No.: XM @1 52 40 A": "XM @1 52 40 A",
	}},
	{"NoBareInsuranceNumberOfAnUnallocatedPrefix", analyzed(entity.ID), none, map[string]string{
		"Seats GB 14 11 20 D": "",
	}},
	{"TownWhereADeclarationWasSigned", analyzed(entity.Location), only, map[string]string{
		"Luogo: Cortino":   "Cortino",
		"Lieu : Tourcoing": "Tourcoing",
	}},
	{"NoTownOfARoom", analyzed(entity.Location), none, map[string]string{
		"Ort: Besprechungsraum 2": "",
	}},
	{"NameAfterALabelAboveGoodsRows", analyzedColumns(entity.Person), only, map[string]string{
		"Prescripteur :'Dre Nathalie Bergeron\nPart assureur               18,42\nPart patient                6,14\nTotal                       24,56": "Nathalie Bergeron",
	}},
	{"PrescriptionNumberAfterTheFrenchOrdonnance", analyzed(entity.ID), only, map[string]string{
		"No d'ordonnance : 4417288": "4417288",
	}},
	{"NoTownOfALabelAfterANumber", analyzed(entity.Address), none, map[string]string{
		"No.d'ordonnance : 4417288 Date : 2024-11-19": "",
	}},
	{"LegalFormGluedToAFirmsNameIsNoInitials", analyzed(entity.Person), none, map[string]string{
		"Transportes del Sur-S.R.L. CUIT 30-71234567-8": "",
	}},
	{"NoSurnameGivenOfAStreetAfterItsType", analyzed(entity.Person), none, map[string]string{
		"JLN JEJAKA, TAMAN MALURI, CHERAS": "",
	}},
	{"SurnameGivenAfterADoctorsTitle", analyzed(entity.Person), only, map[string]string{
		"Attending physician: Dr O'Connell, Willis": "O'Connell, Willis",
	}},
	{"NoFirmOfLegalFormsAlone", analyzed(entity.Organization), none, map[string]string{
		"AEON CO. (M) BHD\n(126926-H)": "",
	}},
	{"FirmWithItsBracketedCountryCode", analyzed(entity.Organization), only, map[string]string{
		"Lim Hardware Co. (M) Sdn Bhd": "Lim Hardware Co. (M) Sdn Bhd",
	}},
	{"NameBeforeTheNextFieldsLabel", analyzed(entity.Person), only, map[string]string{
		"Re: Megan O'Sullivan-Park DOB: 1991-07-22": "Megan O'Sullivan-Park",
	}},
	{"NoNameOfACourtAndItsCounty", analyzed(entity.Person), none, map[string]string{
		"COURT OR JURISDICTION __245th Judicial District Court Travis County, Tx": "",
	}},
	{"BoxEdgeEndsALabelThatOpensWithALabelWord", analyzed(entity.Person), only, map[string]string{
		"Name, Vorname des Versicherten] Schmidtke, Annegret": "Schmidtke, Annegret",
	}},
	{"HealthNumberAfterABracketedQualifier", analyzed(entity.ID), only, map[string]string{
		"PHN (MSP): 9876 543 210": "9876 543 210",
	}},
	{"NoIPOfALabelsDoubledColon", analyzed(entity.IP), none, map[string]string{
		"PHN (MSP)::9876 543 210": "",
	}},
	{"PortugueseDoctorsRegisterNumber", analyzed(entity.ID), only, map[string]string{
		"N.º da Ordem dos Médicos: 48213": "48213",
		"N.° da Ordem dos Médicos: 48213": "48213",
	}},
	{"NoIDAfterAnOrdinaryOrdem", analyzed(entity.ID), none, map[string]string{
		"Em ordem de chegada: 12345": "",
	}},
	{"SpaceReadAsADotInAPhoneNumber", analyzed(entity.Phone), only, map[string]string{
		"Residential address: 23 Jacaranda Street, Pretoria, 0081\nContact number: 073 551.2048": "073 551.2048",
	}},
	{"NoPhoneOfAmountsSideBySide", analyzed(entity.Phone), none, map[string]string{
		"Milk 2 19.85 138.95": "",
	}},
	{"CzechAndSlovakNameLabels", analyzed(entity.Person), only, map[string]string{
		"Meno a priezvisko: Martina Kováčová": "Martina Kováčová",
		"Jméno a příjmení: Jana Dvořáková":    "Jana Dvořáková",
	}},
	{"SlovakPlaceOfBirth", analyzed(entity.Location), only, map[string]string{
		"Dátum narodenia: 07.04.2009   Miesto narodenia: Humenné": "Humenné",
	}},
	{"NoTownOfAMetersReadingRow", analyzed(entity.Address), none, map[string]string{
		"Meter Number: 3K180442\nPrevious Reading    48215\nPresent Reading     48609": "",
	}},
	{"TownThatIsAWordBeforeItsPostcode", analyzed(entity.Address), only, map[string]string{
		"Oxford Road\nReading RG1 1AA": "Reading RG1 1AA",
	}},
	{"SloveneAndCroatianNameLabels", analyzed(entity.Person), only, map[string]string{
		"Ime in priimek: Nejc Podgoršek": "Nejc Podgoršek",
		"Ime i prezime: Ivana Horvat":    "Ivana Horvat",
	}},
	{"RomanianStreetTypeThatIsAlsoATitle", analyzed(entity.Address), only, map[string]string{
		"S.C. MEGA IMAGE S.R.L.\nCUI: RO6719278\nStr. Dorobanților nr. 18, Sector 1, București": "Str. Dorobanților nr. 18, Sector 1, București",
	}},
	{"ClientLabelsAPerson", analyzed(entity.Person), only, map[string]string{
		"Client: Mihai-Andrei Popescu\nCard fidelitate: 4471 0093 2281": "Mihai-Andrei Popescu",
	}},
	{"NoClientLabelInASentence", analyzed(entity.Person), none, map[string]string{
		"The client agreed to pay in full.": "",
	}},
	{"NoSurnameGivenOfAStreetTypeAfterItsName", analyzed(entity.Person), none, map[string]string{
		"SHOPRITE LEKKI\nLekki-Epe Expressway, Lekki Phase 1, Lagos": "",
	}},
	{"SpeckColonInsideAStreetsName", analyzed(entity.Address), only, map[string]string{
		"The Harbor View Hotel\n455 Seaport: Boulevard, Boston; MA 02210.": "455 Seaport: Boulevard, Boston; MA 02210.",
	}},
	{"ItalianStreetWithAnArticledPreposition", analyzed(entity.Address), among, map[string]string{
		"Residente in: Via dei Volsci 44, 00185 Roma": "Via dei Volsci 44,",
	}},
	{"PlaceOfBirthAfterABirthWord", analyzed(entity.Location), only, map[string]string{
		"Nata il: 23/07/1941 a Frosinone":     "Frosinone",
		"Geboren am 02.03.1949 in Münster":    "Münster",
		"Mrs Kamau, born in Thika, presented": "Thika,",
	}},
	{"NoPlaceOfBirthOfAMonthOrAWeek", analyzed(entity.Location), none, map[string]string{
		"She was born in January 1950.":  "",
		"The baby was born at 38 weeks.": "",
	}},
	{"BirthNameAfterABirthWord", analyzed(entity.Person), among, map[string]string{
		"Anna Berger, geb. Müller":       "Müller",
		"Mrs Jane Porter, née Whitcombe": "Whitcombe",
	}},
	{"NoBirthNameOfADateOrAPlace", analyzed(entity.Person), none, map[string]string{
		"Née à Lyon le 3 mai 1950": "",
		"born January 1950":        "",
	}},
	{"PaymentReferenceAfterMobileMoney", analyzed(entity.ID), only, map[string]string{
		"Paid: MTN Mobile Money Ref 88231907": "88231907",
	}},
	{"NoIDAfterAVetoedReference", analyzed(entity.ID), none, map[string]string{
		"VAT Ref: 123456789": "",
	}},
	{"NoPhoneAfterAVATRegistrationNumber", analyzed(entity.Phone), none, map[string]string{
		"VAT Registration No. 4123456789": "",
	}},
	{"NumbersWrittenAsALabelledPhone", analyzed(entity.Phone), among, map[string]string{
		"M-PESA STATEMENT\nMobile Number: 0722 418 306\nCustomer Transfer to - 0711 902 447 PETER OTIENO": "0711 902 447",
	}},
	{"NoPhoneInsideAnotherNumberWrittenAsOne", analyzed(entity.Phone), none, map[string]string{
		"N° de sécurité sociale : 2 34 08 01 872 308 62": "",
	}},
	{"NumberAfterABracketedAcronymLabel", analyzed(entity.ID), only, map[string]string{
		"Point de livraison (PDL) : 14 2874 5541 0093": "14 2874 5541 0093",
	}},
	{"NoIDAfterABracketedCurrency", analyzed(entity.ID), none, map[string]string{
		"Montant (EUR) : 1 234 567": "",
	}},
	{"VietnameseDoctorLabel", analyzed(entity.Person), only, map[string]string{
		"Bac si dieu tri: Tran Van Minh": "Tran Van Minh",
	}},
	{"VietnameseDegreeTitleStaysOutOfTheName", analyzed(entity.Person), only, map[string]string{
		"Bác sĩ điều trị: ThS.BS Trần Văn Minh": "Trần Văn Minh",
	}},
	{"BrazilianRGWithItsStatesCode", analyzed(entity.ID), only, map[string]string{
		"RG: MG-14.882.301": "MG-14.882.301",
	}},
	{"BoxEdgeGluedToAnAcronymLabel", analyzed(entity.ID), among, map[string]string{
		"CPF{ 418.227.936-05 RG} MG-14.882.301": "MG-14.882.301",
	}},
	{"EdgeReadForAnIBANsLetter", analyzed(entity.IBAN), only, map[string]string{
		"IBAN\nGB30 PMO} 3813 7545 6824 67": "GB30 PMO} 3813 7545 6824 67",
	}},
	{"BoxEdgeReadAsJAfterALabel", analyzed(entity.Person), only, map[string]string{
		"Father's Namej Rohit Malhotra": "Rohit Malhotra",
	}},
	{"NoIDOfATitlesYear", analyzed(entity.ID), none, map[string]string{
		"Form W-4 Employee's Withholding Certificate 2024": "",
	}},
	{"IDOfAYearShapeAfterAMarker", analyzed(entity.ID), only, map[string]string{
		"Member No. 2024": "2024",
	}},
	{"BoxEdgeAfterANumbersMarker", analyzed(entity.ID), only, map[string]string{
		"Aadhaar No.} 5821 4490 3172": "5821 4490 3172",
	}},
	{"CardNumberAfterACapitalisedQualifier", analyzed(entity.ID), among, map[string]string{
		"Karta Melous: 5012 4410 9938":  "5012 4410 9938",
		"Karta Melous: .5012 4410 9938": ".5012 4410 9938",
	}},
	{"NoIDOfAnAmountAfterACapitalisedQualifier", analyzed(entity.ID), none, map[string]string{
		"Card Balance: 1 234,50": "",
	}},
	{"OneWordLabelReadWithACapitalInside", analyzed(entity.Person), only, map[string]string{
		"KasSamedewerker: Sanne de Groot": "Sanne de Groot",
	}},
	{"LoyaltyCardNumbersOfOtherLanguages", analyzed(entity.ID), only, map[string]string{
		"Bonuskaart: 2620 0418 7723 05": "2620 0418 7723 05",
		"Kundenkarte: 9276 0013 4481":   "9276 0013 4481",
	}},
	{"NoNameOfAnIDLabelJoinedByAHyphen", analyzed(entity.Person), none, map[string]string{
		"Thai ID-No. 1-1037-00234-56-1, HN 24-118803, was examined": "",
	}},
	{"FamilyNameWithItsParticleBeforeTheGivenNames", analyzed(entity.Person), only, map[string]string{
		"Name of Member: DELA CRUZ, JUAN PASCUAL": "DELA CRUZ, JUAN PASCUAL",
		"Member: Delos Santos, Maria Theresa":     "Delos Santos, Maria Theresa",
	}},
	{"PageCountryOfAPersonalNumbersLabel", firstCountries, first, map[string]string{
		"Imie i nazwisko: Krzysztof Wisniewski\nPESEL: 67031204518": "PL",
		"Name: Muhammad Usman\nCNIC No: 35202-4418273-1":            "PK",
	}},
	{"NoCountryOfAnAcronymOtherFieldsPrint", firstCountries, none, map[string]string{
		"RFC 880029": "",
	}},
	{"NoNameAcrossPricedRows", analyzed(entity.Person), none, map[string]string{
		"Výměna jističe a rozvaděče 8 450,00 Kč\nCelkem k úhradě 10 224,50 Kč": "",
	}},
	{"IBANWithAZeroOfItsCheckDigitsReadAsALetter", analyzed(entity.IBAN), only, map[string]string{
		"IBAN: ESQ6 8844 0233 6981 3152 7875": "ESQ6 8844 0233 6981 3152 7875",
	}},
	{"StreetNamedAfterADate", analyzed(entity.Address), among, map[string]string{
		"Av. 18 de Julio 1357, Of. 602, 11100 Montevideo":          "Av. 18 de Julio 1357, Of. 602,",
		"Av, 18 de Julio 1357, Of. 602, 11100 Montevideo":          "Av, 18 de Julio 1357, Of. 602,",
		"Calle 5 de Mayo 221, Col. Centro, 06000 Ciudad de México": "Calle 5 de Mayo 221, Col. Centro, 06000 Ciudad de México",
		"Via XX Settembre 12, 00187 Roma":                          "Via XX Settembre 12,",
	}},
	{"AddresseeOpensAnAddressField", analyzed(entity.Person), only, map[string]string{
		"Rechnungsadresse:\nFrau Hannelore Müller\nKaiserstraße 18\n83026 Rosenheim": "Hannelore Müller",
		"Billing address:\nMr John Pichlmayr\n12 High Street\nLondon SW1A 1AA":       "John Pichlmayr",
	}},
	{"FlatAndHouseNumberBeforeAnUntypedStreet", analyzed(entity.Address), among, map[string]string{
		"Flat 25, 135 Mossie Comer, New Gerholdwell": "Flat 25, 135 Mossie Comer,",
		"Unit 4, 22 Kelvin Close":                    "Unit 4, 22 Kelvin Close",
	}},
	{"NoStreetOfAUnitAndACount", analyzed(entity.Address), none, map[string]string{
		"Suite 200, 5 Year Plan was approved": "",
	}},
	{"InternationalPhoneWithADotReadForASpace", analyzed(entity.Phone), only, map[string]string{
		"contacter Jean Rousseau au\n+33 5 74.92 72 85.": "+33 5 74.92 72 85.",
	}},
	{"NoPhoneOfAmountsAfterAPlus", analyzed(entity.Phone), none, map[string]string{
		"+12 7 19.85 138.95": "",
	}},
	{"CapitalIOfANameReadAsL", analyzed(entity.Person), only, map[string]string{
		"The patient has a history of atrial fibrillation and was referred by Dr Mukesh lyer.": "Mukesh lyer.",
		"questions may be directed to A. lyengar on 022 0047 2949.":                            "A. lyengar",
	}},
	{"PostcodeAfterItsCountrysLetters", analyzed(entity.Address), among, map[string]string{
		"4, rue des Prés, L-7243 Bereldange": "L-7243 Bereldange",
		"Hauptstrasse 5, CH-8001 Zürich":     "CH-8001 Zürich",
		"Gedimino pr. 9, LT-01103 Vilnius":   "LT-01103 Vilnius",
	}},
	{"NoLanguageOfCurrencyCodes", firstCountries, only, map[string]string{
		"PAYSLIP - NOVEMBER 2024\nBank: Equity Bank, A/C 0180294117752\nBasic Salary KES 85,000.00\nHouse Allowance KES 15,000.00\nPAYE -KES 21,342.50\nNET PAY KES 72,907.50": "KE",
	}},
	{"NoCountryOfARecordNumberBeforeALabelsPhrase", firstCountries, none, map[string]string{
		"Patient: Whitaker, Colleen J. MRN: 4471902 Date of surgery: 11/12/2024": "",
	}},
	{"NameBeforeASpeckColonAndABracket", analyzed(entity.Person), among, map[string]string{
		"Re: Mateo Alvarez-Quintero: (DOB 07/14/2016)": "Mateo Alvarez-Quintero:",
	}},
	{"NoNameOfTheNextLabelsQualifier", analyzed(entity.Person), only, map[string]string{
		"PATIENT: HERNANDEZ-BLAKE, ROSALIND M SPECIMEN ID: WX418832K": "HERNANDEZ-BLAKE, ROSALIND M",
		"Patient: John Smith Specimen ID: WX418832K":                  "John Smith",
		"Patient: John Smith ID: WX418832K":                           "John Smith",
	}},
	{"NoValueOfTheNextLabelBelow", analyzed(entity.Person), none, map[string]string{
		"Sold to:\nSenior Citizen ID: 2019-CEB-004417": "",
	}},
	{"NameBeforeASpeckColonThatEndsTheLine", analyzed(entity.Person), only, map[string]string{
		"Date: 11/30/2024\nSold to: Maria Cristina B. Villanueva:\nSenior Citizen ID: 2019-CEB-004417": "Maria Cristina B. Villanueva:",
	}},
	{"NoNameOfAStreetTypedFirst", analyzed(entity.Person), none, map[string]string{
		"No. 18, Jalan Kenari-5, Bandar Puchong Jaya,": "",
	}},
	{"NoNameOfANamesEndAndTheNextColumn", analyzed(entity.Person), only, map[string]string{
		"Marcus T. Ellingsworth Ellingsworth, Dental Group": "Marcus T. Ellingsworth",
	}},
	{"NameBeforeASpeckColonAndAnAmount", analyzed(entity.Person), only, map[string]string{
		"Date Description Withdrawals Deposits Balance\nOct 05 Interac e-Transfer to Luc Bergeron: 250.00 3,852.88": "Luc Bergeron:",
	}},
	{"RowDateWithAZeroReadAsAt", analyzed(entity.Person), only, map[string]string{
		"Date Description Withdrawals Deposits Balance\nOct @5 Interac e-Transfer to Luc Bergeron 250.00 3,852.88": "Luc Bergeron",
	}},
	{"NoNameOfATownAndItsProvincesCode", analyzed(entity.Person), none, map[string]string{
		"Mailing address: 1207 rue Saint-Denis, app. 4, Montréal QC H2x 336": "",
	}},
	{"AddressLabelsValueWithLowerCaseStreetAndUnitWords", analyzed(entity.Address), only, map[string]string{
		"Mailing address: 1207 rue Saint-Denis, app. 4, Montréal QC H2x 336": "1207 rue Saint-Denis, app. 4, Montréal QC H2x 336",
	}},
	{"PostcodeWithAPeriodForItsSpacePlacesThePage", firstCountries, first, map[string]string{
		"Address: 14 Beechwood Avenue, Leeds LS8.2QH": "GB",
	}},
	{"RegistrationWithItsLetterGroup", analyzed(entity.ID), only, map[string]string{
		"Vehicle registration: YJ19 KXP": "YJ19 KXP",
	}},
	{"NoNameWordOfTheNextColumnsRelationship", analyzed(entity.Person), only, map[string]string{
		"Emergency Contact. Relationship Phone\nTomas Reyes Father (512) 555-0107": "Tomas Reyes",
	}},
	{"PlateInGroupsAfterItsWord", analyzed(entity.ID), only, map[string]string{
		"that her vehicle, a gray 2019 Honda CR-V, plate IL DK 48219, was broken": "IL DK 48219,",
		"registration YJ19 KXP on the":                                            "YJ19 KXP",
	}},
	{"NoPlateOfAPlatesCount", analyzed(entity.ID), none, map[string]string{
		"plate 12 of 40": "",
	}},
	{"NoNameOfAnAirportAfterItsCity", analyzed(entity.Person), none, map[string]string{
		"Flight From To\nBA 75 London Heathrow . Lagos Murtala\nBA 74 Lagos Murtala London Heathrow": "",
	}},
	{"NamesThatOpenWithACitysName", analyzed(entity.Person), only, map[string]string{
		"Guest: Paris Hilton": "Paris Hilton",
		"Mr Sydney Smith":     "Sydney Smith",
	}},
	{"TravelAndShippingNumbers", analyzed(entity.ID), only, map[string]string{
		"Booking Reference: K7QZ4M":   "K7QZ4M",
		"PNR: KQZMRT":                 "KQZMRT",
		"Frequent Flyer: BA 88412907": "88412907",
		"Waybill No: 4471 2290 318":   "4471 2290 318",
	}},
	{"NoBookingCodeOfAWord", analyzed(entity.ID), none, map[string]string{
		"Booking reference: TOTAL": "",
	}},
	{"DistrictWithACompassPointBeforeItsTown", analyzed(entity.Address), only, map[string]string{
		"Andheri West, Mumbai 400058": "Andheri West, Mumbai 400058",
	}},
	{"FlatAndBuildingOverTheTownLine", analyzed(entity.Address), only, map[string]string{
		"Rahul Mehta\nB-302, Sai Krupa Apartments\nAndheri West, Mumbai 400058": "B-302, Sai Krupa Apartments\nAndheri West, Mumbai 400058",
	}},
	{"PageCountryOfAnItalianTaxCode", firstCountries, first, map[string]string{
		"Paziente: GIANNELLI ROSSELLA nata il 09/12/1968\nCod. Fiscale: GNNRSL68T49D612K": "IT",
	}},
	{"ItalianHealthCardNumber", analyzed(entity.ID), only, map[string]string{
		"Tessera sanitaria: 80380001200458871234": "80380001200458871234",
	}},
	{"RelativesSurnameAfterItsParticles", analyzed(entity.Person), only, map[string]string{
		"Haar dochter Sandra van der Heijden was bij het ontslaggesprek aanwezig.": "Sandra van der Heijden",
		"his son Pedro de la Cruz visited":                                         "Pedro de la Cruz",
	}},
	{"TownAndItsRegionsCodeInProse", analyzed(entity.Location), only, map[string]string{
		"man from Garden Grove, CA who lives with his daughter": "Garden Grove, CA",
	}},
	{"AgeWithTheSexGluedOn", analyzed(entity.Age), only, map[string]string{
		"A/P: 67F with well-controlled HTN.":  "67F",
		"HPI: 45M presenting with chest pain": "45M",
	}},
	{"NoAgeOfATemperature", analyzed(entity.Age), none, map[string]string{
		"Temp 98F with chills": "",
	}},
	{"NoStreetTypedLastInALanguageThatTypesFirst", analyzed(entity.Phone), among, map[string]string{
		"Indirizzo: Incrocio Eutalia, 12 CAP: 38150 Carfizzi FM\nCellulare: +39 330 8628781\nMatricola: E48519 Contatto di emergenza: Francesco Casale 353 426 5304": "353 426 5304",
	}},
	{"IBANWithAOneOfItsCheckDigitsReadAsAMark", analyzed(entity.IBAN), only, map[string]string{
		"IBAN DES! 1463 4373 9887 3527 65": "DES! 1463 4373 9887 3527 65",
	}},
	{"AccountInGroupsOfFourWithNoLabel", analyzed(entity.ID), only, map[string]string{
		"Rachunek do wypłat: 12 1020 5558 1111 1234 5678 9012": "12 1020 5558 1111 1234 5678 9012",
	}},
	{"NoAccountOfAnIBANsTailWhoseHeadOCRMisread", analyzed(entity.ID), none, map[string]string{
		"1BAN\n1T87 NO14 6364 2953 8379 8239 556": "",
	}},
	{"NoAccountOfARowOfYears", analyzed(entity.ID), none, map[string]string{
		"Year 2023 2024 2025 2026": "",
	}},
	{"IdentityCardSeriesAfterTheLabel", analyzed(entity.ID), only, map[string]string{
		"Nr dowodu osobistego: ABC 123456": "ABC 123456",
		"Patient MRN 1234567":              "1234567",
	}},
	{"EircodeClosingTheAddressAfterAComma", analyzed(entity.Address), inside, map[string]string{
		"Property: 14 Griffith Avenue, Drumcondra, Dublin 9, D09 X2Y4\nTenant phone: 087 234 5678": "D09 X2Y4",
	}},
	{"HouseNumberMarkerInTheLabelledAddress", analyzed(entity.Address), only, map[string]string{
		"Adres: Bağdat Caddesi No: 215, Kadıköy / İstanbul\nTel: 0532 417 88 21": "Bağdat Caddesi No: 215, Kadıköy / İstanbul",
	}},
	{"PostcodeLabelWithItsPeriod", analyzed(entity.Person), none, map[string]string{
		"Domicilio: Av. Insurgentes Sur 1602, Col. Crédito Constructor\nBenito Juárez, CDMX, C.P. 03940\nTel. 55 5661 2345": "",
	}},
	{"NoFirmAcrossADashIntoAHeading", analyzed(entity.Organization), only, map[string]string{
		"Ospedale Niguarda - Lettera di dimissione\nPaziente: Giuseppe Russo": "Ospedale Niguarda",
	}},
	{"NameEndsBeforeTheNextFieldsAbbreviatedLabel", analyzedColumns(entity.Person), only, map[string]string{
		"Ansatt: Ingrid Solberg    Fedselsnr.: 15038812345\nAdresse: Thereses gate 22B, 0168 Oslo": "Ingrid Solberg",
	}},
	{"NoNameOfALabelsHeadBeforeItsMarker", analyzedColumns(entity.Person), only, map[string]string{
		"Apollo Clinic, Salt Lake\nDr. Sunita Banerjee, MBBS, MD   Reg. No. WBMC 61234": "Sunita Banerjee,",
	}},
	{"NameEndsAtAnIDsAcronymAfterItsComma", analyzed(entity.Person), only, map[string]string{
		"Recibí de José Luis Hernández Ortega, CURP HEOJ850312HDFRRS09,\nla cantidad de $ 8,500.00": "José Luis Hernández Ortega,",
	}},
	{"MalteseAddressWithItsLetterLedPostcode", analyzed(entity.Address), only, map[string]string{
		"Malta Water Services\n27, Triq il-Kbira, Mosta MST 1012": "27, Triq il-Kbira, Mosta MST 1012",
	}},
	{"IcelandicNameEndsAtItsKennitalasLabel", analyzed(entity.ID), only, map[string]string{
		"Viðskiptavinur: Guðrún Sigurðardóttir, kt. 120389-2619\nHeimilisfang: Laugavegur 45, 101 Reykjavík": "120389-2619",
	}},
	{"ReceiptsPayerAfterItsPhrase", analyzed(entity.Person), only, map[string]string{
		"MONEY RECEIPT No. 4471\nReceived with thanks from Rafiqul Islam\nHouse 23, Road 11, Dhanmondi, Dhaka 1209": "Rafiqul Islam",
	}},
	{"MuhammadsAbbreviationStaysOutOfTheName", analyzed(entity.Person), only, map[string]string{
		"MONEY RECEIPT No. 4471\nReceived with thanks from Md. Rafiqul Islam\nHouse 23, Road 11, Dhanmondi, Dhaka 1209": "Rafiqul Islam",
		"Pelanggan: Mohd. Faizal bin Ahmad": "Faizal bin Ahmad",
	}},
	{"PhoneGroupedByItsPlanAfterALabelNoListHolds", analyzed(entity.Phone), only, map[string]string{
		"Khach hang: Tht CCCD: 079185001234\nDilla ch: 12 Nguyin Phiing Bln Nghé, Quin 1, TP. Hl Chi Minh\nDilln tholi: 0903 456 789": "0903 456 789",
	}},
	{"NoPhoneAfterAnIDsLabel", analyzed(entity.Phone), none, map[string]string{
		"Serial: 0412 345 678":      "",
		"Invoice No.: 0123 456 789": "",
	}},
	{"NoNameRunAcrossATablesColumnGap", analyzedColumns(entity.Person), among, map[string]string{
		"Student              Reading group\nOlivia Nguyen        Blue\nJack Thompson        Green": "Jack Thompson",
	}},
	{"NoNameOfAPricedRowsGoodsBeforeTheColumnGap", analyzedColumns(entity.Person), none, map[string]string{
		"Caesar Salad                 22.00\nEggs Benedict                24.50": "",
	}},
	{"DatelinesTownNoListHolds", analyzed(entity.Location), only, map[string]string{
		"Elia Bordoni\nBruno, 12 luglio 2021": "Bruno,",
	}},
	{"NoDatelineTownOfAWeekdayOrAnOrdinaryWord", analyzed(entity.Location), none, map[string]string{
		"Monday, 12 May 2024":    "",
		"Received, 12 May 2024":  "",
		"Sincerely, 12 May 2024": "",
	}},
	{"BookingsTravellerBeforeTheTitle", analyzed(entity.Person), only, map[string]string{
		"Passenger 1: MARTINEZ/ISABELLA MS":                                       "MARTINEZ/ISABELLA",
		"Passenger 2: O'BRIEN/PATRICK MR\nFlight SW 1842 Madrid MAD - Dublin DUB": "O'BRIEN/PATRICK",
	}},
	{"NoPostcodeOfAnotherCountryBeforeATownOfThePages", analyzed(entity.Address), none, map[string]string{
		"Passenger 1: MARTINEZ/ISABELLA MS\nFlight SW 1842   Madrid MAD - Dublin DUB\nContact: isabella.martinez@gmail.com  +34 612 345 678": "",
	}},
	{"NoIDOfAnAmountAfterAnIDsWord", analyzedColumns(entity.ID), only, map[string]string{
		"Numéro fiscal : 30 23 456 789 012\nRevenu fiscal de référence : 38 412 €\nImpôt sur le revenu net : 2 184 €": "30 23 456 789 012",
	}},
	{"NoFirmOfAHeadingsNumberedWard", analyzed(entity.Organization), none, map[string]string{
		"Weekend Rota - Ward 7B\nStaff   Saturday   Sunday": "",
	}},
	{"BleepsWholeNumberAndOneWrittenLikeIt", analyzed(entity.Phone), only, map[string]string{
		"Nurse in charge: Hannah Okafor, bleep 0161 496 0732\nOn-call: Liam Castellanos": "0161 496 0732",
	}},
	{"NumberWrittenLikeABleepsWholeNumber", analyzed(entity.Phone), among, map[string]string{
		"Nurse in charge: bleep 0161 496 0732\nOn-call manager: 0161 496 0918": "0161 496 0918",
	}},
	{"NoPlaceOfALabelsQualifier", func(t *testing.T, text string) []string {
		return append(analyzed(entity.Person)(t, text), analyzed(entity.Location)(t, text)...)
	}, only, map[string]string{
		"Name: Chan Tai Man\nAddress in Hong Kong: Flat 8C, 23 Nathan Road, Tsim Sha Tsui": "Chan Tai Man",
	}},
	{"ReferenceInDottedSegmentsAfterItsLabel", analyzed(entity.ID), only, map[string]string{
		"Aanslagnummer: 1234.56.789.H.65.0001": "1234.56.789.H.65.0001",
	}},
	{"NoNameOfAProductBeforeItsDose", analyzed(entity.Person), only, map[string]string{
		"Vásárló: Kovács Eszter\nBéres Csepp 30 ml             2 450": "Kovács Eszter",
	}},
	{"NoNameOfATimesUnit", analyzed(entity.Person), none, map[string]string{
		"Termin: 14.01.2027, 10:30 Uhr, Saal 112": "",
	}},
	{"CourtFileNumberAfterItsLabel", analyzed(entity.ID), only, map[string]string{
		"Aktenzeichen: 12 C 345/26": "12 C 345/26",
	}},
	{"SpanishClinicalRecordNumber", analyzed(entity.ID), only, map[string]string{
		"N.º historia clínica: 2804567123": "2804567123",
		"N.° historia clinica: 2804567123": "2804567123", // a degree sign for the ordinal, as OCR reads it
	}},
	{"NoCardOfATaxNumber", analyzed(entity.CreditCard), none, map[string]string{
		"VAT No: 300012345600003": "",
	}},
	{"LabelWordWithOCRsAccentOpensNoName", analyzed(entity.Person), only, map[string]string{
		"Patiént Pieter Claes\nRijksregisternummer: 85.07.30-123.45": "Pieter Claes",
	}},
	{"LabelledFirmEndsAtItsLegalFormsComma", analyzed(entity.Organization), only, map[string]string{
		"Employeur: Boulangerie Marchal SARL, SIRET 512 345 678 00019\nSalarié: Julien Marchand": "Boulangerie Marchal SARL,",
	}},
	{"AreaCodeOfTwoWithALetterReadForItsZero", analyzed(entity.Phone), among, map[string]string{
		"Tel. 06 52 83 66 31 Fax O1 73 25 18 92": "O1 73 25 18 92",
	}},
	{"ConjunctionReadAsAZeroAfterAPhone", analyzed(entity.Phone), only, map[string]string{
		"Calle Mayor 3, 28013 Madrid\nen el teléfono 912 922 949 0 en horario de oficina": "912 922 949",
	}},
	{"AccountLabelWithItsSlashReadAsAnL", analyzed(entity.ID), only, map[string]string{
		"Alc No.\n020872296528\nAvailable from": "020872296528",
	}},
	{"NoRecordOfAFirmsVATNumberAfterItsCountryCode", analyzed(entity.ID), none, map[string]string{
		"VAT Reg No: GB 123 4567 89": "",
	}},
	{"NoVillageOfAWordBesideATillsNumber", analyzedColumns(entity.Address), only, map[string]string{
		"WHOLE FOODS MARKET\n1765 CALIFORNIA ST SAN FRANCISCO CA\nSTORE 10245  REG 07  TRAN 4412\nBANANAS ORGANIC           1.29\nALMOND MILK 640Z          4.99": "1765 CALIFORNIA ST SAN FRANCISCO CA",
	}},
	{"NoNameWordOfTheNextLabelsFirstWord", analyzed(entity.Person), only, map[string]string{
		"Patient: Harold Vincent Okafor Visit date: 11/29/2024": "Harold Vincent Okafor",
	}},
	{"PostOfficeBoxWithTheTownAfterIt", analyzed(entity.Address), only, map[string]string{
		"Customer: Wanjiru Kamau\nP.O. Box 4521-00100, Nairobi\nTel: 0722 345 678": "P.O. Box 4521-00100, Nairobi",
		"Invoice to: Thabo Mokoena\nPrivate Bag X17, Hatfield":                     "Private Bag X17, Hatfield",
	}},
	{"NoAddressOfASectionNamedByABoxWord", analyzed(entity.Address), none, map[string]string{
		"Apartado 3 del artículo 5 de la ley": "",
	}},
	{"NoPhoneOfAPostOfficeBox", analyzed(entity.Phone), only, map[string]string{
		"Customer: Wanjiru Kamau\nID No: 28765432\nP.O. Box 4521-00100, Nairobi\nTel: 0722 345 678": "0722 345 678",
	}},
	{"StreetNumberAfterItsTypeAndAUnit", analyzed(entity.Address), among, map[string]string{
		"Bill to: Tan Wei Ming\nBlk 512 Ang Mo Kio Ave 8, #07-1234\nMobile: 9123 4567": "Blk 512 Ang Mo Kio Ave 8, #07-1234",
	}},
	{"ToLabelsOfOtherLanguagesWithTheirColon", analyzed(entity.Person), only, map[string]string{
		"FACTUUR\nAan: Sanne de Vries\nPrinsengracht 263, 1016 GV Amsterdam": "Sanne de Vries",
		"Kvitto 2291\nTill: Lars Svensson\nBelopp 450 kr":                    "Lars Svensson",
	}},
	{"NoNameAfterAToWordWithoutItsColon", analyzed(entity.Person), none, map[string]string{
		"Aan de slag met de nieuwe regels": "",
	}},
	{"NoLabelOfAQualifierBeforeAColonLabel", analyzed(entity.Address), none, map[string]string{
		"Sayin Ayse Yilmaz\nCep Tel: 0532 412 87 65\nMal Hizmet Miktar Tutar": "",
	}},
	{"NoFirmOfADepartmentNamedByAMedicalField", analyzed(entity.Organization), only, map[string]string{
		"Harrogate District Hospital\nRheumatology Outpatient Clinic\nDear Dr Pemberton,": "Harrogate District Hospital",
	}},
	{"PatientNamedOnALettersSubjectLine", analyzed(entity.Person), only, map[string]string{
		"Referral Letter 27/11/2026\nRe: Siobhan Ni Bhriain, PPSN 7654321TA": "Siobhan Ni Bhriain,",
	}},
	{"NoNameOfALettersSubject", analyzed(entity.Person), none, map[string]string{
		"Re: Outstanding Invoice 2291\nRe: Annual Leave Request": "",
	}},
	{"NameEndsAtADashBeforeAnOrdinaryWord", analyzed(entity.Person), only, map[string]string{
		"Patient: Michael Byrne - Claim 55123": "Michael Byrne",
	}},
	{"IrishPersonalPublicServiceNumber", analyzed(entity.ID), only, map[string]string{
		"Re: Siobhan Ni Bhriain, PPSN 7654321TA": "7654321TA",
		"PPS No: 1234567T":                       "1234567T",
	}},
	{"EircodeBetweenCommas", analyzed(entity.Zip), only, map[string]string{
		"Re: Siobhan Ni Bhriain\n14 Main Street, Dublin 9, D09 X2Y4, mobile 087 123 4567":                                "D09 X2Y4,",
		"I confirm that Ms Walsh of\n9 Kylemore Avenue, Ballyfermot, Dublin 10, D10 X4F2 attended this\npractice today.": "D10 X4F2",
	}},
	{"ReferenceNumberBeforeADate", analyzed(entity.ID), only, map[string]string{
		"Your reference: 4471023 2 December 2026\nRe: Council Tax Reduction": "4471023",
	}},
	{"NoLabelOfAShopNamedAfterItsStreet", analyzed(entity.Address), none, map[string]string{
		"Clicks Pharmacy Long Street\nVAT No 4010105461\nTAX INVOICE INV 0087712": "",
	}},
	{"BankBranchAndAccountLabels", analyzed(entity.ID), only, map[string]string{
		"Chloe Nguyen\nBSB/Account: 062-000 1234 5678":         "062-000 1234 5678",
		"Sort code/Account no: 20-00-00 12345678\nBalance 412": "20-00-00 12345678",
	}},
	{"CashierAfterServedBy", analyzed(entity.Person), only, map[string]string{
		"TOTAL 16.35\nYou were served by Kerry\nThank you": "Kerry",
		"TOTAL 16.35\nYour server was Chloe":               "Chloe",
	}},
	{"NoNameOfAServedByPhraseWithoutAName", analyzed(entity.Person), none, map[string]string{
		"Thank you, served by the best team": "",
	}},
	{"NoPersonOfAMerchantsBranchOnAStatementRow", analyzed(entity.Person), none, map[string]string{
		"Date Transaction details Debit Credit\n03 Nov Woolworths Parramatta 84.20\n07 Nov Salary ACME PTY LTD 3,150.00": "",
	}},
	{"FirmOfAStatementRowWithoutItsDateAndBookingText", analyzed(entity.Organization), only, map[string]string{
		"Date Transaction details Debit Credit\n03 Nov Woolworths Parramatta 84.20\n07 Nov Salary ACME PTY LTD 3,150.00": "ACME PTY LTD",
	}},
	{"PostcodeClosingAStreetLine", analyzed(entity.Address), only, map[string]string{
		"SUPERMERCADO ZONA SUL LTDA - Rio de Janeiro\nEntrega: Rua das Laranjeiras, 240, 22240-003\nTel: (21) 99876-5432": "Rua das Laranjeiras, 240, 22240-003",
	}},
	{"RelativesGivenNameThatAnotherLanguageHolds", analyzed(entity.Person), only, map[string]string{
		"Retired steelworker. His son Steven visits daily.": "Steven",
	}},
	{"HungarianBankAccountLabel", analyzed(entity.ID), only, map[string]string{
		"Vevő: Nagy Zsófia\nBankszámla: 11773016-01234567": "11773016-01234567",
	}},
	{"NoPersonOfAMedicalEponym", analyzed(entity.Person), none, map[string]string{
		"Bence Jones protein negative. Guillain Barre syndrome was excluded.": "",
	}},
	{"StreetLabelsWithOCRsBForTheSharpS", analyzed(entity.Address), among, map[string]string{
		"Vorname: Sebastian Nachname: Krüger\nStraBe: Hansaring 45 PLZ/Ort: 50670 Köln": "Hansaring 45",
		"Calle: Mayor 14\nCiudad: Zaragoza":                                             "Mayor 14",
	}},
	{"LabelledNameEndsBeforeTheNextFieldsWordAndNumber", analyzed(entity.Person), only, map[string]string{
		"Server: Marcus Table 14 Guests 3\nCheck #4417": "Marcus",
	}},
	{"NoSurnameFirstNameOfARowOfGoods", analyzed(entity.Person), none, map[string]string{
		"Fish Tacos 16.95\nIPA Draft x2 14.00\nSubtotal 42.45": "",
	}},
	{"LabelledNameWithItsSurnameReadInLowerCase", analyzed(entity.Person), only, map[string]string{
		"Cliente: Luis Angel ortega\nTel: 55 1234 5678": "Luis Angel ortega",
	}},
	{"UnnumberedStreetBeforeATown", analyzed(entity.Address), only, map[string]string{
		"Savannah Office Supplies Ltd\nMoi Avenue, Nairobi KRA PIN: P051234567Q\nINVOICE No. SOS-4471": "Moi Avenue, Nairobi",
	}},
	{"NoAddressOfAStreetNamedInASentence", analyzed(entity.Address), none, map[string]string{
		"Park Avenue, New York is busy at noon": "",
	}},
	{"QuebecHealthCardWithItsDigitsInOneGroup", analyzed(entity.ID), only, map[string]string{
		"No RAMQ: TREJ 65031215   Date de naissance: 1965-03-12": "TREJ 65031215",
	}},
	{"DottedBankAccountAfterItsLabel", analyzed(entity.ID), only, map[string]string{
		"Depositum: 43 500 kr til konto 1503.12.34567": "1503.12.34567",
	}},
	{"AddressLineOfDivisionsNamedByType", analyzed(entity.Address), only, map[string]string{
		"VinMart+\nSo 27 ngo 230 Lac Trung, P. Vinh Tuy, Q. Hai Ba Trung, Ha Noi\nHOA DON BAN HANG": "So 27 ngo 230 Lac Trung, P. Vinh Tuy, Q. Hai Ba Trung, Ha Noi",
		"Ferretería Díaz\nAv. Reforma 222, Col. Juárez, Del. Cuauhtémoc\nTel. 55 1234 5678":         "Av. Reforma 222, Col. Juárez, Del. Cuauhtémoc",
	}},
	{"NoAddressOfACitationsSections", analyzed(entity.Address), none, map[string]string{
		"See Chapter 7, Section 3, Village Green policy": "",
		"Invoice 2291, Col. 4, Sec. 2":                   "",
	}},
	{"ParticledSurnameThatIsAlsoAWord", analyzed(entity.Person), only, map[string]string{
		"Sanne de Vries wonende te Amsterdam": "Sanne de Vries",
		"contact: Pieter de Boer, verhuurder": "Pieter de Boer,",
	}},
	{"PartiesToALease", analyzed(entity.Person), only, map[string]string{
		"LEASE AGREEMENT\nLessor: Pieter van der Merwe\nMonthly rental: R 12 500": "Pieter van der Merwe",
		"MIETVERTRAG\nVermieter: Klaus Brandt\nKaltmiete: 950 EUR":                "Klaus Brandt",
	}},
	{"NameEndsAtAPhoneLabelNoDictionaryHolds", analyzed(entity.Person), only, map[string]string{
		"Kasir: Budi Santoso Telp: 0812 3456 7890": "Budi Santoso",
	}},
	{"NoPersonOfAnItemRowPricedWithItsCurrencysCode", analyzed(entity.Person), none, map[string]string{
		"Miele Waschmaschine WWD 120     899,00 EUR\nBosch Geschirrspler SMV4       649,00 EUR\nLieferung und Anschluss          79,00 EUR": "",
	}},
	{"DatelinesTownWithoutTheHeadingBeforeIt", analyzed(entity.Location), only, map[string]string{
		"ORDONNANCE   Lyon, le 2 décembre 2026\nMme Claire Dubois": "Lyon,",
	}},
	{"TitledNameInBracketsOnAPricedRow", analyzedColumns(entity.Person), among, map[string]string{
		"Consultation (Dr Lim Hui Min)     45.00\nMedication                        22.60": "Lim Hui Min)",
	}},
	{"NoPersonOfABrandInBracketsOnAPricedRow", analyzedColumns(entity.Person), none, map[string]string{
		"Mango Lassi (Mr. Big)     3.50\nMasala Chai     2.00": "",
	}},
	{"NoPersonOfTwoLargeCities", analyzed(entity.Person), only, map[string]string{
		"Régie de l'assurance maladie du Québec\nMontréal, le 2 décembre 2026\nMr. Jean-François Tremblay": "Jean-François Tremblay",
	}},
	{"NoPersonOfALabelsMethodInBrackets", analyzed(entity.Person), none, map[string]string{
		"ESR (Westergren): 28 mm/h\nDirect Coombs test: negative": "",
	}},
	{"CzechAccountWithItsBankCode", analyzed(entity.ID), only, map[string]string{
		"Celkem k Uhradé 3 872,00\nCislo 19-2000145399/0800\nVinohradska 1511/230, 100 00 Praha 10": "19-2000145399/0800",
	}},
	{"SenoresLabelAndASurnameThatIsAWordBeforeTheNextLabel", analyzedColumns(entity.Person), only, map[string]string{
		"Señor(es): Martín Alejandro Sosa   CUIT/CUIL: 20-31456789-3":  "Martín Alejandro Sosa",
		"Sefior(es): Martin Alejandro Sosa   CUIT/CUIL: 20-31456789-3": "Martin Alejandro Sosa",
	}},
	{"NextLabelWithItsColonReadApart", analyzedColumns(entity.Person), first, map[string]string{
		"Nom : Girard   Prénom : Thomas\nNé le : 03/11/1987 à Albi": "Girard",
	}},
	{"NameEndsBeforeARelativesLabel", analyzedColumns(entity.Person), only, map[string]string{
		"Mother's name: Priya Sharma   Father's occupation: Engineer": "Priya Sharma",
	}},
	{"NameBeforeTheNextKeywordLabelWithoutAGap", analyzed(entity.Person), only, map[string]string{
		"Name of student: Aarav Sharma Date of birth: 15/08/2016": "Aarav Sharma",
	}},
	{"NoPersonBeforeAYearRange", analyzed(entity.Person), none, map[string]string{
		"BULLETIN D'ADHESION 2026-2027\nCotisation annuelle : 320 €": "",
	}},
	{"UnnumberedStreetAndAFlatBeforeATown", analyzed(entity.Address), only, map[string]string{
		"Attn: Grace Wanjiku\nKilimani Road, Apt 5B, Nairobi\nKRA PIN: P051234567Z": "Kilimani Road, Apt 5B, Nairobi",
	}},
	{"NoAddressOfASentencesNumberAndAnEponym", analyzed(entity.Address), none, map[string]string{
		"Exam: Glasgow Coma Scale 15. Romberg negative. Mild rigidity on the left.": "",
	}},
	{"NameWithAParticleBeforeTheNextLabel", analyzed(entity.Person), only, map[string]string{
		"Employee: Muhammad Farhan bin Ismail NRIC: S9012345A\nMobile: 8765 4321": "Muhammad Farhan bin Ismail",
	}},
	{"NoPostcodeOfACardsMaskedDigitsReadAsNoise", analyzed(entity.Zip), none, map[string]string{
		"Tarjeta RR ORE Q@111\nCajero: Patricio": "",
	}},
	{"NoNANPPhoneOfBareDigitsOnAnotherCountrysPage", analyzed(entity.Phone), only, map[string]string{
		"Tel. 908 855 381\nCIF €S125625835": "908 855 381",
	}},
	{"NameEndsBeforeANumberMarkerThatOpensTheNextLabel", analyzed(entity.Person), only, map[string]string{
		"Utente: Manuel Sousa Pereira N.° Utente SNS: 123456789": "Manuel Sousa Pereira",
	}},
	{"RentersNameAndPersonalCode", analyzedColumns(entity.Person), only, map[string]string{
		"Renter: Kristjan Tamm   Personal code: 38503150234": "Kristjan Tamm",
	}},
	{"PersonalCodeLabel", analyzedColumns(entity.ID), only, map[string]string{
		"Renter: Kristjan Tamm   Personal code: 38503150234": "38503150234",
	}},
	{"NoPersonOfACityAfterFromOrTo", analyzed(entity.Person), only, map[string]string{
		"Passenger: MUHAMMAD ALI KHAN\nFrom: LAHORE (LHE)\nTo: KARACHI (KHI)": "MUHAMMAD ALI KHAN",
	}},
	{"GivenNameParticlesAndSurname", analyzed(entity.Person), only, map[string]string{
		"entered into between\nPieter van der Merwe (the Landlord)\nand":                    "Pieter van der Merwe",
		"Please call Pedro de Almeida for details.":                                         "Pedro de Almeida",
		"Hospital San Juan de Dios\nAv. Pedro de Valdivia 1234\nNurse on duty: Maria Lopez": "Maria Lopez",
	}},
	{"PremisesLabel", analyzed(entity.Address), only, map[string]string{
		"Premises: Moi Avenue 14, Nyeri\nPhone: 0722 418 903": "Moi Avenue 14, Nyeri",
	}},
	{"TownLineUnderAnAddress", analyzed(entity.Address), among, map[string]string{
		"Cliente: Camila Rojas\nDirección: Av. Providencia 1208, depto 45\nProvidencia, Santiago\nFono: +56 9 8765 4321": "Providencia, Santiago",
		"Domiciliu: Str. Lalelelor nr. 8, bl. C4, sc. 2, ap. 31\nSector 3, Bucuresti\nAmenda: 500 lei":                   "Sector 3, Bucuresti",
	}},
	{"NoTownLineOfOtherWords", analyzed(entity.Address), only, map[string]string{
		"Address: 14 Kilimani Road\nInvoice Summary\nPhone: 0722 418 903": "14 Kilimani Road",
	}},
	{"PlateWordsOfMoreLanguages", analyzed(entity.ID), only, map[string]string{
		"Autovehicul Dacia Logan, nr. înmatriculare B 123 XYZ": "B 123 XYZ",
		"Plaka: 34 ABC 123": "34 ABC 123",
	}},
	{"NationalIDWithoutLabel", analyzed(entity.ID), only, map[string]string{
		"Härmed intygas att\nErik Lindqvist, 19850412-1230\när anställd hos oss.": "19850412-1230",
		"Paciente Juan Perez 12345678Z":                                           "12345678Z",
		"Landlord: Sunita Deshpande\nPAN of landlord: ABCPD1234E":                 "ABCPD1234E",
	}},
	{"MeetingAttendanceLabels", analyzed(entity.Person), among, map[string]string{
		"Present: Hemi Walker\nApologies: Rawiri Tane\nMeeting closed.": "Rawiri Tane",
		"Present: Hemi Walker\nApologies: none\nMeeting closed.":        "Hemi Walker",
	}},
	{"RoleInBracketsInAListOfNames", analyzed(entity.Person), among, map[string]string{
		"Present: Aroha Ngata (Chair), Hemi Walker\nApologies: none\nMeeting closed.":  "Hemi Walker",
		"Present: Aroha Ngata (Chair), Hemi Walker\nApologies: none\nMeeting closed. ": "Aroha Ngata",
	}},
	{"PhoneAfterATextMessageCue", analyzed(entity.Phone), only, map[string]string{
		"Cardiff CF14 1TU\nIf you have questions call us or text 07700 900123 quoting your reference.": "07700 900123",
	}},
	{"NameInASentenceThatEndsInAnAmount", analyzed(entity.Person), only, map[string]string{
		"Received with thanks from Rohan Mehta a sum of Rs. 25,000": "Rohan Mehta",
	}},
	{"PhonesUnderAContactColumn", analyzedColumns(entity.Phone), among, map[string]string{
		"Name              Early   Late   Night   Contact\nPriya Chandran    Mon     Tue    -       07412 553 901\nTom Haddock       -       Mon    Wed     07983 114 276\nDeclan Murphy     Fri     Sat    -       ext 219": "07983 114 276",
	}},
	{"NoNameOfARotasDays", analyzedColumns(entity.Person), among, map[string]string{
		"Name              Early   Late   Night   Contact\nPriya Chandran    Mon     Tue    -       07412 553 901\nTom Haddock       -       Mon    Wed     07983 114 276\nDeclan Murphy     Fri     Sat    -       ext 219":  "Priya Chandran",
		"Name              Early   Late   Night   Contact\nPriya Chandran    Mon     Tue    -       07412 553 901\nTom Haddock       -       Mon    Wed     07983 114 276\nDeclan Murphy     Fri     Sat    -       ext 219 ": "Declan Murphy",
	}},
	{"GaelicParticleInAName", analyzed(entity.Person), only, map[string]string{
		"I give permission for my child Saoirse Ni Bhriain\nto attend the school tour.": "Saoirse Ni Bhriain",
	}},
	{"NoPersonOfACitysPlace", analyzed(entity.Person), none, map[string]string{
		"PERMISSION SLIP - School tour to Dublin Zoo\nPlease sign below.": "",
	}},
	{"ChildLabel", analyzed(entity.Person), only, map[string]string{
		"IMMUNIZATION RECORD\nChild: Olivia Chen-Martin   Date of birth: 2015-06-03": "Olivia Chen-Martin",
	}},
	{"DeliveryLabel", analyzed(entity.Address), only, map[string]string{
		"Delivery: King Fahd Road, Al Olaya District, Riyadh 12214\nTotal 12.00": "King Fahd Road, Al Olaya District, Riyadh 12214",
	}},
	{"NoAddressOfADeliverysTerms", analyzed(entity.Address), none, map[string]string{
		"Delivery: Standard Express\nShipping: 3-5 days": "",
	}},
	{"NameEndsAtAPhoneLabelAfterItsComma", analyzed(entity.Person), among, map[string]string{
		"Verhuurder: Daan de Vries\nHuurder: Sanne Bakker, tel. 06-12345678\nIngangsdatum: 1 januari 2027": "Sanne Bakker,",
	}},
	{"NameEndsBeforeALabelPhraseOfThreeWords", analyzed(entity.Person), only, map[string]string{
		"Paciente: Carmen Ortega Ruiz Fecha de nacimiento: 08/02/1967": "Carmen Ortega Ruiz",
		"Name: Hans Becker Date de naissance: 03.05.1951":              "Hans Becker",
	}},
	{"DonaIsATitle", analyzed(entity.Person), only, map[string]string{
		"Paciente: Dña. Carmen Ortega\nNHC: 2804 1234 5678":  "Carmen Ortega",
		"Paciente: Dfia. Carmen Ortega\nNHC: 2804 1234 5678": "Carmen Ortega",
	}},
	{"NameBeforeAKeywordLabelOnItsLine", analyzed(entity.Person), only, map[string]string{
		"Name: Peter Becker Date of birth: 03.05.1951": "Peter Becker",
		"Name: Hans Becker Date of birth: 03.05.1951":  "Hans Becker",
	}},
	{"TransfersCounterpartyInAPricedTable", analyzedColumns(entity.Person), only, map[string]string{
		"Details                              Amount\nAirtime purchase                     100.00\nCustomer Transfer to PETER OTIENO    1,200.00\nPay Bill KPLC PREPAID                1,000.00": "PETER OTIENO",
	}},
	{"PhoneAfterAServicesWord", analyzed(entity.Phone), only, map[string]string{
		"THE BLACKBIRD CAFE\nTotal 45.00\nBookings: 087 123 4567": "087 123 4567",
		"Hotel Miramar\nEnquiries and reservations: 0861 234 567": "0861 234 567",
	}},
	{"NoPhoneOfABookingsCode", analyzed(entity.Phone), none, map[string]string{
		"Booking: 4471 2290 3381\nReservation: 12345678": "",
	}},
	{"NoCountryOfAnotherLanguagesNameThatIsAnEnglishWord", firstCountries, absent, map[string]string{
		"Rent: N2,400,000 per annum\nFlat 3, 14 Adeola Odeku Street, Victoria Island, Lagos\nTenant phone: 0803 412 7788": "IS",
	}},
	{"PartyBeforeItsRoleInAnAside", analyzed(entity.Person), only, map[string]string{
		"This agreement is made between Chukwuemeka Obi (the Landlord)":                         "Chukwuemeka Obi",
		"and Aminu Bello Danjuma (the Tenant) for the flat at":                                  "Aminu Bello Danjuma",
		"and JOHN OKONKWO (hereinafter referred to as the \"Tenant\").":                         "JOHN OKONKWO",
		"Der Vertrag wird zwischen Jonas Brenner (nachfolgend „Vermieter“ genannt) geschlossen": "Jonas Brenner",
	}},
	{"NameAroundAPatronymic", analyzed(entity.Person), only, map[string]string{
		"I am pleased to recommend Aigerim Nurlanovna Bekova (IIN 920315450126),": "Aigerim Nurlanovna Bekova",
		"The order was signed by Director Ivan Sergeyevich Petrov on Monday.":     "Ivan Sergeyevich Petrov",
		"The fee was paid by BEKOVA AIGERIM NURLANOVNA in cash.":                  "BEKOVA AIGERIM NURLANOVNA",
	}},
	{"NoPersonOfAGluedInstitution", analyzed(entity.Person), only, map[string]string{
		"Zürcher Kantonalbank\nKontoauszug\nHerr Reto Baumgartner":    "Reto Baumgartner",
		"Berliner Volksbank\nThe transfer from John Fairbank is due.": "John Fairbank",
	}},
	{"NoPersonOfAMedicalEponym", analyzed(entity.Person), none, map[string]string{
		"Hodgkin lymphoma stage II. Graves disease treated.": "",
		"Apgar Score 9 at five minutes.":                     "",
		"Cushing Syndrome excluded. Trendelenburg Position.": "",
	}},
	{"NationalAndHealthNumbersByTheirAcronyms", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Re: Aroha Ngata, DOB 12/05/1979, NHI ABC1234": "ABC1234",
		"NIN: 12345678901":   "12345678901",
		"AMKA: 15038512345":  "15038512345",
		"CCCD: 079185012345": "079185012345",
	}},
	{"NoRelativesNounInTheName", analyzed(entity.Person), only, map[string]string{
		"Die Patientin wurde von ihrem Sohn Thomas Brandt begleitet,": "Thomas Brandt",
	}},
	{"DottedSpanishDNI", analyzed(entity.ID), only, map[string]string{
		"Paciente: José Manuel Ortiz Vega   DNI: 12.345.678-Z": "12.345.678-Z",
	}},
	{"NoPostcodeOfAnAmountGroupedOtherwise", analyzed(entity.Address), only, map[string]string{
		"Vinohradská 48\n120 00 Praha 2\nHrubá mzda 42 000 Kč\nČistá mzda 33 120 Kč": "Vinohradská 48\n120 00 Praha",
	}},
	{"CzechEmployeeLabel", analyzed(entity.Person), only, map[string]string{
		"Stavby Morava s.r.o.\nZaměstnanec: Vondráčková Květa\nOsobní číslo: 0042": "Vondráčková Květa",
	}},
	{"CzechBirthNumber", analyzed(entity.ID), among, map[string]string{
		"Stavby Morava s.r.o.\nRodné číslo: 855612/1233\nVinohradská 48, 120 00 Praha 2": "855612/1233",
	}},
	{"PostOfficeBoxWithItsSeries", analyzed(entity.Address), only, map[string]string{
		"Mr. Kwame Asante\nP.O. Box KA 9421, Airport, Accra\nTel: 024 412 3456": "P.O. Box KA 9421, Airport, Accra",
	}},
	{"NoPersonInATablesHeaderRow", analyzedColumns(entity.Person), only, map[string]string{
		"Kunde: Mette Sorensen\nBeskrivelse     Antal     Belgb\nUdskiftning af vandhane     1     1.850,00\nBelgb i alt     2.312,50": "Mette Sorensen",
	}},
	{"NoPartyOfAPlaceOrAThing", analyzed(entity.Person), none, map[string]string{
		"This deed binds Lagos State (the State) to the terms below":         "",
		"Payment for Garden Furniture (the Goods) is due on delivery to the": "",
	}},
	{"AddresseeOverAGermanStreetWithoutType", analyzedColumns(entity.Person), only, map[string]string{
		"Frau                    Rechnungsnummer: 2026-318\nKatharina Vogel         Datum: 24.11.2026\nAm Muhlbach 23          Tel.: 0751 3654 21\n88214 Ravensburg": "Katharina Vogel",
	}},
	{"StaffListRowsAreNoGoods", analyzedColumns(entity.Person), among, map[string]string{
		"Name     Department     Phone     Room\nPriya Raghunathan     Finance     204-555-0182     3.14\nSiobhan Kerrigan     Legal Services     204-555-0133     4.21": "Siobhan Kerrigan",
	}},
	{"NoNameInAHeadingAfterAColonlessLabel", analyzed(entity.Person), none, map[string]string{
		"Staff Directory - Winnipeg Office\nUpdated January 2025": "",
	}},
	{"NoAddressOfARowOfServices", analyzedColumns(entity.Address), none, map[string]string{
		"Office chairs (ergonomic)     4     1,120,000\nDelivery and assembly     1     80,000\nTotal (KRW)     1,200,000": "",
	}},
	{"TownLineWithItsPostalDistrict", analyzed(entity.Address), among, map[string]string{
		"Mr. Dinesh Wickramasinghe\nNo. 78, Havelock Road,\nColombo 05": "Colombo 05",
	}},
	{"NoInstitutionOfADepartment", analyzed(entity.Organization), none, map[string]string{
		"Customer Service Centre, Kollupitiya": "",
	}},
	{"NoFirmOfAProductsNoun", analyzed(entity.Organization), none, map[string]string{
		"1     Stainless Steel Water Bottle, 32 oz     WB-32-SS": "",
	}},
	{"IBANWhoseCountryCodeOCRReadWithAnL", analyzed(entity.IBAN), only, map[string]string{
		"Tilinumero: Fl21 1234 5600 0007 85": "Fl21 1234 5600 0007 85",
	}},
	{"MalayEmployeeNumber", analyzed(entity.ID), among, map[string]string{
		"No. Pekerja: TC0458 Jabatan: Kewangan": "TC0458",
	}},
	{"DanishFloorAndDoor", analyzed(entity.Address), inside, map[string]string{
		"Kunde:\nMette Kjærgaard\nSkovbrynet 7, st. th.\n2800 Kongens Lyngby": "Skovbrynet 7, st. th.",
		"Kunde:\nMette Kjærgaard\nSkovbrynet 7, 2. tv.\n2800 Kongens Lyngby":  "Skovbrynet 7, 2. tv.",
	}},
	{"NoStreetOfALabelsNumber", analyzed(entity.Address), absent, map[string]string{
		"Dental Claim Form - Part 1: Plan Member Information\nCity: Montréal Prov: QC Postal Code: H3C 1K3": "1: Plan Member",
	}},
	{"StreetsNamedByAnEnglishOrdinal", recognized(AddressRecognizer{}, entity.Address), inside, map[string]string{
		"aged about 34 years, residing at No. 22, 2nd Main Road, Indiranagar,": "No. 22, 2nd Main Road",
	}},
	{"KoreanSideStreets", analyzed(entity.Address), inside, map[string]string{
		"Bill to: Kim Min-jun\nApt 102-1503, 45 Banpo-daero 23-gil, Seocho-gu, Seoul 06591": "45 Banpo-daero 23-gil",
	}},
	{"NoNameOfACityAndItsStation", analyzed(entity.Person), none, map[string]string{
		"Von: Muenchen Hbf   Nach: Hamburg Hbf": "",
	}},
	{"NameWithItsSonOf", analyzed(entity.Person), only, map[string]string{
		"Dr Rajendran s/o Muthusamy\nMCR No: M12388A": "Rajendran s/o Muthusamy",
	}},
	{"ListOfNamesGivenNameFirst", analyzed(entity.Person), inside, map[string]string{
		"Speakers: Salote Fifita, Jone Raikadroka": "Salote Fifita",
	}},
	{"ItalianInnerDoorAfterASlash", analyzed(entity.Address), inside, map[string]string{
		"Spett.le\nSig.ra Francesca Bellandi\nVia dell'Indipendenza 12/B\n40126 Bologna (BO)": "Via dell'Indipendenza 12/B",
	}},
	{"NoFirmOfAnIDsLabelThatIsAForm", analyzed(entity.Organization), none, map[string]string{
		"C.F. BLLFNC79E52A944K": "",
	}},
	{"IDAfterAnIDsLabelThatIsAForm", analyzed(entity.ID), only, map[string]string{
		"C.F. BLLFNC79E52A944K": "BLLFNC79E52A944K",
	}},
	{"PostcodeWhoseZeroOCRReadAsQ", analyzed(entity.Address), inside, map[string]string{
		"Schonberg, Gross und Arendt\nAm Gesundheitspark 7\nQ2142 Mainz\nTel. +49 153 94879147": "Am Gesundheitspark 7\nQ2142 Mainz",
	}},
	{"NoPostcodeOfAQBesideOtherMisreadDigits", analyzed(entity.Address), absent, map[string]string{
		"Tel. 941 347 726\nCIF ES325606852\nRR ORK ORE Q@111": "RR ORK ORE Q@111", // a masked card number's noise
	}},
	{"ServedByOnReceiptsOfMoreLanguages", analyzed(entity.Person), among, map[string]string{
		"TOTAL    84.50\nLE ATENDIO: GUADALUPE\nCLIENTE: JORGE ARMANDO LUNA CASTRO": "GUADALUPE",
		"Totalt SEK    133,40\nDu betjänades av: Oskar\n2025-02-19 17:05  Kassa 3":  "Oskar",
		"Totalt SEK    133,40\nDu betjanades av: Oskar\n2025-02-19 17:05  Kassa 3":  "Oskar", // OCR drops the accent
		"SUMME EUR  4,65\nEs bediente Sie: Lukas\nDatum 21.02.2025":                 "Lukas",
	}},
	{"ColombianCardAfterADocumentsLabel", analyzed(entity.ID), among, map[string]string{
		"Documento de identidad: CC 1.020.784.336     Historia: HC-448127": "1.020.784.336",
	}},
	{"NoCopysListOfADocumentsKind", analyzed(entity.Person), none, map[string]string{
		"Documento de identidad: CC 1.020.784.336     Historia: HC-448127": "",
	}},
	{"LabelWithItsPluralInBrackets", analyzed(entity.Person), inside, map[string]string{
		"Tenant(s): Mei-Ling Chow and Nathaniel Okoro": "Mei-Ling Chow",
	}},
	{"StreetAfterAUnitsLabelWithItsDirectional", analyzed(entity.Address), among, map[string]string{
		"Rental Unit: 301-45 Dundas Street West, Mississauga ON L5B 1H3": "301-45 Dundas Street West,",
		"88 Queen Street East, Unit 1402, Toronto ON M5C 1S1":            "88 Queen Street East, Unit 1402,",
	}},
	{"CardNumberAfterASchemeOfTwoWords", analyzed(entity.ID), among, map[string]string{
		"SUMA PLN    41,49\nKarta Moja Gemini: 5901 2288 4471\nKlient: Tomasz Zielinski": "5901 2288 4471",
	}},
	{"PharmaciesOfCentralAndEasternEurope", analyzed(entity.Person), none, map[string]string{
		"Apteka Gemini\nul. Grunwaldzka 141, 80-264 Gdansk\nNIP 584-025-33-19": "",
	}},
	{"ProvinceCodesThatAreAlsoStreetTypes", analyzed(entity.Address), inside, map[string]string{
		"Via Roma 12\n48012 Bagnacavallo RA":                      "48012 Bagnacavallo RA",
		"Teudosia Battistini\nPiazza Danio 21\n48012 Pinerolo SV": "Piazza Danio 21", // the town's line vouches for the street's
	}},
	{"NoStreetOfACarsTrim", analyzed(entity.Address), none, map[string]string{
		"Vehicle: 2019 Honda Accord EX, VIN 1HGCV1F34KA041872": "",
	}},
	{"IDsOfAPersonsFile", analyzed(entity.ID), among, map[string]string{
		"Patient File No.: 4417288": "4417288",
		"Hospital File No: 4417288": "4417288",
		"Client Folder No. 4417288": "4417288",
	}},
	{"NoIDOfAFileAlone", analyzed(entity.ID), none, map[string]string{
		"File No.: 4417288":          "", // a memo's or a project's file
		"LRC FILE NUMBER 4417288":    "",
		"Project File No.: 44172885": "",
	}},
	{"IDsAfterAWordForNumber", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Davčna številka: 41882273":  "41882273",
		"Broj računa: 4417288123":    "4417288123",
		"Číslo pojištěnce: 44172885": "44172885",
		"Numer klienta: 4417288":     "4417288",
	}},
	{"IDsAfterTwoAcronyms", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"NIT/CI: 4418827 SC": "4418827",
	}},
	{"NamesWithACompoundGivenName", analyzed(entity.Person), among, map[string]string{
		"Prin prezenta se adeverește că doamna Ioana-Maria Petrescu, CNP 2890415125781": "Ioana-Maria Petrescu,",
	}},
	{"NoNameOfACompoundBrand", analyzed(entity.Person), none, map[string]string{
		"Rolls-Royce Motor Cars":     "",
		"Mercedes-Benz Sprinter van": "",
	}},
	{"StreetsWhoseNumberOpensTheNextLine", analyzed(entity.Address), among, map[string]string{
		"CNP 2890415125781, domiciliată în Cluj-Napoca, Str. Observatorului\nnr. 44, ap. 12, este angajata": "Str. Observatorului\nnr. 44, ap. 12,",
	}},
	{"NoStreetOverANumberOfAnotherSentence", analyzed(entity.Address), none, map[string]string{
		"Mr. Smith lives on Baker Street\n221 times he said": "",
	}},
	{"NoLabelOfAFirmsName", analyzed(entity.Address), none, map[string]string{
		"NAIROBI CITY WATER AND SEWERAGE COMPANY\nWater Bill - February 2025\nAccount No: 0448812-01": "",
	}},
	{"AddressesAfterAPlotsLabel", analyzed(entity.Address), among, map[string]string{
		"Plot: LR 209/11482, Kileleshwa, Nairobi": "LR 209/11482, Kileleshwa, Nairobi",
		"Stand No: 4417 Borrowdale, Harare":       "4417 Borrowdale, Harare",
	}},
	{"NoAddressUnderAPlotsColumn", analyzedColumns(entity.Address), none, map[string]string{
		"Plot   Yield   Treatment\n12     4.5     Control\n14     3.9     Nitrogen": "",
	}},
	{"StreetsWithAHouseBesideTheNumber", analyzed(entity.Address), among, map[string]string{
		"De woning aan de Biltstraat 88-bis, 3572 BG Utrecht.": "Biltstraat 88-bis,",
	}},
	{"AddressPartsThatEndTheLineOverAPostcode", analyzed(entity.Address), among, map[string]string{
		"towards the rent\nof the flat No. B-704, Prestige Lakeside Habitat, Varthur Road,\nBengaluru 560087 for the month of February 2025.": "Prestige Lakeside Habitat, Varthur Road,",
	}},
	{"NoAddressOfNamesOverAPostcode", analyzed(entity.Address), only, map[string]string{
		"Die Urkunde wurde unterzeichnet von Peter Brown, Mary Smith,\n10115 Berlin, am Montag.": "10115 Berlin,",
	}},
	{"IDsOfAMetersSerial", analyzed(entity.ID), among, map[string]string{
		"Meter serial: E6S14412873118": "E6S14412873118",
	}},
	{"NoIDOfAGoodsSerialOrAReading", analyzed(entity.ID), none, map[string]string{
		"Serial: E6S14412873118": "",
		"Meter reading: 04418":   "",
	}},
	{"NoIDAfterTwoAcronymsOfAPhone", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"TEL/FAX: 44188279": "",
	}},
	{"NamesGluedToTheirTitle", analyzedColumns(entity.Person), among, map[string]string{
		"Service date   Item   Provider                 Fee      Benefit\n04/03/2025     23     DrPriyaRaghunathan       $85.00   $42.85": "Priya Raghunathan",
	}},
	{"NoNameOfAGluedBrand", analyzed(entity.Person), none, map[string]string{
		"Slides made in PowerPoint and shared on WhatsApp by JetBlue staff": "",
	}},
	{"IDsAfterALabelThatEndsTheLineAboveAndACopula", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"programme for the 2025/2026 academic year. Your registration number\nis 25/U/44182/PS.": "25/U/44182/PS",
	}},
	{"PageCountriesOfACityTheLexiconHoldsAsASurname", firstCountries, first, map[string]string{
		"Drottninggatan 55, Stockholm\nOrg.nr 556731-4418": "SE", // "Org.nr" is Norway's too
	}},
	{"NoNameOfADoctorsSpecialty", analyzed(entity.Person), none, map[string]string{
		"Médico Internista - Céd. Prof. 8841227": "",
		"Médico Cirujano - Céd. Prof. 8841227":   "",
	}},
	{"NamesThatEndLikeACardsWord", analyzedColumns(entity.Person), among, map[string]string{
		"Matricule: EMP-7946   Personne a prévenir: Bartimée Picard +33 5 56 99 08 26": "Bartimée Picard",
	}},
	{"IDsAfterAnAccentedLabelWord", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Médico Internista - Céd. Prof. 8841227": "8841227",
	}},
	{"PlatesAfterAVehiclesNumber", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Taxi No: SHA 4418 K": "SHA 4418 K",
	}},
	{"NoPlateOfARoutesOrARacesNumber", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"Bus No: 42":            "",
		"Car No. 7 in the race": "",
	}},
	{"NamesAfterASellersLabel", analyzedColumns(entity.Person), among, map[string]string{
		"Ticket n° 004418   14/03/2025 08:12\nVendeuse : Manon": "Manon",
		"Camarero: Luis": "Luis",
	}},
	{"NamesWithACompoundFamilyName", analyzed(entity.Person), among, map[string]string{
		"CURRICULUM VITAE\nKwabena Asante-Mensah\nHouse No. 14, Nii Okaiman Street, Dzorwulu, Accra": "Kwabena Asante-Mensah",
	}},
	{"NamesBeforeARegistrationsLabel", analyzed(entity.Person), only, map[string]string{
		"Name: Md. Rafiqul Islam Chowdhury Reg. No: SQH-25-044182": "Rafiqul Islam Chowdhury",
		"Name: Md. Rafiqul Islam Chowdhury Reg No: SQH-25-044182":  "Rafiqul Islam Chowdhury",
	}},
	{"FirmsBeforeTheJobAfterTheirComma", analyzed(entity.Organization), only, map[string]string{
		"Employer: Ballarat Base Hospital, Registered Nurse": "Ballarat Base Hospital,",
	}},
	{"FirmsWithTheirLegalFormAfterAComma", analyzed(entity.Organization), only, map[string]string{
		"Employer: Acme Holdings, Inc.": "Acme Holdings, Inc.",
	}},
	{"NoIDOfAReceiptsNumber", analyzed(entity.ID), none, map[string]string{
		"Kvittun nr. 18833":  "",
		"Kvitto nr 18833":    "",
		"Recibo No. 00712":   "",
		"Quittung Nr. 44187": "",
		"Ricevuta n. 44187":  "",
		"Paragon nr 44187":   "",
	}},
	{"NoAddressOfAReceiptsNumber", analyzed(entity.Address), none, map[string]string{
		"Kvittun nr. 18833": "",
	}},
	{"IDsAfterAQualifierThatOCRReadWithACapital", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Kennitala sjUklings: 120684-2739": "120684-2739",
	}},
	{"IDsOfARegisterInTwoDottedGroups", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Médica Clínica - M.N. 118.442": "118.442",
		"M.P. 44.512":                   "44.512",
	}},
	{"NoIDOfAnAmountInTwoDottedGroups", analyzed(entity.ID), none, map[string]string{
		"Total: 118.442": "",
	}},
	{"NamesAfterALicentiatesTitle", analyzed(entity.Person), among, map[string]string{
		"Validado por: Lcda. Itzel Camargo": "Itzel Camargo",
		"Atendió: Licdo. Aurelio Quintero":  "Aurelio Quintero",
	}},
	{"NoAddressOfADeliveryNote", analyzed(entity.Address), none, map[string]string{
		"DELIVERY NOTE  DN-55190": "",
		"Delivery Note 4418":      "",
	}},
	{"AddressesAfterADeliverysLabel", analyzed(entity.Address), among, map[string]string{
		"Delivery: 14 Main Road, Swakopmund": "14 Main Road, Swakopmund",
	}},
	{"NoNameOfALargeCityAfterAPlace", analyzed(entity.Person), none, map[string]string{
		"Bole Sub-City, Woreda 03, Addis Ababa": "",
	}},
	{"SignersAboveTheirOffice", analyzed(entity.Person), among, map[string]string{
		"This letter is issued upon his request.\n\nSelamawit Bekele\nHuman Resources Manager": "Selamawit Bekele",
		"Yours,\n\nOluwaseun Adeyemi\nManaging Director":                                       "Oluwaseun Adeyemi",
		"She is disciplined and hardworking.\n\nNamubiru Grace\nHead Teacher":                  "Namubiru Grace",
		"Met vriendelijke groet,\n\nPieter-Jan Bakhuizen\nMedewerker Burgerzaken":              "Pieter-Jan Bakhuizen",
		"Jakarta, 20 November 2025\nDewi Lestari Wulandari\nManajer HRD":                       "Dewi Lestari Wulandari",
		"Please renew through the app.\n\nTan Mei Ling\nfor Car Parks Department":              "Tan Mei Ling",
		"Yours faithfully,\n\nAmara Okonkwo\non behalf of the Registry":                        "Amara Okonkwo",
	}},
	{"NoSignerOfAHeadingAboveAnOffice", analyzed(entity.Person), none, map[string]string{
		"Quality Control\nHuman Resources Manager":    "",
		"Account Details: Savings\nBranch Manager":    "",
		"Selamawit Bekele\nThe manager will call you": "",
		"Payment Details\nfor Car Parks Department":   "",
		"Tan Mei Ling\nfor more details contact us":   "",
	}},
	{"NoNameOfAnOfficesDepartmentWithoutAColon", analyzed(entity.Person), none, map[string]string{
		"Medewerker Burgerzaken":                       "",
		"Afdeling Burgerzaken\nMedewerker Burgerzaken": "",
	}},
	{"RecordNumbersAfterAClinicalFilesLabel", analyzed(entity.ID), among, map[string]string{
		"Ficha clinica: 0048213":         "0048213",
		"Prontuário: 88412":              "88412",
		"Número de expediente: 2025-441": "2025-441",
	}},
	{"PlatesRightAfterAVehiclesWord", analyzed(entity.ID), among, map[string]string{
		"Your season parking for vehicle SGX 4418 K expires on 30 November.": "SGX 4418 K",
		"The car KA 01 AB 4418 was towed.":                                   "KA 01 AB 4418",
	}},
	{"NoPlateAfterAVehiclesWord", analyzed(entity.ID), none, map[string]string{
		"Vehicle 2024 TOYOTA HILUX":       "",
		"Our van delivers on Monday 2025": "",
		"Jan van DER 12345":               "",
	}},
	{"NoTownLineAfterABlankLine", analyzed(entity.Address), among, map[string]string{
		"Jl. Gatot Subroto Kav. 18, Jakarta Selatan 12930\n\nSURAT KETERANGAN KERJA": "Jl. Gatot Subroto Kav. 18, Jakarta Selatan 12930",
		"Str. Lalelelor nr. 8\nSector 3, Bucuresti":                                  "Str. Lalelelor nr. 8\nSector 3, Bucuresti",
	}},
	{"NamesAfterACouncillorsTitle", analyzed(entity.Person), among, map[string]string{
		"Present: Cllr Bronwen Hatherley (Chair), Cllr Tobias Fennimore,\nCllr Precious Adeyemi-Clarke": "Precious Adeyemi-Clarke",
	}},
	{"NoRoleInBracketsAfterTheLastNameOfAList", analyzed(entity.Person), only, map[string]string{
		"In attendance: Gwendolyn Marsh (Clerk)": "Gwendolyn Marsh",
		"Present: Hemi Walker (Treasurer)":       "Hemi Walker",
	}},
	{"RecordCodesAfterAPersonsLabel", analyzed(entity.ID), among, map[string]string{
		"Employee Code: TCS-118274": "TCS-118274",
		"Client Code: 004418":       "004418",
	}},
	{"NoRecordCodeOfAProduct", analyzed(entity.ID), none, map[string]string{
		"Product Code: AB-4418": "",
	}},
	{"NamesAfterAValidatorsLabelInSpanish", analyzed(entity.Person), among, map[string]string{
		"Revisado por: Itzel Camargo": "Itzel Camargo",
	}},
	{"NoAddressLabelOfATownsHeading", analyzed(entity.Address), none, map[string]string{
		"BARANGAY LAHUG, CEBU CITY\nOFFICE OF THE PUNONG BARANGAY": "",
	}},
	{"NamesWithASurnameAfterItsParticleAndASecondOne", analyzed(entity.Person), among, map[string]string{
		"This is to certify that Jericho Dela Paz Villaflor, 34 years old": "Jericho Dela Paz Villaflor,",
	}},
	{"AddressesAfterAPhraseOfResidence", analyzed(entity.Address), among, map[string]string{
		"single, is a bona fide resident of Sitio Kalubihan, Zone 4,\nBarangay Lahug, Cebu City, since 2016.": "Sitio Kalubihan, Zone 4,\nBarangay Lahug, Cebu City,",
		"is a resident of Purok 3, Barangay San Isidro, Tanauan City, Batangas":                               "Purok 3, Barangay San Isidro, Tanauan City, Batangas",
		"Juan Pérez, domiciliado en Colonia Las Brisas, Tegucigalpa, declara":                                 "Colonia Las Brisas, Tegucigalpa,",
		"es vecina de la Colonia\nKennedy, bloque 12, casa 1408, de esta ciudad.":                             "Colonia\nKennedy, bloque 12, casa 1408,",
	}},
	{"NoAddressOfATownAndItsCountryAfterAPhraseOfResidence", analyzed(entity.Address), none, map[string]string{
		"She has been a resident of Dublin, Ireland, since 2010.": "",
		"She is a resident of Cebu, Philippines, since 2016.":     "",
	}},
	{"NoNameOfATownAndItsCountry", analyzed(entity.Person), none, map[string]string{
		"She has been a resident of Dublin, Ireland, since 2010.": "",
	}},
	{"NoNameOfACityAndItsDistrictsInitials", analyzed(entity.Person), none, map[string]string{
		"ALCALDIA MUNICIPAL DEL DISTRITO CENTRAL\nTegucigalpa, M.D.C., Honduras": "",
	}},
	{"NamesAboutWhomALetterIs", analyzed(entity.Person), only, map[string]string{
		"RE: RECOMMENDATION FOR NAKATO PRISCILLA": "NAKATO PRISCILLA",
		"Re: Recommendation for Nakato Priscilla": "Nakato Priscilla",
		"Re: John Smith": "John Smith",
	}},
	{"KoreanNamesWithAFamilyNameThatIsAWord", analyzed(entity.Person), among, map[string]string{
		"Hanbit Electronics Co., Ltd.\nCEO Park Jae-hoon": "Park Jae-hoon",
		"Signed by Jae-hoon Park today":                   "Jae-hoon Park",
		"SONG MIN-JI":                                     "SONG MIN-JI",
	}},
	{"NoKoreanNameOfAHyphenatedWord", analyzed(entity.Person), none, map[string]string{
		"The Car Park Set-up fee": "",
	}},
	{"NamesAfterALeasesPartiesInTurkish", analyzed(entity.Person), among, map[string]string{
		"Kiraya veren: Mehmet Ali Karaaslan": "Mehmet Ali Karaaslan",
		"Kiraci: Elif Nur Demirtas":          "Elif Nur Demirtas",
	}},
	{"NamesAfterAnEmployeesLabelInTheNordicLanguages", analyzed(entity.Person), among, map[string]string{
		"Anställd: Oskar Lindqvist Häggström": "Oskar Lindqvist Häggström",
	}},
	{"NoNameOfAHeadingWhoseDottedCapitalOCRReadInLowerCase", analyzed(entity.Person), none, map[string]string{
		"KiRA SOZLESMESi\nAylik kira bedeli: 32.000 TL": "",
	}},
	{"AddressesAfterAResidentWithoutArticleAndAbbreviatedParts", analyzed(entity.Address), among, map[string]string{
		"I, Muhammad Usman Tariq son of Tariq Mehmood, resident of House No. 27,\nStreet 9, G-11/2, Islamabad, holding CNIC No. 61101-4418827-3": "House No. 27,\nStreet 9, G-11/2, Islamabad,",
	}},
	{"NoNameOfAWeekdayBeforeACity", analyzedColumns(entity.Person), none, map[string]string{
		"Tuesday   Murray-Darling Basin Planning Workshop\nWednesday Sydney Desalination Plant Site Tour": "",
	}},
	{"NamesOpenedByAMonthThatIsAGivenName", analyzed(entity.Person), among, map[string]string{
		"Signed: June Abernathy": "June Abernathy",
	}},
	{"IDsAfterABanksOneWordName", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Payment: Transfer, GTBank, 0123418827": "0123418827",
	}},
	{"NoIDOfAYearOrAPhoneAfterABanksName", recognized(RecordIDRecognizer{}, entity.ID), none, map[string]string{
		"Paid to Ecobank, 2025":             "",
		"Call Swedbank 0771 22 11 22 today": "",
	}},
	{"IDsAfterBelgiumsNationalRegistersLabel", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Numéro de registre national : 85.07.14-268.31": "85.07.14-268.31",
	}},
	{"PhonesAfterABanksNameAndItsColon", analyzed(entity.Phone), among, map[string]string{
		"Swedbank: 0771 22 11 22": "0771 22 11 22",
	}},
	{"ValuesUnderAColumnHeadEndBeforeTheNextHead", analyzedColumns(entity.SSN), only, map[string]string{
		"EMP#   EMPLOYEE NAME           SSN           HOURS    GROSS\n1041   ALVAREZ, JOSEFINA M     512-44-8810   80.00    2,480.00": "512-44-8810",
	}},
	{"NamesAfterAComma", analyzed(entity.Person), among, map[string]string{
		"NGUYEN, BAO":             "NGUYEN, BAO",
		"ALVAREZ, JOSEFINA MARIA": "ALVAREZ, JOSEFINA MARIA",
	}},
	{"NoNameOfATownOrAListAfterAComma", analyzed(entity.Person), none, map[string]string{
		"Scranton, Pennsylvania":                 "",
		"Smith, Kenya":                           "",
		"Austin, Te.":                            "",
		"Ness, Motley, Loadholt":                 "",
		"Martellucci, Riccio e Scaglione s.r.l.": "",
	}},
	{"NameEndsBeforeTheOfficeAfterItsComma", analyzed(entity.Person), only, map[string]string{
		"Dr. Sabine Wienecke, Chefärztin": "Sabine Wienecke,",
	}},
	{"FirmsWithoutTheRoleBeforeThem", analyzed(entity.Organization), only, map[string]string{
		"2019 - present   Senior Manager, Audit, Whitcombe & Rhys LLP": "Whitcombe & Rhys LLP",
		"Skadden, Arps, Slate, Meagher & Flom LLP":                     "Skadden, Arps, Slate, Meagher & Flom LLP",
	}},
	{"NoNameOfAPlacesTypeAfterAName", analyzed(entity.Person), none, map[string]string{
		"Room charge Deluxe Nile View": "",
	}},
	{"NoFirmOfAnEponymsNames", analyzed(entity.Organization), none, map[string]string{
		"He has a Hoehn and Yahr stage of 2.": "",
	}},
	{"NamesWithoutTheFrenchTitleM", analyzed(entity.Person), only, map[string]string{
		"Client : M. Hicham Benjelloun":              "Hicham Benjelloun",
		"Nous avons reçu M. Hicham Benjelloun hier.": "Hicham Benjelloun",
		"Author: M. Smith":                           "M. Smith",
	}},
	{"NoLabelOfAPhraseThatEndsWithACode", analyzed(entity.Person), none, map[string]string{
		"INS: BCBS IL  MEMBER ID XOF884172630\nADVIL LIQUI-GELS 40CT                    $9.99": "",
	}},
	{"DoctorsRegistrationInPeru", analyzed(entity.ID), among, map[string]string{
		"Dr. Jorge Luis Huaman Ccori - CMP 44187": "44187",
	}},
	{"LocalityOverACountysLine", analyzed(entity.Address), inside, map[string]string{
		"Mr Padraig O Suilleabhain\n14 Ashgrove Park\nBallincollig\nCo. Cork P31 X2F8": "14 Ashgrove Park\nBallincollig",
	}},
	{"PaymentHandles", analyzedColumns(entity.Email), only, map[string]string{
		"UPI ID: lakshmitiffin@ybl":                                 "lakshmitiffin@ybl",
		"05-11-2025  UPI/suma.gowda@okaxis/RENT          18,000.00": "suma.gowda@okaxis",
		"06-11-2025  UPI/RAMESH.K@PAYTM                   1,000.00": "RAMESH.K@PAYTM",
	}},
	{"NoHandleOfACountsUnit", analyzed(entity.Email), none, map[string]string{
		"2 pcs@ea 4.00": "",
	}},
	{"FolioNumbers", analyzed(entity.ID), among, map[string]string{
		"MARIE-JOSEE TREMBLAY\nFolio: 81144-2": "81144-2",
	}},
	{"NoNameOfAReferencesPart", analyzedColumns(entity.Person), none, map[string]string{
		"05-11-2025  UPI/suma.gowda@okaxis/RENT          18,000.00": "",
	}},
	{"PersonLabelsOfGivenNamesAndHolders", analyzed(entity.Person), among, map[string]string{
		"Achternaam: van der Heijden — Voornamen: Sanne Marieke": "van der Heijden",
		"Doente: Joaquim Manuel Fernandes Pereira":               "Joaquim Manuel Fernandes Pereira",
		"Chu tai khoan: NGUYEN THI THU HANG":                     "NGUYEN THI THU HANG",
		"Nguoi nhan: Nguyen Anh Tuan":                            "Nguyen Anh Tuan",
	}},
	{"PortugueseFileNumbers", analyzed(entity.ID), among, map[string]string{
		"N.º de utente: 218 441 827     Processo: 4418271": "4418271",
	}},
	{"NoNameAfterAGivenNameThatIsATitle", analyzed(entity.Person), only, map[string]string{
		"Ho ten: Pham Minh Tuan\nKhoa Noi tong hop": "Pham Minh Tuan",
	}},
	{"PersonLabelsOfOfficers", analyzed(entity.Person), among, map[string]string{
		"Reporting Officer: Brannigan": "Brannigan",
	}},
	{"NamesWithoutAnOfficersTitle", analyzed(entity.Person), only, map[string]string{
		"Reporting Officer: Ofc. T. Brannigan #4418": "T. Brannigan",
	}},
	{"NoIDOfABoletasNumber", analyzed(entity.ID), none, map[string]string{
		"BOLETA ELECTRONICA N. 441827": "",
	}},
	{"NoNameOfARoleWhoseAccentOCRLost", analyzed(entity.Person), none, map[string]string{
		"Arztlicher Direktor Assistenzarztin": "",
	}},
	{"ChileanClinicalFiles", analyzed(entity.ID), among, map[string]string{
		"Edad: 41 años\nFicha: 2284417": "2284417",
	}},
	{"NoNameOfARolesSecondWord", analyzed(entity.Person), none, map[string]string{
		"Pegawai Perubatan": "",
	}},
	{"MalayPatientLabels", analyzed(entity.Person), among, map[string]string{
		"Pesakit: NORAZLINA": "NORAZLINA",
	}},
	{"DatesWithATimeGluedByADash", analyzed(entity.Date), among, map[string]string{
		"27.11.2025-19:14 2.4.41 441827/KASIR: DEWI": "27.11.2025-19:14",
	}},
	{"NoTownOfAnAbbreviatedLabel", analyzed(entity.Address), only, map[string]string{
		"Adresse: Søndergade 18, 8000 Aarhus C\nReg.nr. 4418 Kontonr. 0004418277": "Søndergade 18, 8000 Aarhus C",
	}},
	{"LabelsGluedToANumberByASlash", analyzed(entity.Person), among, map[string]string{
		"27.11.2025-19:14 2.4.41 441827/KASIR: DEWI": "DEWI",
	}},
	{"AccountAddressesAfterIDLabels", analyzed(entity.Email), among, map[string]string{
		"UPI ID: venky.iyer88@oksbi\nAmount: Rs 340.00": "venky.iyer88@oksbi",
	}},
	{"NamesWithoutTheAmountsCurrency", analyzed(entity.Person), only, map[string]string{
		"Paid to Budi Santoso Rp 50.000 today": "Budi Santoso",
	}},
	{"SignersAboveACompoundOffice", analyzed(entity.Person), among, map[string]string{
		"Umea den 14 november 2025\n\nPer-Olof Strandberg\nPersonalchef": "Per-Olof Strandberg",
	}},
	{"NamesEndingInAGivenNameThatIsATitle", analyzed(entity.Person), among, map[string]string{
		"We saw Nguyen Anh Tuan, 45 years old, today.": "Nguyen Anh Tuan,",
	}},
	{"EnglishNamesAfterTheFamilysNames", analyzed(entity.Person), among, map[string]string{
		"Employee: Goh Wei Ling, Jasmine\nNRIC: S8844182D": "Goh Wei Ling, Jasmine",
	}},
	{"RegistrationNumberUnderASigner", analyzed(entity.ID), only, map[string]string{
		"Yours faithfully,\nDr Cathal Brennan\nMCRN 441827": "441827",
		"With thanks,\nPriya Nair\nRCN 70441827":            "70441827",
	}},
	{"NoRegistrationUnderAFirmsName", analyzed(entity.ID), none, map[string]string{
		"Invoice\n \nGreen Valley Farms\nABN 51824753556": "",
		"Kind regards\nJohn Smith\nCEO 2024":              "",
	}},
	{"ValueAtAFarTabStop", analyzedColumns(entity.Person), among, map[string]string{
		"Certificato n. 2025/118734/R\n \nCognome                                                                          ESPOSITO\nNome                                                                             GIULIA": "ESPOSITO",
	}},
	{"NoNameAfterATitleThatAParticleOpens", analyzed(entity.Person), none, map[string]string{
		"MINISTERO DELLA GIUSTIZIA\nUfficio locale del casellario giudiziale": "",
	}},
	{"NoTransferInADutchTownsArticle", analyzed(entity.Person), none, map[string]string{
		"12-11-2025 07:42 Gesorteerd, depot Den Haag-Zuid": "",
	}},
	{"PeopleInAColumnUnderAPersonsHead", analyzedColumns(entity.Person), among, map[string]string{
		"Datum         Tijd     Status                          Medewerker\n12-11-2025    07:42    Gesorteerd, depot Utrecht       S. Kaya\n12-11-2025    08:15    Onderweg met bezorger           Jeroen Vos\n12-11-2025    11:09    Afgeleverd bij de buren         (zie hieronder)": "Jeroen Vos",
	}},
	{"IDsInAColumnUnderAnIDsHead", analyzedColumns(entity.ID), among, map[string]string{
		"Propietario                          Cedula            Derecho\nAndres Felipe Vargas Solano          1-1184-0573       50 %\nMaria Jose Chaves Arguedas           1-1362-0958       50 %": "1-1362-0958",
	}},
	{"NoFirmOfAFormAfterAHeadingsDash", analyzed(entity.Organization), none, map[string]string{
		"CONFIRMACION DE MATRICULA - ANO LECTIVO 2024-2025": "",
	}},
	{"NoStreetOfAProductsStrength", recognized(AddressRecognizer{}, entity.Address), none, map[string]string{
		"Home care: Colgate 5000 toothpaste, twice daily.": "",
	}},
	{"StreetLineInASentence", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"She lives at Storgata 12 since May.": "Storgata 12",
	}},
	{"InitialInAStreetsName", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"Dom.: Av. Juan B. Justo 4471, Piso 5 B": "Av. Juan B. Justo 4471, Piso 5",
		"Calle José M. Moreno 12, Bogotá":        "Calle José M. Moreno 12, Bogotá",
	}},
	{"SoleTraderBeforeTheirTradingName", analyzed(entity.Person), only, map[string]string{
		"Hired by (sole proprietor)\nNOMVULA PRECIOUS MAHLANGU t/a Greenleaf Paving & Landscaping": "NOMVULA PRECIOUS MAHLANGU",
	}},
	{"NoPostcodeOfAModelOnAPricedRow", analyzed(entity.Address), only, map[string]string{
		"Randburg, 2188\n \nBobcat S450 skid steer loader 2 R 2,150.00 R 4,300.00": "Randburg, 2188",
	}},
	{"NoNameOfADocumentsKind", analyzed(entity.Person), only, map[string]string{
		"Call Center: (021) 7945 1200\n \nSTRUK PEMBAYARAN TAKSI\nNo. Struk: TXN-5510382\nTanggal: 09-07-2024  Jam: 18:22\nPengemudi: AGUS SETIAWAN": "AGUS SETIAWAN",
	}},
	{"IndonesianRideReceiptsLabels", analyzed(entity.Person), among, map[string]string{
		"No. Lambung: EX-2291\nPenumpang: Ratna Kusumawati\nHP: 0812-9034-5516": "Ratna Kusumawati",
	}},
	{"IndonesianPlateLabel", analyzed(entity.ID), among, map[string]string{
		"Pengemudi: AGUS SETIAWAN\nNo. Polisi: B 1472 KZQ": "B 1472 KZQ",
	}},
	{"NoRepeatOfANameInLowerCase", analyzed(entity.Person), absent, map[string]string{
		"Tujuan: Bandara Internasional\nTerima kasih, Bandara\nSurcharge bandara 15.000": "bandara",
	}},
	{"RecordLabelAfterANumbersMarker", analyzed(entity.ID), only, map[string]string{
		"Nº de historia clínica: 2290451": "2290451",
	}},
	{"AcronymAndAnAsideOfWordsBeforeTheColon", analyzed(entity.ID), only, map[string]string{
		"CIPA (tarjeta sanitaria): 4107395826": "4107395826",
	}},
	{"NoPersonOfACodeAfterAPersonsLabel", analyzed(entity.Person), only, map[string]string{
		"RFC Receptor: XAXX010101000\nNombre Receptor: JUAN PEREZ LOPEZ": "JUAN PEREZ LOPEZ",
	}},
	{"NoNameOfADegreeInBrackets", analyzed(entity.Person), only, map[string]string{
		"Patient signature ____\nDr Arjun Mehta (BDS Syd)": "Arjun Mehta",
	}},
	{"AddressWhoseLastDotOCRLost", analyzed(entity.Email), only, map[string]string{
		"Email: wunsch@feeney net":         "wunsch@feeney net",
		"Email: wunsch@feeney net, mobile": "wunsch@feeney net,",
	}},
	{"NoAddressOfASentencesWord", analyzed(entity.Email), absent, map[string]string{
		"Write to ana@clinic in May.": "ana@clinic in",
	}},
	{"LowerCaseRepeatBeforeASplitAddress", analyzed(entity.Person), among, map[string]string{
		"Name: Demond Wunsch\nEmail\ndemond .wunsch@feeney net":      "demond",
		"Name: Demond Wunsch\nEmail\ndemond |\nAccount 338898861187": "demond",
	}},
	{"CoupleOnAnAddresseeLine", analyzed(entity.Person), among, map[string]string{
		"Liam Fraser & Mereana Tipene\n48 Tui Grove": "Mereana Tipene",
	}},
	{"NoCoupleOfAFirmsPartners", analyzed(entity.Person), none, map[string]string{
		"Marks & Spencer\nBaker McKenzie & Partners": "",
	}},
	{"RegistrationUnderASignerAndTheirRole", analyzed(entity.ID), only, map[string]string{
		"Dr. med. Katharina Vogelsang, Fachärztin für Allgemeinmedizin\nLANR 582047103": "582047103",
	}},
	{"NoFirmOfADosesRoute", analyzed(entity.Organization), none, map[string]string{
		"Paracetamol 1 g PO 8-hourly as needed (as prescribed)": "",
	}},
	{"LabelsColonApartInItsColumn", analyzedColumns(entity.Person), among, map[string]string{
		"Meja     : 07\nPelayan  : ANDI\nKasir    : PUTRI\nTamu     : 2": "PUTRI",
	}},
	{"IndonesianWaitersLabel", analyzedColumns(entity.Person), among, map[string]string{
		"Meja     : 07\nPelayan  : ANDI\nKasir    : PUTRI\nTamu     : 2": "ANDI",
	}},
	{"NoNamesOfAThankYouSentence", analyzed(entity.Person), none, map[string]string{
		"TOTAL 23.40\nTERIMA KASIH, SILA DATANG LAGI": "",
	}},
	{"InflectedPatientsAndPharmacists", analyzed(entity.Person), among, map[string]string{
		"Pacientas: Ruta Zemaitiené":         "Ruta Zemaitiené", // OCR dropped the macron of "Rūta"
		"Vaistininké: AuSra Petrauskiené":    "AuSra Petrauskiené",
		"Pacijentkinja: Dragana Vukasinovic": "Dragana Vukasinovic",
	}},
	{"NoPatientsWordBeforeAWordThatIsNoName", analyzed(entity.Person), none, map[string]string{
		"Patientenakte: Befund unauffällig": "", // a compound of its own
	}},
	{"NumberCompoundsOfFinnish", analyzed(entity.ID), among, map[string]string{
		"Potilasnumero: 7730146":    "7730146",
		"Asiakastunnus: 88127341":   "88127341",
		"Kortelės numeris: 4418290": "4418290",
	}},
	{"NoRecordOfAFinnishFirmsID", analyzed(entity.ID), none, map[string]string{
		"Y-tunnus 2903815-4": "",
	}},
	{"PhoneOfAFinnishCompound", analyzed(entity.Phone), among, map[string]string{
		"Puhelinnumero: 040 718 2953": "040 718 2953",
	}},
	{"CedulaWithItsHoldersLetter", analyzed(entity.ID), among, map[string]string{
		"C.I./RIF: V-17.453.902": "V-17.453.902",
	}},
	{"NoFieldInADocumentsHeading", analyzed(entity.Organization), none, map[string]string{
		"SCHOOL FEES INVOICE - TERM 2\nInvoice No.: SF24/0713": "",
	}},
	{"StaffRolesLabelTheirHolders", analyzed(entity.Person), among, map[string]string{
		"Service advisor: Kagiso Motswagole":                                   "Kagiso Motswagole",
		"Customer signature: ________________    Technician: Onalenna Seretse": "Onalenna Seretse",
		"Agent de facturation : Ouchène Yacine":                                "Ouchène Yacine",
		"Head teacher: NYIRAHABIMANA Claudine":                                 "NYIRAHABIMANA Claudine",
	}},
	{"NoHolderOfARolesPlace", analyzed(entity.Person), none, map[string]string{
		"Nurse station: Ward Four": "", // the role opens the label and no qualifier follows it
	}},
	{"PlatesOfMoreShapesAndLabels", analyzed(entity.ID), among, map[string]string{
		"Vehicle: Toyota Hilux 2.4 GD-6    Reg. No.: B 482 BKT": "B 482 BKT",
		"Rego: MRE381":                  "MRE381",
		"Placa: P-742FHD":               "P-742FHD",
		"Registarska oznaka: PG BN 417": "PG BN 417",
		"Ökutæki: Škoda Octavia, skráningarnúmer RP K47": "RP K47",
	}},
	{"MaskedCardAndAccountNumbers", analyzed(entity.ID), among, map[string]string{
		"Paiement carte 5189 **** **** 7742 – Spinneys": "5189 **** **** 7742",
		"Form of payment: CC MC 5412 75XX XXXX 3390":    "5412 75XX XXXX 3390",
		"EFTPOS  Card ****8302  $40.39":                 "****8302",
	}},
	{"CardsLastDigitsAfterItsScheme", analyzedColumns(entity.ID), among, map[string]string{
		"05/04/2024  02/04/2024  Credit card charge - Visa 2080       4,386.52": "2080",
		"Paid by Mastercard ending in 4471":                                     "4471",
	}},
	{"NoCardOfAYearAfterAScheme", analyzedColumns(entity.ID), none, map[string]string{
		"Mastercard 2024 rewards": "",
	}},
	{"AirlineTicketNumbers", analyzed(entity.ID), among, map[string]string{
		"Ticket number:   491-2415509834": "491-2415509834",
	}},
	{"HoldersAndEmployeesOfMoreLanguages", analyzed(entity.Person), among, map[string]string{
		"Tarjetahabiente: Itzel Yariela Aparicio de Quintero": "Itzel Yariela Aparicio de Quintero",
		"Zaposleni: Primož Jerebic":                           "Primož Jerebic",
	}},
	{"ParticleInANameInCapitals", analyzed(entity.Person), among, map[string]string{
		"Tarjetahabiente: ITZEL YARIELA APARICIO DE QUINTERO": "ITZEL YARIELA APARICIO DE QUINTERO",
	}},
	{"NumbersOfMoreLanguagesLabels", analyzed(entity.ID), among, map[string]string{
		"Broj vozačke dozvole: ME 0384127":                            "0384127",
		"LOCATOR: Valeriu Țurcanu, IDNP 0971408523617, domiciliat în": "0971408523617,",
		"Fjárhæðin verður lögð inn á reikning 0133-26-014872 innan":   "0133-26-014872",
		"  Script 5839204  Dr Harjit Sandhu  Rpt 3 of 5":              "5839204",
	}},
	{"AddressUnderALabelThatEndsInItsWord", analyzed(entity.Address), among, map[string]string{
		"Objekta adrese: Ganību dambis 17-8, Rīga, LV-1045": "Ganību dambis 17-8, Rīga, LV-1045",
	}},
	{"WordsThatATaxsAcronymOpens", analyzed(entity.ID), among, map[string]string{
		"Vatryggingarskirteini nr.: BIF-0447812": "BIF-0447812", // OCR lost the accent of "Vátryggingarskírteini"
	}},
	{"NoRecordAfterATaxsAcronym", analyzed(entity.ID), none, map[string]string{
		"VATno 4418273":      "",
		"GSTIN: 4418273":     "",
		"USt-IdNr.: 4418273": "",
	}},
	{"SlashJoinedToTheSecondLabel", analyzed(entity.ID), among, map[string]string{
		"RUC /C.I.: 3816249-7": "3816249-7",
	}},
	{"SloveneNumbersLabels", analyzed(entity.ID), among, map[string]string{
		"Osebna št.:\n00317":     "00317", // the value under its label, as OCR reads a payslip's columns
		"Davčna št.:\n58217394":  "58217394",
		"Osobni broj:\n00318204": "00318204",
	}},
	{"NoStreetOfAShortTypeOffItsLanguage", analyzed(entity.Address), none, map[string]string{
		"Dr Harjit Sandhu Rpt 3": "", // "Rpt" is a Hungarian quay's abbreviation; here a prescription's repeats
	}},
	{"NoAbbreviationEndsAName", analyzed(entity.Person), among, map[string]string{
		"  Script 5839204  Dr Harjit Sandhu  Rpt 3 of 5": "Harjit Sandhu",
		"Patient: Wei Ming Ng":                           "Wei Ming Ng", // a listed surname without a vowel
	}},
	{"NoStreetEndsInATypeWrittenFirst", analyzed(entity.Address), none, map[string]string{
		"Seksyen 115 Akta Pengangkutan Jalan 1987": "", // a Malaysian act's section
	}},
	{"PlateAfterRegistrationOfTheVehicle", analyzed(entity.ID), among, map[string]string{
		"No. Pendaftaran Kenderaan:	WVB 8214": "WVB 8214",
	}},
	{"MalayOfficersLabels", analyzed(entity.Person), among, map[string]string{
		"Pegawai Penyiasat:	Kpl. Noraini binti Samsudin": "Noraini binti Samsudin",
	}},
	{"IndonesianEmployeesAndTaxpayersNumbers", analyzed(entity.ID), among, map[string]string{
		"No. Induk Karyawan	: 2017.0412": "2017.0412",
		"NPWP	: 09.254.817.3-504.000":    "09.254.817.3-504.000",
	}},
	{"DoctorsRegistersOfFourDigits", analyzed(entity.ID), among, map[string]string{
		"Atendió: M.V. Florencia Iturralde – M.P. 1427":                 "1427",
		"Dr. Anderson Quiñones Rentería – Médico general – RM 05-18427": "05-18427",
		"Médico: Dr. Ramón Emilio Guzmán Peralta   Exequátur: 2748-18":  "2748-18",
	}},
	{"NoRegisterOfAnAmountInRinggit", analyzed(entity.ID), none, map[string]string{
		"TOTAL RM 1500": "",
	}},
	{"NameInCapitalsBeforeTheNextFieldsLabel", analyzed(entity.Person), among, map[string]string{
		"IGNACIA PILAR QUEZADA BUSTAMANTE	R.U.T.: 17.482.396-0": "IGNACIA PILAR QUEZADA BUSTAMANTE",
	}},
	{"WhoMadeOutABillInFinnishAndHungarian", analyzed(entity.Person), among, map[string]string{
		"Laskun laati: Sanna-Mari Koskelo": "Sanna-Mari Koskelo",
		"Kiállította: Vecsei Zoltán":       "Vecsei Zoltán",
		"Átvette: Pálfalvi Gergely":        "Pálfalvi Gergely",
	}},
	{"PetsMicrochipInOtherLanguages", analyzed(entity.ID), among, map[string]string{
		"Mikrokiip:	233001000458812": "233001000458812",
	}},
	{"PlateWhoseLastGroupHasADash", analyzed(entity.ID), among, map[string]string{
		"Rendszám:	AE HK-417": "AE HK-417",
	}},
	{"SonOrDaughterOfTheFathersName", analyzed(entity.Person), among, map[string]string{
		"Overtime hours were verified by shift lead Muthukumar s/o Ravindran.": "Muthukumar s/o Ravindran.",
		"Kumar a/l Subramaniam signed.":                                        "Kumar a/l Subramaniam",
	}},
	{"StaffRoleBeforeANameInASentence", analyzed(entity.Person), among, map[string]string{
		"Meter reading taken by Meter Reader Zulfiqar Hussain on 09-Mar-24.": "Zulfiqar Hussain",
	}},
	{"NoInitialsBeforeAnAbbreviation", analyzed(entity.Person), none, map[string]string{
		"Referto firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.": "",
	}},
	{"NoPersonOfARoomsKindWithItsCode", analyzed(entity.Person), none, map[string]string{
		"14/07	Accommodation - Double Sea View (B&B)	1	165,00\n15/07	Accommodation - Double Sea View (B&B)	1	165,00": "",
	}},
	{"NoWrappedNameAfterAFieldsValue", analyzed(entity.Person), among, map[string]string{
		"Mode de réglement : espèces et carte bancaire — Caissière : Mme Hanane Tazi\nPrestations de soins exonérées de TVA (article 91 du CGI).": "Hanane Tazi",
	}},
	{"NoNameOfAnAbbreviationBeforeANumber", analyzed(entity.Person), none, map[string]string{
		"domiciliée Résidence Yasmine, Imm. 4, Appt 11,": "",
	}},
	{"StreetBeforeTheNextFieldsLabel", analyzed(entity.Address), among, map[string]string{
		"Received from Mr. Kwabena Asante-Boateng of House No. 14, Abotsi Lane (GPS: GA-513-7742)": "House No. 14, Abotsi Lane",
	}},
	{"PlateInGroupsAfterARegistrationsNumber", analyzed(entity.ID), among, map[string]string{
		"Registration No.:	AFK 6093	Make/Model:	Toyota Wish 1.8": "AFK 6093",
	}},
	{"EstonianDoctorsLabels", analyzed(entity.Person), among, map[string]string{
		"Raviarst: dr T6nis Kuusik": "T6nis Kuusik", // OCR's "6" for the "õ" of "Tõnis"
		"Perearst: Mari Tamm":       "Mari Tamm",
	}},
	{"LabelWhoseCapitalIOCRReadAsL", analyzed(entity.ID), among, map[string]string{
		"lsikukood: 48903112745": "48903112745",
	}},
	{"FrenchResidenceWithoutItsPreposition", analyzed(entity.Address), among, map[string]string{
		"Mme Ghita Lahlou El Idrissi, née le 19/05/1979, domiciliée Résidence Yasmine, Imm. 4, Appt 11,\nHay Riad, Rabat, a été admise le 04/10/2024": "Résidence Yasmine, Imm. 4, Appt 11,\nHay Riad, Rabat,",
	}},
	{"NameAfterARankOrAStaffRole", analyzed(entity.Person), among, map[string]string{
		"Scene visited by Constable Mutinta Hamoonga (Force No. 41872) on 15/10/2024.":   "Mutinta Hamoonga",
		"Case allocated to Detective Sergeant Bwalya Musonda for further investigation.": "Bwalya Musonda",
		"Late check-out was approved by Duty Manager Shintaro Kurebayashi.":              "Shintaro Kurebayashi.",
	}},
	{"NoNameAfterARankOfOrdinaryWords", analyzed(entity.Person), none, map[string]string{
		"See the Lead Engineer Handbook for details.": "",
	}},
	{"PlateWithASpeckAfterItsLetters", analyzed(entity.ID), among, map[string]string{
		"Vehicle Reg. No.: BAK. 4721": "BAK. 4721",
	}},
	{"NoNameOfAThingSomeoneOwns", analyzed(entity.Person), none, map[string]string{
		"that on the night of 13/10/2024 her Toyota Corolla, registration BAK 4721, was parked": "",
	}},
	{"TurkishStaffRolesLabelTheirHolders", analyzed(entity.Person), among, map[string]string{
		"Servis Danışmanı: Tuğrulcan Eskibağlar": "Tuğrulcan Eskibağlar",
	}},
	{"NoNameEndsInARolesNoun", analyzed(entity.Person), none, map[string]string{
		"Reçeteyi Yazan Hekim": "", // the prescribing physician
	}},
	{"HeadingWithAColonInside", analyzed(entity.Person), none, map[string]string{
		"URGENT REFERRAL: SUSPECTED LOWER GI CANCER": "",
	}},
	{"PlatesWordWithoutItsAccents", analyzed(entity.ID), among, map[string]string{
		"Rendszam: AE HK-417": "AE HK-417", // OCR dropped the accent of "Rendszám"
	}},
	{"NameThenItsHoldersRoleAfterAComma", analyzed(entity.Person), among, map[string]string{
		"Issued by: Madalitso Gondwe, Customer Service Officer": "Madalitso Gondwe,",
		"Prepared by: Chimwemwe Nyirenda, Accountant":           "Chimwemwe Nyirenda,",
		"Tawonga Mhango, Nurse":                                 "Tawonga Mhango,",
		"Madalitso Gondwe, Customer Service Officer":            "Madalitso Gondwe,",
	}},
	{"NoNameOfAPlaceBeforeARole", analyzed(entity.Person), none, map[string]string{
		"Accounts Payable, Senior Accountant": "",
		"Thank you, Customer Service Officer": "",
	}},
	{"LabelAfterAHeadingsDash", analyzed(entity.Person), among, map[string]string{
		"FOR OFFICE USE - Assessor: Ruwan Jayasekara": "Ruwan Jayasekara",
	}},
	{"RankBeforeALabelledNameStays", analyzed(entity.Person), among, map[string]string{
		"Officer in Charge: Inspector Kelvin Mwale": "Kelvin Mwale",
	}},
	{"PlatesAfterARegistrationsMarkOrItsAbbreviation", analyzed(entity.ID), among, map[string]string{
		"Reg. oznaka: ZG 1234-AB": "ZG 1234-AB",
		"Reg. mark: AB12 CDE":     "AB12 CDE",
		"RZ: 1AB 2345":            "1AB 2345",
		"EČV: BA-123XY":           "BA-123XY",
	}},
	{"TitledNameOnARowThatOpensWithItsDate", analyzedColumns(entity.Person), among, map[string]string{
		"12.06.24    Dr. med. Beat Imhof    186.35    186.35    0.00": "Beat Imhof",
	}},
	{"NameWhereAnAccountsNumberWouldStand", analyzed(entity.Person), among, map[string]string{
		"Account:	Pieter-Schalk van Wyk": "Pieter-Schalk van Wyk",
	}},
	{"NoNameOfAnAccountsKind", analyzed(entity.Person), none, map[string]string{
		"Account: Savings Account": "",
		"Account: Lloyds Bank":     "",
	}},
	{"LowerCaseRoleAfterANamesComma", analyzed(entity.Person), among, map[string]string{
		"Servi par : Nathalie Gillard, pharmacienne": "Nathalie Gillard,",
	}},
	{"BelgianNationalNumberWithACommaForAPeriod", analyzed(entity.ID), among, map[string]string{
		"NISS: 91.04,27-284.63": "91.04,27-284.63",
	}},
	{"SocialInsurancesRegistrationNumber", analyzed(entity.ID), among, map[string]string{
		"N° d'immatriculation :	1 58 08 101 0347 26": "1 58 08 101 0347 26",
	}},
	{"SignerUnderAnOfficesLineAndItsComma", analyzed(entity.Person), among, map[string]string{
		"Le Chef du Service des Pensions,\nANDRIAMANANTENA Fidiniaina Hery": "ANDRIAMANANTENA Fidiniaina Hery",
		"Le Directeur,\nRAKOTOMALALA Haingo (signature et cachet)":          "RAKOTOMALALA Haingo",
	}},
	{"NoNameOfABillsSum", analyzed(entity.Person), none, map[string]string{
		"Hemat Member\nTOTAL BELANJA": "",
	}},
	{"VehiclesNumberWithItsMarkerFirst", analyzed(entity.ID), among, map[string]string{
		"No. Kenderaan:	BNK 7315": "BNK 7315",
	}},
	{"NoInstitutionOfADoctorsSpecialty", analyzed(entity.Organization), none, map[string]string{
		"Médica especialista en Clínica Médica": "",
	}},
	{"TheOneResponsibleIsAPersonsLabel", analyzed(entity.Person), among, map[string]string{
		"Responsável:	Edvaldo Damasceno Filho": "Edvaldo Damasceno Filho",
	}},
	{"PlatesAfterTheSpanishPlural", analyzed(entity.ID), among, map[string]string{
		"Vehículo:	Mazda 3 2019	Placas:	SLN-381-A": "SLN-381-A",
	}},
	{"HungarianClientsNumber", analyzed(entity.ID), among, map[string]string{
		"04.08 Csoportos beszedés – villamosenergia, ügyfélszám 3000417756 -18 942 807 603": "3000417756",
	}},
	{"StaffRolesOfMoreLanguagesAndTheirCompounds", analyzed(entity.Person), among, map[string]string{
		"Ügyfélreferens: Bencsik Orsolya":       "Bencsik Orsolya",
		"Gestionar: Viorica Hârțan":             "Viorica Hârțan",
		"Napotni zdravnik: Urška Pintar Jelenc": "Urška Pintar Jelenc",
	}},
	{"RomanianNameLabels", analyzed(entity.Person), among, map[string]string{
		"Numele delegatului:	Neculai Ciobotaru": "Neculai Ciobotaru",
	}},
	{"DoctorsTitleAfterTheNamesComma", analyzed(entity.Person), among, map[string]string{
		"Napotni zdravnik:	Urška Pintar Jelenc, dr. med.": "Urška Pintar Jelenc,",
	}},
	{"RomanianAndPolishVehiclesNumbers", analyzed(entity.ID), among, map[string]string{
		"Mijloc de transport:	autoutilitară nr. BT 27 KRV":     "BT 27 KRV",
		"Pojazd:	Škoda Octavia III 1.6 TDI, nr rej. WPI 5H812": "WPI 5H812",
	}},
	{"NoNameInARoomsDescription", analyzed(entity.Person), none, map[string]string{
		"14.06.2024	Konaklama - Deluxe Deniz Manzaralı	1	4.850,00": "",
	}},
	{"NoNameOfALargeCityAloneOnItsLine", analyzedColumns(entity.Person), none, map[string]string{
		"28 Tai Koo Shing Road, Quarry Bay\nHONG KONG": "",
	}},
	{"FlatsUnitsAndEstateOverTheStreet", analyzedColumns(entity.Address), among, map[string]string{
		"Ms KWOK Pui Shan\nFlat C, 17/F, Tower 3\nHarbour Crest\n28 Tai Koo Shing Road, Quarry Bay": "Flat C, 17/F, Tower 3\nHarbour Crest\n28 Tai Koo Shing Road, Quarry Bay",
		"Unit 5, Block B\n28 Tai Koo Shing Road":                                                    "Unit 5, Block B\n28 Tai Koo Shing Road",
	}},
	{"PlotAfterOfInAStatement", analyzed(entity.Address), among, map[string]string{
		"The complainant, Ms Chilufya Mwape, born 14/02/1986, of Plot 2291, Chilenje South, states": "Plot 2291, Chilenje South,",
		"A neighbour, Mr Lubinda Akapelwa of Plot 2295, reported":                                   "Plot 2295,",
	}},
	{"SupplyMetersNumberInAStatementsRow", analyzedColumns(entity.ID), among, map[string]string{
		"20-May   AEDC PREPAID/METER 04178239516   20,000.00   367,835.25":      "04178239516",
		"15/09/2024   Electricity token - meter 04219783316   95,000   257,500": "04219783316",
	}},
	{"NoIDOfAMetersReading", analyzed(entity.ID), none, map[string]string{
		"Meter: 45231 kWh": "",
	}},
	{"MalayOfficersBodyNumber", analyzed(entity.ID), among, map[string]string{
		"No. Badan: 148326":     "148326",
		"No. Badan:\nRF 148326": "148326", // OCR set the value on a line of its own
	}},
	{"ShortEmployeesNumberAfterACompoundLabel", analyzed(entity.ID), among, map[string]string{
		"Medarbejdernr.:	0317	Afdeling:	Byggeplads": "0317",
		"Anställningsnr: 0317":                      "0317",
		"Mitarbeiternummer: 4471":                   "4471",
	}},
	{"RegistrationsNumberInAnAsideAfterAName", analyzed(entity.ID), among, map[string]string{
		"Pharmacist: Rupali Gaikwad (Reg. 41278)": "41278)",
	}},
	{"NoRegistrationOfAYearInAnAside", analyzed(entity.ID), none, map[string]string{
		"Acme Ltd (Reg. 2024)": "",
	}},
	{"InsuredsNumberOfALetterAndDigitGroups", analyzed(entity.ID), among, map[string]string{
		"Versichertennummer:	A 847 291 556": "A 847 291 556",
	}},
	{"AbbreviationInAnAsideEndsATitledName", analyzed(entity.Person), among, map[string]string{
		"Dr Kofi Mensah (Regn. 20417)": "Kofi Mensah",
	}},
	{"NoNameInADescriptionAfterAKindThatRecurs", analyzedColumns(entity.Person), none, map[string]string{
		"14.06.2024   Konaklama - Deluxe Deniz Manzaralı   1   4.850,00\n15.06.2024   Konaklama - Deluxe Deniz Manzaralı   1   4.850,00\n16.06.2024   Konaklama Vergisi   1   97,00": "",
	}},
	{"NoFirmOfACodesInitialAndForm", analyzed(entity.Organization), none, map[string]string{
		"Esta factura se asimila en todos sus efectos a una letra de cambio (Art. 774 C. Co.).": "",
	}},
	{"VehiclesChassisNumber", analyzed(entity.ID), among, map[string]string{
		"Chasis:	2T1BURHE4KC187432":         "2T1BURHE4KC187432",
		"Nº de bastidor: VF1RFB00X61234567": "VF1RFB00X61234567",
	}},
	{"MerchantAfterACardPurchaseThatRecurs", analyzedColumns(entity.Person), among, map[string]string{
		"17/06/2022   Pagamento POS Carrefour   45,00\n18/06/2022   Pagamento POS Pellicano   1.310,99": "Pellicano",
	}},
	{"NoLabelInAJobTitleAfterItsLabel", analyzedColumns(entity.Person), none, map[string]string{
		"   Designation:     Marine Operations Coordinator\nC  GROSS EMOLUMENTS                              This Period\n   Basic Salary                                     2,150.00": "",
	}},
	{"NumberOfAPersonsLabel", analyzedColumns(entity.ID), among, map[string]string{
		"Funcionario: RODRÍGUEZ FERREIRA, Ana Inés          Nº Funcionario: 0417": "0417",
		"Nº Pelanggan: 4471902":  "4471902",
		"No. Pelanggan: 4471902": "4471902",
	}},
	{"AddressBlockOverALetterPostcode", analyzed(entity.Address), among, map[string]string{
		"Ms Aoife Ní Bhriain\nApt 12, Ceannt House\nHarbour Road, Dún Laoghaire\nCo. Dublin A96 F2X8": "Apt 12, Ceannt House\nHarbour Road, Dún Laoghaire\nCo. Dublin A96 F2X8",
		"Mr Tom Harris\nFlat 2, Clarence House\nHarbour Road, Portishead\nBristol BS20 7DE":           "Flat 2, Clarence House\nHarbour Road, Portishead\nBristol BS20 7DE",
	}},
	{"SwahiliAndFilipinoLabels", analyzedColumns(entity.Person), among, map[string]string{
		"Jina la Mteja:         MWAKALINGA Neema Joseph": "MWAKALINGA Neema Joseph",
		"Other Names:          Chilufya Mercy":           "Chilufya Mercy",
		"Registered person:  Wiremu Tane Hohepa":         "Wiremu Tane Hohepa",
	}},
	{"SwahiliFilipinoAndSloveneAddressLabels", analyzedColumns(entity.Address), among, map[string]string{
		"Anwani:                Mtaa wa Mbezi Juu, Nyumba Na. 47\n                       Kinondoni, Dar es Salaam":                        "Mtaa wa Mbezi Juu, Nyumba Na. 47\nKinondoni, Dar es Salaam",
		"   Tirahan               : Blk 14 Lot 9, Kalye Ilang-Ilang, Phase 2\n                           Sitio Mayamot, Brgy. San Isidro": "Blk 14 Lot 9, Kalye Ilang-Ilang, Phase 2\nSitio Mayamot, Brgy. San Isidro",
		"Naslov:                  Cesta v Rogozo 21\n                         2204 Miklavž na Dravskem polju\nTelefon:   041 382 917":     "Cesta v Rogozo 21\n2204 Miklavž na Dravskem polju",
	}},
	{"FilipinoBirthDateLabel", analyzedColumns(entity.Date), among, map[string]string{
		"   Petsa ng Kapanganakan : Marso 3, 1988": "Marso 3, 1988",
	}},
	{"AccountsOfMoreLanguagesAndSavings", analyzedColumns(entity.ID), among, map[string]string{
		"Terhelendő bankszámla: 11773016-05829314":                                         "11773016-05829314",
		"Forma de pago: Acreditación BROU - Caja de ahorro Nº 001783425-00002":             "001783425-00002",
		"7        Akaun Bank Tuan Rumah            Maybank Berhad, No. Akaun 162144089273": "162144089273",
	}},
	{"NoRecordOfATillsTicket", analyzed(entity.ID), none, map[string]string{
		"Ticket de cliente Nº 123456": "",
	}},
	{"TransfersCounterpartyAfterANetworksName", analyzedColumns(entity.Person), among, map[string]string{
		"10 OCT  Virement Interac reçu - Luc BERGERON-OUELLET     85,00    3 704,13\n24 OCT  Virement Interac envoyé - Sophie Lachapelle   60,00   4 045,85": "Luc BERGERON-OUELLET",
	}},
	{"SignerUnderAnOfficeWithItsArticle", analyzed(entity.Person), among, map[string]string{
		"Fait à Abidjan, le 31/10/2024\nLe Directeur des Ressources Humaines\nN'GUESSAN-BROU Aya Marcelle\nConservez ce bulletin sans limitation de durée.": "N'GUESSAN-BROU Aya Marcelle",
	}},
	{"NationalIdentityCardOfFrenchSpeakingAfrica", analyzedColumns(entity.ID), among, map[string]string{
		"N° CNI :             CI005713942                   Catégorie :      Agent de maîtrise M2": "CI005713942",
		"CIN : AB123456": "AB123456",
	}},
	{"NoLabelOfAPersonsWordInsideAGarbledLine", analyzedColumns(entity.Person), none, map[string]string{
		"nto only forte person or cany\nWy coma": "",
	}},
	{"IndonesianWitnessAndAccountHolder", analyzed(entity.Person), only, map[string]string{
		"Saksi:\nSuparno (Ketua RT setempat)":                     "Suparno",
		"a.n. Siti Rahmawati Nasution pada tanggal 28 Juni 2024.": "Siti Rahmawati Nasution",
	}},
	{"NamesPartInBracketsStays", analyzed(entity.Person), only, map[string]string{
		"Name: ANĐELKOVIĆ (Dragan) Milica": "ANĐELKOVIĆ (Dragan) Milica",
	}},
	{"IndonesianIdentityNumber", analyzedColumns(entity.ID), among, map[string]string{
		"  Hj. SITI RAHMAWATI NASUTION\n  NIK 3174036209710002": "3174036209710002",
	}},
	{"MalayHonorificsBeforeAName", analyzed(entity.Person), among, map[string]string{
		"ANTARA\n\nHAJI ZULKIFLI BIN ABD RAHMAN (No. K/P: 620814-08-5123)": "ZULKIFLI BIN ABD RAHMAN",
	}},
	{"SignersSideBySide", analyzedColumns(entity.Person), among, map[string]string{
		"  ______________________________          ______________________________\n  Nelson Enrique Guaita Ramos             Yelitza Coromoto Herrera Bello\n  C.I. V-8.604.215                        C.I. V-13.927.540": "Yelitza Coromoto Herrera Bello",
		"  HENDRA WIJAYA KUSUMA                                Hj. SITI RAHMAWATI NASUTION\n                                                     NIK 3174036209710002":                                                    "SITI RAHMAWATI NASUTION",
	}},
	{"NoSignerOfAHeadingOverANumber", analyzedColumns(entity.Person), none, map[string]string{
		"  Monthly Summary                    Annual Summary\n  Account 12345678                   Account 87654321": "",
	}},
	{"RegistersLettersBeforeItsNumber", analyzedColumns(entity.ID), among, map[string]string{
		"Barbados Medical Council Reg. No. BMC 2174":                                "BMC 2174",
		"Issuing Officer:      Cst. Ndapewa Shikongo            Force No.: CP 1127": "CP 1127",
	}},
	{"NoRegisterOfACurrencysCode", analyzed(entity.ID), none, map[string]string{
		"Total: USD 1234": "",
	}},
	{"ProfessionalsRegister", analyzedColumns(entity.ID), among, map[string]string{
		"                                        Médico Internista\n                                        Reg. Prof. Nº 9.482": "9.482",
		"                                   MÉDICO TRAUMATÓLOGO\n                                   Mat. Prof. S-1874":           "S-1874",
	}},
	{"NoNameOfARegistersMarker", analyzedColumns(entity.Person), none, map[string]string{
		"                                        Médico Internista\n                                        Reg. Prof. Nº 9.482": "",
	}},
	{"NumberOfARegistersInscription", analyzed(entity.ID), among, map[string]string{
		"Médecin interniste - Inscrit à l'Ordre des Médecins sous le n° 1093": "1093",
	}},
	{"MembersNumberOfRomanceLanguagesAndVietnamesesMarker", analyzedColumns(entity.ID), among, map[string]string{
		"Numéro de membre         : 327/0512-3370-884": "327/0512-3370-884",
		"Nº de miembro: 88231":                         "88231",
		"trích nợ tự động từ tài khoản Vietcombank\nsố 0451000387219 của khách hàng vào ngày 10/06/2024.": "0451000387219",
	}},
	{"LabelWithAnAsideOnHowToFillItIn", analyzedColumns(entity.Person), among, map[string]string{
		"Last name (in capital letters)           First name                  Initial\nMACLEOD-BEAUCHAMP                        Siobhan                     E.": "MACLEOD-BEAUCHAMP",
	}},
	{"NamesJoinedByAFiliationMark", analyzed(entity.Person), among, map[string]string{
		"KAVITHA A/P SUBRAMANIAM (No. K/P: 910227-10-6348)":                            "KAVITHA A/P SUBRAMANIAM",
		"ZULKIFLI BIN ABD RAHMAN":                                                      "ZULKIFLI BIN ABD RAHMAN",
		"Cashier    : 0417\n  SITI HAJAR BT MOHD NOR":                                  "SITI HAJAR BT MOHD NOR",
		"PAID TO HAJAR BT AHMAD ON 12/03":                                              "HAJAR BT AHMAD",
		"Dispensed by     : Ramachandran s/o Velayutham (Pharm. Tech.)   Checked: NAK": "Ramachandran s/o Velayutham",
	}},
	{"NoNameAroundAnOrdinaryBin", analyzed(entity.Person), none, map[string]string{
		"KITCHEN BIN LINERS 2 x 4.99":      "",
		"Put it in the Recycle bin Monday": "",
	}},
	{"DwellingsAndPropertysLabel", analyzed(entity.Address), among, map[string]string{
		"Dwelling: Apt 12, Ceannt House, Dun Laoghaire": "Apt 12, Ceannt House, Dun Laoghaire",
	}},
	{"FilipinoNumbersMarker", analyzedColumns(entity.ID), inside, map[string]string{
		"   Cedula (CTC) Blg.     : CCI2025 04418723    Inisyu noong: Enero 10, 2025": "CCI2025",
	}},
	{"DepartmentAfterANamesCommaEndsTheValue", analyzedColumns(entity.Person), only, map[string]string{
		"Kontaktperson:           Louise Brandt, HR-afdelingen": "Louise Brandt,",
	}},
	{"RoleWrittenSmallBeforeALabelledName", analyzed(entity.Person), only, map[string]string{
		"Sąskaitą išrašė: klientų aptarnavimo specialistė Dovilė Jankauskaitė": "Dovilė Jankauskaitė",
	}},
	{"DistrictWithAnOrdinalBeforeTheTown", analyzed(entity.Address), among, map[string]string{
		"Mr. Siddharth Venkatraman Iyer\nFlat 204, Sai Krupa Residency, 6th Main Road\nJayanagar 4th Block, Bengaluru – 560011": "Flat 204, Sai Krupa Residency, 6th Main Road\nJayanagar 4th Block, Bengaluru – 560011",
	}},
	{"DutchTitleWrittenSmallAndInitialsBeforeAWordSurname", analyzedColumns(entity.Person), inside, map[string]string{
		"ma 7 april     10:15   dr. S.A. Lindeboom           Route 42, 1e verdieping": "Lindeboom",
		"dr. S. Lindeboom": "Lindeboom",
	}},
	{"NoPersonOfAFirmAndItsLegalForm", analyzed(entity.Person), none, map[string]string{
		"Bayaran kepada Maybank Berhad, No. Akaun 162144089273": "",
	}},
	{"NoPersonOfADegreeAndItsField", analyzedColumns(entity.Person), absent, map[string]string{
		"Checked by:                                Laboratory Director:\nChemist Amr Saeed Abdel-Ghany              Dr. Nermeen Fawzy Gad\n                                           MD Clinical Pathology": "MD Clinical",
	}},
	{"TownLineWithItsCompassPoint", analyzed(entity.Address), among, map[string]string{
		"1.1 The Landlord hereby lets to the Tenant the dwelling situated at:\n       Plot 21147, Unit 3, Phakalane Estates\n       Gaborone North\n    consisting of three (3) bedrooms": "Plot 21147, Unit 3, Phakalane Estates\nGaborone North",
	}},
	{"TransfersCounterpartyWrappedUnderItsRow", analyzedColumns(entity.Person), among, map[string]string{
		"SH8CMW1YVB   2024-08-21 20:11:58  Funds received from - 0700482113    7,300.00\n                                  Ole Sankale Meitamei": "Ole Sankale Meitamei",
	}},
	{"NoCounterpartyOfADescriptionWrappedUnderItsRow", analyzedColumns(entity.Person), none, map[string]string{
		"SH86BN3QZE   2024-08-10 07:45:11  Transfer to - 0700482113             1,620.00\n                                  Monthly Service Fee": "",
	}},
	{"NoCounterpartyOnAFoliosServiceRow", analyzedColumns(entity.Person), none, map[string]string{
		" 28-04-2025  Restaurant - Thakali Khana Set        2     1,225.00       2,450.00\n 29-04-2025  Mini Bar - Gorkha Beer 650ml          3       550.00       1,650.00": "",
	}},
	{"NoNameOfADepartmentsMailbox", analyzedColumns(entity.Person), absent, map[string]string{
		"E-mail: resurse.umane@translogistic.ro\n        Director general,                      Șef Serviciu Resurse Umane,": "Șef Serviciu Resurse Umane,",
	}},
	{"MetersNumberOfMoreLanguages", analyzedColumns(entity.ID), among, map[string]string{
		"Namba ya Mita:         43017825594": "43017825594",
	}},
	{"GivenNamesThenTheSurnameInCapitals", analyzed(entity.Person), among, map[string]string{
		"à la même adresse, en présence des témoins Fritzner PIERRE-LOUIS et": "Fritzner PIERRE-LOUIS",
		"Guerline DORVILUS, majeurs, domiciliés à Port-au-Prince.":            "Guerline DORVILUS,",
	}},
	{"NoNameOfAWordAndAnAcronymOrAPlaceInCapitals", analyzed(entity.Person), none, map[string]string{
		"Facture EDF Janvier":                "",
		"Objet : Facture EAU-ASSAINISSEMENT": "",
		"Agence commerciale Dakar LIBERTÉ":   "",
	}},
	{"RecordsLabelWhoseLastLetterOCRReadAsOne", analyzedColumns(entity.ID), among, map[string]string{
		"ZMR-Zah1:                     000718243906": "000718243906",
	}},
	{"NoGivenNameOfACompoundNounBeforeCapitals", analyzed(entity.Person), none, map[string]string{
		"02.11.2024  Bargeldauszahlung NEUMONSTER   200,00   1.234,00": "",
		"Bargeldauszahlung NEUMONSTER":                                 "",
	}},
	{"BusinessPaidByMobileMoneyIsAFirm", analyzedColumns(entity.Organization), among, map[string]string{
		"SH86BN3QZE   2024-08-10 07:45:11  Pay Bill to 888880 - Kenya Power             1,620.00": "Kenya Power",
		"SH89JD5KTR   2024-08-14 13:30:05  Merchant Payment to 5127744 - Naivas         2,985.00": "Naivas",
	}},
	{"NoIDOfABusinesssPaybillNumber", analyzedColumns(entity.ID), none, map[string]string{
		"SH86BN3QZE   2024-08-10 07:45:11  Pay Bill to 888880 - Kenya Power             1,620.00": "",
	}},
	{"BuildingsNameAndItsUnitsOverTheStreet", analyzedColumns(entity.Address), among, map[string]string{
		"                                        Madame Nadège OUEDRAOGO\n                                        Résidence Les Tanneurs, bât. C, appt 32\n                                        14 rue des Tanneurs\n                                        35200 Rennes": "Résidence Les Tanneurs, bât. C, appt 32\n14 rue des Tanneurs\n35200 Rennes",
	}},
	{"NoCounterpartyAfterATransferWordThatEndsTheRow", analyzedColumns(entity.Organization), none, map[string]string{
		"2024-08-10  Pay Bill to": "",
	}},
	{"ARowsNumberIsNoPartOfTheNameUnderAPersonsLabel", analyzedColumns(entity.Person), among, map[string]string{
		"   Full name (SURNAME Given names)    Date of birth   Mobile          Bond share\n1  NGUYEN Thi Lan Anh                 04/11/1996      0412 583 907     $1,240.00\n2  O'SULLIVAN-BRAY Callum James       23/06/1994      0433 071 265     $1,240.00": "O'SULLIVAN-BRAY Callum James",
		"   Full name    Date of birth   Mobile\n1  NGUYEN Thi Lan Anh     04/11/1996      0412 583 907\n2  Callum James Bray       23/06/1994      0433 071 265":                                                                                              "NGUYEN Thi Lan Anh",
	}},
	{"ANameLabelThatNamesItsHolderFirst", analyzed(entity.Person), among, map[string]string{
		"Juhi nimi:            Liis-Marii Tamm              Telefon: +372 5612 0934": "Liis-Marii Tamm",
		"Anyja neve: Kovács Mária": "Kovács Mária",
		"Kundens navn: Jens Holm":  "Jens Holm",
	}},
	{"AFirmsNameLabelInOtherLanguagesNamesNoPerson", analyzed(entity.Person), none, map[string]string{
		"Ettevõtte nimi:  Läänemere Kindlustus AS": "",
		"Yrityksen nimi: Lahden Putki Oy":          "",
	}},
	{"AMakeAndModelInOtherLanguagesNamesNoPerson", analyzed(entity.Person), none, map[string]string{
		"Mark ja mudel:        Škoda Octavia Combi          Registreerimisnumber: 284 BKM": "",
		"Merkki ja malli: Škoda Octavia": "",
	}},
	{"PlatesOfTheBalticLanguagesAndAfterAVehiclesRegistration", analyzed(entity.ID), among, map[string]string{
		"Mark ja mudel:        Škoda Octavia Combi          Registreerimisnumber: 284 BKM": "284 BKM",
		"Sõiduki reg. nr:      517 TRS (Ford Transit)       Kindlustaja: If P&C":           "517 TRS",
		"Pojazdu nr rej.: WE 4821K": "WE 4821K",
	}},
	{"AQuantityBeforeItsUnitIsNoCode", analyzed(entity.ID), absent, map[string]string{
		"Registreerimisnumber: 284 BKM\nLäbisõit: 112 450 km": "112 450",
		"Registration: AB12 CDE\nOdometer: 84 213 mi":         "84 213",
	}},
	{"AnAccountInThousandsGroupsWithItsCheckDigit", analyzed(entity.ID), among, map[string]string{
		"Agência:    0417 - Paulista Jardins        Conta corrente: 23.581-7": "23.581-7",
	}},
	{"AnAmountInThousandsGroupsIsNoAccount", analyzed(entity.ID), none, map[string]string{
		"Total: 23.581,70": "",
	}},
	{"ACounterpartyAfterPortugueseAndSpanishSentAndReceived", analyzedColumns(entity.Person), among, map[string]string{
		"Data   Lançamento                               Docto       Valor (R$)    Saldo (R$)\n01/10  SALDO ANTERIOR                                                       2.318,45\n02/10  PIX RECEBIDO RENATA DE ALMEIDA FARIAS    E7731902        850,00      3.168,45\n10/10  PIX ENVIADO JOSE CARLOS BITTENCOURT      E8140277       -300,00      7.652,88":  "JOSE CARLOS BITTENCOURT",
		"Data   Lançamento                               Docto       Valor (R$)    Saldo (R$)\n01/10  SALDO ANTERIOR                                                       2.318,45\n02/10  PIX RECEBIDO RENATA DE ALMEIDA FARIAS    E7731902        850,00      3.168,45\n10/10  PIX ENVIADO JOSE CARLOS BITTENCOURT      E8140277       -300,00      7.652,88 ": "RENATA DE ALMEIDA FARIAS",
	}},
	{"AParticleAfterAGivenNameInAStatementsRowIsNoTransferWord", analyzedColumns(entity.Person), among, map[string]string{
		"Data   Lançamento                               Valor (R$)    Saldo (R$)\n02/10  TRANSF RENATA DE ALMEIDA FARIAS    850,00      3.168,45\n03/10  TRANSF MARCOS DE SOUZA LIMA        120,00      3.288,45": "RENATA DE ALMEIDA FARIAS",
	}},
	{"AnAbbreviatedKindBeforeAnOrdinaryWordOpensNoName", analyzedColumns(entity.Person), none, map[string]string{
		"Data   Lançamento                               Docto       Valor (R$)    Saldo (R$)\n01/10  SALDO ANTERIOR                                                       2.318,45\n03/10  PAGTO BOLETO COND ED VILA MADALENA       004521       -1.240,00      1.928,45\n14/10  DEB AUTOMATICO TARIFA                    771209         -214,67      7.438,21": "",
	}},
	{"ALabelThatNamesItsHolderAfterAConnective", analyzed(entity.Person), only, map[string]string{
		"Jina la Mzazi / Parent's Name:       Joseph Anyitike Mwakyusa": "Joseph Anyitike Mwakyusa",
		"Jina la Mwanafunzi / Student Name:   MWAKYUSA Neema Joseph":    "MWAKYUSA Neema Joseph",
		"Pangalan ng Ama:   Ramon Dizon Castillo":                       "Ramon Dizon Castillo",
	}},
	{"AStampsCaptionBesideASignatureNamesNoPerson", analyzed(entity.Person), none, map[string]string{
		"Sahihi / Signature: ______________________         Muhuri wa Shule / School Stamp": "",
		"Signature: ________________     Official Seal":                                     "",
	}},
	{"ANameThatAnAddressOutscoresIsSoughtNowhereElse", analyzed(entity.Person), none, map[string]string{
		"                    SHULE YA SEKONDARI KILIMANJARO HILLS\n         S.L.P. 2214, Moshi, Kilimanjaro | Simu / Tel: +255 27 275 4410": "",
	}},
	{"AYearBeforeAnItemsAmountIsItsPeriod", analyzedColumns(entity.ID), none, map[string]string{
		"  Maelezo / Description                    Muhula / Term        Kiasi (TZS)\n  Bima ya Afya / Health Insurance          2024                      50,400": "",
	}},
	{"AKinsNounInCapitalsOnARowOfSumsNamesNoRelative", analyzedColumns(entity.Person), none, map[string]string{
		"       Davčna osnova                                                 997,19\n       NETO PLAČA                                                   1.466,36": "",
	}},
	{"WhoPreparedItInTheSlavicLanguages", analyzed(entity.Person), inside, map[string]string{
		"Obračun pripravila: Mojca Vidmar-Zorko, vodja kadrovske službe": "Mojca Vidmar-Zorko",
		"Sporządziła: Anna Wiśniewska-Kowal":                             "Anna Wiśniewska-Kowal",
	}},
	{"AColombianIdentityCardsNumberItsPeriodReadAsAComma", analyzed(entity.ID), among, map[string]string{
		"Documento:              C.C, 1.098.654.321": "1.098.654.321",
		"Documento:              CC. 1.098.654.321":  "1.098.654.321",
	}},
	{"AnEnginesCubicCentimetresAreNoCard", analyzed(entity.ID), none, map[string]string{
		"Engine 1600 cc 4 cylinders": "",
	}},
	{"ANumbersMarkerWhoseOrdinalOCRReadAsATwo", analyzed(entity.ID), among, map[string]string{
		"Instructor: SO2 PNP Carlos Alberto Huaméan Ticona          CIP N.2 31540872": "31540872",
	}},
	{"AnInsurancePolicysNumberInOtherLanguages", analyzed(entity.ID), among, map[string]string{
		"N° de police : 4.518.902.371             Validité : du 01.01.2024 au 31.12.2024": "4.518.902.371",
		"Polisnummer: 7731-204-18": "7731-204-18",
	}},
	{"ADegreeAndItsFieldAreNoInstitution", analyzed(entity.Organization), only, map[string]string{
		"Ingenieria en Logistica Universidad de Santiago de Chile": "Universidad de Santiago de Chile",
	}},
	{"ADoubleSurnameOfListedPartsOnAStatementsRow", analyzedColumns(entity.Person), among, map[string]string{
		"Datum   Omschrijving                                            Af (EUR)   Bij (EUR)\n08-04   Overboeking van M. DE GROOT-BAKKER                                     45,00": "M. DE GROOT-BAKKER",
	}},
	{"ACardPurchasesMerchantAfterItsArticle", analyzedColumns(entity.Person), none, map[string]string{
		"Datum   Omschrijving                                            Af (EUR)   Bij (EUR)\n05-04   Betaalpas - Supermarkt De Korenbloem GRONINGEN             86,42\n06-04   Pinbetaling Bakkerij Van Dam ZWOLLE                         12,40": "",
	}},
	{"AShortGivenNameAfterATitleAndBeforeAParticledSurname", analyzed(entity.Person), among, map[string]string{
		"Klastitularis:      mevr. An De Smedt": "An De Smedt",
	}},
	{"ATitleBeforeAFirmsWordsAndAParticle", analyzed(entity.Person), none, map[string]string{
		"Dr. Med De Smedt Kliniek": "",
	}},
	{"AnAccountAfterAWordThatOpensLikeAProductsCode", analyzed(entity.ID), among, map[string]string{
		"Greiðsla verður skuldfærð af reikningi 0133-26-004512 á gjalddaga.": "0133-26-004512",
	}},
	{"AProductsCodeIsNoRecord", analyzed(entity.ID), none, map[string]string{
		"SKU: 40012345": "",
	}},
	{"ACustomersNumberInTheSlavicAndBalticLanguagesFinnishAndIcelandic", analyzed(entity.ID), among, map[string]string{
		"Kanta-asiakas:    6400 1187 2290": "6400 1187 2290",
		"Viðskiptanúmer:   0047 2286 13":   "0047 2286 13",
	}},
	{"ADocumentsSeriesThenItsNumber", analyzed(entity.ID), among, map[string]string{
		"Seria si numarul: RO/25/T18/KX 0041723985": "RO/25/T18/KX 0041723985",
		"Seria și numărul: RO/25/T18/KX 0041723985": "RO/25/T18/KX 0041723985",
	}},
	{"PersonsLabelsOfTheBalticLanguagesAndRomanian", analyzed(entity.Person), among, map[string]string{
		"Utilizator desemnat:   POPESCU Ioana-Maria": "POPESCU Ioana-Maria",
		"Atstovas (motina): Ruta Petrauskiené":       "Ruta Petrauskiené",
	}},
	{"ALabelsWordInCapitalsThatOpensATitle", analyzed(entity.Organization), none, map[string]string{
		"                        SCHOOL LEAVING CERTIFICATE\n\nS.N.: 0427": "",
	}},
	{"ALabelInCapitalsBeforeANameInCapitals", analyzed(entity.Person), among, map[string]string{
		"CUSTOMER MARIA LOPEZ": "MARIA LOPEZ",
	}},
	{"AFormsSectionLetterAndItsHeading", analyzed(entity.Person), none, map[string]string{
		"D. KONTAK DARURAT": "",
	}},
	{"AMalayOrIndonesianNameLabelThenItsHolder", analyzed(entity.Person), only, map[string]string{
		"   Nama Ibu Kandung       : SUMARNI": "SUMARNI",
	}},
	{"AMalayOrIndonesianFirmsNameLabel", analyzed(entity.Person), none, map[string]string{
		"Nama Perusahaan: PT Maju Jaya": "",
	}},
	{"AValueAfterASlashUnderALabelThatPairsTwoFields", analyzed(entity.ID), among, map[string]string{
		"   Bank / No. Rekening    : BCA KCP Kaliurang / 8465120397": "8465120397",
	}},
	{"ALabelAmongATablesHeadsTakesTheValueBelowIt", analyzedColumns(entity.Person), only, map[string]string{
		"D. KONTAK DARURAT\n   Nama                          Hubungan        No. Telepon\n   Maria Fransiska Wulandari     Istri           0857-4102-6639": "Maria Fransiska Wulandari",
	}},
	{"ACheckBoxOpensOptionsNoValue", analyzed(entity.Address), none, map[string]string{
		"Premises type: [x] Flat/unit [ ] House [ ] Townhouse Bedrooms: 2": "",
		"Premises: [x] Flat/unit": "",
		"Premises type:  [x] Flat/unit   [ ] House   [ ] Townhouse        Bedrooms: 2": "",
		"Premises:  [x] Flat/unit   [ ] House":                                         "",
	}},
	{"ASchoolsGradeIsNoHouseNumber", analyzed(entity.Address), none, map[string]string{
		"[X] Grade 7 Result Slip   [X] Birth Certificate": "",
	}},
	{"ATitleBeforeTheNextColumnsHeadNamesNoOne", analyzedColumns(entity.Person), none, map[string]string{
		"Viti akademik        Viti i studimit        Kredite (ECTS)        Nota mesatare\n2022-2023            I                      60                    8,45": "",
	}},
	{"AnAbbreviationBetweenTitlesIsTheirs", analyzed(entity.Person), only, map[string]string{
		"Prof. Asoc. Dr. Ilir Dervishaj": "Ilir Dervishaj",
	}},
	{"ATitledSurnameThatEndsASentenceBeforeAnotherTitle", analyzed(entity.Person), inside, map[string]string{
		"Seen by Dr. Kramer. Dr. Weber will call.": "Kramer",
	}},
	{"ADriverBesidesTheHirer", analyzed(entity.Person), among, map[string]string{
		"Additional driver:  Desislava Zhelyazkova-Petkova": "Desislava Zhelyazkova-Petkova",
	}},
	{"ABuyersCodeInTheSouthSlavicLanguages", analyzed(entity.ID), among, map[string]string{
		"Šifra kupca: 418273                              Datum dospijeća: 30.09.2024.": "418273",
	}},
	{"ARowsNumberInAColumnOfItsOwnBesideAPersonsColumn", analyzedColumns(entity.Person), among, map[string]string{
		"     Full name    Date of birth   Mobile          Bond share\n1    NGUYEN Thi Lan Anh                 04/11/1996      0412 583 907     $1,240.00\n2    O'SULLIVAN-BRAY Callum James       23/06/1994      0433 071 265     $1,240.00": "O'SULLIVAN-BRAY Callum James",
	}},
	{"AKinsNounInCapitalsBeforeASplitAmount", analyzedColumns(entity.Person), none, map[string]string{
		"NETO PLACA 1.466, 36": "",
	}},
	{"AnAccountsKindBetweenItsLabelAndItsNumber", analyzed(entity.ID), among, map[string]string{
		"  Repayment account:    Savings 200-114-5530": "200-114-5530",
	}},
	{"ACouncilsRegisterAbbreviatedAfterIt", analyzed(entity.ID), among, map[string]string{
		"Dr Siobhan van der Merwe   MBChB FRNZCGP   MCNZ reg. 48213": "48213",
		"GMC reg. 7012345": "7012345",
	}},
	{"AFirmsOrATaxsRegisterIsNoPersons", analyzed(entity.ID), none, map[string]string{
		"VAT reg. 123456789": "",
	}},
	{"ASurnameTheFathersNameInBracketsAndTheGivenName", analyzed(entity.Person), inside, map[string]string{
		"Ovim se potvrđuje da je STOJANOVIĆ (Dragan) NEMANJA, rođen 17.09.1989.": "STOJANOVIĆ (Dragan) NEMANJA",
		"Petrović (Milan) Jovana": "Petrović (Milan) Jovana",
	}},
	{"WordsAroundABracketedWordThatNameNoOne", analyzed(entity.Person), none, map[string]string{
		"Hospital (Central) Unit": "",
	}},
	{"AStreetsNumberAfterTheSlavicNumbersMarker", recognized(AddressRecognizer{}, entity.Address), inside, map[string]string{
		"sa prebivalištem u Čačku, ulica Kneza Miloša br. 47, stan 12, zaposlen": "ulica Kneza Miloša br. 47",
		"Ulica Kneza Miloša br. 47, stan 12":                                     "Ulica Kneza Miloša br. 47",
	}},
	{"TheBlockOverAPostcodeLineThatItsLabelOpens", analyzed(entity.Address), inside, map[string]string{
		"Av. Reforma 222\nCol. Juárez\nC.P. 06600 Ciudad de México": "Col. Juárez",
	}},
	{"AMexicanBlocksStreetAndColoniaInCapitals", analyzed(entity.Address), inside, map[string]string{
		"ROSALES IBARRA MA GUADALUPE\nC FRAY SERVANDO TERESA DE MIER 418 INT 2\nCOL LAS AMÉRICAS\nC.P. 44650 GUADALAJARA, JAL.": "C FRAY SERVANDO TERESA DE MIER 418 INT 2",
	}},
	{"APartnershipAfterANameOCRReadInLowerCase", analyzedColumns(entity.Organization), among, map[string]string{
		"Date        Details                               Debit      Balance\n30/07/2025  Salary lyengar, Namboothiri and Somayaji   2,770.78   3,746.76": "Namboothiri and Somayaji",
	}},
	{"InitialsAfterATitleAreTheNames", analyzed(entity.Person), inside, map[string]string{
		"Mr. A. D. Steinberg": "Steinberg",
	}},
	{"AnAddressWhoseDomainsLOCRReadAsABar", analyzed(entity.Email), among, map[string]string{
		"Direct: +94 11 2 448 915 | ruwani.dealwis@serendibanalytics.|k": "ruwani.dealwis@serendibanalytics.|k",
	}},
	{"ATitlesAbbreviationSetApartFromItsName", analyzed(entity.Person), inside, map[string]string{
		"Mr.        A. D. Steinberg": "Steinberg",
	}},
	{"AnAddressPartsOfABlocksLetterAndAPlacesNumber", recognized(AddressRecognizer{}, entity.Address), among, map[string]string{
		"House 23, Road 7, Block C, Mirpur-10, Dhaka-1216": "House 23, Road 7, Block C, Mirpur-10, Dhaka-1216",
	}},
	{"AnOfficeBeforeItsCommaIsNoPartOfTheFirm", analyzed(entity.Organization), only, map[string]string{
		"Karin Sjöberg\nHR-chef, Norrlands Trä & Bygg AB": "Norrlands Trä & Bygg AB",
	}},
	{"ARowOfSumsInCapitalsBesideAnAddressThatSpellsAWord", analyzed(entity.Person), absent, map[string]string{
		"Email: huongle.thanh86@gmail.com\nTONG CONG THANH TOAN                    342.360\nTen khach hang: LE THI THANH HUONG": "CONG THANH TOAN",
	}},
	{"APersonsTaxNumberAfterTheirWord", analyzed(entity.ID), among, map[string]string{
		"Guest VAT No:   128475307": "128475307",
	}},
	{"AFirmsTaxNumberAfterACustomersWord", analyzed(entity.ID), none, map[string]string{
		"Customer VAT No: GB123456789": "",
	}},
	{"AHeadingOfWhatIsCoveredIsNoInstitution", analyzed(entity.Organization), none, map[string]string{
		"HOSPITAL MEDICAL AND EXTRAS BENEFITS": "",
	}},
	{"ADepartmentOfLabelWordsIsNoFirm", analyzed(entity.Organization), none, map[string]string{
		"Patient Service Centre": "",
	}},
	{"APracticeOfPlaceAndFormWordsIsAFirm", analyzed(entity.Organization), among, map[string]string{
		"Harbour Family Medical Centre": "Harbour Family Medical Centre",
	}},
	{"ADoctorsCodeInTheSlavicLanguagesAndSwedish", analyzed(entity.ID), among, map[string]string{
		"Šifra zdravnika: 12345": "12345",
	}},
	{"APolishDoctorsLicenceAfterTheName", analyzed(entity.ID), among, map[string]string{
		"Lekarz: dr Anna Nowak   PWZ 1234567": "1234567",
	}},
	{"ABilingualLabelWhoseOtherHalfNamesTheRecord", analyzed(entity.ID), among, map[string]string{
		"N° Dossier / File No.: 2024/00815": "2024/00815",
	}},
	{"AFilesNumberAloneStaysNoPersons", analyzed(entity.ID), none, map[string]string{
		"File No.: 2024/00815": "",
	}},
	{"AnAnimalsBreedNamesNoPerson", analyzed(entity.Person), none, map[string]string{
		"CAULFIELD NORTH VIC 3161                    Breed:     Cavalier King Charles Spaniel": "",
	}},
	{"ASignaturesNameInClearWithASwedishParticle", analyzed(entity.Person), inside, map[string]string{
		"Namnförtydligande:  Karl-Johan af Brännvall, leg. läkare, specialist i allmänmedicin": "Karl-Johan af Brännvall",
	}},
	{"ARoleAfterItsQualifierEndsTheName", analyzed(entity.Person), absent, map[string]string{
		"Namnförtydligande:  Karl-Johan af Brännvall, leg. läkare, specialist i allmänmedicin": "Karl-Johan af Brännvall, leg. läkare,",
	}},
	{"ASwedishPrescribersCode", analyzed(entity.ID), among, map[string]string{
		"Förskrivarkod:      4826153": "4826153",
	}},
	{"AStreetWithoutItsTypeOverAPostcodeLine", analyzed(entity.Address), inside, map[string]string{
		"woonruimte (bovenwoning met berging), plaatselijk bekend als:\n                 Kamp 38-B\n                 3811 AR Amersfoort": "Kamp 38-B",
	}},
	{"AProductsPolishIsNoPolicy", analyzed(entity.ID), none, map[string]string{
		"Furniture Polish 400ml 5000204123": "",
	}},
	{"ANameInCapitalsBeforeAnIDsDottedNumberIsNoRowOfSums", analyzedColumns(entity.Person), inside, map[string]string{
		"Email: luzdary.arbelaez@hotmail.com\nSuscriptor: LUZ DARY ARBELAEZ DE OSSA            C.C. 43.582.917": "LUZ DARY ARBELAEZ",
	}},
	{"APropertysLocationIsAnAddress", analyzed(entity.Address), among, map[string]string{
		"Property Location:          Lot 34 Section 'B', Good Hope, East Coast Demerara": "Lot 34 Section 'B', Good Hope, East Coast Demerara",
	}},
	{"APlateClosingAnAside", analyzed(entity.ID), inside, map[string]string{
		"Fahrzeug (Kennzeichen: M-AB 1234) wurde beschädigt.": "M-AB 1234",
		"Fahrzeug (Kennzeichen: WOB-ZK 295), beschädigt.":     "WOB-ZK 295",
		"das Fahrzeug (amtl. Kennzeichen: HH-KL 482) parkte.": "HH-KL 482",
	}},
	{"AddressPartsBeforeALabelledPostcodeAndTheTownLineUnderIt", analyzedColumns(entity.Address), among, map[string]string{
		"Nombre:  Rogelio Bautista Zamudio\nDomicilio:  Calle Tulipanes 47, Int. 3\n            Col. Santa María la Ribera, C.P. 06400\n            Cuauhtémoc, Ciudad de México":                      "Santa María la Ribera,",
		"Nombre:  Rogelio Bautista Zamudio\nDomicilio:  Calle Tulipanes 47, Int. 3\n            Col. Santa María la Ribera, C.P. 06400\n            Cuauhtémoc, Ciudad de México\nTel.:  55 4821 9063": "Cuauhtémoc, Ciudad de México",
	}},
	{"WordsAnAcronymInBracketsSpellsAreNoName", analyzed(entity.Person), none, map[string]string{
		"bahwa iuran peserta Pekerja Bukan Penerima Upah (PBPU) atas nama keluarga": "",
		"Program Jaminan Kesehatan Nasional (JKN), kami sampaikan":                  "",
	}},
	{"APersonBeforeHerInitialsInBrackets", analyzed(entity.Person), among, map[string]string{
		"the patient John Smith (JS) was seen": "John Smith",
	}},
	{"NoContactNameBeforeANumberLongerThanAPhones", analyzed(entity.Person), none, map[string]string{
		"bahwa iuran peserta Pekerja Bukan Penerima Upah (PBPU) atas nama keluarga Bapak dengan\nNomor Kartu Keluarga 3273010907140005 belum dibayarkan selama 4 (empat) bulan": "",
	}},
	{"ABankCodedAccountEndsAtItsBanksCode", analyzedColumns(entity.ID), among, map[string]string{
		"Datum     Popis transakce                 Účet protistrany        VS            Částka CZK\n15.05.    Inkaso                          4200371951/0800         8841207316     -2 150,00": "4200371951/0800",
		"Datum     Popis transakce                 Účet protistrany        VS            Částka CZK\n28.05.    Příchozí platba                 19-4485120217/0100                      2 500,00": "19-4485120217/0100",
	}},
	{"BrazilsIdentityCardAfterRG", analyzed(entity.ID), among, map[string]string{
		"RG 27.384.519-6 SSP/SP    Tel.: (11) 99684-2173":             "27.384.519-6",
		"aposentado, portador do RG 12.745.308-2 SSP/SP, renunciando": "12.745.308-2",
		"RG 38.912.470-X SSP/SP":                                      "38.912.470-X",
	}},
	{"AnAccountsKindInMoreLanguagesBetweenItsLabelAndNumber", analyzed(entity.ID), inside, map[string]string{
		"Banco Itaú, agência 0742, conta corrente 31857-6, de titularidade do LOCADOR": "31857-6",
		"depositado en la cuenta de ahorros 44120387 del arrendador":                   "44120387",
	}},
	{"ALabelAfterAnotherLanguagesLabelAndASlashWithoutAColon", analyzedColumns(entity.Person), among, map[string]string{
		"Jina kamili / Full name             Baraka Juma Mwakyusa": "Baraka Juma Mwakyusa",
		"Jina la Mama / Mother's name        Tumaini Mwaipopo":     "Tumaini Mwaipopo",
		"Nom / Name             Baraka Juma Mwakyusa":              "Baraka Juma Mwakyusa",
	}},
	{"NoValueAfterALabelsAlternativeAfterASlash", analyzedColumns(entity.Person), absent, map[string]string{
		"Parent / Carer 1      Mary Jones": "1",
	}},
	{"ALabelWithItsColonAfterAnotherLanguagesLabelAndASlash", analyzedColumns(entity.ID), among, map[string]string{
		"CNP / Personal numeric code:          2870614226189": "2870614226189",
	}},
	{"AFrenchMutualsMembersNumber", analyzedColumns(entity.ID), among, map[string]string{
		"Assurance scolaire :  MAE                            N° de sociétaire :  0457813 L": "0457813",
	}},
	{"APersonalNumbersAcronymWithItsPeriodsHeadsItsColumn", analyzedColumns(entity.ID), inside, map[string]string{
		"Apellido y Nombre                Legajo   C.U.I.L.           Fecha Ingreso   Categoría\nFERREYRA, LUCIA BELEN            1187     27-33481927-4      01/08/2016      Administrativo B": "27-33481927-4",
	}},
	{"APostOfficeBoxNumberSpelledOut", analyzed(entity.Address), among, map[string]string{
		"of Post Office Box Number 1482-30100, Eldoret, mobile telephone +254 722 481 936": "Post Office Box Number 1482-30100, Eldoret,",
	}},
	{"ANameBeforeACommaAndAPhonesWord", analyzed(entity.Person), inside, map[string]string{
		"My fellow rider Okot Oryem, telephone 0782 903 417, who was following": "Okot Oryem",
		"with my wife Nabirye Proscovia, telephone 0756 112 840, at home":       "Nabirye Proscovia",
	}},
	{"NoNameOfAFirmBeforeACommaAndAPhonesWord", analyzed(entity.Person), none, map[string]string{
		"taken to Mengo Hospital, telephone 0414 270 222, for treatment": "",
	}},
	{"APersonsVillageIsAnAddress", analyzedColumns(entity.Address), among, map[string]string{
		"Village of origin:      Kigombe, Ngogwe Sub-county, Buikwe District": "Kigombe, Ngogwe Sub-county, Buikwe District",
		"Kijiji: Mabibo, Ubungo": "Mabibo, Ubungo",
	}},
	{"QualifiedNamePartLabelsSideBySide", analyzedColumns(entity.Person), among, map[string]string{
		"3  First given name          Louise                  Second given name   Maeve":                                          "Maeve",
		"3  First given name          Louise                  Second given name   Maeve\n4  Date of birth             14/09/2017": "Louise",
		"Given names          Isla Maeve": "Isla Maeve",
	}},
	{"NoValueOfAHeadInCapitalsOnAFlightsRow", analyzedColumns(entity.Organization), none, map[string]string{
		"DATE        TIME        CARRIER        FLIGHT #\n": "",
	}},
	{"NoValueInAnotherLanguagesLabelBeforeASlash", analyzedColumns(entity.Address), absent, map[string]string{
		"Alamat Kediaman / Residential Address:     No. 27, Jalan SS 15/4C\n                                           47500 Subang Jaya": "Kediaman",
	}},
	{"TheTurkishBuyerAndSellerAreNoNames", analyzedColumns(entity.Person), none, map[string]string{
		"Alici IBAN: TR64 0006 2000 4150 0006 2981 37":     "",
		"                 SATICI                    ALICI": "",
	}},
	{"ANameAfterTheTurkishBuyersWord", analyzed(entity.Person), inside, map[string]string{
		"Alici Zeynep Gil Akbulut, araci gordigund, inceledigini ve": "Zeynep Gil Akbulut",
	}},
	{"IDsDeeperInAColumnUnderItsHead", analyzedColumns(entity.ID), inside, map[string]string{
		"No  Nama Peserta               No. Kartu JKN   NIK               Hubungan\n1   Dedi Kurniawan             0002048173594   3273011203860002  Peserta\n2   Rina Puspitasari           0002048173605   3273014508890003  Istri\n3   Aditya Ramadhan Kurniawan  0002048173616   3273012110150001  Anak": "0002048173616",
	}},
	{"NoNameHoldsAnAcronymThePageDefines", analyzed(entity.Person), none, map[string]string{
		"Perihal   : Pemberitahuan Tunggakan Iuran Peserta PBPU\nbahwa iuran peserta Pekerja Bukan Penerima Upah (PBPU) atas nama keluarga": "",
	}},
	{"OCRsJIForTheStreetsJlOpensNoName", analyzed(entity.Person), absent, map[string]string{
		"Kepada Yth.\nBapak Dedi Kurniawan\nJI. Cihampelas Gg. Sukaresmi No. 17\nRT 004/RW 007, Kel. Cipaganti, Kec. Coblong": "JI. Cihampelas",
	}},
	{"ADutchCitizensNumberInItsPrintedGroups", analyzedColumns(entity.ID), among, map[string]string{
		"Burgerservicenummer   2839.47.156": "2839.47.156",
		"BSN: 2839.47.156":                  "2839.47.156",
	}},
	{"AnIDsAcronymAndItsNumberWordAsOCRReadsIt", analyzedColumns(entity.ID), among, map[string]string{
		"CCCD si: 079169004812 Cip ngiy: 22/06/2021": "079169004812",
	}},
	{"NoIDAfterASumsAcronymAndAShortWord", analyzedColumns(entity.ID), none, map[string]string{
		"TOTAL de: 12345678": "",
	}},
	{"AStatementsKindInAnotherLanguageAfterASlashIsNoCounterparty", analyzedColumns(entity.Person), none, map[string]string{
		"Date    Valeur  Libellé / Buchungstext                                 Débit\n31.10   31.10   Frais de tenue de compte / Kontoführungsgebühren          4,50": "",
	}},
	{"ADoubleGivenNameThatAnAddressSpells", analyzedColumns(entity.Person), among, map[string]string{
		"Juha-Pekka Rautiainen\nhenkiléstépaallikké\npuh. 050 387 1142\njuha-pekka.rautiainen@pohjolanlogistiikka.fi": "Juha-Pekka Rautiainen",
	}},
	{"AResidencesLabelInSpanishPortugueseAndFrench", analyzedColumns(entity.Address), among, map[string]string{
		"  Residencia:                             6a. Avenida 4-27 Zona 3": "6a. Avenida 4-27 Zona 3",
	}},
	{"AFrenchPostOfficeBoxBeforeAKnownTown", analyzed(entity.Address), among, map[string]string{
		"BP 15482 Douala":   "BP 15482 Douala",
		"B.P. 15482 Douala": "B.P. 15482 Douala",
	}},
	{"NoPostOfficeBoxOfABloodPressure", analyzed(entity.Address), none, map[string]string{
		"BP 120 mmHg": "",
	}},
	{"NoFirmEndsInAPostOfficeBoxsPO", analyzedColumns(entity.Organization), none, map[string]string{
		"Registered owner:     Hilma Ndeshipanda Shikongo, P.O. Box 26541, Katutura": "",
	}},
	{"APostOfficeBoxAfterANameAndAComma", analyzedColumns(entity.Address), among, map[string]string{
		"Registered owner:     Hilma Ndeshipanda Shikongo, P.O. Box 26541, Katutura": "P.O. Box 26541, Katutura",
	}},
	{"AnOwnersLabel", analyzedColumns(entity.Person), inside, map[string]string{
		"Registered owner:     Hilma Ndeshipanda Shikongo, P.O. Box 26541, Katutura": "Hilma Ndeshipanda Shikongo",
		"Owner     Hilma Ndeshipanda Shikongo":                                       "Hilma Ndeshipanda Shikongo",
	}},
	{"ASingaporeansMaskedNumberAfterNRICAndFIN", analyzedColumns(entity.ID), among, map[string]string{
		"NRIC/FIN:         S****217D": "S****217D",
	}},
	{"AFloorAndUnitLineInAnAddressBlock", analyzedColumns(entity.Address), inside, map[string]string{
		"NUR HIDAYAH BINTE ISMAIL\nBLK 418 TAMPINES STREET 41\n#08-223\nSINGAPORE 520418": "#08-223",
	}},
	{"ATownAndItsPostcodeJoinedByADash", analyzedColumns(entity.Address), among, map[string]string{
		"        Flat No. 402,\n        14th Cross, HAL 2nd Stage, Indiranagar,\n        Bengaluru - 560038, Karnataka":   "Bengaluru - 560038, Karnataka",
		"        Flat No. 402,\n        14th Cross, HAL 2nd Stage, Indiranagar,\n        Bengaluru - 560038, Karnataka\n": "14th Cross, HAL 2nd Stage, Indiranagar,",
	}},
	{"IDLabelsOfBadgesStampsAndStaffFiles", analyzedColumns(entity.ID), among, map[string]string{
		"Ag. Sc. Martina Colasanti   matr. PL-1187                  Comm. Capo Davide Ferraresi": "PL-1187",
		"Orvos pecsétszáma:     48213": "48213",
		"Legajo N°: 14275":             "14275",
		"Starfsnúmer: 21875":           "21875",
	}},
	{"ASwahiliPostOfficeBox", analyzed(entity.Address), among, map[string]string{
		"Makazi: S.L.P. 1186, Moshi": "S.L.P. 1186, Moshi",
		"S.L.P. 1186":                "S.L.P. 1186",
	}},
	{"SwahiliTitlesBeforeAName", analyzed(entity.Person), among, map[string]string{
		"Kwa: Bw. Juma Ally Mwakyusa":          "Juma Ally Mwakyusa",
		"mbele ya Bi. Neema Rehema Massawe na": "Neema Rehema Massawe",
	}},
	{"PolishAndCzechHonorificsInTheirCases", analyzed(entity.Person), inside, map[string]string{
		"a Panem Grzegorzem Ślusarczykiem, zwanym dalej „Pracownikiem”":          "Grzegorzem Ślusarczykiem",
		"reprezentowaną przez Prezesa Zarządu – Panią Bożenę Wrzosek-Kaczmarek,": "Bożenę Wrzosek-Kaczmarek",
	}},
	{"NoNameOfALineThatAColonEnds", analyzed(entity.Person), absent, map[string]string{
		"Dane Pracownika:\nImię i nazwisko:   Grzegorz Ślusarczyk": "Dane Pracownika:",
	}},
	{"NoLabelOfAClauseInLowerCaseThatACommaEnds", analyzedColumns(entity.Person), none, map[string]string{
		"Pracodawca zatrudnia Pracownika na stanowisku:\noperator maszyn drukarskich,                         zakład produkcyjny Pracodawcy w Poznaniu.": "",
	}},
	{"ThePolicyholdersLabelIsNoSignaturesValue", analyzedColumns(entity.Person), none, map[string]string{
		"München, 09.10.2025\nUnterschrift Versicherungsnehmer": "",
	}},
	{"ThePolicyholdersLabel", analyzedColumns(entity.Person), among, map[string]string{
		"Versicherungsnehmer:  Annegret Schwarzenbeck": "Annegret Schwarzenbeck",
	}},
	{"NoRepeatOfAFirmsWordsReadAsAName", analyzedColumns(entity.Person), absent, map[string]string{
		"2  Family name               KERRIGAN\n\nProvider name             Dr Callum Ferraro         Provider number   4178263K\nPractice                  Haberfield Family Medical Practice, Haberfield NSW": "Family",
	}},
	{"NoRepeatOfANameInsideAWebAddress", analyzed(entity.Person), absent, map[string]string{
		"Patient: Bernier Court\nwww.bernier-court-genera.co.uk":                                                    "www.bernier-court-genera.co.uk",
		"Consultant: Dr. Bernier Court, MD\nContact Bernier Court on 020 7946 0000\nwww.bernier-court-genera.co.uk": "www.bernier-court-genera.co.uk",
	}},
	{"FieldsSideBySideAfterABareItemNumberApart", analyzedColumns(entity.Person), among, map[string]string{
		"3                         First given name          Louise                  Second given name   Maeve\n4  Date of birth             14/09/2017": "Louise",
	}},
	{"NoNameAcrossALineBreakBeforeAFieldsLabel", analyzed(entity.Person), none, map[string]string{
		"Mahali ilipofungwa / Place of marriage:  Kanisa la KKKT Usharika wa Azania Front, Dar es Salaam\nAina ya ndoa / Form of marriage:  Ndoa ya Kikristo, ya mke mmoja / Christian, monogamous": "",
	}},
	{"ASpeckBetweenALabelsColonAndItsValue", analyzedColumns(entity.ID), among, map[string]string{
		"DNI: . 41839257": "41839257",
		"Placa:  ~ PDA-4872 ; . : Matricula a nombre de la denunciante": "PDA-4872",
	}},
	{"ABuyersTaxNumberOnAnEInvoice", analyzedColumns(entity.ID), among, map[string]string{
		"NIT Receptor:     4827153-5": "4827153-5",
		"Receptor: 4827153-5":         "4827153-5",
	}},
	{"NoNameUnderALabelThatOpensAnother", analyzed(entity.Person), only, map[string]string{
		"Nombre Receptor: Carlos Pérez\nNIT Receptor: 4827153-5": "Carlos Pérez",
		"Nombre Cliente: Carlos Pérez\nCUIT Cliente: 4827153-5":  "Carlos Pérez",
	}},
	{"AFirmsTradeNameIsNoPersons", analyzedColumns(entity.Person), none, map[string]string{
		"Nombre comercial: ELECTRO QUETZAL ROOSEVELT            NIT Emisor: 9146302-5": "",
		"Razón social: Comercial Andes Sur SpA":                                        "",
	}},
	{"NoNameOfATownAndTheCountryItNames", analyzedColumns(entity.Person), none, map[string]string{
		"Calzada Roosevelt 22-43 Zona 11, Guatemala, Guatemala   PBX: 2440-7700": "",
	}},
	{"NoNameOfAnAccountsLabelAfterATransfer", analyzedColumns(entity.Person), absent, map[string]string{
		"Fecha   Descripción                                   Débitos       Créditos         Saldo\n07/10   TRANSF. ENVIADA A CTA. 001294837-00001      18.500,00                    54.849,00": "CTA.",
	}},
	{"AnAccountAfterItsLabelInATransfer", analyzedColumns(entity.ID), among, map[string]string{
		"Fecha   Descripción                                   Débitos       Créditos         Saldo\n07/10   TRANSF. ENVIADA A CTA. 001294837-00001      18.500,00                    54.849,00": "001294837-00001",
	}},
	{"TwoSurnamesACommaAndTheGivenNames", analyzedColumns(entity.Person), among, map[string]string{
		"        BENEF.: SILVEIRA RODRÍGUEZ, JUAN PABLO": "SILVEIRA RODRÍGUEZ, JUAN PABLO",
		"Nombre: Silveira Rodríguez, Juan Pablo":         "Silveira Rodríguez, Juan Pablo",
		"Alumno: Quispe Mamani, Juan":                    "Quispe Mamani, Juan",
	}},
	{"NoInitialOfASectionsLetterAfterItsWord", analyzedColumns(entity.Person), none, map[string]string{
		"SECCIÓN A. DATOS DEL CONTRIBUYENTE": "",
		"Part B. EMPLOYMENT HISTORY":         "",
	}},
	{"ANationalIDWithAFormsRuleReadAfterIt", analyzed(entity.ID), inside, map[string]string{
		"DNI/NIE: 47318265C_ Fecha de caducidad: 09/06/2031": "47318265C",
	}},
	{"NoAddressOfANumberedSectionsHeading", analyzed(entity.Address), only, map[string]string{
		"C/ Mayor 5\n28036 Madrid\n3. DATOS BANCARIOS PARA EL ABONO DE LA NOMINA.": "C/ Mayor 5\n28036 Madrid",
		"3. DATOS BANCARIOS PARA\n4. DATOS DEL CONTRATO\nC/ Mayor 5":               "C/ Mayor 5",
	}},
	{"NoNameInANumberedSectionsHeading", analyzed(entity.Person), none, map[string]string{
		"5. COMUNICACION DE DATOS AL PAGADOR (Modelo 145 IRPF)": "",
	}},
	{"ANumberedListsNameInCapitals", analyzed(entity.Person), among, map[string]string{
		"2. JUAN PEREZ GARCIA": "JUAN PEREZ GARCIA",
	}},
	{"ATownThatAConnectorOpens", analyzedColumns(entity.Address), among, map[string]string{
		"Prinses Margrietlaan 87\n3731 GK  De Bilt": "Prinses Margrietlaan 87\n3731 GK De Bilt",
	}},
	{"IDLabelsOfMutualsCardsAndContracts", analyzedColumns(entity.ID), among, map[string]string{
		"N° d'affiliation: 326/04581362":       "326/04581362",
		"Číslo poistnej zmluvy: 4082731659":    "4082731659",
		"Číslo vodičského preukazu: EF 482713": "482713",
		"Personalausweis: L01X00T47":           "L01X00T47",
	}},
	{"APassportsLetterBeforeItsNumberAfterAMarker", analyzedColumns(entity.ID), among, map[string]string{
		"Ausweis: Reisepass Nr. U 4827193": "U 4827193",
	}},
	{"NoShortNumberAfterALetterAndAMarker", analyzedColumns(entity.ID), none, map[string]string{
		"Zimmer Nr. A 12": "",
	}},
	{"NordicAndFinnishSellersLabels", analyzedColumns(entity.Person), among, map[string]string{
		"Päivämäärä: 14.10.2024   klo 15.27       Kassa 2 / Myyjä: Tuomas": "Tuomas",
		"Selger: Ingrid": "Ingrid",
	}},
	{"ADateAfterOneThatItsPeriodEnds", lineDates, among, map[string]string{
		"03.11.1988. 21.06.1991.": "21.06.1991",
	}},
	{"NamePartLabelsOfMoreLanguagesWithoutTheirColon", analyzedColumns(entity.Person), among, map[string]string{
		"Ime                                  Krešimir": "Krešimir",
		"Prezime rođenja                      Mikulić":  "Mikulić",
		"Nume     Popescu": "Popescu",
	}},
	{"FrenchDomicilesLabels", analyzedColumns(entity.Address), among, map[string]string{
		"Domicile des parents :  Cité Fadia, Villa n° 112\n                         Quartier Golf Nord, Guédiawaye": "Cité Fadia, Villa n° 112\nQuartier Golf Nord, Guédiawaye",
	}},
	{"AFrenchLawyersTitle", analyzed(entity.Person), inside, map[string]string{
		"Traduction fidèle et conforme à l'original arabe, établie par Me Nadine Rizk-Daher,": "Nadine Rizk-Daher",
	}},
	{"NoTitleOfTheEnglishMe", analyzed(entity.Person), none, map[string]string{
		"Give Me Liberty":       "",
		"Tell Me More about it": "",
	}},
	{"AStatementsRowWhoseDateASpeckOpens", analyzedColumns(entity.Person), among, map[string]string{
		"Date        Value date  Description                             Debit     Credit     Balance\n“08/04/2024  08/04/2024  Bit transfer - Shira Levinson-Katz     150.00              12,495.85": "Shira Levinson-Katz",
	}},
	{"ADegreeSignSpeckBetweenALabelsColonAndItsValue", analyzedColumns(entity.ID), among, map[string]string{
		"National ‘No.: ° 9861047385 . Date of birth: 22/01/1986": "9861047385",
	}},
	{"ANumberMarkerThatOCRReadAsNe", analyzedColumns(entity.ID), inside, map[string]string{
		"Carte d'identité nationale ne : 08412379, délivrée le 22/07/2015 a Ariana": "08412379",
	}},
	{"APlateAfterAVehiclesLabel", analyzedColumns(entity.ID), among, map[string]string{
		"Kenderaan / Vehicle     : BPK 6218":              "BPK 6218",
		"1. Registration mark of vehicle:       LK19 XRW": "LK19 XRW",
	}},
	{"NoPlateOfAVehiclesModel", analyzedColumns(entity.ID), none, map[string]string{
		"Vehicle: Toyota Corolla 2.0": "",
		"Fahrzeug: VW Golf 2.0 TDI":   "",
	}},
	{"ACounterpartyWrappedAfterItsBankAndAccount", analyzedColumns(entity.Person), among, map[string]string{
		"10/08/2024  INTERBANK TRANSFER IN                                      3,200.00    54,235.25\n            FROM SCB 405-3-71826-0 PRASERT CHAIYAPHRUEK\n15/08/2024  LOAN REPAYMENT A/C 417-7-01928-4            14,750.00                  39,485.25": "PRASERT CHAIYAPHRUEK",
	}},
	{"NoFirmOfAHospitalsService", analyzed(entity.Organization), none, map[string]string{
		"Medical Outpatient Clinic in two weeks with a fasting blood sugar result.": "",
	}},
	{"ANamedClinicOfAService", analyzed(entity.Organization), among, map[string]string{
		"Nakuru Antenatal Clinic": "Nakuru Antenatal Clinic",
	}},
	{"NoCapsSurnameOfALabelsBracketedAcronym", analyzedColumns(entity.Person), none, map[string]string{
		"Pangakonto (IBAN):      EE56 2200 2210 6748 2913": "",
	}},
	{"NoValueOfAColumnHeadInATablesHeads", analyzedColumns(entity.Address), none, map[string]string{
		"Vrsta      Adresa nepokretnosti      Zona      Površina m2      Cena m2      Udeo      Osnovica      Porez\n----------------------------------------------------------------------------------------------------------\nStan       Ustanička 64/9            II        58,40            142.380,00   1/1       5.255.074,94  21.020,30": "",
	}},
	{"AFamilyNamesHeadOverItsValueInCapitals", analyzedColumns(entity.Person), among, map[string]string{
		"Last name / Nom de famille          First name / Prénom          Initial / Initiale\nLACHANCE-OKAFOR                     GENEVIÈVE                    M": "LACHANCE-OKAFOR",
	}},
	{"AFrenchEmployeesNumberAfterAnElidedArticle", analyzedColumns(entity.ID), among, map[string]string{
		"Employee number / Numéro de l'employé                                004417": "004417",
		"Numéro de l'employé : 004417":                                                "004417",
	}},
	{"NoNameOfARolesWordThatADictionaryHolds", analyzed(entity.Person), none, map[string]string{
		"Abogada Notario Público de los del número del": "",
	}},
	{"ALabelsValuesInColumnsUnderTheirHeads", analyzedColumns(entity.Person), among, map[string]string{
		"PODACI O RODITELJIMA\n                                     OTAC                          MAJKA\nIme                                  Krešimir                      Ana-Marija\nPrezime                              Mikulić                       Brkljačić": "Ana-Marija",
	}},
	{"ALabelsValuesInColumnsUnderTheirHeadsTwoRowsDown", analyzedColumns(entity.Person), among, map[string]string{
		"PODACI O RODITELJIMA\n                                     OTAC                          MAJKA\nIme                                  Krešimir                      Ana-Marija\nPrezime                              Mikulić                       Brkljačić": "Brkljačić",
	}},
	{"AWrappedCounterpartyBeforeASpeck", analyzedColumns(entity.Person), inside, map[string]string{
		"02/08/2024  PROMPTPAY TRANSFER OUT                       8,000.00                  57,918.75\n            TO 081-935-2247 THANAKORN WONGSUWAN                      :\n03/08/2024  BILL PAYMENT - TRUE MOVE H                     599.00                  57,319.75": "THANAKORN WONGSUWAN",
	}},
	{"NoPhoneOfARangeOfYearsUnderAPhonesLabel", analyzed(entity.Phone), none, map[string]string{
		"Fax:\nSTUDENT ENROLLMENT FORM - School Year 2024-2025": "",
	}},
	{"AnIdentityCardsDottedAcronymAsOCRReadsIt", analyzedColumns(entity.ID), among, map[string]string{
		"Documento: C.1. 4.183.725-0 :": "4.183.725-0",
	}},
	{"NoInitialOfASectionsLetterBeforeAColumnsHead", analyzed(entity.Person), none, map[string]string{
		"SECCION B. LIQUIDACION DEL IMPUESTO                                    Importe (CUP)": "",
	}},
	{"AnEmailThatOCRSplitBeforeACountrysDomain", analyzed(entity.Email), among, map[string]string{
		"Correo electrónico: olescay78@nauta. cu": "olescay78@nauta. cu",
	}},
	{"AUtilitysSupplyNumber", analyzedColumns(entity.ID), among, map[string]string{
		"N° DE SUMINISTRO       1287543": "1287543",
	}},
	{"NoInitialOfASectionsLetterAfterASpeck", analyzed(entity.Person), none, map[string]string{
		"“SECCION B. LIQUIDACION DEL IMPUESTO Importe (CUP)": "",
	}},
	{"ALabelsValuesWithItsColonInColumnsUnderTheirHeads", analyzedColumns(entity.Person), among, map[string]string{
		"1. PERSONAL DATA             APPLICANT                        CO-BORROWER (SPOUSE)\nSurname:                     Mchedlishvili                    Kvaratskhelia\nName:                        Giorgi                           Tamar\nFather's name:               Zurab                            Revaz": "Revaz",
		"                              TATĂL                              MAMA\nNumele:                       ZAHARIA                            ZAHARIA\nPrenumele:                    Ovidiu-Constantin                  Lăcrămioara":                                                                             "Lăcrămioara",
	}},
	{"ASurnameInCapitalsFirstAfterALabelOrBeforeAComma", analyzedColumns(entity.Person), among, map[string]string{
		"MOUNDOUNGA Éric, Officier d'état civil, après lecture faite.":       "MOUNDOUNGA Éric,",
		"sy / et de :                            RASOANIRINA Voahangy Lalao": "RASOANIRINA Voahangy Lalao",
	}},
	{"NoSurnameFirstBeforeACountry", analyzedColumns(entity.Person), none, map[string]string{
		"UNICEF Kenya": "",
	}},
	{"ColumnsUnderCountedHeads", analyzedColumns(entity.Person), among, map[string]string{
		"                         DRIVER 1                             DRIVER 2\nFull name:               Nyasha Tendai CHIKWANHA              Farai Blessing MAKONI-GUMBO\nNational ID No.:         63-2184576 X 42                      08-751240 R 08": "Farai Blessing MAKONI-GUMBO",
	}},
	{"AnAddressOfStepsFromALandmark", analyzedColumns(entity.Address), among, map[string]string{
		"Domicilio:       de la Iglesia de Lourdes 200 m este y 50 m sur, casa 14B": "de la Iglesia de Lourdes 200 m este y 50 m sur, casa 14B",
	}},
	{"NoAddressOfADistanceInProse", analyzedColumns(entity.Address), none, map[string]string{
		"Notas: el paciente camina 200 m cada día": "",
	}},
	{"PuertoRicosPlate", analyzedColumns(entity.ID), among, map[string]string{
		"Tablilla:           JKL-482                      Marbete vigente hasta: 08/2025": "JKL-482",
	}},
	{"ColumnsUnderHeadsWithSpecksBetween", analyzedColumns(entity.Person), among, map[string]string{
		"1.  PERSONAL DATA             APPLICANT                        CO-BORROWER (SPOUSE)\nName:        :        :        Giorgi.          .              :      Tamar": "Tamar",
	}},
	{"ColumnsUnderHeadsPastARowWithAValueMissing", analyzedColumns(entity.Person), among, map[string]string{
		"1.  PERSONAL DATA             APPLICANT                        CO-BORROWER (SPOUSE)\nSurname:                                                      Kvaratskhelia\nName:                          Giorgi.                          Tamar\nFather's name:                 Zurab                            Revaz": "Revaz",
	}},
	{"NoNameOfALabelBeforeItsColonAndNumber", analyzedColumns(entity.Person), none, map[string]string{
		"Kementerian Pembangunan, Negara Brunei Darussalam        Talian Darussalam: 123": "",
	}},
	{"ANameBeforeAColonAndAPhone", analyzedColumns(entity.Person), inside, map[string]string{
		"Contact Maria Lopez: 0612 345 678": "Maria Lopez",
	}},
	{"ATransferToALabelledAccountItsHolderWrapped", analyzedColumns(entity.Person), only, map[string]string{
		"FECHA  DESCRIPCIÓN                                       CANAL   VALOR           SALDO\n03/02  TRANSF. A CTA AHORROS 0045-2218-7731              APP    -1.650.000,00    4.042.315,40\n         JUAN PABLO CASTAÑO RÍOS - ARRIENDO FEBRERO\n05/02  PAGO PSE EPM SERVICIOS PÚBLICOS                   PSE      -287.640,00    3.754.675,40": "JUAN PABLO CASTAÑO RÍOS",
	}},
	{"ACounterpartyBeforeItsPhoneInAStatementsRow", analyzedColumns(entity.Person), among, map[string]string{
		"Date        Description                                              Debit     Credit    Balance\n25/04/2025  MoMo from MUGABO Theoneste 0722 604 318                        25,000    1,564,400": "MUGABO Theoneste",
	}},
	{"APortugueseEmployeesNumber", analyzed(entity.ID), inside, map[string]string{
		"trabalhadora desta empresa com o número mecanográfico KL-1187, a": "KL-1187",
	}},
	{"ColumnsUnderHeadsAfterABilingualLabel", analyzedColumns(entity.Person), among, map[string]string{
		"A. FAAMATALAGA / DETAILS      SUI / MEMBER                       TOALUA / SPOUSE\nSuafa matai / Matai title:    Leaupepe                           -\nIgoa / Given names:           Fetu Iosefa                        Malia Lagi": "Malia Lagi",
	}},
	{"AnIDInTheNextColumnShapedAsTheLabelledOne", analyzedColumns(entity.ID), among, map[string]string{
		"                         DRIVER 1                             DRIVER 2\nReg. No.:                AFJ 2741                             AEW 6318": "AEW 6318",
		"Driver's licence No.:    112457 JH                            208931 FB":                                                                        "208931",
	}},
	{"ColumnsUnderHeadsPastUnlistedFieldsRows", analyzedColumns(entity.Phone), among, map[string]string{
		"SECTION A - PERSONAL DETAILS     APPLICANT                        SPOUSE / CO-APPLICANT\nOmang No.                        437521906                        719614058\nDate of birth                    05/08/1989                       21/01/1986\nMarital status                   Married in community of property\nCell phone                       71 842 396                       75 310 628": "75 310 628",
	}},
	{"NoNameOfAFirmsCountry", analyzed(entity.Person), none, map[string]string{
		"I consent to a check with Creditinfo Georgia and the bank.\nCitizenship:   Georgia": "",
	}},
	{"ALongNumberAfterAnyLabelsColon", analyzed(entity.ID), among, map[string]string{
		"Date of birth:       14.03.1961                 PIN: 21403196100536": "21403196100536",
		"Törzsszám:   00471829":        "00471829",
		"Kodi i klientit:  0047182935": "0047182935",
	}},
	{"NoLongNumberAfterAnotherTypesLabel", analyzed(entity.ID), none, map[string]string{
		"Fecha: 20250301":         "",
		"Total:    12500000":      "",
		"Order No.:   0047182935": "",
	}},
	{"ALongNumberUnderAMarkedColumnHead", analyzedColumns(entity.ID), among, map[string]string{
		"TITULAIRE / SUBSCRIBER                  NO DE CERTIFICAT / CERTIFICATE NO.\nIan MacPherson                          0348176522": "0348176522",
	}},
	{"AnIDLabelsKindAbbreviatedAfterIt", analyzed(entity.ID), among, map[string]string{
		"          Céd. Prof. 8314527          Céd. Esp. 11027465": "11027465",
	}},
	{"WhoeverHeadsADepartment", analyzed(entity.Person), among, map[string]string{
		"Head of Department:          Ts. Enkh-Amgalan                    (official seal)": "Ts. Enkh-Amgalan",
	}},
	{"NoNameOfAnUnlistedLabelBeforeItsColon", analyzed(entity.Person), absent, map[string]string{
		"Aylık Kira Bedeli         : 18.500,00 TL\nYıllık Kira Bedeli        : 222.000,00 TL": "Kira Bedeli",
		"Kira Müddeti              : 1 (bir) yıl":                                             "Kira Müddeti",
	}},
	{"InitialsThatSpellAClock", analyzed(entity.Person), among, map[string]string{
		"A.M. Verhoef-Lindeman en R.J. ten Brink, huisartsen": "A.M. Verhoef-Lindeman",
		"A.M. Lindeman, huisarts":                             "A.M. Lindeman,",
	}},
	{"NoNameOfAClocksTime", analyzed(entity.Person), none, map[string]string{
		"The clinic opens at 9 A.M. Monday to Friday.": "",
	}},
	{"ARelativesNameInAnAppositionABracketCloses", analyzed(entity.Person), among, map[string]string{
		"She was accompanied by her son, Ermek Asanbekov (phone +996 700 35 92 14), who reports": "Ermek Asanbekov",
		"She was accompanied by her son, Ermek Asanbekov who reports":                            "Ermek Asanbekov",
	}},
	{"ALongNumberAfterAnAcronymOrACustomerFile", analyzed(entity.ID), inside, map[string]string{
		"Plaintiff: RNOKPP 3054103564, residing at 12 Sholudenka Street":                    "3054103564",
		"Account holder:  Bozhidar Tsankov            Customer ID (CIF):  0047182935":       "0047182935",
		"Phone:            +250 788 412 905                    Customer ID:   CIF 00731842": "00731842",
		"07.04.2025  Direct debit SOFIYSKA VODA AD, subscr. 1049273815    38.74":            "1049273815",
	}},
	{"NoIDOfAGoodsCodeOrAFirmsTaxCode", analyzed(entity.ID), none, map[string]string{
		"EAN: 4006381333931": "",
		"CIF: B12345678":     "",
		"VAT 123456789":      "",
	}},
	{"ACodeThatOCRSplitAtADash", analyzed(entity.ID), among, map[string]string{
		"Paciente:  Ximena Arreola Betancourt                  Expediente: EXP- 22-03817": "EXP- 22-03817",
		"Expediente:      HME -2025-08841":                                                "HME -2025-08841",
	}},
	{"NoFirmOfAPhraseInLowerCase", analyzed(entity.Organization), none, map[string]string{
		"Third party vehicle:  SKQ 519 B          Insurer: not known at time of report": "",
	}},
	{"NoNameOfAFieldOfNoPersonalType", analyzed(entity.Person), none, map[string]string{
		"Make/Model:  Toyota Corolla Altis 1.6    Year: 2019": "",
		"Manufacturer: Toyota Corolla Altis":                  "",
	}},
	{"ARecordsLabelInTwoLanguages", analyzed(entity.ID), inside, map[string]string{
		"ID / Αρ. Ταυτότητας:     AK 482913           Rate plan: BB Flexible":      "482913",
		"Car plate / Αρ. κυκλοφορίας: IKY-4827         Rate plan: BB Flexible":     "IKY-4827",
		"Conductor habitual adicional:  Gabriela Menjívar Cortez (DUI 05316728-3)": "05316728-3",
	}},
	{"NoRecordOfAnOrdersLabelInTwoLanguages", analyzed(entity.ID), none, map[string]string{
		"Order / Bestellung: 12345678": "",
	}},
	{"NoCodeOfAPostcodeReadTwice", analyzed(entity.ID), none, map[string]string{
		"NEW YORK 10016- 10016-5896": "",
	}},
	{"ASurnameByItsSuffix", analyzed(entity.Person), among, map[string]string{
		"Išmokų skyriaus vedėja                               Jurgita Stankevičienė": "Jurgita Stankevičienė",
		"Ardeshir Baghdasaryan spoke first.":                                         "Ardeshir Baghdasaryan",
		"Aram Ghukasyan-Baghdasaryan":                                                "Aram Ghukasyan-Baghdasaryan",
	}},
	{"NoSurnameOfAPlaceOrAWordWithASurnamesEnding", analyzed(entity.Person), none, map[string]string{
		"Treatment at the Yerevan clinic": "",
		"Final lesson plan":               "",
	}},
	{"ColumnsUnderHeadsPastADashForAnEmptyValue", analyzedColumns(entity.Person), among, map[string]string{
		" PARTICULARS OF PARENTS    FATHER                          MOTHER\n 5. Name and surname          Ryan Anderson Springer          Nicole Patrice Springer\n 6. Maiden surname            -                               Bynoe": "Bynoe",
	}},
	{"AMaidenNameInRunningText", analyzed(entity.Person), inside, map[string]string{
		"Plaintiff:    Oksana Vasylivna Moroz (maiden name Hrytsenko), born 14.08.1983,": "Hrytsenko",
		"3. After the dissolution the plaintiff shall resume her maiden name Hrytsenko.": "Hrytsenko",
	}},
	{"NoLabelOfAKeywordInsideALabelsValue", analyzedColumns(entity.Address), none, map[string]string{
		"Miejsce montażu: lokal mieszkalny nabywcy (adres jak wyżej)\n-------------------------------------------------------------------------------------------\nLp. Nazwa towaru lub usługi                   J.m.  Ilość  Cena netto  Wart. netto  VAT  Wart. brutto": "",
	}},
	{"NoSurnameFirstOfAFirmBeforeItsLegalForm", analyzed(entity.Person), none, map[string]string{
		"Sprzedawca:\nSERWIS-KLIMA Sp. z 0.0.\nul. Zabłocie 23": "",
	}},
	{"RecordIDsAsOCRReadTheirMarks", analyzed(entity.ID), inside, map[string]string{
		"trabalhadora desta empresa com o numero mecanografico KL-1187, a exercer":                  "KL-1187",
		"Your ref:  MVIL Claim No. MVIL/CL/25/04172°":                                               "MVIL/CL/25/04172",
		"A conta actualmente utilizada para o efeito, com o n.® 1187 4521 0019, domiciliada noutro": "1187 4521 0019",
	}},
	{"NoNameOfALabelBeforeItsOtherLanguage", analyzed(entity.Person), none, map[string]string{
		"Jenis Pengguna / Consumer Type:   Kediaman\nBaki Terdahulu / Previous Balance                                                 B$8.74": "",
	}},
	{"ANameBeforeASlashAndARole", analyzed(entity.Person), among, map[string]string{
		"John Smith / Director": "John Smith",
	}},
	{"NoFirmOfAPhraseInSentenceCase", analyzed(entity.Organization), none, map[string]string{
		"Employer: Not applicable":                  "",
		"Employer:   Self-employed (market vendor)": "",
	}},
	{"NoNameOfASectionsHeadingInTwoLanguages", analyzed(entity.Person), none, map[string]string{
		"D. TAGATA TOMAI / GUARANTOR": "",
	}},
	{"NoNameOfAValueUnderAThingsLabel", analyzedColumns(entity.Person), none, map[string]string{
		"Vozidlo:                            RZ:\nŠkoda Octavia III Combi 2.0 TDI     2E7 4519": "",
		"Vehicle:        Ward:\nToyota Camry    Florence":                                       "",
	}},
	{"PlatesUnderAndAfterTheirLabels", analyzedColumns(entity.ID), among, map[string]string{
		"Vozidlo:                            RZ:\nŠkoda Octavia III Combi 2.0 TDI     2E7 4519": "2E7 4519",
		"Vehicle Reg.:    KDG 417M":             "KDG 417M",
		"Seen near vehicle reg. KCA 123B today": "KCA 123B",
	}},
	{"NoNameOfAnAmountInWords", analyzed(entity.Person), none, map[string]string{
		"Amount in words: Kenya Shillings Thirty-Eight Thousand Three Hundred Fifty Only.": "",
		"Total in words: Uganda Shillings Fifty Thousand Only":                             "",
	}},
	{"StreetsOfTheSlavicLanguagesWithLowerCaseWords", analyzed(entity.Address), inside, map[string]string{
		"IBAN: SI56 0201 1025 8741 015\nPlačnik / pacient:\nTjaša Kovačič Zupan\nPot v Zeleni gaj 19\n1231 Ljubljana": "Pot v Zeleni gaj 19",
		"IBAN: SI56 0201 1025 8741 015\nTrubarjeva cesta 31":                                                          "Trubarjeva cesta 31",
		"IBAN: SI56 0201 1025 8741 015\nPot na Zeleni gaj 19":                                                         "Pot na Zeleni gaj 19",
	}},
	{"NoStreetOfASentenceAfterAStreetsType", analyzed(entity.Address), none, map[string]string{
		"IBAN: SI56 0201 1025 8741 015\nCesta je zaprta 3 dni": "",
	}},
	{"ALithuanianPaymentCode", analyzed(entity.ID), among, map[string]string{
		"Jei norite mokėti kitu būdu, nurodykite mokėjimo kodą\n7300581146 ir mūsų sąskaitą.": "7300581146",
	}},
	{"AnAccountUnderItsLabelBesideASpeck", analyzedColumns(entity.ID), among, map[string]string{
		"Cislo uétu:                          IBAN:       .\n2684917053/0300                      CZ79 0300 9000 0026 8491: 7053": "2684917053/0300",
	}},
	{"APhonePastAScriptOCRCannotRead", analyzed(entity.Phone), among, map[string]string{
		": Mobile / 0000000!               0100 482 7163": "0100 482 7163",
	}},
	{"NoRecordOfAScriptOCRCannotRead", analyzed(entity.ID), none, map[string]string{
		"O00000 Q0000 OO000 :Admission": "",
	}},
	{"APhoneEndsAtItsColumn", analyzedColumns(entity.Phone), only, map[string]string{
		"Titulaire du contrat                      Adresse de facturation\nCIN : BE738214                            Rue Ibnou Mounir, Maârif\nTél. : 06 61 47 29 08                     20330 Casablanca": "06 61 47 29 08",
	}},
	{"AStreetWithoutANumberInThePagesLanguage", analyzedColumns(entity.Address), inside, map[string]string{
		"E-mail : g.taziberrada@gmail.com\nRue Ibnou Mounir, Maârif\n20330 Casablanca\nwww.atlas.ma\nMerci de votre confiance et de la rapidité de paiement pour la facture": "Rue Ibnou Mounir, Maârif",
	}},
	{"NoNameOfALabelsOtherLanguage", analyzedColumns(entity.Person), among, map[string]string{
		"Prepared by:   Meseret Tadesse   Firma / Signature: ..........": "Meseret Tadesse",
	}},
	{"NoNameOfBilingualColumnHeads", analyzedColumns(entity.Person), none, map[string]string{
		"Tera   Ye-Iqa Aynet /                Meleketa /  Bizat /   Ye-Andu Waga /  Teklala Waga /\nQutir  Description                   Unit        Qty       Unit Price      Total (ETB)": "",
	}},
	{"TheSpanishNumberMarkerNro", analyzed(entity.ID), among, map[string]string{
		"Socio Nro.: 0082741":           "0082741",
		"CAE Nro. 90241837104  Serie A": "90241837104",
	}},
	{"NoNameOfANumbersMarker", analyzed(entity.Person), none, map[string]string{
		"CAE Nro. 90241837104  Serie A del 0000001 al 0100000": "",
	}},
	{"NoRelativeOfATaxsAcronym", analyzed(entity.Person), none, map[string]string{
		"Neto IVA Tasa Mínima 10%                    546,36": "",
	}},
	{"AStreetOverAPostcodeLineThatASpeckOpens", analyzed(entity.Address), inside, map[string]string{
		"Envío a domicilio:\n  Bvar. Artigas 1432 apto. 602\n  . 11300 Montevideo": "Bvar. Artigas 1432 apto. 602",
	}},
	{"AClinicsFileNumber", analyzed(entity.ID), among, map[string]string{
		"Tel: (876) 884-3172      Clinic file no.: CSF-04718": "CSF-04718",
		"Case file no. 48213": "48213",
	}},
	{"ACardsLastDigitsInMoreLanguages", analyzed(entity.ID), inside, map[string]string{
		"Pago con tarjeta terminada en 5530, autorización 218741.": "5530",
		"Pagamento no cartão com final 4471":                       "4471",
	}},
	{"ANameOrAFirmsNameLabel", analyzed(entity.Person), among, map[string]string{
		"Nombre o Razón Social:  Deivis Alejandro Urdaneta Quintero": "Deivis Alejandro Urdaneta Quintero",
	}},
	{"APersonsNumberUnderASlashedHeadWithAFirms", analyzedColumns(entity.ID), among, map[string]string{
		"Nombre o Razón Social                                  RUC / C.I. N°\nNilda Beatriz Ruiz Díaz de Fretes                      4382917-1": "4382917-1",
	}},
	{"ANameAndItsAddressUnderOneLabel", analyzedColumns(entity.Address), among, map[string]string{
		"NAME & ADDRESS                                  CNIC\nMUHAMMAD ZUBAIR AKHTAR                          35202-4817365-3\nS/O GHULAM RASOOL AKHTAR\nH NO 118 ST 6 BLOCK C SABZAZAR                  MOBILE (SMS ALERTS)\nSCHEME LAHORE                                   0321-4408917": "H NO 118 ST 6 BLOCK C SABZAZAR",
	}},
	{"ALithuanianPaymentCodeWithoutItsOgonek", analyzed(entity.ID), among, map[string]string{
		"Jei norite moketi kitu bUdu, nurodykite mokejimo koda\n7300581146 ir saskaita LTO5 7044 0600 0812 3370 (AB SEB bankas).": "7300581146",
	}},
	{"APersonsNumberUnderAGluedSlashOfAFirmsAndACards", analyzedColumns(entity.ID), among, map[string]string{
		"Nombre o Razón Social                                  RUC/C.I. N°\nNilda Beatriz Ruiz Díaz de Fretes                      4382917-1": "4382917-1",
	}},
	{"ARelativesGivenNameSoughtAgain", analyzed(entity.Person), among, map[string]string{
		"acude por emergencia acompañada de su hijo, el señor\nFausto Tituaiia (teléfono 099 318 4402), por cuadro de 4 días\nSe explicaron las indicaciones a la paciente y a su hijo Fausto, quienes refieren": "Fausto",
	}},
	{"BinsShortFormInAMalayName", analyzed(entity.Person), inside, map[string]string{
		"Pelanggan Ahmad b. Ismail datang": "Ahmad b. Ismail",
	}},
	{"TheCustomersShortLabel", analyzedColumns(entity.Person), only, map[string]string{
		"Cust:  Nurul Aminah Yusof          Tel: 03-7722 1188": "Nurul Aminah Yusof",
	}},
	{"AFinnishRoadAfterItsPlacesGenitive", analyzed(entity.Address), inside, map[string]string{
		"IBAN FI21 1234 5600 0007 85\nPispalan valtatie 44 A 7\n33270 Tampere": "Pispalan valtatie 44 A 7",
	}},
	{"StaffInitialsThatALegendSpellsOut", analyzedColumns(entity.Person), among, map[string]string{
		"Birth        BCG          2024-05-18    BCG2403A      R arm    D.N.\nStaff:  D.N. = SN Dudu Ngcobo":                          "D.N.",
		"6 weeks      Rotavirus 1  2024-06-28    RV2290        oral     T.M.\nT.M. = PN Thandiwe Mokoena    N.R. = SN Nadia Ramlakan": "Thandiwe Mokoena",
	}},
	{"CardsInTheTurkicAndBalticLanguages", analyzed(entity.ID), among, map[string]string{
		"Bonus kartasy No:               7700 1284 5593": "7700 1284 5593",
	}},
	{"PassportsInMoreLanguages", analyzedColumns(entity.ID), among, map[string]string{
		"JShShIR (PINFL):                         Pasport (ID-karta) seriyasi va raqami:\n42209792610482                           AD 4187236": "4187236",
		"Pasaporte: PAA123456": "PAA123456",
	}},
	{"TurkicFullNamesWithTheirSonOrDaughterOf", analyzed(entity.Person), among, map[string]string{
		"Qabulga turmush o'rtog'i Rahimov Sardorbek Ulug'bek o'g'li bilan kelgan; u bilan": "Rahimov Sardorbek Ulug'bek o'g'li",
		"Bemor Əliyev Rauf Vaqif oğlu keldi":                                               "Əliyev Rauf Vaqif oğlu",
	}},
	{"AddressLabelsOfUzbekAndAzerbaijani", analyzed(entity.Address), among, map[string]string{
		"Yaşayış ünvanı: Bakı şəhəri, Nizami küç. 45, mənzil 12": "Bakı şəhəri, Nizami küç. 45, mənzil 12",
	}},
	{"CentralAsianSurnamesAndTheirInitials", analyzed(entity.Person), among, map[string]string{
		"Tursunxo'jayev A. M.": "Tursunxo'jayev A. M.",
		"Karimov A. M.":        "Karimov A. M.",
	}},
	{"CardsWithTheirMiddleDigitsHidden", analyzed(entity.ID), among, map[string]string{
		"  Kart: 416973******5821        Avtorizasiya kodu: 704215": "416973******5821",
		"Card 4169XXXXXXXX5821": "4169XXXXXXXX5821",
	}},
	{"SignOffsOfMoreLanguages", analyzed(entity.Person), among, map[string]string{
		"Hyväksynyt:       sairaalakemisti Riitta Saarnio-Heikkilä": "Riitta Saarnio-Heikkilä",
	}},
	{"APostcodesTownBeforeASentencesWords", analyzed(entity.Address), among, map[string]string{
		"IBAN NL91 ABNA 0417 1643 00\npigmentlaesie. Mevrouw woont op de Populierenlaan 38, 3815 KT Amersfoort en is": "3815 KT Amersfoort",
	}},
	{"NordicLabelsWhoseAeOCRReadPlain", analyzed(entity.Person), among, map[string]string{
		"Ordinerende lage:  Mette Vinther Bak":  "Mette Vinther Bak",
		"Behandlende lage:  Kari Solbakken Aas": "Kari Solbakken Aas",
	}},
	{"ANoteInBracketsAfterAName", analyzed(entity.Person), among, map[string]string{
		"Patient:  Jens-Ole Kjærsgaard (fuldmagt)": "Jens-Ole Kjærsgaard",
	}},
	{"WhoCollectedAPrescription", analyzed(entity.Person), among, map[string]string{
		"Afhentet af:  Jens-Ole Kjærsgaard (fuldmagt)": "Jens-Ole Kjærsgaard",
	}},
	{"APostcodeAloneEndsItsAddress", analyzedColumns(entity.Address), absent, map[string]string{
		"Domicilio fiscal receptor (C.P.)           Régimen fiscal receptor\n45116                                      605 Sueldos y Salarios\nUso CFDI                                   Exportación": "Uso CFDI",
	}},
	{"ARecordsGroupsEndAtTheirColumn", analyzedColumns(entity.ID), among, map[string]string{
		"Domicilio fiscal receptor (C.P.)           Régimen fiscal receptor\n45116                                      605 Sueldos y Salarios\nUso CFDI                                   Exportación": "45116",
	}},
	{"ARecordUnderAMarkedHeadWiderThanIt", analyzedColumns(entity.ID), among, map[string]string{
		"Número de empleado                                  Cargo\n20417                                               Analista de operaciones": "20417",
	}},
	{"NoNameOfTheNextColumnsMarkedHead", analyzedColumns(entity.Person), absent, map[string]string{
		"Customer Name                                         NRC No.\nDaw Khin Thandar Myint                                12/OUKAMA(N)073591": "NRC No.",
	}},
	{"MyanmarsRegistrationCard", analyzedColumns(entity.ID), among, map[string]string{
		"Customer Name                                         NRC No.\nDaw Khin Thandar Myint                                12/OUKAMA(N)073591": "12/OUKAMA(N)073591",
		"NRC No.: 12/OUKAMA(N)073591": "12/OUKAMA(N)073591",
	}},
	{"NoNameOfARoleAfterASlash", analyzedColumns(entity.Person), absent, map[string]string{
		"Than Mo Phou Kuat / Examining Physician         Phou Amnuaykan Hong Mo / Hospital Director": "Phou Amnuaykan Hong Mo / Hospital Director",
	}},
	{"NoNameOfARomanceMedicalEponym", analyzed(entity.Person), none, map[string]string{
		"38.2 °C y signo de Murphy positivo. El ultrasonido abdominal evidenció vesícula biliar": "",
	}},
	{"IdentityNumbersWithCharactersHidden", analyzed(entity.ID), among, map[string]string{
		"  HKID 身份證:      Y68****(5)   (to be checked on handover)": "Y68****(5)",
		"NRIC: S****567D": "S****567D",
	}},
	{"NoIdentityNumberOfARatingsStars", analyzed(entity.ID), none, map[string]string{
		"Rating: A****": "",
	}},
	{"AMotorcyclesPlateAfterItsWord", analyzed(entity.ID), among, map[string]string{
		"Aseguradora SOAT:      póliza N.º 19834527 (evento de tránsito), placa moto KTR48E": "KTR48E",
	}},
	{"NoSurnameOfAWordEndingInEvAfterAVowel", analyzed(entity.Person), none, map[string]string{
		"                        GUEST FOLIO / Vikkayabat Samrap Phnhiev": "",
	}},
	{"NoPostcodeAfterANumbersMarker", analyzed(entity.Address), absent, map[string]string{
		"           Bakı ş., Nərimanov r-nu, Təbriz küç. 76\n                     SATIŞ ÇEKİ No 0384": "SATIŞ ÇEKİ No 0384",
	}},
	{"TheTurkicCashier", analyzed(entity.Person), among, map[string]string{
		"Kassir: Məmmədli Aytən": "Məmmədli Aytən",
	}},
	{"ALegendsLastEntryEndsItsLine", analyzed(entity.Person), among, map[string]string{
		"Hexavalent 3      2024-08-23      HX4502C      L thigh      N.R.\nN.R. = SN Nadia Ramlakan\nBring this card to every clinic visit.": "N.R.",
	}},
	{"SignOffsAsOCRReadsThemWithoutAccents", analyzed(entity.Person), among, map[string]string{
		"Hyvaksynyt:       sairaalakemisti Riitta Saarnio-Heikkila": "Riitta Saarnio-Heikkila",
	}},
	{"AStudentsNumberUnderItsHead", recognized(RecordIDRecognizer{}, entity.ID), among, map[string]string{
		"Student ID (office use)\n2047718": "2047718",
	}},
	{"HeadsRightOfALabelButOverItsValue", analyzedColumns(entity.ID), among, map[string]string{
		"                         DRIVER 1                             DRIVER 2\nFull name:               Nyasha Tendai CHIKWANHA              Farai Blessing MAKONI-GUMBO\nNational ID No.:         63-2184576 X 42                      08-751240 R 08": "08-751240 R 08",
	}},
	{"LatinAmericanBankAccountsUniformCodes", analyzed(entity.ID), among, map[string]string{
		"Forma de pago: Transferencia bancaria - CBU origen 0140339403620051847293": "0140339403620051847293",
	}},
	{"ASubscribersNumberInFrenchAndItalian", analyzedColumns(entity.ID), among, map[string]string{
		"IFU ABONNÉ\n1201501927364                            TÉLÉPHONE": "1201501927364",
		"N° d'abonné : 40217733": "40217733",
	}},
	{"AHungarianEmployeesMasterNumber", analyzedColumns(entity.ID), among, map[string]string{
		"Munkavállaló neve:   Szentgyörgyi-Kovács Réka Anna       Törzsszám:       004718": "004718",
	}},
	{"AnAccountRightAfterItsBanksName", analyzed(entity.ID), among, map[string]string{
		"Payment method:  ABA Bank 003 482 917": "003 482 917",
	}},
	{"NoAccountOfAYearAfterABanksName", analyzed(entity.ID), none, map[string]string{
		"Paid at Sampath Bank 2024": "",
	}},
	{"PharmacistsOfMoreLanguages", analyzedColumns(entity.Person), inside, map[string]string{
		"Farmacisti:  Farm. Albana Koçiu               Nënshkrimi i pacientit:  E. Xhaferaj": "Albana Koçiu",
	}},
	{"NamesOfANumberedListsRows", analyzedColumns(entity.Person), among, map[string]string{
		"AS WITNESSES:\n1. Johanna Gaoses         ID 85112700512\n2. Petrus Nghidinwa       ID 79020500289": "Petrus Nghidinwa",
	}},
	{"NoNameOfAListsRowOfOrdinaryWords", analyzedColumns(entity.Person), absent, map[string]string{
		"AS WITNESSES:\n1. Johanna Gaoses         ID 85112700512\n2. Total Amount           ID 12": "Total Amount",
	}},
	{"NoNameOfTheWordNumberWithoutItsAccents", analyzed(entity.Person), none, map[string]string{
		"Cislo poistnej zmluvy            Cislo Skodovej udalosti": "",
	}},
	{"NoAddressLineOfTheNextFieldsNumberLabel", analyzedColumns(entity.Address), absent, map[string]string{
		"Adresa                                                Telefón\nMierová 7, 917 01 Trnava                              0911 274 593\nEvidenčné číslo (EČV)         Poisťovateľ druhého vozidla     Číslo zmluvy": "Mierová 7, 917 01 Trnava\nEvidenčné číslo (EČV)",
	}},
	{"NoRecordIDInACodesColumn", analyzedColumns(entity.ID), none, map[string]string{
		"SUBJECT                         CODE      CREDITS   SCORE    GRADE\n-------------------------------------------------------------------\nThai Language                   TH22101     1.5       78      3\nMathematics                     MA22101     1.5       85      4": "",
		"Leistung                  Kod       Menge   Preis\nReifenwechsel             RW2204    1       45,00": "",
	}},
	{"RecordIDUnderAPatientsCode", analyzedColumns(entity.ID), only, map[string]string{
		"Ward  Bed   Patient Code   Admitted\nB2    14    PX23301        12/03/2024": "PX23301",
	}},
	{"NoPhoneOfAYearAndItsOtherCalendarsInBrackets", analyzed(entity.Phone), none, map[string]string{
		"Academic Report - Semester 1, Academic Year 2567 (2024)\nNonthaburi 11130 Thailand": "",
	}},
	{"NameInBracketsAfterALabelledName", analyzed(entity.Person), inside, map[string]string{
		"Student Name:   Master Thanakrit Siriwattanakul (Nong Ping)\nStudent ID:     67-04519": "Nong Ping",
	}},
	{"NoNameOfARoleInBracketsAfterAName", analyzed(entity.Person), absent, map[string]string{
		"Parent: Keisha Washington (Head Teacher)": "Head Teacher",
		"Insured: Keisha Washington (Dependent)":   "Dependent",
		"Patient: Keisha Washington (Mexico)":      "Mexico",
	}},
	{"NameAfterACompanionsLabel", analyzed(entity.Person), among, map[string]string{
		"Huésped titular:   Catalina Andrea Riquelme Ossandón\nAcompañante:       Hendrik van der Meulen\nPasaporte:         NX4K7R2P9": "Hendrik van der Meulen",
		"Gast: Jonas Albrecht\nBegleitperson: Hendrik van der Meulen\nZimmer: 412":                                                      "Hendrik van der Meulen",
	}},
	{"LabelWithAnEnyeReadAsAnI", analyzed(entity.Person), among, map[string]string{
		"Huésped titular:   Catalina Andrea Riquelme Ossandón\nAcompaiante:       Hendrik van der Meulen\nPasaporte:         NX4K7R2P9": "Hendrik van der Meulen",
	}},
	{"PlateUnderAColumnHeadOfPlates", analyzedColumns(entity.ID), among, map[string]string{
		"Evidencne cislo (ECV)            Znacka a typ                     Rok vyroby\nTN-482KM                          Skoda Octavia Combi 2.0 TDI      2019": "TN-482KM",
	}},
	{"PlateAfterASlavicVehicleWord", analyzed(entity.ID), inside, map[string]string{
		"Poškodený ľavý predný blatník a svetlomet na vozidle TT-915BH. Bez zranení osôb.": "TT-915BH",
	}},
	{"NoNameOfAMakeUnderItsColumnHead", analyzedColumns(entity.Person), none, map[string]string{
		"Evidencne cislo (ECV)            Znacka a typ                     Rok vyroby\nTN-482KM                          Skoda Octavia Combi 2.0 TDI      2019": "",
	}},
	{"NoNameOfAnInsurerWhoseWordEndsAsAPatronymic", analyzed(entity.Person), none, map[string]string{
		"Poisťovateľ druhého vozidla\nAlfa Poistovna": "",
		"Poisťovateľ: Alfa Poisťovňa, a.s.":           "",
	}},
	{"AddressWithASpecksMarkGluedBefore", analyzed(entity.Address), among, map[string]string{
		"Frau\nDr. Karin Wiesenthal-Ruprecht\n.Hochfelder Weg 23a\n47249 Duisburg": "Hochfelder Weg 23a\n47249 Duisburg",
	}},
	{"RecordIDWithASpecksMarkGluedBefore", analyzed(entity.ID), only, map[string]string{
		"Tessera Sanitaria:  -80380000500418273956": "80380000500418273956",
	}},
	{"NameAfterALabelInTwoLanguagesGluedByASlash", analyzedColumns(entity.Person), only, map[string]string{
		"   Caixa/Caja: 2            Venedor/Vendedor: Núria": "Núria",
		"Nom/Name: Núria Puigdomènech":                        "Núria Puigdomènech",
	}},
	{"NameAfterARoleWhoseAccentOCRReadAsAnother", analyzed(entity.Person), only, map[string]string{
		"Sjukskéterska Fatima Al-Rashid ringer upp om en vecka fér uppféljning.": "Fatima Al-Rashid",
	}},
	{"PhoneAfterALabelEndingOnFile", analyzedColumns(entity.Phone), only, map[string]string{
		"22 Clontarf Road\nDublin 3\nD03 FX29\nContact details on file:  087 392 4418   ciaran.ofloinn@eircom.net": "087 392 4418",
	}},
	{"MaskedCardWhoseDashesOCRReadAsDots", analyzed(entity.ID), inside, map[string]string{
		"Payment: Credit card 4518-42**.****.2290,. approval": "4518-42**.****.2290",
	}},
	{"MaskedResidentNumberItsEndHidden", analyzed(entity.ID), only, map[string]string{
		"Name:  YEOM SU-BIN      RRN: 880417-2****** (F)": "880417-2******",
	}},
	{"RecordIDAfterAResidentsRegistration", analyzedColumns(entity.ID), only, map[string]string{
		"Resident Reg.:   880417                Department:    Gastroenterology": "880417",
	}},
	{"SignersNameInBracketsUnderASignaturesSpace", analyzedColumns(entity.Person), among, map[string]string{
		"     Pasien / Keluarga,                           Kasir,\n\n\n     ( Agus Setiabudi )                           ( Wulan Sari )": "Wulan Sari",
	}},
	{"NamesAfterMoreStaffRoles", analyzedColumns(entity.Person), among, map[string]string{
		"Vehicle No: WP LH-4817      Driver: A.G. Chaminda Kumara      Helper: Nuwan": "Nuwan",
		"Õde:   Triin Oja-Lepik":                      "Triin Oja-Lepik",
		"Sagsbehandler: Mette Lykkeberg":              "Mette Lykkeberg",
		"Penasihat servis:   Nur Aqilah binti Hamzah": "Nur Aqilah binti Hamzah",
	}},
	{"NameAfterAStaffRoleItsGivenNameADictionarysWord", analyzed(entity.Person), among, map[string]string{
		"Med venlig hilsen\nSagsbehandler Trine Dalsgaard Lykkeberg": "Trine Dalsgaard Lykkeberg",
	}},
	{"FiliationNameEndsBeforeTheNextFieldsLabel", analyzedColumns(entity.Person), absent, map[string]string{
		"Dilayan oleh Aqilah binti Hamzah       Mekanik:  Rajesh a/l Muniandy": "Aqilah binti Hamzah Mekanik:",
	}},
	{"NameSoughtAgainWithoutItsPossessive", analyzed(entity.Person), inside, map[string]string{
		"This is to certify that Eng. Tareq Fawwaz Abu Rumman, Jordanian national,\nThe net salary is transferred monthly to Mr. Abu Rumman's account at Arab Bank,": "Fawwaz Abu Rumman",
	}},
	{"NameAfterAPharmacysOwnerTitulaire", analyzedColumns(entity.Person), only, map[string]string{
		"TVA BE 0423.518.925\nPharmacien titulaire : Ph. Delvaux-Moreau": "Ph. Delvaux-Moreau",
	}},
	{"BuildingsLineOverAStreet", analyzed(entity.Address), among, map[string]string{
		"Mme Marie-Laure Gastaldi-Pastorelli\nLe Millefiori, bloc B, 7e étage\n1, rue des Genêts\n98000 MONACO": "Le Millefiori, bloc B, 7e étage\n1, rue des Genêts\n98000 MONACO",
		"Mr Ciarán Ó Floinn-Delaney\nApartment 4, Rathmore House\n22 Clontarf Road\nDublin 3":                   "Apartment 4, Rathmore House\n22 Clontarf Road\nDublin 3",
	}},
	{"NoBuildingsLineOfALabel", analyzed(entity.Address), absent, map[string]string{
		"Delivery floor: 3\n22 Clontarf Road\nDublin 3": "Delivery floor: 3\n22 Clontarf Road\nDublin 3",
	}},
	{"NoFirmOfAReceiptsTitleAfterAHeadingsWord", analyzedColumns(entity.Organization), absent, map[string]string{
		"MBARARA HIGH HILL COLLEGE\n\n                               SCHOOL FEES RECEIPT\nReceipt No.: 0417": "FEES RECEIPT",
	}},
	{"NoNameOfANounThePageWritesInLowerCase", analyzedColumns(entity.Person), absent, map[string]string{
		"PARTICULARS OF REPORTEE\nPolicy No.:         MCA/MV/2024/118734        Owner:        Reportee\nThe reportee states that on 09/04/2024 at about 1745 hrs": "Reportee",
	}},
	{"NoRecordIDOfAnOpeningTime", analyzedColumns(entity.ID), none, map[string]string{
		"Abonnement résident 24h/24 - Spélugues    01/04/2025 - 30/06/2025    171,00 EUR": "",
		"Service client 7j/7 - hotline 24/7":                                              "",
	}},
	{"BuildingsLineOverAStreetBesideAnotherColumn", analyzedColumns(entity.Address), among, map[string]string{
		"Mme Marie-Laure Gastaldi-Pastorelli        Immatriculation :  K417\nLe Millefiori, bloc B, 7e étage            Marque :           Fiat 500e\n1, rue des Genêts                          Couleur :          bleu\n98000 MONACO": "Le Millefiori, bloc B, 7e étage",
	}},
	{"NameAfterARoleWhoseAccentsOCRDropped", analyzedColumns(entity.Person), only, map[string]string{
		"Ode:   Triin Oja-Lepik": "Triin Oja-Lepik",
	}},
	{"SignersNameInBracketsUnderAWideSignaturesSpace", analyzedColumns(entity.Person), among, map[string]string{
		"     Pasien / Keluarga,                           Kasir,\n\n\n\n\n\n     ( Agus Setiabudi )                           ( Wulan Sari )": "Wulan Sari",
	}},
	{"NoSignerOfAPaymentSlipsHalvesUnderAClose", analyzedColumns(entity.Person), absent, map[string]string{
		"Freundliche Grüsse\nGarage Rheinblick Anstalt, Sandro Hasler, Kundendienst\n\n-------------------------------------------------\nEmpfangsschein                      Zahlteil\nKonto / Zahlbar an                  Konto / Zahlbar an": "Empfangsschein Zahlteil",
	}},
	{"PhoneSoughtAgainWithADegreeSignForAGap", analyzedColumns(entity.Phone), among, map[string]string{
		"Contact :                 +225 07 48 22 15 63\nAcompte reçu le 19/02/2024 par Orange Money depuis le 07 48 22°15 63.": "07 48 22°15 63.",
	}},
	{"RecordIDsAfterMoreLabels", analyzedColumns(entity.ID), only, map[string]string{
		"Darbinieka Nr.:    041702": "041702",
		"Parafa: 748219":            "748219",
		"Inviata da:     dott.ssa Francesca Malaguti (MMG), impegnativa NRE 080A04718236491": "080A04718236491",
	}},
	{"NameAfterASlavicTitleInRunningText", analyzed(entity.Person), inside, map[string]string{
		"posílám k vyšetření paní Jarmilu Kratochvílovou, 66 let, která přichází v doprovodu": "Jarmilu Kratochvílovou",
		"Proszę o konsultację pani Barbary Wiśniewskiej-Kot, lat 58":                          "Barbary Wiśniewskiej-Kot",
	}},
	{"NoLedgerDateOfARowsNumberAndItsDescription", analyzedColumns(entity.Date), none, map[string]string{
		"STT     Ten hang hoa                         DVT   SL      Don gia       Thanh tien\n1       May loc khong khi AP-450              Cai    1       5.490.000     5.490.000": "",
	}},
	{"NamesOfAPaymentsOrderingPartyAndBeneficiary", analyzedColumns(entity.Person), only, map[string]string{
		"codice IBAN   IT06D0503411701000000418263\nORDINANTE     DE BENEDICTIS MARIA CHIARA": "DE BENEDICTIS MARIA CHIARA",
		"Beneficiario: Carlos Mendoza Ruiz":                                                   "Carlos Mendoza Ruiz",
		"Auftraggeber: Jörg Hinterberger":                                                     "Jörg Hinterberger",
	}},
	{"LithuanianSurnameWhoseEndingOCRReadPlain", analyzedColumns(entity.Person), only, map[string]string{
		"Išmokų skyriaus vedéja                 Jurgita Stankeviciené": "Jurgita Stankeviciené",
	}},
	{"EmailWhoseMiddleOCRLost", analyzedColumns(entity.Email), only, map[string]string{
		"  Cell: (720) 384-2916      Email: marisol.                   .com": "marisol. .com",
	}},
	{"NoEmailOfASentencesDotsAfterItsLabel", analyzedColumns(entity.Email), none, map[string]string{
		"Email: none.       See the notes.": "",
	}},
	{"AccountAfterANordicTransfersPreposition", analyzedColumns(entity.ID), among, map[string]string{
		"12.04   12.04    Innborgun - Þórður Ari Vésteinsson          1204         12.500    394.869\n15.04   15.04    Sjálfvirk millifærsla á 0133-05-271846      SPAR        -50.000    344.869": "0133-05-271846",
	}},
	{"NamesAfterTransliteratedUkrainianAndRussianLabels", analyzedColumns(entity.Person), only, map[string]string{
		"Kasyr: Dzhus Roman": "Dzhus Roman",
		"Satyp aluşy / Pokupatel:        Ämirhanova-Lee Dinara": "Ämirhanova-Lee Dinara",
		"Oderzhuvach:  Vynnychuk-Hrab Solomiia":                 "Vynnychuk-Hrab Solomiia",
	}},
	{"NameWithAnInitialOfTwoLetters", analyzed(entity.Person), inside, map[string]string{
		"Dr. Ts. Bold-Erdene assisting. The operation was completed without conversion and": "Bold-Erdene",
	}},
	{"RecordIDsOfAColumnWhoseRowsTakeTwoLines", analyzedColumns(entity.ID), among, map[string]string{
		"No Rx     Médicament / Description        Qté    Prix     Part pat.\n---------------------------------------------------------------\n8841027   Levothyroxine 75 mcg co.        90     14.62      8.95\n          Prescripteur : Dr M.-Hélène Bouchard-Daigle\n8841028   Salbutamol 100 mcg inh.          1     19.80     12.10": "8841028",
	}},
	{"NoRecordIDOfProseUnderAPatientsWord", analyzedColumns(entity.ID), none, map[string]string{
		"Adressé par son médecin traitant, le patient\nEXAMEN CLINIQUE:\n     À l'entrée, tension artérielle 154/73 mmHg": "",
	}},
	{"HousesLineOverAnAddressLine", analyzedColumns(entity.Address), among, map[string]string{
		"Bill To:        Mr. Kwabena Oteng-Boakye\n                Hse No. C-47, Odorkor Official Town\n                P.O. Box DS 1184, Dansoman, Accra": "Hse No. C-47, Odorkor Official Town\nP.O. Box DS 1184, Dansoman, Accra",
	}},
	{"AddressAfterItsAbbreviatedLabel", analyzedColumns(entity.Address), among, map[string]string{
		"Residential Add.: House No. 14, Abotsi Close              Digital Address:   GT-021-4478\n                  Community 11, Tema                      Mobile:            024 418 3307": "Community 11, Tema",
	}},
	{"TownLineUnderAStreetBesideAnotherColumn", analyzedColumns(entity.Address), among, map[string]string{
		"Name:     Delroy Anthony Gillett                       #27 Perdiz Street\nAcct No.: CR-10482                                     Belize City": "Belize City",
	}},
	{"RelativesNameAfterMoreLanguagesKinNouns", analyzed(entity.Person), among, map[string]string{
		"A beteg kérésére az eredményről férjét, Bánfalvi Gábort is tájékoztattuk": "Bánfalvi Gábort",
		"Potilas saapui vaimo Liisa Korhosen kanssa.":                              "Liisa Korhosen",
	}},
	{"NameUnderAFieldsValueThatEndsInAThingsWord", analyzedColumns(entity.Person), among, map[string]string{
		"To          : The Attending Doctor, ENT Specialist Outpatient Clinic\nRe          : Ms Lim Hui Min Jolene (NRIC S8816407E)": "Lim Hui Min Jolene",
	}},
	{"NoRelativesNameOfTheNextColumnsKinNoun", analyzedColumns(entity.Person), none, map[string]string{
		"                              TATĂL                              MAMA": "",
	}},
	{"EmailAfterLabelsOfMoreLanguages", analyzedColumns(entity.Email), only, map[string]string{
		"Correo:    ana.lopez.mx gmail.com": "ana.lopez.mx gmail.com",
		"Courriel : marisol.        .fr":    "marisol. .fr",
	}},
	{"NamesAfterAFirstNamesShortLabelAndAConsultants", analyzedColumns(entity.Person), among, map[string]string{
		"Name:     KALOGEROPOULOS                    Name:     TSAKIRI-VLACHOU\nFirst:    Panagiotis-Marios                 First:    Eleni": "Eleni",
		"Clube: Matosinhos Centro                        Consultor: Rui P.":                                                                  "Rui P.",
	}},
	{"NoNameOfAHeadingsWordsAroundAConjunction", analyzedColumns(entity.Person), none, map[string]string{
		"                   PLAN OSETRENI A CENOVA NABIDKA (stomatologie)": "",
	}},
	{"NameInCapitalsWithABareMiddleInitial", analyzedColumns(entity.Person), only, map[string]string{
		"BEATRIZ E GONZALEZ": "BEATRIZ E GONZALEZ",
	}},
	{"NoNameOfAnIDLabelInCapitalsUnderADoctorsStamp", analyzedColumns(entity.Person), none, map[string]string{
		"  Tecnóloga Médica - CTMP 8421                   Médico Patólogo Clínico - CMP 039562\n                                                 RNE 21734": "",
	}},
	{"PeruvianSpecialistsRegister", analyzedColumns(entity.ID), among, map[string]string{
		"  Tecnóloga Médica - CTMP 8421                   Médico Patólogo Clínico - CMP 039562\n                                                 RNE 21734": "21734",
	}},
	{"NamesOfWhoDidTheWork", analyzedColumns(entity.Person), among, map[string]string{
		"Work carried out by Hemi Paraone, Licensed Certifying Plumber (Reg. 24816).": "Hemi Paraone,",
		"Examination performed by Tane Whaanga on 12 March.":                          "Tane Whaanga",
	}},
	{"NoNameOfAFirmThatDidTheWork", analyzedColumns(entity.Person), none, map[string]string{
		"Work carried out by Pacific Plumbing Services, Auckland.": "",
		"Tests performed by Quest Diagnostics on 12/03/2024.":      "",
	}},
	{"TitledNameOnAFeesRow", analyzedColumns(entity.Person), among, map[string]string{
		"Officiant fee - Rev. Morag Fairbairn-Kerr                               220.00": "Morag Fairbairn-Kerr",
	}},
	{"NoNameOfATitledBrandOnAPricedRow", analyzedColumns(entity.Person), none, map[string]string{
		"Dr. Oetker Ristorante 4,99": "",
		"Mr. Muscle Power Gel 3.20":  "",
	}},
	{"NumberInBracketsAfterItsLabel", analyzedColumns(entity.ID), among, map[string]string{
		"Use your 10-digit account number as payment reference (0418227109).": "(0418227109).",
		"Customer reference (0418227109)":                                     "(0418227109)",
	}},
	{"NoIDOfAShortNumberInBrackets", analyzedColumns(entity.ID), none, map[string]string{
		"Reference (2024)":  "",
		"see reference (1)": "",
	}},
	{"RegisterNumbersAfterAClauseAWithdrawnCurrencysCodeAndARecordKeptOnFile", analyzedColumns(entity.ID), among, map[string]string{
		"Scene visited by PC Dexter St. Rose, Reg. No. 17452, at 21:40 hrs.": "17452,",
		"Signed:  Dr. Ravinesh K. Chand, MBBS (FNU)     Reg. No. MCF 2187":   "MCF 2187",
		"Your direct debit account on file: BSP 1002 8734 1184.":             "1002 8734 1184.",
	}},
	{"NoRegisterOfACurrentCurrencysCode", analyzedColumns(entity.ID), none, map[string]string{
		"No. EUR 1500": "",
	}},
	{"LedgerTransfersAccountAfterTheName", analyzedColumns(entity.ID), among, map[string]string{
		"Date     Description                                   Debit      Credit      Balance\n12/03    Opening balance                                                       1,668.15\n14/03    Transfer to Mele Havili 0101-227514-001              300.00                1,368.15": "0101-227514-001",
	}},
	{"NamesOfRowsThatOpenWithEachOnesCode", analyzedColumns(entity.Person), among, map[string]string{
		"ID / Passport No.  Surname   First names      Gross remun.  Hours  Commenced   Terminated  Code\n---------------------------------------------------------------------------------------------\n7609155812085      NGCOBO    Sipho Jabulani   R 14 250.00   195    2011/02/01  2024/10/31  11\n8804125174083      VAN WYK   Jan-Hendrik      R 18 900.00   195    2016/07/18  2024/10/31  11\n9302270341085      MAHLANGU  Lerato Precious  R 11 480.00   195    2019/03/04  2024/10/15  06\nEN482917 (ZWE)     MOYO      Tinashe          R  9 120.00   195    2020/05/11  2024/10/31  05\n0111030956085      PETERSEN  Ruwaida          R  8 350.00   160    2024/10/01  -           -": "VAN WYK Jan-Hendrik",
	}},
	{"NamesOfRowsThatOpenWithEachOnesCodeNextToANamesRow", analyzedColumns(entity.Person), among, map[string]string{
		"ID / Passport No.  Surname   First names      Gross remun.  Hours  Commenced   Terminated  Code\n---------------------------------------------------------------------------------------------\n7609155812085      NGCOBO    Sipho Jabulani   R 14 250.00   195    2011/02/01  2024/10/31  11\n8804125174083      VAN WYK   Jan-Hendrik      R 18 900.00   195    2016/07/18  2024/10/31  11\n9302270341085      MAHLANGU  Lerato Precious  R 11 480.00   195    2019/03/04  2024/10/15  06\nEN482917 (ZWE)     MOYO      Tinashe          R  9 120.00   195    2020/05/11  2024/10/31  05\n0111030956085      PETERSEN  Ruwaida          R  8 350.00   160    2024/10/01  -           -": "NGCOBO Sipho Jabulani",
	}},
	{"NoNameOfASubjectBeforeColumnsOfMarks", analyzedColumns(entity.Person), none, map[string]string{
		"Lengua Española                                 88    91    90    93     91    Aprobado": "",
	}},
	{"NoPhoneOfAFrenchTradeRegistersNumber", analyzedColumns(entity.Phone), absent, map[string]string{
		"ATELIERS GRANGIER-VIDAL SAS\n27, avenue Jean-Jaurès - 69007 Lyon\nTél. : 04 78 61 23 90\nSIRET : 512 847 396 00028     Code APE : 3101Z\nRCS Lyon B 512 847 396": "512 847 396",
		"R.C.S. Le Mans B 512 847 396": "512 847 396",
	}},
	{"CodeWithASpeckReadAsAPeriodBesideItsDash", analyzedColumns(entity.ID), among, map[string]string{
		"Matricule : GV-.00417": "GV-.00417",
	}},
	{"BrazilianWorkersPIS", analyzedColumns(entity.ID), among, map[string]string{
		"10 PIS/PASEP: 128.37465.02-1       11 Nome: Thaís Cavalcanti de Albuquerque Nogueira": "128.37465.02-1",
	}},
	{"QuartersAndMunicipalitiesWithoutTheNextFieldsNumber", analyzedColumns(entity.Address), among, map[string]string{
		"13 Bairro: Bigorrilho    14 Município: Curitiba    15 UF: PR    16 CEP: 80730-400": "Bigorrilho",
		"14 Cidade: Curitiba    15 UF: PR":                                                  "Curitiba",
	}},
	{"NoNameOfAnAbbreviatedColumnHeadBesideANamePartsLabel", analyzedColumns(entity.Person), none, map[string]string{
		"Last name                        Suff.": "",
	}},
	{"CapitalisedStreetTypeBeforeARomanceArticle", analyzedColumns(entity.Address), among, map[string]string{
		"12, Avenue des Flamboyants, Morcellement Raffray\n72249 Quatre Bornes": "12, Avenue des Flamboyants, Morcellement Raffray\n72249 Quatre Bornes",
		"12, Rue des Flamboyants": "12, Rue des Flamboyants",
	}},
	{"FittersNameEndsAtTheCommaBeforeTheSentencesWord", analyzedColumns(entity.Person), among, map[string]string{
		"Ausführender Monteur: Jannik Brinkhege, Inbetriebnahme durch Meister H.-P. Strothmann": "Jannik Brinkhege,",
	}},
	{"RecordsOfACroatianCardASlavicRegisterAndABelgianPlate", analyzedColumns(entity.ID), among, map[string]string{
		"policijski službenik Tomislav Jurjević, broj službene iskaznice 48213": "48213",
		"v enoti Gmajnica. Šifra otroka v naši evidenci: 20-06184.":             "20-06184.",
		"Plaque d'immatriculation / Nummerplaat   1-KDZ-482":                    "1-KDZ-482",
	}},
	{"IdentityCardsOfAzerbaijanAndUzbekistan", analyzedColumns(entity.ID), among, map[string]string{
		"   Şəxsiyyət vəsiqəsi:           AA 4873126        Verilmə tarixi: 14.02.2019": "4873126",
		"  Shaxsni tasdiqlovchi hujjat: ID-karta AD 4175382, 14.09.2021 da berilgan":    "4175382,",
	}},
	{"NoFirmOfAnIdentityCardsLabelAndSeries", analyzedColumns(entity.Organization), none, map[string]string{
		"  Shaxsni tasdiqlovchi hujjat: ID-karta AD 4175382, 14.09.2021 da berilgan": "",
	}},
	{"DriversOfTurkmenistanUzbekistanAndKazakhstan", analyzedColumns(entity.Person), among, map[string]string{
		"Sürüji:                 Annamyradow Döwletgeldi Baýramowiç": "Annamyradow Döwletgeldi Baýramowiç",
	}},
	{"StreetLineWrittenAgainInTheText", analyzedColumns(entity.Address), among, map[string]string{
		"Frau\nRicarda Oberdörfer-Maaß\nAm Schäferkamp 17\n33611 Bielefeld\n\nfür die ausgeführten Arbeiten (Objekt: Am Schäferkamp 17) erlauben wir uns": "Am Schäferkamp 17)",
	}},
	{"StreetAloneItsTypeFirstInAnAddressBlock", analyzedColumns(entity.Address), among, map[string]string{
		"ARMS Ltd  -  Automated Revenue Management Services Ltd\nElectricity and Water Bill  /  Kont tal-Elettriku u l-Ilma\nCustomer Care / Kura tal-Klijent: 8007 4410            www.arms.com.mt\n\nBill Number / Numru tal-Kont:   0925 4471 8306          Bill Date / Data:   18/06/2025\nAccount Number:                 2004519773               Due Date / Data ta' Skadenza:\nBilling Period:  14/02/2025 - 13/06/2025 (120 days)                          09/07/2025\n\nAccount Holder / Detentur tal-Kont:\n    Carmel Mifsud Bonnici\n    Doreen Mifsud Bonnici\n    Flat 4, Dar il-\u0120onna\n    Triq San Bartilmew\n    Gharghur GHR 1342\n\nID Card No. / Nru tal-Karta tal-Identit\u00e0:   0412578M\n": "Flat 4, Dar il-Ġonna\nTriq San Bartilmew\nGharghur GHR 1342",
	}},
	{"StreetNameInLowerCaseAfterAPreposition", analyzedColumns(entity.Address), among, map[string]string{
		"JAVNI VZGOJNO-IZOBRA\u017dEVALNI ZAVOD VRTEC SON\u010cNI GRI\u010c\nCelov\u0161ka cesta 420, 1210 Ljubljana - \u0160entvid\ntel. 01 512 36 40  |  racunovodstvo@vrtec-soncnigric.si  |  dav\u010dna \u0161t. SI 71563253\n\n                                                        \u0160tevilka: 4-602/2024-118\n                                                        Datum: 2. 9. 2024\n\nGa. Nina Kova\u010di\u010d Ferjan\nin g. Matej Ferjan\nPot k ribniku 7\n1231 Ljubljana - \u010crnu\u010de\n\n\nZadeva: Obvestilo o pla\u010dilu programa vrtca za \u0161olsko leto 2024/2025\n": "Pot k ribniku 7\n1231 Ljubljana",
	}},
	{"SignersNameUnderItsRoleBesideAnotherRole", analyzedColumns(entity.Person), among, map[string]string{
		"La caissière                                         Le Directeur\nRandrianasolo Fanja                                  (cachet et signature)": "Randrianasolo Fanja",
	}},
	{"DoctorsCollegeNumberAfterItsAbbreviation", analyzedColumns(entity.ID), among, map[string]string{
		"Metge responsable:  Dr. Oriol Sabaté Ferrer (núm. col. 32817)": "32817)",
		"Nº Col. 280412345": "280412345",
	}},
	{"NoCollegeNumberOfAColoniasPostcode", analyzedColumns(entity.ID), none, map[string]string{
		"Col. Roma Norte 06700": "",
	}},
	{"WorkersShortNumbersInOtherLanguages", analyzedColumns(entity.ID), among, map[string]string{
		"Núm. treballador: 0347": "0347",
	}},
	{"CatalanSurnamesJoinedByTheirConjunction", analyzedColumns(entity.Person), among, map[string]string{
		"Nom i cognoms:      Meritxell Cerqueda i Font         NRT: F-289431-S": "Meritxell Cerqueda i Font",
		"Titular: Meritxell Cerqueda i Font":                                    "Meritxell Cerqueda i Font",
	}},
	{"NoRepeatOfAnAcronymBesideNoListedWord", analyzedColumns(entity.Person), absent, map[string]string{
		"Plus d'antiguitat                                                      65,40\nHores extraordin\u00e0ries (+25%)                 6 h       15,72           94,32\nComplement de transport                                                45,00\nCASS branca general (3,0%)              2.384,72                                  71,54\nCASS branca jubilaci\u00f3 (3,5%)            2.384,72                                  83,47\nBestreta a compte del 10/10/2025                                                 200,00\n------------------------------------------------------------------------------------------\nTotal meritat                                                       2.384,72\nTotal deduccions                                                                 355,01\nL\u00cdQUID A PERCEBRE (EUR)                                                        2.029,71\n\nBase de cotitzaci\u00f3 CASS:  2.384,72\nAportaci\u00f3 empresarial CASS:   branca general (7,0%)  166,93   branca jubilaci\u00f3 (8,5%)  202,70\nTotal aportaci\u00f3 empresarial:  369,63\n\nAcumulats de l'any 2025     Salari brut: 23.718,36     Cotitzaci\u00e9 CASS treballadora: 1.541,69\nVacances: dies meritats 25    dies gaudits 18    dies pendents 7\n": "CASS",
	}},
	{"NoRegisterLetterOfAnInvoicesNumberMarker", analyzedColumns(entity.ID), among, map[string]string{
		"FATTURA N. 2024-03318": "2024-03318",
		"Nr. N 847 291 556":     "N 847 291 556",
	}},
	{"NoNameOfAFirmsPhraseAfterAListsLabelWord", analyzedColumns(entity.Person), none, map[string]string{
		"HYDRO-CAM S.A.                                           FACTURE D'EAU POTABLE\nDistribution d'Eau Potable du Cameroun                   WATER BILL": "",
	}},
	{"DatesWrittenOutInBracketsAfterTheirFigures", analyzedColumns(entity.Date), among, map[string]string{
		"  Date of birth / Date de naissance:   18 July 2015  (eighteenth July two thousand and fifteen)": "(eighteenth July two thousand and fifteen)",
		"Né le 18/07/2015 (dix-huit juillet deux mille quinze)":                                           "(dix-huit juillet deux mille quinze)",
	}},
	{"NoDateOfAnAsideInBracketsAfterADate", analyzedColumns(entity.Date), absent, map[string]string{
		"Due 12 May 2024 (see note)":   "(see note)",
		"Signed 3 March 2024 (Monday)": "(Monday)",
	}},
	{"NamesOfRowsWithASpeckBetweenTheirWords", analyzedColumns(entity.Person), among, map[string]string{
		"EMPLOYEE INFORMATION\n---------------------------------------------------------------------------------------------\nID / Passport No.  Surname   First names      Gross remun.  Hours  Commenced   Terminated  Code\n---------------------------------------------------------------------------------------------\n7609155812085      NGCOBO    Sipho Jabulani   R 14 250.00   195    2011/02/01  2024/10/31  11\n8804125174083      VAN WYK _ Jan-Hendrik      R 18 900.00   195    2016/07/18  2024/10/31  11\n9302270341085      MAHLANGU  Lerato Precious  R 11 480.00   195    2019/03/04  2024/10/15  06\nEN482917 (ZWE)     MOYO      Tinashe          R  9 120.00   195    2020/05/11  2024/10/31  05\n0111030956085      PETERSEN  Ruwaida          R  8 350.00   160    2024/10/01  -           -\n---------------------------------------------------------------------------------------------\n": "VAN WYK _ Jan-Hendrik",
	}},
	{"NoSignerOfATableRowUnderItsRule", recognizedColumns(SignoffRecognizer{}, entity.Person), absent, map[string]string{
		"ASIGNATURA                                      P1    P2    P3    P4    C.F.   CONDICION\n----------------------------------------------------------------------------------------------\nLengua Espanola                                 88    91    90    93     91    Aprobado": "Lengua Espanola",
	}},
	{"NoWebAddressOfARowsWordsAfterItsLabelWord", analyzedColumns(entity.URL), none, map[string]string{
		"\nData        Godzina   Numer wybierany      Rodzaj us\u0142ugi          Czas/ilo\u015b\u0107   Netto z\u0142\n---------------------------------------------------------------------------------------\n02.05.2024  08:14:22  +48 501 327 846      rozmowa krajowa        00:04:12     0,00\n02.05.2024  12:40:05  +48 12 421 88 09     rozmowa stacjonarna    00:11:37     0,00\n04.05.2024  19:02:51  +48 733 902 154      SMS krajowy            1 szt.       0,00\n07.05.2024  07:55:10  +48 607 114 592      rozmowa krajowa        00:01:48     0,00\n09.05.2024  21:16:44  +48 733 902 154      rozmowa krajowa        00:23:05     0,00\n12.05.2024  10:03:19  +420 731 208 664     rozmowa mi\u0119dzynarodowa 00:06:31     4,07\n15.05.2024  16:27:30  internet             transmisja danych      1,6 GB       0,00\n18.05.2024  11:48:02  +48 501 327 846      MMS krajowy            1 szt.       0,00\n21.05.2024  09:12:57  roaming DE           transmisja danych      0,5 GB       3,25\n": "",
	}},
	{"LocalityLineEndingInItsStagesNumber", analyzedColumns(entity.Address), among, map[string]string{
		"LALOKI POWER SERVICES LIMITED\nElectricity Retailer - National Capital District\nPO Box 4410, Boroko NCD 111, Papua New Guinea     Customer Care: 180 4455   TIN 500118237\n==============================================================================================\nTAX INVOICE / ELECTRICITY BILL                                   Bill No.:    LPS-25-0917743\n                                                                 Bill Date:   05 May 2025\nMrs Theresa N. Bomai-Kerowa                                      Due Date:    26 May 2025\nSection 412, Allotment 18\nGerehu Stage 2\nPO Box 2291, Waigani NCD 131                                     Account No.: 4100-2239-87\n                                                                 Customer No.: CN 20417736\nPhone: 7194 2260\n": "Section 412, Allotment 18\nGerehu Stage 2\nPO Box 2291, Waigani NCD 131",
	}},
	{"LedgerNameWithoutAConjunctionThatEndsIt", analyzedColumns(entity.Person), among, map[string]string{
		"Date     Description                                   Debit      Credit      Balance\n14/03    Transfer to Chatur Acharya i                   300.00                1,368.15": "Chatur Acharya",
	}},
	{"NoRecordOfATownsStatesPostcodeAfterItsComma", analyzedColumns(entity.ID), none, map[string]string{
		"6425 W. FLORISSANT AVE, ST. LOUIS, MO: 63136 « (314) 385-2280": "",
	}},
	{"NoLedgerNameOfACreditUnionsAccountKind", analyzedColumns(entity.Person), absent, map[string]string{
		"Auto Loan                      0048831-L50      14,208.55    13,854.69                 -\n\nPRIMARY SHARE SAVINGS  0048831-S00\nDate     Description                                   Amount          Balance\n04/01    Beginning Balance                                             2,614.37\n04/15    Transfer From Share Draft 0048831-S10         200.00          2,814.37\n04/30    Dividend  APY Earned 0.25%                      0.54          2,814.91\n04/30    Ending Balance                                                2,814.91\n\nSHARE DRAFT CHECKING  0048831-S10\nDate     Description                                   Amount          Balance\n04/01    Beginning Balance                                             1,842.06\n04/01    ACH Deposit PROVIDENCE HLTH PAYROLL        2,386.42          4,228.48\n04/02    POS Purchase ROSAUERS #12 SPOKANE WA          -87.19          4,141.29\n04/03    ACH Debit AVISTA UTILITIES AUTOPAY           -143.60          3,997.69\n04/05    Check #1043                                -1,450.00          2,547.69\n04/09    Zelle To OYELARAN KWAME                       -60.00          2,487.69\n04/15    ACH Deposit PROVIDENCE HLTH PAYROLL        2,386.42          4,874.11\n04/15    Transfer To Share Savings 0048831-S00        -200.00          4,674.11\n04/18    Loan Payment 0048831-L50                     -412.77          4,261.34\n04/22    ATM Withdrawal NORTH DIVISION BRANCH         -100.00          4,161.34\n04/28    Zelle From TERESA QUINTANILLA-ROURKE          150.00          4,311.34\n": "Share Draft",
	}},
	{"NoNameOfAThingsNameOfLabel", analyzedColumns(entity.Person), none, map[string]string{
		"Name of Employer:  Kandy Tea Traders":    "",
		"Name of the Company:  Kandy Tea Traders": "",
	}},
	{"NoNameOfATownOrCountryOfSeveralWords", analyzedColumns(entity.Person), none, map[string]string{
		"Div. Secretariat:  Sri Jayawardenepura Kotte": "",
		"Parents living in Sri Lanka: yes":             "",
	}},
	{"RepeatOfASurnameInCapitalsOfFiveLetters", analyzedColumns(entity.Person), among, map[string]string{
		"Prepared by: Zorblat ROPER\nThe report was checked by Roper on Monday.": "Roper",
	}},
	{"NoNameOfALabelsWordsInBracketsBeforeItsColon", analyzedColumns(entity.Person), none, map[string]string{
		"Patient ID (Kanja Bango):      0048-3127": "",
	}},
	{"MaskedCardWithAnXReadAsK", analyzedColumns(entity.ID), among, map[string]string{
		"Card: VISA XXXXXKXXXXXX4417-°   Auth code: 08315K": "XXXXXKXXXXXX4417-°",
	}},
	{"QuebecPlatesBesideTheirLabelAndUnderTheirColumnsHead", analyzedColumns(entity.ID), among, map[string]string{
		"Nom : LAFRAMBOISE-DUCHESNE, BENOÎT                 Plaque : M47 KJT":                                      "M47 KJT",
		"Numéro de plaque          Année   Marque    Modèle\nM47 KJT                   2019    HONDA     CIVIC LX": "M47 KJT",
	}},
	{"NamesAfterARoleInLowerCaseOrACompoundRole", analyzedColumns(entity.Person), among, map[string]string{
		"Päätöksen on tehnyt Kelan etuuskäsittelijä Pirkko Luoma-Vähäsarja.": "Pirkko Luoma-Vähäsarja.",
		"Decision made by nurse Pirkko Luoma-Vähäsarja.":                     "Pirkko Luoma-Vähäsarja.",
	}},
	{"NoNameOfAnInstitutionAfterARoleInLowerCase", analyzedColumns(entity.Person), none, map[string]string{
		"ask your pharmacist Boots Pharmacy Ltd":        "",
		"the clinic manager Human Resources Department": "",
	}},
	{"NameOfTwoInitialsInCapitalsAndASurname", analyzedColumns(entity.Person), among, map[string]string{
		"TO: KA. Sparrow": "KA. Sparrow",
	}},
	{"NoValueOfAThingsNameOfLabel", analyzedColumns(entity.Organization), none, map[string]string{
		"Name of Account: Dine": "",
	}},
	{"NameOfTwoInitialsReadAsCapitalsBeforeAComma", analyzedColumns(entity.Person), among, map[string]string{
		"TO: KA, Sparrow": "KA, Sparrow",
	}},
	{"BanksCustomerFileInDashedGroups", analyzedColumns(entity.ID), among, map[string]string{
		"Customer ID (CIF):   27-0058913             Account No:  02701001003458712": "27-0058913",
	}},
	{"AddressWithAHousesNumberAfterItsMarker", analyzedColumns(entity.Address), among, map[string]string{
		"Address:  Mohallah Islampura, Gali No. 5, House No. B-214\n          Kamoke, Tehsil Kamoke, District Gujranwala": "Mohallah Islampura, Gali No. 5, House No. B-214\nKamoke, Tehsil Kamoke, District Gujranwala",
	}},
	{"AddressLineWithAUnitsNumberMarker", analyzedColumns(entity.Address), among, map[string]string{
		"Permanent Address:   Bagmati Province, Kavrepalanchok District\n                     Banepa Municipality, Ward No. 7, Tindobato": "Bagmati Province, Kavrepalanchok District\nBanepa Municipality, Ward No. 7, Tindobato",
	}},
	{"LedgerReferenceAfterAFirmNamedVilla", analyzedColumns(entity.ID), among, map[string]string{
		"Recibo domiciliado Rojas Jaime Villa Zavala S.A. CU61366": "CU61366",
	}},
	{"SpanishStreetOpenedByBarrioKeepsIt", analyzedColumns(entity.Address), among, map[string]string{
		"Dirección: Barrio Guillermo Quiróz Arriaga, 164\n28004 Madrid": "Barrio Guillermo Quiróz Arriaga, 164",
	}},
	{"NoNameOfSriLankasVillageOfficersTitle", analyzedColumns(entity.Person), none, map[string]string{
		"Signature of Grama Niladhari": "",
	}},
	{"NoNameOfHeadsOverARowOfAmountsThatOpensWithZero", analyzedColumns(entity.Person), absent, map[string]string{
		"  Total land:                             56.00 decimal     Current demand (Hal Dabi): 32.00\n\nDABI O ADAY (Demand and Collection)                                              (Taka)\n  Bokeya > 3 yrs   Bokeya last 3 yrs   Sud (interest)   Hal Dabi   Mot Dabi   Mot Aday   Baki\n       0.00              96.00              6.24          32.00     134.24     134.24     0.00\n\nReceived the Bhumi Unnayan Kar (land development tax) of Tk 134.24 (Taka One Hundred\n": "Dabi Mot Dabi Mot Aday Baki",
	}},
	{"NoRepeatOfANameWordInATownsName", analyzedColumns(entity.Person), absent, map[string]string{
		"Emmanuel Anquetil Building, Port Louis\n\nSurname and other names:    PERRINE Jean-Marc Louis": "Louis",
	}},
	{"LedgerIncomingTransferInCapitals", analyzedColumns(entity.Person), among, map[string]string{
		"Date        Description                                    Debit      Credit       Balance\n15/08/2024  RTGS IN DANIEL KIPLAGAT ARAP SANG                      12,000.00     90,261.10": "DANIEL KIPLAGAT ARAP SANG",
		"Date        Description                                    Debit      Credit       Balance\n25/08/2024  PESALINK IN ESTHER WAMBUI NJOROGE                       3,500.00     81,861.10": "ESTHER WAMBUI NJOROGE",
	}},
	{"LedgerPartyNamedAfterChannelAndNumber", analyzedColumns(entity.Person), among, map[string]string{
		"Date        Description                                    Debit      Credit       Balance\n03/08/2024  TRF TO M-PESA 0711294583 JOSEPH KIBET      15,000.00                119,645.60": "JOSEPH KIBET",
	}},
	{"LedgerNumberAfterAPersonsName", analyzedColumns(entity.ID), among, map[string]string{
		"Date        Description                                    Debit      Credit       Balance\n05/08/2024  SO RENT PAUL MUTAI ONDIEKI 01102938475     22,000.00                 97,645.60": "01102938475",
	}},
	{"NameAfterAnAbbreviatedRank", analyzedColumns(entity.Person), inside, map[string]string{
		"Police informed of the road traffic crash; report taken by\nSgt. Musa Danjuma, Ojuelegba Division.": "Musa Danjuma",
		"The statement was recorded by Insp. Halima Bako at the station.":                                    "Halima Bako",
	}},
	{"ColombianStreetWithASpacedDashAndADirection", analyzedColumns(entity.Address), inside, map[string]string{
		"Señora\nLeidy Johana Arboleda\nCarrera 43A # 18 Sur - 135, Apto 602\nMedellín, Antioquia 050022": "Carrera 43A # 18 Sur - 135, Apto 602",
		"Señora\nLeidy Johana Arboleda\nCarrera 7 Bis # 45 - 12\nMedellín, Antioquia 050022":              "Carrera 7 Bis # 45 - 12",
	}},
	{"SecondSurnameJoinedByItsParticle", analyzedColumns(entity.Person), among, map[string]string{
		"Leidy Johana Arboleda de Quintero\nCarrera 43A # 18 Sur - 135, Apto 602": "Leidy Johana Arboleda de Quintero",
		"Maria Santos da Silva\nRua das Flores 12":                                "Maria Santos da Silva",
	}},
	{"NoSecondSurnameOfAFirmAfterAName", analyzedColumns(entity.Person), absent, map[string]string{
		"Pago a Johana Arboleda de Banco Pacifico S.A.": "Johana Arboleda de Banco Pacifico",
	}},
	{"RegisterAcronymAndNumberBesideAName", analyzedColumns(entity.ID), among, map[string]string{
		"Q.F. responsable: Q.F. Rocío Ñahui Cárdenas        C.Q.F.P. 21764": "21764",
		"Médico:           Dr. Álvaro Benavides Lizárraga   CMQ 48213":      "48213",
	}},
	{"NoRegisterAcronymInAPersonsValue", analyzedColumns(entity.Person), absent, map[string]string{
		"Médico:           Dr. Álvaro Benavides Lizárraga   CMQ 48213": "Álvaro Benavides Lizárraga CMQ",
	}},
	{"NoRegisterAfterAFirmsForm", analyzedColumns(entity.ID), none, map[string]string{
		"Factura           Servicios Generales SA 40213": "",
	}},
	{"NoNameOfANumberedTill", analyzedColumns(entity.Person), none, map[string]string{
		"Atendido por:     Caja 2": "",
	}},
	{"NameUnderAPayeesHeadInAPricedRow", analyzedColumns(entity.Person), among, map[string]string{
		"CHEQUES PAGADOS\nNo. de cheque     Fecha pago     Beneficiario                       Monto\n0001247           09/08/2024     Byron Alexander Coyoy Pérez     Q 2,400.00": "Byron Alexander Coyoy Pérez",
	}},
	{"NoNameOfGoodsUnderADescriptionsHead", analyzedColumns(entity.Person), none, map[string]string{
		"Description          Qty    Price\nJasmine Green Tea     2     4.50\nRoyal Milk Tea        1     3.20": "",
	}},
	{"NoNameOfANumbersLabelBeforeAFirmsNumber", analyzedColumns(entity.Person), none, map[string]string{
		"NOORDZEE ENERGIE nv\nKattendijkdok-Westkaai 54, 2000 Antwerpen\nOndernemingsnummer BE 0712.345.678\nKlantendienst 078 15 22 40 (ma-vr 8-18 u)": "",
	}},
	{"SupplyPointCodeAfterItsEAN", analyzedColumns(entity.ID), among, map[string]string{
		"Elektriciteit   EAN 541448820047183920   Meter 1SAG1100042871   tweevoudig uurtarief": "541448820047183920",
	}},
	{"NoSupplyPointOfAProductsBarcode", analyzedColumns(entity.ID), none, map[string]string{
		"Melk halfvol 1L      EAN 5410000123456     1,29": "",
	}},
	{"MobileWithItsCountryCodeAndNoPlus", analyzedColumns(entity.Phone), inside, map[string]string{
		"Tanzania Electric Supply Company Ltd\nAliyelipa / Paid by:     JUMA SALIM KHAMIS  (255784560137)": "255784560137",
	}},
	{"NoPhoneOfAnAccountOpeningWithACountryCode", analyzedColumns(entity.Phone), none, map[string]string{
		"Tanzania Electric Supply Company Ltd\nAccount: 255000000137": "",
	}},
	{"NamesListedUnderWitnesses", analyzedColumns(entity.Person), among, map[string]string{
		"WITNESSES:\n1. Rutendo Mapfumo     ID 63-1187402 M 63    ...............................\n2. Mthulisi Dube       ID 08-2290531 D 08    ...............................": "Mthulisi Dube",
	}},
	{"NoNameOfAStreetWrappedBeforeItsType", analyzedColumns(entity.Person), absent, map[string]string{
		"    3.2  Payment shall be made into the Landlord's account: CBZ Bank, Kwame Nkrumah\n         Avenue Branch, Account Name T.M. Chikwanha, Account No. 01124873560019.": "Kwame Nkrumah",
	}},
	{"NameOverATitledNameLine", analyzedColumns(entity.Person), among, map[string]string{
		"Patient: Harold Finnegan\nDr Anna Kowalczyk, consultant": "Harold Finnegan",
	}},
	{"NoValueOfARoleCaptionUnderASignersName", analyzedColumns(entity.Person), absent, map[string]string{
		"Prepared by:                                     Approved:\n\n\nLORNA T. MAGSINO                                 HON. ERNESTO M. CABALQUINTO\nBarangay Secretary                               Punong Barangay": "Punong Barangay",
	}},
	{"NameAfterTheHonourablesTitle", analyzedColumns(entity.Person), among, map[string]string{
		"LORNA T. MAGSINO                                 HON. ERNESTO M. CABALQUINTO\nBarangay Secretary                               Punong Barangay": "ERNESTO M. CABALQUINTO",
	}},
	{"NoSurnameFirstNameOfAStreetAfterAComma", analyzedColumns(entity.Person), none, map[string]string{
		"          Barangay Hall, Lopez Avenue, Anos, Los Baños, Laguna 4030": "",
	}},
	{"NoNameAnAddressSpellsAfterAnAbbreviatedKind", analyzedColumns(entity.Person), none, map[string]string{
		"          Barangay Hall, Anos, Los Baños, Laguna 4030\n          Tel. (049) 536-2718   brgy.anos.lb@gmail.com\n\n          Blk 12 Lot 7 Narra St., Purok 5, Brgy. Anos\n          4030 Los Baños, Laguna": "",
	}},
	{"GivenNameInCapitalsThatADictionaryHoldsBeforeAName", analyzedColumns(entity.Person), inside, map[string]string{
		"     This is to certify that MARK ANTHONY D. VILLAROSA, 28 years old, Filipino, single,": "MARK ANTHONY D. VILLAROSA",
	}},
	{"NoGivenNameOfAHeadingsWordBeforeAName", analyzedColumns(entity.Person), absent, map[string]string{
		"REFERRED BY DR. JOHN SMITH": "BY DR. JOHN SMITH",
	}},
	{"NoNameOfAHeadingWhoseNounTheTextWritesSmall", analyzedColumns(entity.Person), none, map[string]string{
		"                       SURAT KETERANGAN RAWAT INAP\n\nSurat keterangan ini dibuat atas permintaan keluarga pasien.": "",
	}},
	{"NameWhoseWordsTheTextWritesSmallOnlyAsOtherWords", analyzedColumns(entity.Person), among, map[string]string{
		"Patient: Mariana Castellanos Oyarzún\nThe patient was admitted on 2 June.": "Mariana Castellanos Oyarzún",
	}},
	{"SlashedLicenceUnderASignersName", analyzedColumns(entity.ID), among, map[string]string{
		"                                                 dr. Rudy Hartono Siregar, Sp.PD\n                                                 SIP. 503/0871/DPMPTSP/2022": "503/0871/DPMPTSP/2022",
	}},
	{"AccountAfterItsBankAndKind", analyzedColumns(entity.ID), among, map[string]string{
		"Mode of Payment : GIRO - POSB Savings 189-45213-6": "189-45213-6",
	}},
	{"NoAccountAfterACurrencyAndAKind", analyzedColumns(entity.ID), none, map[string]string{
		"Total: USD Savings 189-45213-6": "",
	}},
	{"AccountWithADashAndPeriodsAfterItsMarker", analyzedColumns(entity.ID), among, map[string]string{
		"Die Mietkaution von CHF 5'880.00 auf dem Mietkautionskonto Nr. 16-228.401.7 bleibt davon": "16-228.401.7",
	}},
	{"NoAccountOfADateWithADashAndAPeriod", analyzedColumns(entity.ID), none, map[string]string{
		"Rechnung Nr. 12-03.2024 vom Mai": "",
	}},
	{"GreekIdentityCardInLatinLetters", analyzedColumns(entity.ID), among, map[string]string{
		"Deltio Taftotitas:  482917": "482917",
		"Ar. Taftotitas 482917":      "482917",
	}},
	{"NoNameOfTheGreekIdentityCardsWords", analyzedColumns(entity.Person), none, map[string]string{
		"Deltio Taftotitas 4829176": "",
	}},
	{"FirstSurnameOfAParticledNameAgainInTheText", analyzedColumns(entity.Person), among, map[string]string{
		"Señora\nLeidy Johana Arboleda de Quintero\nCarrera 43A # 18 Sur - 135, Apto 602\n\nSeñora Arboleda, recuerde que el Banco nunca le solicitará claves.": "Arboleda,",
	}},
	{"NoValueOfAHeadingsLabelBeforeItsAlternativeInCapitals", analyzedColumns(entity.Person), none, map[string]string{
		"PARENT OR CAREGIVER / MĀTUA, KAITIAKI": "",
	}},
	{"EastAfricanPlateByItsShape", analyzedColumns(entity.ID), among, map[string]string{
		"Date        Description                                    Debit      Credit       Balance\n22/08/2024  ECITIZEN NTSA INSPECTION KDK 482P           2,050.00                 78,361.10": "KDK 482P",
		"The boda boda UBF 317K was parked outside.": "UBF 317K",
	}},
	{"NoNameOfAStatusValue", analyzedColumns(entity.Person), none, map[string]string{
		"SO TIEN: 12,500,000 VND      PHI: 20,000 VND\nTRANG THAI: THANH CONG": "",
		"Status: Grace Period": "",
	}},
	{"LocalityLineBesideAnotherColumnAboveATownFoundAgain", analyzedColumns(entity.Address), among, map[string]string{
		"Mr R T Haworth-Mbeki & Mrs F Ackroyd-Haworth              Date of issue:       10 March 2025\n14 Sowerby Croft Lane                                     Account reference:   60417328\nLindley                                                   Property reference:  00041023918\nHUDDERSFIELD\nHD3 3QW\n\nProperty address:   14 Sowerby Croft Lane, Lindley, Huddersfield HD3 3QW": "Lindley",
	}},
	{"TitledNameBeforeAnAmpersandAndATitle", analyzedColumns(entity.Person), among, map[string]string{
		"Mr R T Haworth-Mbeki & Mrs F Ackroyd-Haworth              Date of issue:       10 March 2025": "R T Haworth-Mbeki",
	}},
	{"WelshNameWithItsPatronymicParticle", analyzedColumns(entity.Person), among, map[string]string{
		"Swansea  SA99 1AR\n\nMr Cai L. ap Dafydd-Rowlands\n4 Heol y Felin\nLlanrug": "Cai L. ap Dafydd-Rowlands",
		"Registered keeper on our records: Cai Llewelyn ap Dafydd-Rowlands":          "Llewelyn ap Dafydd-Rowlands",
	}},
	{"IrishStreetNamedByATypesWordAfterItsArticle", analyzedColumns(entity.Address), among, map[string]string{
		"Siobhán M. Ní Bhriain-Walsh              Date of issue:       18/03/2025\n14 Bóthar na Trá                         Assessable spouse:   Siobhán Ní Bhriain-Walsh\nSalthill                                 PPSN:                6183047OA\nCo. Galway                               Spouse:              Cathal Mac Giolla Phádraig\nH91 E4PW                                 Spouse PPSN:         8420519PA": "14 Bóthar na Trá",
	}},
	{"NumberInGroupsThatACheckLetterEnds", analyzedColumns(entity.ID), among, map[string]string{
		"Customer Reference Number (CRN):  309 472 618V": "309 472 618V",
	}},
	{"NoValueOfAHeadBesideTheNextHeadOverARowOfValues", analyzedColumns(entity.Date), absent, map[string]string{
		"Details we used\nName                              CRN               Date of birth     Estimate 2024-25\nHarriet J. Nguyen-O'Sullivan      309 472 618V      09/11/1989               $41,200": "Estimate 2024-25",
	}},
	{"NumberInGroupsThatSpacedDashesPart", analyzedColumns(entity.ID), among, map[string]string{
		"Health card: 5067 - 318 - 245 - HW": "5067 - 318 - 245 - HW",
		"Benefit unit / Groupe de prestataires\nName / Nom                          Date of birth    SIN / NAS          Health card\nKwabena O. Asante-Lévesque          1984-10-03       527 183 941        4418 - 902 - 575 - ST\nGeneviève Tremblay-Asante           1987-06-29       714 630 852        5067 - 318 - 245 - HW\nAmara Asante-Tremblay               2016-05-22                          6384 - 027 - 196 - KT": "6384 - 027 - 196 - KT",
	}},
	{"NoNumberOfPagesThatSpacedDashesPart", analyzedColumns(entity.ID), none, map[string]string{
		"See pages 12 - 14 - 16 of the guide.": "",
	}},
	{"PhoneOnYourFile", analyzedColumns(entity.Phone), inside, map[string]string{
		"Toronto ON  M1K 2S3\nthrough MyBenefits or call your caseworker. Phone number on your file: 647-382-9014.": "647-382-9014",
	}},
	{"AlbanianCertificatesPersonLabels", analyzedColumns(entity.Person), among, map[string]string{
		"Nxënësja:           Arbëresha Kola-Dervishi":                         "Arbëresha Kola-Dervishi",
		"Atësia:             Gjergj                    Amësia:       Valbona": "Valbona",
		"Mbiemri: Kola-Dervishi":                                              "Kola-Dervishi",
	}},
	{"LedgerRowWhoseDateEndsWithAPeriod", analyzedColumns(entity.ID), among, map[string]string{
		"Datum        Opis                                       Isplata      Uplata      Stanje\n06.03.2025.  Priliv - Kenan Muratović, 1610450012345615               150,00     3.524,57": "1610450012345615",
	}},
	{"NameInBracketsAfterANumber", analyzedColumns(entity.Person), inside, map[string]string{
		"Lines on account  : 0750 418 2263 (main)   0751 962 0384 (Hero Shirwan, data SIM)": "Hero Shirwan",
	}},
	{"NoNameOfAServicesOrDaysInBracketsAfterANumber", analyzedColumns(entity.Person), none, map[string]string{
		"Call 0800 123 4567 (Customer Service) today": "",
		"Phone: 0800 123 4567 (Mon-Fri)":              "",
	}},
	{"BulgarianEmployeesLabelInLatinLetters", analyzedColumns(entity.Person), among, map[string]string{
		"Sluzhitel:   Desislava Plamenova Yordanova-Kirova      Tabelen nomer:   0147": "Desislava Plamenova Yordanova-Kirova",
	}},
	{"DutchCareProvidersAGBCode", analyzedColumns(entity.ID), among, map[string]string{
		"AGB-code 01023846   -   BIG-nummer 19056382701": "01023846",
	}},
	{"DutchMarriedNameAfterInitials", analyzedColumns(entity.Person), inside, map[string]string{
		"J.M. Kuipers-van Dijk, huisarts": "Kuipers-van Dijk",
	}},
	{"NoValueOfALabelsWordsInASentence", analyzedColumns(entity.ID), none, map[string]string{
		"Please quote your\naccount number as payment reference. Lines may be suspended if the bill remains unpaid\n15 days after the due date.": "",
	}},
	{"NoLedgerPartyOfACompoundsWord", analyzedColumns(entity.Person), none, map[string]string{
		"Date         Time     Number called          Type                     Min    Amount (IQD)\n09/01/2025   18:22    0770 315 8841          Off-net national          14           2,100": "",
	}},
	{"NoGridCellOfAFormsNextRowOfLabels", analyzedColumns(entity.Person), absent, map[string]string{
		"Nachname            Vorname\nBöhm                Riana\nGeburtsort          Staatsangehörigkeit\nWillich             deutsch": "Geburtsort",
	}},
	{"NoRecordOfABloodPressureUnderAProseDigit", analyzedColumns(entity.ID), none, map[string]string{
		"Guérin Simon, né(e) le 5 mai 1998, Agé(e) de 26 ans, a été hospitalisé(e) le 26/12/2024 pour une fracture\nantécédents on note une hypertension artérielle et un diabète de type 2 ; le patient nous a été adressé\nExamen clinique:\nA l'entrée, le patient était conscient et orienté, tension artérielle 135/90 mmHg, température 37,5 °C.": "",
	}},
	{"TicketNumbersUnderTheirHead", analyzed(entity.ID), among, map[string]string{
		"Navn / Name                     Billettnummer / Ticket no.    Bonuskort / Frequent flyer\nKVALVIK/ASLAUG MARIE MRS        743 2417730586                PV 30 481 7726\nKVALVIK/JON-ERIK MR (ledsager)  743 2417730587                -": "743 2417730587",
		"Billet: 057 2398104417 (Economy)": "057 2398104417",
	}},
	{"NameLabelsNumberedAmongTheirLike", analyzed(entity.Person), among, map[string]string{
		"Primer apellido / Surname 1:    Cárdenas\nSegundo apellido / Surname 2:   Villamizar": "Villamizar",
		"Apellido 1: Garmendia\nApellido 2: Etxeberria":                                        "Etxeberria",
	}},
	{"NoAddressOfANumberEndingASentence", analyzed(entity.Address), absent, map[string]string{
		"Polarvinge AS  -  Org.nr. 918 447 215 MVA  -  Lufthavnveien 10, 8001 Bodø\nVed endringer, kontakt Pasientreiser på telefon 05515. Oppmøte senest 30 min før avgang.": "05515. Oppmøte",
	}},
	{"NamesBeforeARelativesNounInBrackets", analyzedColumns(entity.Person), among, map[string]string{
		"Dethier Françoise (grand-mère)      Tél. 081 73 42 58":            "Dethier Françoise",
		"In case of emergency call Okonkwo Adaeze (aunt) on 0803 555 0192": "Okonkwo Adaeze",
	}},
	{"NoNameOfThingsBeforeARelativesNoun", analyzed(entity.Person), none, map[string]string{
		"Gift List: Garden Tools (uncle), Board Games (niece)": "",
	}},
	{"AcronymLabelAfterAnotherFieldsWords", analyzedColumns(entity.ID), among, map[string]string{
		"Address:        7 Paisley Avenue, Havendale       Chart No.:        LF-041729\n                Kingston 19, St. Andrew           TRN:              114-582-307": "114-582-307",
	}},
	{"GivenNameAndSurnameInACase", analyzed(entity.Person), among, map[string]string{
		"Sąd wzywa do stawiennictwa w sprawie z powództwa\nArkadiuszowi Wolańskiemu o zapłatę kwoty 18 400,00 zł.": "Arkadiuszowi Wolańskiemu",
		"Baigus statybą, Mindaugui Šliogeriui pateikti deklaraciją.":                                               "Mindaugui Šliogeriui",
		"Jautājumu gadījumā sazinieties ar savu klientu konsultanti Līgu Jansoni-Vītolu, tālr. 67 012 345.":        "Līgu Jansoni-Vītolu,",
	}},
	{"NoNameOfWordsInACaseShape", analyzed(entity.Person), none, map[string]string{
		"Nr  Artikulli                          Sasia    Çmimi   Rimbursim":          "",
		"Primač:                Budžet na Republika Severna Makedonija":              "",
		"Tisu Basah Bayi 50s                              2   Rp 18.500   Rp 37.000": "",
	}},
	{"NoInitialOfASectionsOneWordHeading", analyzed(entity.Person), none, map[string]string{
		"B. DIPLOMARBEIT\nThema:      Energiemonitoring für eine Kleinwasserkraftanlage": "",
		"C. KLAUSURPRÜFUNGEN (schriftlich)\n  Prüfungsgebiet      Form      Termin":      "",
	}},
	{"InitialAndOneSurnameInCapitals", analyzed(entity.Person), among, map[string]string{
		"B. MARTINEZ":      "B. MARTINEZ",
		"J. WOJCIECHOWSKI": "J. WOJCIECHOWSKI",
	}},
	{"NoNameOfAVehiclesMakeAndModel", analyzed(entity.Person), none, map[string]string{
		"Make / Model ......... Toyota Hilux SR5 Double Cab (2019)   Registration No. ... BFM 627": "",
		"The other vehicle, a Nissan Navara, reversed into the insured's vehicle.":                 "",
	}},
	{"GivenNameThatAMakeSpells", analyzed(entity.Person), among, map[string]string{
		"Patient: Mercedes Ruiz Calderón": "Mercedes Ruiz Calderón",
	}},
	{"SalutationsOfMoreLanguages", analyzed(entity.Person), among, map[string]string{
		"Hyvä Pihla Vuorenmaa-Sirén,\nirtisanon täten edellä mainitun vuokrasopimuksen": "Pihla Vuorenmaa-Sirén,",
		"Lugupeetud Kaarel-Martin Pärnoja,\nTeatame, et":                                "Kaarel-Martin Pärnoja,",
		"Poštovani Dragan Kovačević,\nObavještavamo Vas":                                "Dragan Kovačević,",
	}},
	{"NoSalutationNameOfAWordOfAddress", analyzed(entity.Person), none, map[string]string{
		"Hyvä asiakas,\nKiitos tilauksestanne.": "",
	}},
	{"NordicAndBalticPartiesHeadTheirNames", analyzedColumns(entity.Person), among, map[string]string{
		"Vuokranantaja                              Vuokralainen\nEeva-Liisa Rautiainen-Koski                Pihla Vuorenmaa-Sirén": "Pihla Vuorenmaa-Sirén",
		"Īrnieks:     Valdis Kalniņš-Ozols": "Valdis Kalniņš-Ozols",
	}},
	{"LabelGluedToItsNumbersMarker", analyzed(entity.ID), among, map[string]string{
		"CPF sob o n° 418.530.962-70, portadora do RG.n° 32.417.865-7 SSP/SP, nascida em": "32.417.865-7",
	}},
	{"FirstPartOfAHyphenatedGivenNameRepeated", analyzed(entity.Person), among, map[string]string{
		"Leerling:  Sanne-Lotte van der Heijden      Klas:             H4C\nSinds de kerstvakantie is Sanne 14 lesuren ongeoorloofd afwezig geweest.": "Sanne",
	}},
	{"OfficersNameAfterRankAndNumber", analyzed(entity.Person), among, map[string]string{
		"I, PC #2290 Shawnette Hinds, make oath and say that on 19 March 2024 at 6:15 p.m. I served": "Shawnette Hinds,",
		"The notice was served by PC Okello Wafula at the station.":                                  "Okello Wafula",
	}},
	{"NoNameAfterAComputersAbbreviation", analyzed(entity.Person), none, map[string]string{
		"PC 12 items, keyboard and mouse included": "",
	}},
	{"NoNameOfAnInstitutionsWordsAndItsCountry", analyzed(entity.Person), absent, map[string]string{
		"WHEREAS an information has this day been laid before me, the undersigned Magistrate, by\nStation Sergeant #1187 Desiree Gooding-Alleyne of the Traffic Department, Royal Barbados\nPolice Force, for that you, Jamar Akeem Worrell-Clarke, on Saturday the 24th day of February": "Royal Barbados",
	}},
	{"GivenNameAndASurnameThatNamesACountry", analyzed(entity.Person), among, map[string]string{
		"Referred by Michael Jordan today": "Michael Jordan",
	}},
	{"RussianSurnamesInLatinLetters", analyzedColumns(entity.Person), among, map[string]string{
		"Juht                        Kaarel-Martin Pärnoja         Ljudmila Verhovskaja": "Ljudmila Verhovskaja",
		"Vodítel: Oleg Zamojskij": "Oleg Zamojskij",
	}},
	{"AngleSpeckAfterALabelsColon", analyzed(entity.ID), among, map[string]string{
		"Cartao de Cidadao n:2: >” 13829471 2 ZX1. Valido até: 19/08/2029": "13829471 2",
	}},
	{"ReservationCodeAfterTheBookingsWordAlone", analyzed(entity.ID), among, map[string]string{
		"Contrato n.º / Agreement no.: FAO-25-0063817         Reserva / Reservation: LVR8829KQ": "LVR8829KQ",
	}},
	{"NoReservationCodeOfAWord", analyzed(entity.ID), none, map[string]string{
		"Reservation: CONFIRMED": "",
	}},
	{"MoroccanElectronicIdentityCard", analyzedColumns(entity.ID), among, map[string]string{
		"N°  Nom et prénom                      Né(e) le     Document      N° document\n1   OUAZZANI TOUHAMI Abdelilah         04/02/1979   CNIE          BK382914": "BK382914",
	}},
	{"KoreanApartmentsBuildingAndFlat", analyzed(entity.Address), among, map[string]string{
		"101-dong 1203-ho, 27, Dongil-ro 174-gil\nNowon-gu, Seoul 01797": "101-dong 1203-ho, 27, Dongil-ro 174-gil\nNowon-gu, Seoul 01797",
	}},
	{"CardWithFifteenDigitsHidden", analyzed(entity.ID), among, map[string]string{
		"Kaart: xxxxxxxxxxxxxxx6290                      Kaartserienummer: 3": "xxxxxxxxxxxxxxx6290",
	}},
	{"OpticiansAndDispensersName", analyzed(entity.Person), among, map[string]string{
		"Optometrist:    Fiachra Mac Giolla Phádraig        Dispenser: Aoife Byrne": "Aoife Byrne",
		"Optician: Ruairí Ó Dónaill":                                                "Ruairí Ó Dónaill",
	}},
	{"IndianStageLineInAnAddressBlock", analyzed(entity.Address), among, map[string]string{
		"BILL TO\nMr. Anirudh S. Deshpande\nFlat 302, Sai Krupa Residency, 14th Cross\nHAL 2nd Stage, Indiranagar\nBengaluru - 560038, Karnataka\nMobile: +91 98450 37214": "Flat 302, Sai Krupa Residency, 14th Cross\nHAL 2nd Stage, Indiranagar\nBengaluru - 560038, Karnataka",
	}},
	{"SpeckInsideAPhonesGroup", analyzed(entity.Phone), among, map[string]string{
		"Kentro Ygeias Kalamarias, Kosmou Stroumtsi 11, 551 33 Kalamaria, Thessaloniki\nappointments in the morning; her son can be reached at 6974'552 038. .": "6974552 038.",
	}},
	{"MalayPuanAndTuanAbbreviated", analyzed(entity.Person), among, map[string]string{
		"Guru Kelas:  Pn. Noraini binti Che Mat                 Pengetua:  Tn. Hj. Mohd Azlan bin Yusof": "Noraini binti Che Mat",
	}},
	{"SyllablesAfterATitleAndASurnameInCapitals", analyzed(entity.Person), among, map[string]string{
		"Referee:  Mr CHAN Chi Fai":    "CHAN Chi Fai",
		"Mr AU-YEUNG Chi Fai, Raymond": "AU-YEUNG Chi Fai, Raymond",
	}},
	{"NoSyllableOfAStreetAfterATitledSurname", analyzed(entity.Person), absent, map[string]string{
		"Dr SMITH Main Road": "SMITH Main Road",
	}},
	{"AcronymDefinedByCapitalsOneReadSmall", analyzed(entity.Person), absent, map[string]string{
		"ASI SONRASI iSTENMEYEN ETKI (ASIE) VE IZLEM NOTLARI\nsikayetler 24 saatte gerilemistir. Ciddi ASIE bildirimi gerektirmemistir.": "Ciddi ASIE",
	}},
	{"NamesInAStatementsCounterpartyColumn", analyzedColumns(entity.Person), among, map[string]string{
		"Date        Description            Counterparty                 Debit     Credit    Balance\n----------------------------------------------------------------------------------------------\n2024-11-05  Housing fund           Self                      2,185.00             38,071.52\n2024-11-06  Transfer out - rent    ZHUGE YAQIN               7,800.00             30,271.52": "ZHUGE YAQIN",
	}},
	{"NoPersonOfAFirmInTheCounterpartyColumn", analyzedColumns(entity.Person), none, map[string]string{
		"Date        Description            Counterparty                 Debit     Credit    Balance\n2024-11-05  Payroll credit         RUITONG TECH CO LTD                 21,850.00  40,256.52": "",
	}},
	{"NoRecordUnderAReferenceRangesHead", analyzedColumns(entity.ID), none, map[string]string{
		"  Determinación                 Resultado      Unidades        Valores de referencia\n  Leucocitos                    6.840          /µL             4.000 - 10.000\n  Plaquetas                     278.000        /µL             150.000 - 400.000": "",
	}},
	{"NoRepeatOfAProfessionsAbbreviation", analyzed(entity.Person), absent, map[string]string{
		"Validado por: Bioq. Florencia Mangiaterra\nLos resultados fueron revisados por la Bioq. de guardia.": "Bioq.",
	}},
	{"MiddleInitialReadWithAColon", analyzed(entity.Person), among, map[string]string{
		"Director Técnico: Bioq. Hernan R: Sabatini  -  M.N. 6.215": "Bioq. Hernan R. Sabatini",
	}},
	{"NoInitialOfASectionsLetterAfterAWord", analyzed(entity.Person), none, map[string]string{
		"Section B: Results of the survey": "",
	}},
	{"NoDateOfAnAmountAfterItsCurrencysCode", analyzed(entity.Date), none, map[string]string{
		"Session ID:      000014240903115012847761        Balance Due:    NGN 0.00": "",
		"Amount due: KES 12.50": "",
	}},
	{"HousesWordGluedToItsNumber", analyzed(entity.Address), among, map[string]string{
		"Deliver to:      House.22, Olorunsogo Crescent, Off Ogombo Road": "House.22, Olorunsogo Crescent, Off Ogombo Road",
	}},
	{"LabelsNameEndsAtARemarkAfterADash", analyzed(entity.Person), among, map[string]string{
		"Ordered by: Sigrid Aalvik Haugen - rekvirert reise": "Sigrid Aalvik Haugen",
	}},
	{"NoNameOfAPlaceAndItsCountryInBrackets", analyzed(entity.Person), none, map[string]string{
		"         Séjour à Saint-Jean-d'Aulps (Haute-Savoie, France) du 8 au 15 février 2025": "",
	}},
	{"RecordsLabelSplitInTwoByOCR", analyzed(entity.ID), among, map[string]string{
		"Cognome e nome: - DELL'ACQUA Maria Vittoria\nMat ricola: 00731 a\nCodice fiscale: DLLMVT91H63A944T": "00731",
	}},
	{"CanadianAccountsFolioAfterItsTransit", analyzed(entity.ID), among, map[string]string{
		"le prix sera versé au compte, institution 815, transit 30182, folio 0427316.": "0427316.",
	}},
	{"JapaneseDateInLatinLetters", analyzed(entity.Date), among, map[string]string{
		"Seinengappi (born):       Heisei 3-nen 7-gatsu 22-nichi, 32-sai": "Heisei 3-nen 7-gatsu 22-nichi,",
		"Umare: 1988-nen 11-gatsu 4-nichi":                                "1988-nen 11-gatsu 4-nichi",
	}},
	{"NoPersonUnderARoutesFromAndToHeads", analyzedColumns(entity.Person), none, map[string]string{
		"Dato    Fly     Fra / From         Til / To           Avg./Dep.  Ank./Arr.\n18MAR   PV 441  Hammerfest (HFT)   Tromsø (TOS)       07:10      08:05": "",
		"Date    Flight  From               To                 Dep.       Arr.\n18MAR   PV 441  Hammerfest (HFT)   Tromsø (TOS)       07:10      08:05":      "",
	}},
	{"DutchRegistersSurnameAndNameInUse", analyzed(entity.Person), among, map[string]string{
		"Geslachtsnaam: Bouwman":            "Bouwman",
		"Naamgebruik: van der Veen-Bouwman": "van der Veen-Bouwman",
	}},
	{"NoPlaceUnderARowsPlaceLabel", analyzedColumns(entity.Location), none, map[string]string{
		"  Geboorteplaats             Zwolle\n  Nationaliteit              Nederlandse": "",
	}},
	{"SpacedYearFirstDateAfterANumbersPeriod", analyzedColumns(entity.Date), among, map[string]string{
		"1     6724 Szeged, Kossuth Lajos sugárút 48. 3/11.    1971. 09. 03.      TVK-0412": "1971. 09. 03.",
		"7     6753 Szeged-Tápé, Tápai utca 9.                 1949. 07. 25.      TVK-0101": "1949. 07. 25.",
	}},
	{"NoNameOfAServiceBeforeItsQuantityAndFactor", analyzedColumns(entity.Person), none, map[string]string{
		"13.05.2025  2210     Vollkrone (Hohlkehl-/Stufenpräparation)      1    2,3        217,06": "",
	}},
	{"PlateAfterVRMOrRegAfterAVehiclesMake", analyzed(entity.ID), among, map[string]string{
		"Vehicle             Grey Vauxhall Corsa, VRM YD19 KHU":                              "YD19 KHU",
		"Vehicle              2019 Toyota Corolla 1.8 Hybrid, reg. 191-C-48273":              "191-C-48273",
		"his motorcycle collided with a commercial bus (reg. KTU 582 AE) on Ojuelegba Road.": "KTU 582 AE)",
		"Make / Model:   Toyota Yaris 1.5 (2022)   Colour: Silver       Reg. No.:   R 7731":  "R 7731",
	}},
	{"NoNameOfAMakeThatIsAGivenNameAndItsModel", analyzed(entity.Person), none, map[string]string{
		"striking the windscreen of her car, a blue Ford Fiesta, VRM BD68 WMX, with what appeared": "",
	}},
	{"InitialAndSurnameEndBeforeTheOfficeAfterTheComma", analyzed(entity.Person), only, map[string]string{
		"Prepared by: M. Crowley, Parish Secretary":    "M. Crowley,",
		"i. A. S. Oberländer, Leistungsabteilung Zahn": "A. S. Oberländer,",
		"Sealed by:  L. Fong, Deputy Registrar":        "L. Fong,",
	}},
	{"NoCounterpartyRunningIntoABracketedRemark", analyzedColumns(entity.Person), none, map[string]string{
		"27.05.2025  § 9      Material- und Laborkosten (Zahn 36)                          486,50": "",
	}},
	{"ClericalTitleStaysOutOfTheName", analyzed(entity.Person), only, map[string]string{
		"NOTATIONS (Canon 535 §2)\nSigned: ___________________________        (Parish Seal)\n        Very Rev. Canon Michael Twomey PP": "Michael Twomey PP",
	}},
	{"ParentsLabelsOfACertificate", analyzed(entity.Person), inside, map[string]string{
		"Father:                 Donncha Ó SÚILLEABHÁIN":                             "Donncha Ó SÚILLEABHÁIN",
		"Father:  - Donncha 0 SUILLEABHAIN":                                          "Donncha O SUILLEABHAIN",
		"Madre:             Altagracia de los Santos Peralta  Cédula: 031-0512207-5": "Altagracia de los Santos Peralta",
	}},
	{"MemberNumbersUnderTheirColumnsHead", analyzedColumns(entity.ID), among, map[string]string{
		"Ssz.  Lakcím                                          Születési dátum    Tagsági szám\n1     6724 Szeged, Kossuth Lajos sugárút 48. 3/11.    1971. 09. 03.      TVK-0412\n2     6722 Szeged, Párizsi körút 17. fszt. 2.         1999. 02. 27.      TVK-0587": "TVK-0587",
		"No.  Address                              Date of birth    Member number\n1     14 Oak Street, Leeds                1971-09-03      TVK-0412\n2     15 Elm Street, Leeds                1971-09-04      TVK-0587":                                            "TVK-0587",
	}},
	{"NoNameOfARelativesTitleAlone", analyzed(entity.Person), absent, map[string]string{
		"É importante que o telefone da mãe, Sra. Luciana, é (41) 99812-4470": "Sra.",
	}},
	{"ZeroThatOCRReadForANamesO", analyzed(entity.Person), among, map[string]string{
		"Date issued: April 8, 2024\nDANIEL P 0'CONNOR-WALSH\n1506-412 ELGIN ST": "DANIEL P O'CONNOR-WALSH",
		"Sincerely, Hugh 0. Brennan-Leclair":                                     "Hugh O. Brennan-Leclair",
	}},
	{"AgesOfMoreLanguagesAndALifePolicy", analyzed(entity.Age), among, map[string]string{
		"Age next birthday:    44                              Smoker status: Non-smoker": "44",
		"Zsófi 26 éves lesz februárban":                                                   "26",
		"Potilas on 45-vuotias mies":                                                      "45-vuotias",
		"Wiek: 46":                                                                        "46",
	}},
	{"NoAgeOfABoundOfAGroup", analyzed(entity.Age), none, map[string]string{
		"KIRJASTOKORTTIHAKEMUS / ALLE 15-VUOTIAS":          "",
		"Tickets for children under 12 years old are free": "",
	}},
	{"RelativesGivenNameAloneBetweenCommas", analyzed(entity.Person), among, map[string]string{
		"Mr MacLeod lives with his wife, Morag, and is independent.": "Morag,",
	}},
	{"NoNameOfAWordBetweenAKinsCommas", analyzed(entity.Person), absent, map[string]string{
		"He moved with his wife, Nairobi, and the children.": "Nairobi,",
		"His son, Please, call":                              "Please,",
	}},
	{"ItalianSignoraIsATitle", analyzed(entity.Person), only, map[string]string{
		"Gentile Signora Colombo,": "Colombo,",
		"Gentile Signora Ferrari,": "Ferrari,",
	}},
	{"NameBeforeABracketedPersonalNumber", analyzed(entity.Person), among, map[string]string{
		"Volitatud esindaja Kaido Lepik (isikukood 37806152715) esindas korteri 22 omanikku": "Kaido Lepik",
	}},
	{"PassportsDownTheirColumn", analyzedColumns(entity.ID), among, map[string]string{
		"STT  Full name                  Sex        DOB              Nationality Passport No.\n1    SCHÄFER JONAS MATTHIAS     M          17/11/1984       German      C7HG2LK91\n2    OYELARAN-BECK HANNAH       F          02/06/1990       German      C3NP8RT40": "C3NP8RT40",
	}},
	{"NoRecordOfGoodsCodesDownTheirColumn", analyzedColumns(entity.ID), absent, map[string]string{
		"Código   Descripción                 Cant.   Precio\nCAB-038  Cable UTP Cat6 (metro)         20     1.500\nPVC-012  Tubo PVC 1/2\"                  5     2.300": "PVC-012",
	}},
	{"CardsLastDigitsAfterASpeckedEndingIn", analyzed(entity.ID), inside, map[string]string{
		"autopay will continue from the checking account ending in'4471 unless you change it": "4471",
	}},
	{"OfficersNumberBetweenRankAndName", analyzed(entity.ID), among, map[string]string{
		"Supervisor Reviewed:   Sgt 2290 Priya CHAUHAN                        Date:  11/06/2024": "2290",
		"I, PC #2290 Shawnette Hinds, of the Royal Barbados Police Force":                        "#2290",
	}},
	{"JudgeIsATitle", analyzed(entity.Person), only, map[string]string{
		"Judge S J Paterson-Kahu": "S J Paterson-Kahu",
	}},
	{"NoNameOfAnAsideAfterATitle", analyzed(entity.Person), absent, map[string]string{
		"Presiding Judge (Ra'is al-Mahkama)                Court clerk (Amin al-Sirr)": "(Ra'is",
	}},
}

func TestFindTables(t *testing.T) {
	for _, g := range findTables {
		t.Run(g.name, func(t *testing.T) {
			for text, want := range g.cases {
				if got := g.find(t, text); !g.check.holds(got, want) {
					t.Errorf("%q: found %q, want %q (%s)", text, got, want, g.check.name)
				}
			}
		})
	}
}

// findCheck is how a found list must hold the wanted span.
type findCheck struct {
	name  string
	holds func(got []string, want string) bool
}

var (
	// among: the span is one of those found.
	among = findCheck{"among", func(got []string, want string) bool { return slices.Contains(got, want) }}
	// none: nothing is found (the wanted span is unused).
	none = findCheck{"none", func(got []string, _ string) bool { return len(got) == 0 }}
	// absent: the span is not among those found.
	absent = findCheck{"absent", func(got []string, want string) bool { return !slices.Contains(got, want) }}
	// only: the span is the only one found.
	only = findCheck{"only", func(got []string, want string) bool { return len(got) == 1 && got[0] == want }}
	// first: the span is the first found.
	first = findCheck{"first", func(got []string, want string) bool { return len(got) > 0 && got[0] == want }}
	// inside: a found text holds the span.
	inside = findCheck{"inside", func(got []string, want string) bool {
		return slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, want) })
	}}
)

// recognized finds the texts of r's matches of type typ.
func recognized(r Recognizer, typ entity.Type) func(*testing.T, string) []string {
	return recognizedOn(patTestPage, r, typ)
}

// recognizedColumns is recognized on a monospaced page whose runs of
// spaces stay gaps (columnTestPage).
func recognizedColumns(r Recognizer, typ entity.Type) func(*testing.T, string) []string {
	return recognizedOn(columnTestPage, r, typ)
}

func recognizedOn(page func(string) *doc.Page, r Recognizer, typ entity.Type) func(*testing.T, string) []string {
	return func(_ *testing.T, text string) []string {
		in := NewInput(page(text))
		var out []string
		for _, m := range r.Recognize(in) {
			if m.Type == typ {
				out = append(out, in.Text[m.Start:m.End])
			}
		}
		return out
	}
}

// lineDates finds the dates of a line (dateTexts).
func lineDates(_ *testing.T, line string) []string { return dateTexts(line) }

// orgsOnLine finds the organisations of a line's words (orgsOn).
func orgsOnLine(_ *testing.T, line string) []string { return orgsOn(strings.Fields(line)...) }

// firstCountries finds the countries the page points to (pageCountries).
func firstCountries(_ *testing.T, text string) []string {
	return pageCountries(NewInput(patTestPage(text)))
}

// analyzed is the texts of the entities of type typ the analyzer finds.
func analyzed(typ entity.Type) func(*testing.T, string) []string {
	return analyzedOn(patTestPage, typ)
}

// analyzedColumns is analyzed on a monospaced page whose runs of spaces
// stay gaps (columnTestPage).
func analyzedColumns(typ entity.Type) func(*testing.T, string) []string {
	return analyzedOn(columnTestPage, typ)
}

func analyzedOn(page func(string) *doc.Page, typ entity.Type) func(*testing.T, string) []string {
	return func(t *testing.T, text string) []string {
		var out []string
		for _, e := range find(analyze(t, DefaultConfig(), page(text)), typ) {
			out = append(out, e.Text)
		}
		return out
	}
}
