package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

// fakerJSON is generated from @faker-js/faker by scripts/corpusdata/gen.sh
// (see data/SOURCES.md).
//
//go:embed data/faker.json
var fakerJSON []byte

// localeData is one faker locale's word lists.
type localeData struct {
	FirstFemale     []string            `json:"first_female"`
	FirstMale       []string            `json:"first_male"`
	Last            []string            `json:"last"`
	Streets         []string            `json:"streets"`
	Cities          []string            `json:"cities"`
	Regions         [][2]string         `json:"regions"`
	Postcodes       []string            `json:"postcodes"`
	BuildingNumbers []string            `json:"building_numbers"`
	Secondary       []string            `json:"secondary"`
	Phones          map[string][]string `json:"phones"`
	Companies       []string            `json:"companies"`
}

// locales parses the embedded data once; the result is read-only.
var locales = sync.OnceValues(func() (map[string]*localeData, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(fakerJSON, &raw); err != nil {
		return nil, fmt.Errorf("corpus data: %w", err)
	}
	out := map[string]*localeData{}
	for name, msg := range raw {
		if name[0] == '_' {
			continue
		}
		var d localeData
		if err := json.Unmarshal(msg, &d); err != nil {
			return nil, fmt.Errorf("corpus data %s: %w", name, err)
		}
		if len(d.FirstFemale) == 0 || len(d.FirstMale) == 0 || len(d.Last) == 0 || len(d.Streets) == 0 ||
			len(d.Cities) == 0 || len(d.Companies) == 0 || len(d.Regions) == 0 {
			return nil, fmt.Errorf("corpus data %s: a word list is empty", name)
		}
		out[name] = &d
	}
	return out, nil
})
