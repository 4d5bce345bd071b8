package pii

import (
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestOrganizationColumnGap(t *testing.T) {
	// "Invoice No.:" in the next column must not join the company on its
	// row, and the company must not run into the left column.
	p := mkPage(
		append(row(50, 100, "Evelyn", "Berry"), row(500, 100, "Date:", "6-Sep-90")...),
		append(row(50, 120, "American", "Consulting", "&", "Co."), row(500, 120, "Customer", "No.:", "ZU-305354")...),
	)
	in := NewInput(withRows(p))
	var got []string
	for _, m := range (OrganizationRecognizer{}).Recognize(in) {
		got = append(got, in.Text[m.Start:m.End])
	}
	if len(got) != 1 || got[0] != "American Consulting & Co." {
		t.Errorf("got %q", got)
	}
}

func TestOrganizationAbsorbsNamesakes(t *testing.T) {
	// The surname inside a company name is no separate person.
	p := mkPage(
		row(50, 100, "Mr.", "Leonard", "Matthews"),
		row(50, 120, "Sherman", "&", "Hunt", "Inc."),
		row(50, 140, "2641", "Young", "Avenue"),
	)
	cfg := DefaultConfig()
	cfg.NER = false
	ents := analyze(t, cfg, p)
	orgs := find(ents, entity.Organization)
	if len(orgs) != 1 || orgs[0].Text != "Sherman & Hunt Inc." {
		t.Fatalf("organisations %v", texts(ents))
	}
	for _, e := range find(ents, entity.Person) {
		for _, w := range e.Words {
			for _, o := range orgs[0].Words {
				if w == o {
					t.Errorf("person %q shares a word with the company", e.Text)
				}
			}
		}
	}
}

func TestOrganizationLabel(t *testing.T) {
	p := mkPage(
		row(50, 100, "Company:", "Northwind", "Traders"),
		row(50, 120, "Employer:", "Blue", "Heron", "Outfitters"),
	)
	cfg := DefaultConfig()
	cfg.NER = false
	cfg.FieldExtent = false
	ents := analyze(t, cfg, p)
	for _, want := range []string{"Northwind Traders", "Blue Heron Outfitters"} {
		e := withText(find(ents, entity.Organization), want)
		if e == nil {
			t.Errorf("no organisation %q in %v", want, texts(ents))
		}
	}
}

// orgsOn runs the organisation recognizer on one line of words.
func orgsOn(words ...string) []string {
	in := NewInput(withRows(mkPage(row(50, 100, words...))))
	var got []string
	for _, m := range (OrganizationRecognizer{}).Recognize(in) {
		got = append(got, in.Text[m.Start:m.End])
	}
	return got
}

func TestOrganizationLegalFormsOfManyCountries(t *testing.T) {
	for _, want := range []string{
		"Moeller GmbH", "Stolz GmbH & Co. KG", "Ornelas Ceballos S.A.", "Jacquet SARL",
		"Olivas Granado S.L.", "Dwivedi Pvt Ltd", "Rossi S.p.A.", "Bianchi s.r.l.", "Lemoine SA",
		"MÜLLER & SÖHNE GMBH", "SARL Dupont", "Vidal SAS",
		"Nowak Sp. z o.o.", "Dvořák spol. s r.o.", "Horváth Kft.", "Jensen ApS", "Novak s.r.o.",
		// Ordinary words before a strong legal form.
		"Sandia Freight Services LLC", "Sandia LLC",
		// Indonesian forms come first.
		"PT Sumber Makmur Abadi", "PT. Bank Central Asia Tbk", "CV Maju Jaya",
	} {
		got := orgsOn(strings.Fields(want)...)
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %q", want, got)
		}
	}
}

func TestOrganizationInstitutions(t *testing.T) {
	for _, want := range []string{"Klinikum Marburg", "Hospital Universitario de Sagunto", "Centre hospitalier de Cergy",
		"St.-Kahl-Krankenhaus", "Feil Memorial Hospital", "Kreisklinik Recklinghausen", "H6pital Boyer",
		"St Wolff Hospital", "West Ratkewell General Hospital", "Casa di Cura Rossi", "Casa di Cura Tallone",
		"Kearneys Spring Medical Centre", "Harristown Medical Centre", "Mercy Regional Medical Center"} {
		got := orgsOn(strings.Fields(want)...)
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %q", want, got)
		}
	}
}

func TestOrganizationNotHeadingsOrLabels(t *testing.T) {
	for _, line := range []string{
		"INVOICE", "Customer details", "Total", "Terms and Conditions", "Name und Anschrift",
		"Hospital Discharge Summary", "APPEND AS MUCH MATERIAL AS REQUIRED", "COVINGTON & BURLING",
		"Ronca (CO)", "Abbiategrasso AG", "Sales and Marketing", "Date et Signature",
		"Montag - Freitag", "Jan - Dec", "Fecha y Firma", "Paris et Lyon", "Andy Pelcher and Rob Tamsin", "Chukwuemeka Okafor and Aminu Danjuma",
		"(Represented Company)", "United States Corporation Company", "Red, White and Blue",
		"Name, Address and Phone", "Sales, Marketing and Finance", "Nom, Prénom et Adresse",
		"Tagesklinik Station", "Kreisklinik", "Clinic Hours", "Casa di Cura", "Klinik Services", "Rt Ri", "Vidal Sas", "Rana AG", "Mercier SAS",
		"Call Center", "Shopping Centre", "Customer Service Center", "Health Centre", "The Surgery",
		"PT Evaluation Form", "Pt Sumber Makmur", "FA AXNO.:", "Regional Medical Center", "Medical Center",
		"Sehr geehrte Damen und Herren,", // a salutation's "Ladies and Gentlemen"
	} {
		if got := orgsOn(strings.Fields(line)...); len(got) != 0 {
			t.Errorf("%q: got %q", line, got)
		}
	}
}

func TestParseOrgKeepsFormsOfManyCountries(t *testing.T) {
	for _, c := range []struct {
		text  string
		names []string
	}{
		{"Stolz GmbH & Co. KG", []string{"Stolz"}},
		{"Ornelas Ceballos S.A.", []string{"Ornelas", "Ceballos"}},
		{"Jacquet SARL", []string{"Jacquet"}},
		{"Macchi e figli", []string{"Macchi"}},
		{"St.-Kahl-Krankenhaus", []string{"Kahl"}},
		{"Casa di Cura Rossi", []string{"Rossi"}},
		{"Procopio-La Rosa SPA", []string{"Procopio", "Rosa"}},
		{"KEDAI MURNI SDN BHD", []string{"KEDAI", "MURNI"}},
		{"PT Sumber Makmur", []string{"Sumber", "Makmur"}},
	} {
		p := parseOrg(c.text)
		var names []string
		for _, w := range p.Words {
			if w.Role != entity.OrgGeneric {
				names = append(names, w.Core)
			}
		}
		if strings.Join(names, "|") != strings.Join(c.names, "|") {
			t.Errorf("%q: replaced words %q, want %q", c.text, names, c.names)
		}
		if got := entity.JoinWords(p.Prefix, wordsOf(p)); got != c.text {
			t.Errorf("%q: words join to %q", c.text, got)
		}
	}
}

func wordsOf(p *entity.OrgParts) []entity.Word {
	ws := make([]entity.Word, len(p.Words))
	for i, w := range p.Words {
		ws[i] = w.Word
	}
	return ws
}

// scaled sets the words of a page's line li in type of height hgt, placed
// from x with gap px between them.
func scaled(p *doc.Page, li, x, hgt, gap int) {
	for i := range p.Words {
		if w := &p.Words[i]; w.Line == li {
			w.Box.Left, w.Box.Height, w.Box.Width = x, hgt, hgt*len(w.Text)/2
			x += w.Box.Width + gap
		}
	}
}

func TestOrganizationLetterheadInLargeType(t *testing.T) {
	// A letterhead in type three times the body's spaces its words wider
	// than the body's column gap; it is still one name.
	p := mkPage(
		row(50, 40, "Haschke,", "Frosch", "und", "Berner"),
		row(50, 100, "Vielen", "Dank", "für", "Ihren", "Einkauf"),
		row(50, 120, "Summe", "12,40"),
	)
	scaled(p, 0, 50, 36, 30)
	in := NewInput(withRows(p))
	var got []string
	for _, m := range (OrganizationRecognizer{}).Recognize(in) {
		got = append(got, in.Text[m.Start:m.End])
	}
	if len(got) != 1 || got[0] != "Haschke, Frosch und Berner" {
		t.Errorf("got %q", got)
	}
	// A column gap in large type still parts two names.
	scaled(p, 0, 50, 36, 200)
	in = NewInput(withRows(p))
	for _, m := range (OrganizationRecognizer{}).Recognize(in) {
		if s := in.Text[m.Start:m.End]; strings.Contains(s, "Haschke") {
			t.Errorf("across a column gap: %q", s)
		}
	}
}

// orgsOnRows runs the organisation recognizer on a page of rows.
func orgsOnRows(rows ...[]tw) []string {
	in := NewInput(withRows(mkPage(rows...)))
	var got []string
	for _, m := range (OrganizationRecognizer{}).Recognize(in) {
		got = append(got, in.Text[m.Start:m.End])
	}
	return got
}

func TestOrganizationSurnamesThatAreWords(t *testing.T) {
	// Family names that are ordinary words too ("mercier", "rana") make a
	// firm's name with evidence: a rare name beside them, the page's
	// domain spelling them, or an insurer's label before them.
	for _, c := range []struct {
		rows [][]tw
		want string
	}{
		{[][]tw{row(50, 100, "Gusikowski", "-", "Bosco")}, "Gusikowski - Bosco"},
		{[][]tw{row(50, 100, "Mann-Lebsack", "-", "King")}, "Mann-Lebsack - King"},
		{[][]tw{row(50, 100, "Brunet", "et", "Chevalier"), row(50, 130, "www.brunet-et-chevalier.fr")}, "Brunet et Chevalier"},
		{[][]tw{row(50, 100, "Rana", "-", "Khan"), row(50, 130, "Email:", "p.bharadwaj@rana-khan.in")}, "Rana - Khan"},
		{[][]tw{row(50, 100, "Mutuelle:", "Mercier", "et", "Rey", "/", "FCP578953915")}, "Mercier et Rey"},
		{[][]tw{row(50, 100, "Aseguradora:", "Madrid", "Salas", "y", "Borrego", "Segura")}, "Madrid Salas y Borrego Segura"},
		{[][]tw{row(50, 100, "Roche", "et", "Cousin"), row(50, 118, "67", "bis,", "rue", "de", "Seine"), row(50, 136, "98417", "NIORT")}, "Roche et Cousin"},
		{[][]tw{row(50, 100, "Benitez", "Valverde", "y", "Garza", "Delao")}, "Benitez Valverde y Garza Delao"},
	} {
		got := orgsOnRows(c.rows...)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: got %q", c.want, got)
		}
	}
}

func TestOrganizationWordPairsStayApart(t *testing.T) {
	// Pairs of ordinary words that name lists also hold: without a rare
	// name, a domain that spells them or an insurer's label they are
	// headings, captions or a shop's line of goods.
	for _, rows := range [][][]tw{
		{row(50, 100, "Brunet", "et", "Chevalier")},
		{row(50, 100, "Roche", "et", "Cousin"), row(50, 118, "Tél.", "03", "15", "58", "26", "79")},
		{row(50, 100, "Paz", "y", "Amor")},
		{row(50, 100, "Rouge", "et", "Noir"), row(50, 130, "www.boutique-exemple.fr")},
		{row(50, 100, "Soll", "-", "Haben")},
		{row(50, 100, "Nord", "-", "Sud")},
		{row(50, 100, "Santé", "et", "Sécurité"), row(50, 130, "www.sante-securite.fr")},
		{row(50, 100, "Insurance:", "Health", "and", "Safety")},
		{row(50, 100, "Herr", "und", "Frau", "Müller")},
		{row(50, 100, "Montag", "-", "Freitag")},
		{row(50, 100, "Gaz", "et", "Électricité")},
		{row(50, 100, "Acciones", "y", "Bonos")},
	} {
		if got := orgsOnRows(rows...); len(got) != 0 {
			t.Errorf("%v: got %q", rows[0], got)
		}
	}
}

func TestOrganizationListsOfNames(t *testing.T) {
	// Two sure names in a list make a firm of it, with the words between
	// that are names as well as words ("Jast", "West"); booking text
	// before the list stays out.
	for _, c := range []struct{ line, want string }{
		{"Adams, Jast and Ondricka", "Adams, Jast and Ondricka"},
		{"Cruickshank, West and Schmidt", "Cruickshank, West and Schmidt"},
		{"Gehalt Walter, Mesloh und Pflieger", "Walter, Mesloh und Pflieger"},
		{"‘Haug, Bolm und Humbert", "‘Haug, Bolm und Humbert"},
		{"Paredes Delafuente y Reyna Gastélum", "Paredes Delafuente y Reyna Gastélum"},
		{"Salary Halvorson - Kling", "Halvorson - Kling"},
		{"Aseguradora: Granado Villagómez y Cano Zúñiga / 2532", "Granado Villagómez y Cano Zúñiga"},
	} {
		got := orgsOn(strings.Fields(c.line)...)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: got %q", c.line, got)
		}
	}
}

func TestOrganizationLogoScrapOverConjunction(t *testing.T) {
	// A logo's scrap that OCR reads over the conjunction ("e" then "ea"
	// starting inside it) does not part the firm's name; two words side
	// by side stay two words.
	p := mkPage(row(50, 100, "Beretta", "e", "ea", "figli"))
	p.Words[2].Box.Left = p.Words[1].Box.Right() - 3
	p.Words[3].Box.Left = p.Words[2].Box.Right() - 8
	in := NewInput(withRows(p))
	var got []string
	for _, m := range (OrganizationRecognizer{}).Recognize(in) {
		got = append(got, in.Text[m.Start:m.End])
	}
	if len(got) != 1 || got[0] != "Beretta e ea figli" {
		t.Errorf("got %q", got)
	}
	if got := orgsOn("Beretta", "e", "ea", "figli"); len(got) != 0 {
		t.Errorf("without overlap: got %q", got)
	}
}

func TestOrganizationHyphenatedSurnames(t *testing.T) {
	// Two family names joined by a hyphen are a firm where the context
	// says so; alone, or as a compound of ordinary words, they are not.
	for _, c := range []struct{ line, want string }{
		{"Krankenkasse: Haupt-Kramer / PRU357417108", "Haupt-Kramer"},
		{"22.11.2023 Lastschrift Lohse-Feld C-970320 1.414,55 -2.387,51", "Lohse-Feld"},
		{"Haupt-Kramer", ""},
		{"22.11.2023 SEPA-Lastschrift Online-Banking 1.414,55", ""},
		{"22.11.2023 Lastschrift Strom-Abschlag 1.414,55", ""},
		{"Versicherung: Allianz-Versicherung / 123", ""},
	} {
		got := orgsOn(strings.Fields(c.line)...)
		if c.want == "" && len(got) != 0 || c.want != "" && (len(got) != 1 || got[0] != c.want) {
			t.Errorf("%q: got %q", c.line, got)
		}
	}
}

// TestLegalFormPhrases reads a legal form of several words, as writers
// space and dot it and as OCR reads its letters as digits.
func TestLegalFormPhrases(t *testing.T) {
	for _, c := range []struct {
		texts []string
		want  int
	}{
		{[]string{"Sp.", "z", "o.o."}, 2},
		{[]string{"Sp.", "z", "0.0."}, 2}, // OCR's digits for letters
		{[]string{"spol.", "s", "r.o."}, 2},
		{[]string{"Sp.", "z"}, 0},
		{[]string{"Nowak", "Sp."}, 0},
	} {
		if got := formPhraseWords(c.texts); got != c.want {
			t.Errorf("%q: %d words after the first, want %d", c.texts, got, c.want)
		}
	}
}

// TestWrappedOrganizations reads a firm or an institution that a
// paragraph's line break splits.
func TestWrappedOrganizations(t *testing.T) {
	for text, want := range map[string]string{
		"was admitted through the emergency department at Kearneys Spring\nMedical Centre with pneumonia and a cough": "Kearneys Spring\nMedical Centre",
		"the invoice was sent to our supplier Moeller und Hartmann\nGmbH in the spring and paid in full by":           "Moeller und Hartmann\nGmbH",
	} {
		in := NewInput(patTestPage(text))
		var got []string
		for _, m := range (OrganizationRecognizer{}).Recognize(in) {
			got = append(got, in.Text[m.Start:m.End])
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
