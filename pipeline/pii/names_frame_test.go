package pii

import (
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// framedNameTables are the names that the words around them frame, and
// the ordinary text that no frame may turn into a name.
var framedNameTables = []struct {
	name  string
	check findCheck
	cases map[string]string
}{
	{"ContactPhrases", among, map[string]string{
		"pour toute question, contacter Joé! Martin au 03 73 36 06 22.":            "Joé! Martin",
		"para consultas contactar con Arturo Alcala Delarosa en el":                "Arturo Alcala Delarosa",
		"per informazioni contattare Loris De Col al numero":                       "Loris De Col",
		"per informazioni contattare Bianco, Marita al numero":                     "Bianco, Marita",
		"geplant; Rückfragen bitte an R. Breu unter":                               "R. Breu",
		"Votre interlocuteur, Alphonsine Thomas, reste à votre disposition au":     "Alphonsine Thomas",
		"Votre interlocuteur, Adonise Gautier, reste à votre disposition au":       "Adonise Gautier",
		"questions may be directed to Ekaksh Kocchar":                              "Ekaksh Kocchar",
		"Your contact for this matter is Roman Boehm, who can be reached on":       "Roman Boehm",
		"Je soussigné(e), Alcibiade Meyer, certifie l'exactitude des":              "Alcibiade Meyer",
		"La sottoscritto/a Doriano Martinelli dichiara che le informazioni":        "Doriano Martinelli",
		"I, Mandakini Singh, declare that the information given is true.":          "Mandakini Singh",
		"para consultas contactar con María de los Ángeles Godínez Chávez en el":   "María de los Ángeles Godínez Chávez",
		"Bei Fragen wenden Sie sich bitte an Dr. Kerstin Vogelsang-Ebert.":         "Kerstin Vogelsang-Ebert",
		"Para cualquier duda puede contactar con Iñaki Etxeberria en el 943 12 34": "Iñaki Etxeberria",
		"Bei Fragen wenden Sie sich an Herrn Müller unter 030 123456":              "Müller",
	}},
	{"HonorificsAndBirthPhrases", among, map[string]string{
		"M. Brunet a été pris(e) en charge par le Dr Gerberge Lemaire.":          "Brunet",
		"Behandelnder Arzt: Dr. med. T. Eich Krankenkasse: AOK":                  "T. Eich",
		"Voor vragen kunt u contact opnemen met Mevr. Anouk Verbruggen.":         "Anouk Verbruggen",
		"Sig. Lai è stato seguito dal dott. Reginaldo Praticò con decorso":       "Reginaldo Praticò",
		"Vital Brunet, né(e) le 5 novembre 1978, a été hospitalisé(e) le":        "Vital Brunet",
		"Concepción Guardado, nacido/a el 13 de junio de 1984, ingresó en el":    "Concepción Guardado",
		"Marquis Mante, born on 23 July 1982, was admitted to St Wolff Hospital": "Marquis Mante",
		"tratado/a por el Dr. Pablo Vera Tirado con buena evolución":             "Pablo Vera Tirado", // all three names, and words too
	}},
	{"Salutations", among, map[string]string{
		"Hej Lars-Erik,":           "Lars-Erik",
		"Geachte collega Bakker,":  "Bakker",
		"Dear Mr Smith, thank you": "Smith",
		"Estimada Sra. Urrutia,":   "Urrutia",
	}},
	{"NamesBeforeTheRowsPhone", among, map[string]string{
		"Amaliane Fournier 03 01 44 28 96":     "Amaliane Fournier",
		"EMP-4748 Lotte Hargasser 089 7224350": "Lotte Hargasser",
	}},
	{"SurnameFirst", among, map[string]string{
		"Patient: BRUNET, Vital Date de naissance: 05/11/1978": "BRUNET, Vital",
		"CICATIELLO Letterio.":                                 "CICATIELLO Letterio",
		"Jacobson, Deshaun":                                    "Jacobson, Deshaun",
		"308749 Ramón Hurtado Roque +34 655 809 998":           "Ramón Hurtado Roque",
	}},
	{"NoFrameOnOrdinaryText", none, map[string]string{
		"PARIS, France":         "",
		"INVOICE Number":        "",
		"TOTAL Amount: 12,00":   "",
		"TTT Bet":               "",
		"ATTN Accounts Payable": "",
		"Thank you, Madam":      "",
		"Please contact Customer Service at 1-800-555-1234.":                  "",
		"Pour toute question, contactez le Service Client au 01 23 45 67 89.": "",
		"Questions may be directed to Human Resources on 555-0134.":           "",
		"Neuer Kontostand 12.345,67 1.234,56":                                 "",
		"Je soussigné(e), certifie l'exactitude des renseignements.":          "",
		"Kontakt: Bitte an Ihre Filiale wenden.":                              "",
		"PLEASE ACKNOWLEDGE RECEIPT OF THIS NOTICE":                           "",
		"Tel Call Placed Direct 555-0199 ext 12":                              "",
		"Sehr geehrte Frau Kollegin, vielen Dank.":                            "",
		"Dear Sir or Madam, I, the undersigned, declare":                      "",
		"Hello World":                       "",
		"Dear Customer,":                    "",
		"Beste wensen voor het nieuwe jaar": "",
	}},
}

func TestFramedNames(t *testing.T) {
	for _, g := range framedNameTables {
		t.Run(g.name, func(t *testing.T) {
			for text, want := range g.cases {
				if got := framedTexts(text); !g.check.holds(got, want) {
					t.Errorf("%q: found %q, want %q (%s)", text, got, want, g.check.name)
				}
			}
		})
	}
}

// framedTexts are the texts of the frame rules' names in text.
func framedTexts(text string) []string {
	in := NewInput(patTestPage(text))
	var out []string
	for _, ln := range in.Lines {
		for _, m := range framedNames(in, ln, in.WordStart[ln[0]]) {
			if m.Type == entity.Person {
				out = append(out, in.Text[m.Start:m.End])
			}
		}
	}
	return out
}

func TestBrokenTitleAndWhoClause(t *testing.T) {
	for text, want := range map[string]string{
		"Gorakhanatha Kapoor was admitted and was referred by Dr\nPurnima Reddy.":      "Purnima Reddy",
		"fue remitido/a por el Dr.\nLuisa Villa Nieto.":                                "Luisa Villa Nieto",
		"Per qualsiasi chiarimento contattare\nLoris De Col al numero +39 02 939947":   "Loris De Col",
		"Für Rückfragen wenden Sie sich bitte an\nIhre Filiale vor Ort.":               "",
		"Balaaditya Somayaji, who can be reached on 98754 76742 or at":                 "Balaaditya Somayaji",
		"The Board of Directors, who met on Monday, decided":                           "",
		"Please see the enclosed letter from Dr\nSmith & Partners Consulting Limited.": "",
	} {
		in := NewInput(patTestPage(text))
		var got []string
		for _, m := range (NameRecognizer{}).Recognize(in) {
			if strings.HasPrefix(m.Source, "names:frame") {
				got = append(got, in.Text[m.Start:m.End])
			}
		}
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: found %q, want %q", text, got, want)
		}
	}
}

func TestInstitutionWordsAreNoNames(t *testing.T) {
	// A person's name holds no institution's head: "Wolff Hospital" and
	// "Praxis" are the institution, not a person.
	for _, text := range []string{
		"was admitted to St Wolff Hospital on 20/06/2025 with a fractured wrist.",
		"Bei Fragen wenden Sie sich an Praxis Weber unter 030 123456",
	} {
		for _, e := range find(analyze(t, DefaultConfig(), patTestPage(text)), entity.Person) {
			if strings.Contains(e.Text, "Hospital") || strings.Contains(e.Text, "Praxis") {
				t.Errorf("%q: person %q", text, e.Text)
			}
		}
	}
}

// TestWrappedNames reads a name that a paragraph's line break splits, and
// joins no block's lines (an addressee and a street) into one.
func TestWrappedNames(t *testing.T) {
	in := NewInput(patTestPage("The patient was seen today with her husband, Thomas\nBrennan, who drove her home after the visit."))
	var got []string
	for _, m := range wrappedNames(in) {
		got = append(got, in.Text[m.Start:m.End])
	}
	if len(got) != 1 || got[0] != "Thomas\nBrennan" {
		t.Errorf("prose: got %q, want the name across the break", got)
	}
	in = NewInput(patTestPage("Diana Estrada\nCaserio Esperanza, 70, 1º Izda.\n12266 Badajoz"))
	if ms := wrappedNames(in); len(ms) != 0 {
		t.Errorf("address block: got %d names across lines", len(ms))
	}
}

// TestTitleSexOfATrimmedTitle: the title left on the page before a name,
// or a patronymic or a woman's family name inside it, says the name's sex
// to the surrogate.
func TestTitleSexOfATrimmedTitle(t *testing.T) {
	for text, want := range map[string]entity.Sex{"Bill To: Mr Sipho Ndlovu": entity.Male, "Dear Mrs Patricia Okonkwo,": entity.Female,
		// A patronymic says it too.
		"I am pleased to recommend Aigerim Nurlanovna Bekova today.": entity.Female,
		"The order was signed by Ivan Sergeyevich Petrov on Monday.": entity.Male,
		// And a family name that only women bear.
		"Zaměstnanec: Vondráčková Květa": entity.Female, "Pacjent: Zdzisława Kowalska": entity.Female,
		"Pacjent: Zdzisław Kowalski": entity.SexUnknown,
		// A relative's noun in brackets after the name.
		"Contact person: Ujang Hidayat Permana (suami)": entity.Male} {
		found := 0
		for _, e := range analyze(t, DefaultConfig(), patTestPage(text)) {
			if e.Type != entity.Person || e.Value.Name == nil {
				continue
			}
			found++
			if e.Value.Name.Sex != want {
				t.Errorf("%q: %q has sex %d, want %d", text, e.Text, e.Value.Name.Sex, want)
			}
		}
		if found == 0 {
			t.Errorf("%q: no name found", text)
		}
	}
}
