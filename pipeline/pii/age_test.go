package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestAge(t *testing.T) {
	patCheck(t, patRecognizer(t, "age"), entity.Age, []patCase{
		{"a 46-year-old man was admitted", []string{"46"}, 0.8, 0.8},
		{"she is 46 years old", []string{"46"}, 0.8, 0.8},
		{"pt 46 y/o male", []string{"46"}, 0.8, 0.8},
		{"aged 46, he", []string{"46"}, 0.8, 0.8},
		{"Age: 46 Sex: M", []string{"46"}, 0.8, 0.8},
		{"wurde im Alter von 76 Jahren aufgenommen", []string{"76"}, 0.8, 0.8},
		{"Alter: 52", []string{"52"}, 0.8, 0.8},
		{"âgé(e) de 79 ans, a été hospitalisé(e)", []string{"79"}, 0.8, 0.8},
		{"nacido el 19 de septiembre de 1957, de 67 años, ingresó", []string{"67"}, 0.6, 0.6},
		{"nato il 3 maggio 1979, 45 anni, ricoverato", []string{"45"}, 0.6, 0.6},
		{"Edad: 33", []string{"33"}, 0.8, 0.8},
		{"nacido/a el 2 de mayo de 1957, de 67 afios, ingresó", []string{"67"}, 0.6, 0.6},
		// Durations, amounts and other numbers are no ages.
		{"seit 20 Jahren, bei uns", nil, 0, 0},
		{"depuis 5 ans, nous", nil, 0, 0},
		{"hace 3 años, la empresa", nil, 0, 0},
		{"warranty of 5 years from purchase", nil, 0, 0},
		{"Gesamtbetrag 1.250 Jahre", nil, 0, 0},
		{"a 250-year-old oak", nil, 0, 0},
		{"page 46 of 50", nil, 0, 0},
		{"nel 2020 anni difficili", nil, 0, 0},
	})
}
