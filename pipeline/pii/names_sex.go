package pii

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// feminineSurnameEndings end the family names that only women bear: the
// Czech and Slovak "-ová", "-ská", "-cká", the Polish "-ska", "-cka",
// "-dzka", and the Lithuanian married and maiden "-ienė", "-aitė",
// "-ytė", "-iūtė" (men's forms end "-ski", "-as", "-is").
var feminineSurnameEndings = []string{"ová", "ská", "cká", "ska", "cka", "dzka", "ienė", "aitė", "ytė", "iūtė"}

// feminineSurnameMinRunes is the shortest family name read by its ending.
const feminineSurnameMinRunes = 5

// rePatronymicFemale ends a woman's patronymic ("Nurlanovna", "Petrivna");
// the others (rePatronymic) are a man's.
var rePatronymicFemale = regexp.MustCompile(`(?i)(?:ovna|evna|ivna|ichna)$`)

// wordSex gives a name without a title that says its sex the sex its own
// words say, so that its stand-in's given names are of that sex where no
// list knows the given name: a patronymic's ("Aigerim Nurlanovna Bekova"
// is a woman's, "Ivan Sergeyevich Petrov" a man's), else a family name
// only women bear ("Květa Vondráčková", "Agnieszka Kowalska"). Any name
// word may bear the ending: a name written surname first ("Vondráčková
// Květa") is parsed given name first, and no given name ends so but a
// woman's.
func wordSex(e *Entity) {
	if e.Type != entity.Person || e.Value.Name == nil || e.Value.Name.Sex != entity.SexUnknown {
		return
	}
	for _, w := range e.Value.Name.Words {
		if rePatronymic.MatchString(w.Core) {
			e.Value.Name.Sex = entity.Male
			if rePatronymicFemale.MatchString(w.Core) {
				e.Value.Name.Sex = entity.Female
			}
			return
		}
	}
	for _, w := range e.Value.Name.Words {
		if (w.Role == entity.RoleFamily || w.Role == entity.RoleGiven) && feminineSurname(w.Core) {
			e.Value.Name.Sex = entity.Female
			return
		}
	}
}

// feminineSurname reports a name word of feminineSurnameMinRunes or more
// with a feminineSurnameEndings ending.
func feminineSurname(core string) bool {
	low := strings.ToLower(core)
	if utf8.RuneCountInString(low) < feminineSurnameMinRunes {
		return false
	}
	for _, end := range feminineSurnameEndings {
		if strings.HasSuffix(low, end) {
			return true
		}
	}
	return false
}

// masculineEndings turn a woman's family name into the man's form the
// name lists hold, by its ending written without accents (as OCR often
// reads it): Czech and Slovak "Nováková" → "Novák", "Svobodová" →
// "Svoboda", "Novotná" → "Novotný"; Polish "Kowalska" → "Kowalski";
// Russian "Petrova" → "Petrov"; Lithuanian "Kazlauskienė" and
// "Kazlauskaitė" → "Kazlauskas", "Petraitytė" → "Petraitis",
// "Butkutė" → "Butkus".
var masculineEndings = []struct {
	end string
	men []string
}{
	{"ova", []string{"", "a", "ov"}}, {"eva", []string{"ev"}}, {"ina", []string{"in"}},
	{"ska", []string{"sky", "ski"}}, {"cka", []string{"cky", "cki"}}, {"dzka", []string{"dzki"}},
	{"na", []string{"ny"}}, {"iene", []string{"as", "is", "us"}}, {"aite", []string{"as"}},
	{"yte", []string{"is"}}, {"iute", []string{"ius"}}, {"ute", []string{"us"}},
}

// feminineOfListed reports a woman's family name whose man's form
// (masculineEndings) the lexicon holds as a name and no word list as a
// word: the lists hold the men's forms of these names, the women's seldom.
func feminineOfListed(w string) bool {
	n := lexicon.Unaccented(normWord(w))
	if utf8.RuneCountInString(n) < feminineSurnameMinRunes+1 || lexicon.IsCommonWord(n) {
		return false
	}
	for _, m := range masculineEndings {
		if !strings.HasSuffix(n, m.end) {
			continue
		}
		for _, men := range m.men {
			if c := n[:len(n)-len(m.end)] + men; lexicon.IsName(c) && !lexicon.IsCommonWord(c) {
				return true
			}
		}
	}
	return false
}
