package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/vehiclemakes.txt
var vehicleMakesData string

// vehicleMakes are the makes of one word, lower case.
var vehicleMakes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range readLines(vehicleMakesData) {
		if !strings.HasPrefix(line, "#") && !strings.Contains(line, " ") {
			m[line] = true
		}
	}
	return m
})

// IsVehicleMake reports a vehicle manufacturer's name of one word
// ("Toyota", "Mercedes-Benz"), in any case; makes of several words
// ("Land Rover") are left out, their first words being ordinary ones.
func IsVehicleMake(w string) bool {
	return vehicleMakes()[strings.ToLower(w)]
}
