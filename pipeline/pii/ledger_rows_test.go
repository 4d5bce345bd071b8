package pii

import (
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestLedgerRowsReadPoorly(t *testing.T) {
	for text, want := range map[string]string{
		// A skewed scan: the amounts on a row of their own.
		"12.11.2023 Gutschrift von T. Merkel\n830,79 7.930,35": "T. Merkel",
		"26/08/2025 Transfer from Baala Rana":                  "Baala Rana",
		// A table's rules and marks read as words; "à" read as "&".
		"| 06/01/2023 | Transferencia a Carla Caballero 203,19 | |":      "Carla Caballero",
		"15/01/2022 _ Bonifico da Robaldo Bernardi 1.314,75":             "Robaldo Bernardi",
		"09/02/2024 Virement & Annibal Dufour 916,04 4624.19":            "Annibal Dufour",
		"|23.11.2025 |Gutschrift von Maik Schahbasian | | 1.196,91] 94]": "Maik Schahbasian", // rules glued to the words
		"24/10/2022 Bonifico a La Manna, Amata 1.474,79 10.232,83":       "La Manna, Amata",
		// A counterparty with a name no dictionary holds, after a kind of
		// transaction that no dictionary holds either.
		"04.11.2023 Abbuchung Krebs-Beer 1.264,41 458,87": "Krebs-Beer",
		// No person: an account, a row without amount or transfer, a
		// firm ("Müller & Söhne" is an organisation).
		"26/08/2025 Transfer to Savings Account 500.00 7,930.35": "",
		"12.11.2023 Gutschrift Zinsen":                           "",
		"12.11.2023 Lastschrift Müller & Söhne 12,00":            "",
		// A fee's row whose first word OCR misspelt: "Fee" is a surname too.
		"28/02/2025 Morithly Account Fee 85.00 27,267.38": "",
		// The currency's sign before the amount ends the description.
		"07/10 Transfer from Lerato Dube R 2,500.00 R 9,100.00": "Lerato Dube",
		// One word that no name list holds, after no transfer's
		// preposition, names a merchant.
		"03/10 Debit order Vodacom -R 399.00":       "",
		"15/10 ATM withdrawal Hatfield -R 1,000.00": "",
		// An amount of a currency without minor units ends the
		// description, its sign too.
		"15/10/2025 Transfer to Budi Santoso Rp 1.250.000 Rp 4.000.000": "Budi Santoso",
		// Vietnamese: a capitalised particle after the preposition opens
		// the name, and a title ends none ("Tuan" is a given name too).
		"03/11/2025 CK den LE VAN TUAN -2.500.000": "LE VAN TUAN",
		// A place's name and its type describe the row.
		"24-Nov Room charge Deluxe Nile View 4,800.00": "",
	} {
		got := recognized(LedgerRecognizer{}, entity.Person)(t, text)
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: persons %q, want %q", text, got, want)
		}
	}
}

// TestLedgerKindsOfTransaction reads the words that open several rows'
// descriptions as the kind of transaction, also when OCR misspells them,
// and the names after them as the counterparty; a name shared by two rows
// stays the counterparty's.
func TestLedgerKindsOfTransaction(t *testing.T) {
	page := "14/12/2022 Prélévement Durand SNC C-723088 729,67\n" +
		"15/12/2022 Prélevement Moreau et Berger K669199 980,74\n" +
		"15/12/2022 Paiement CB Schneider SAS 865,05\n" +
		"17/12/2022 Paiement CB Leclerc et Robin 525,70\n" +
		"18/12/2022 Salary Ahuja, Nair and Gandhi 2,636.74\n" +
		"19/12/2022 Salary Ahuja, Chopra and Jain 2,879.94"
	got := map[string]bool{}
	for _, e := range analyze(t, DefaultConfig(), patTestPage(page)) {
		if e.Type == entity.Person || e.Type == entity.Organization {
			got[e.Text] = true
		}
	}
	for _, want := range []string{"Durand SNC", "Moreau et Berger", "Schneider SAS", "Leclerc et Robin"} {
		if !got[want] {
			t.Errorf("%q not found among %v", want, got)
		}
	}
	for text := range got {
		if strings.Contains(text, "Paiement") || strings.Contains(text, "CB ") || strings.Contains(text, "Prél") {
			t.Errorf("the kind of transaction in %q", text)
		}
	}
	in := NewInput(patTestPage(page))
	for wi := range in.ledgerKindWords() {
		if w := in.Page.Words[wi].Text; w == "Ahuja," {
			t.Errorf("%q read as a kind of transaction", w)
		}
	}
}

// TestLedgerFirms reads partners joined by a dash or "&" as a firm.
func TestLedgerFirms(t *testing.T) {
	for text, want := range map[string]string{
		"04/02/2022 payment Bhat - Nehru 693.46 13,640.43":  "Bhat - Nehru",
		"12.11.2023 Lastschrift Müller & Söhne 12,00":       "Müller & Söhne",
		"15/01/2022 Salary Ahuja, Nair and Gandhi 2,636.74": "Ahuja, Nair and Gandhi",
		"12/03/2024 POS Di Lascio SPA 45,00 1.234,00":       "Di Lascio SPA", // dictionary words before a legal form
	} {
		got := recognized(LedgerRecognizer{}, entity.Organization)(t, text)
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: organisations %q, want %q", text, got, want)
		}
	}
}

// TestLedgerOpeningKind leaves a single row's kind of transaction out of
// the counterparty's span, but not a place in capitals after it.
func TestLedgerOpeningKind(t *testing.T) {
	checkFound(t, map[string]string{
		"12/07/2025 Kartenzahlung Stolz GmbH & Co. KG 45,20 1.204,11": "Stolz GmbH & Co. KG",
		"12/07/2025 Paiement CB Morin SASU 45,20 1 204,11":            "Morin SASU",
		"06/01/2023 Transferencia a Estévez, Cecilia 203,19 1.204,11": "Estévez, Cecilia",
		"27.11.2023 Bargeldauszahlung BAD KREUZNACH 218,94 1.204,11":  "BAD KREUZNACH",
		"14/03/2023 Cash withdrawal FISHER CROSS 50.00 1,204.11":      "FISHER CROSS",
	}, entity.Person, entity.Organization, entity.Location)
}

// TestLedgerPartyNumbers reads a number right after a transfer's
// preposition as the counterparty's phone or account, not a short one.
func TestLedgerPartyNumbers(t *testing.T) {
	for text, want := range map[string]string{
		"SJ63NP9WUB 2025-10-15 12:02:51 Funds received from 0733901245 - GRACE WANJIKU 3,000.00": "0733901245",
		"2025-10-03 Transfer to +254722418339 - JOSEPH KIPROTICH 1,500.00":                       "+254722418339",
		"2025-10-03 Transfer to 4418 - JOSEPH KIPROTICH 1,500.00":                                "",
	} {
		got := recognized(LedgerRecognizer{}, entity.ID)(t, text)
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: IDs %q, want %q", text, got, want)
		}
	}
}
