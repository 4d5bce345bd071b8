package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestLedgerRowsReadPoorly(t *testing.T) {
	for text, want := range map[string]string{
		// A skewed scan: the amounts on a row of their own.
		"12.11.2023 Gutschrift von T. Merkel\n830,79 7.930,35": "T. Merkel",
		"26/08/2025 Transfer from Baala Rana":                  "Baala Rana",
		// A table's rules and marks read as words; "à" read as "&".
		"| 06/01/2023 | Transferencia a Carla Caballero 203,19 | |": "Carla Caballero",
		"15/01/2022 _ Bonifico da Robaldo Bernardi 1.314,75":        "Robaldo Bernardi",
		"09/02/2024 Virement & Annibal Dufour 916,04 4624.19":       "Annibal Dufour",
		"24/10/2022 Bonifico a La Manna, Amata 1.474,79 10.232,83":  "La Manna, Amata",
		// No person: an account, a row without amount or transfer, a
		// firm after "&".
		"26/08/2025 Transfer to Savings Account 500.00 7,930.35": "",
		"12.11.2023 Gutschrift Zinsen":                           "",
		"12.11.2023 Lastschrift Müller & Söhne 12,00":            "",
	} {
		got := recognized(LedgerRecognizer{}, entity.Person)(t, text)
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: persons %q, want %q", text, got, want)
		}
	}
}
