package pii

import (
	"strings"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// feminineSurnameEndings end the family names that only women bear: the
// Czech and Slovak "-ová", "-ská", "-cká", the Polish "-ska", "-cka",
// "-dzka", and the Lithuanian married and maiden "-ienė", "-aitė",
// "-ytė", "-iūtė" (men's forms end "-ski", "-as", "-is").
var feminineSurnameEndings = []string{"ová", "ská", "cká", "ska", "cka", "dzka", "ienė", "aitė", "ytė", "iūtė"}

// feminineSurnameMinRunes is the shortest family name read by its ending.
const feminineSurnameMinRunes = 5

// surnameSex gives a name without a title or patronymic that says its sex
// the sex of a family name only women bear ("Květa Vondráčková",
// "Agnieszka Kowalska"), so that its stand-in's given names are a woman's
// where no list knows the given name. Any name word counts: a name written
// surname first ("Vondráčková Květa") is parsed given name first, and no
// given name ends so but a woman's.
func surnameSex(e *Entity) {
	if e.Type != entity.Person || e.Value.Name == nil || e.Value.Name.Sex != entity.SexUnknown {
		return
	}
	for _, w := range e.Value.Name.Words {
		low := strings.ToLower(w.Core)
		if w.Role != entity.RoleFamily && w.Role != entity.RoleGiven || utf8.RuneCountInString(low) < feminineSurnameMinRunes {
			continue
		}
		for _, end := range feminineSurnameEndings {
			if strings.HasSuffix(low, end) {
				e.Value.Name.Sex = entity.Female
				return
			}
		}
	}
}
