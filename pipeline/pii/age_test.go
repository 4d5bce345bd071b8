package pii

import (
	"slices"
	"testing"
)

func TestAgesOfManyLanguages(t *testing.T) {
	for line, want := range map[string][]string{
		"Concepción Guardado, nacido/a el 13 de junio de 1984, de 37 aiios, ingresó": {"37"},
		"Vital Brunet, né(e) le 5 novembre 1978, de 45 ans, a été hospitalisé(e)":    {"45"},
		"Der Patient ist 37 Jahre alt und klagt über":                                {"37"},
		"Der 37 Jahre alte Patient klagt über":                                       {"37"},
		"paciente de 64 años de edad que acude":                                      {"64"},
		"paziente 52enne con febbre":                                                 {"52"},
		"de patiënt is 71 jaar oud":                                                  {"71"},
		"nato a Roma il 3 maggio 1978, di anni 46, residente":                        {"46"},
		"Idade: 52":                    {"52"},
		"Leeftijd: 71":                 {"71"},
		"Age: 52Y     Sex: Male":       {"52"},
		"pt is a 46yo male":            {"46"},
		"a 46-year-old woman, aged 46": {"46", "46"},
		// Durations and other numbers are no ages.
		"Die Anlage ist seit 37 Jahren alt bekannt": nil,
		"Garantie de 2 ans sur les pièces":          nil,
		"el edificio tiene 30 años de antigüedad":   nil,
		"Zahlung in 3 Raten zu je 12 Jahre":         nil,
		"el día 15 yo estaba en casa":               nil,
		"Contratto di anni 3 rinnovabile":           nil,
	} {
		var got []string
		for _, m := range patAge(line) {
			got = append(got, line[m.Start:m.End])
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: ages %q, want %q", line, got, want)
		}
	}
}
