// Package gazetteer holds the place names addresses are read and written
// with, from gofakeit's US address data: detection tells states, state
// codes and countries from other words by these lists, and the surrogate
// stage draws their stand-ins, and cities, from the same lists.
package gazetteer

import (
	"strings"

	"github.com/brianvoe/gofakeit/v7/data"
)

var (
	// States are the US states' names.
	States = data.Address["state"]
	// StateCodes are the two-letter codes of the 50 states and DC.
	StateCodes = append(append([]string(nil), data.Address["state_abr"][:50]...), "DC")
	// Countries are countries' names.
	Countries = data.Address["country"]
	// Cities are US cities' names, without compound entries
	// ("Louisville/Jefferson").
	Cities = plainCities(data.Address["city"])
)

func plainCities(list []string) []string {
	var out []string
	for _, c := range list {
		if !strings.ContainsAny(c, "/-") {
			out = append(out, c)
		}
	}
	return out
}
