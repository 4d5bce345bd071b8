package entity

import (
	"reflect"
	"testing"
)

func TestParseNameRoles(t *testing.T) {
	cases := []struct {
		in     string
		roles  []NameRole
		person []int
	}{
		{"Mr. R. H. Orcutt", []NameRole{RoleTitle, RoleInitials, RoleInitials, RoleFamily}, []int{1, 1, 1, 1}},
		{"ORCUTT, R.", []NameRole{RoleFamily, RoleInitials}, []int{0, 0}},
		{"Carol S. Whitcomb", []NameRole{RoleGiven, RoleInitials, RoleFamily}, []int{0, 0, 0}},
		{"Robert V. Delaney", []NameRole{RoleGiven, RoleInitials, RoleFamily}, []int{0, 0, 0}},
		{"Smith, John Paul", []NameRole{RoleFamily, RoleGiven, RoleGiven}, []int{0, 0, 0}},
		{"Mr. D. M. Pruitt, Jr.", []NameRole{RoleTitle, RoleInitials, RoleInitials, RoleFamily, RoleSuffix}, []int{1, 1, 1, 1, 2}},
		{"Ludwig van Beethoven", []NameRole{RoleGiven, RoleLiteral, RoleFamily}, []int{0, 0, 0}},
		{"DELA CRUZ, JUAN PASCUAL", []NameRole{RoleLiteral, RoleFamily, RoleGiven, RoleGiven}, []int{0, 0, 0, 0}},
		{"K. A. Lindqvist S. A. Porter", []NameRole{RoleInitials, RoleInitials, RoleFamily, RoleInitials, RoleInitials, RoleFamily}, []int{0, 0, 0, 1, 1, 1}},
		{"John and Mary Jones", []NameRole{RoleFamily, RoleConnector, RoleGiven, RoleFamily}, []int{0, 2, 2, 2}},
		{"J0hn Smith", []NameRole{RoleOther, RoleFamily}, []int{0, 0}},
		{"SITI HAJAR BT MOHD NOR", []NameRole{RoleGiven, RoleGiven, RoleLiteral, RoleGiven, RoleFamily}, []int{0, 0, 0, 0, 0}},
	}
	for _, c := range cases {
		p := ParseName(c.in)
		var roles []NameRole
		var person []int
		for _, w := range p.Words {
			roles = append(roles, w.Role)
			person = append(person, w.Person)
		}
		if !reflect.DeepEqual(roles, c.roles) || !reflect.DeepEqual(person, c.person) {
			t.Errorf("%q: roles %v persons %v, want %v %v", c.in, roles, person, c.roles, c.person)
		}
	}
}

func TestParseNameTitleSexAndText(t *testing.T) {
	p := ParseName("  Mrs. Ann O'Neil-Smith (Sales)")
	if p.Words[0].Role != RoleTitle || p.Words[0].Sex != Female {
		t.Errorf("Mrs.: %+v", p.Words[0])
	}
	if p.Words[2].Core != "O'Neil-Smith" || p.Words[3].Lead != "(" || p.Words[3].Trail != ")" {
		t.Errorf("words: %+v", p.Words)
	}
	words := make([]Word, len(p.Words))
	for i, w := range p.Words {
		words[i] = w.Word
	}
	if got := JoinWords(p.Prefix, words); got != "  Mrs. Ann O'Neil-Smith (Sales)" {
		t.Errorf("joined: %q", got)
	}
}

func TestWordShapes(t *testing.T) {
	for core, want := range map[string]bool{"R.": true, "J.S.": true, "PHH": true, "Ann": false, "ABE": false, "r": false} {
		if IsInitials(core) != want {
			t.Errorf("IsInitials(%q) = %v", core, !want)
		}
	}
	if !IsWord("O'Neil-Smith") || IsWord("J0hn") || IsWord("") {
		t.Error("IsWord")
	}
	if Bare("Jr.") != "jr" || !IsCapitalised("Éclair") || IsCapitalised("von") {
		t.Error("Bare or IsCapitalised")
	}
}

// TestTitlesOfOtherLanguages: an abbreviated title of another language
// is a title, so that a surrogate keeps it.
func TestTitlesOfOtherLanguages(t *testing.T) {
	for _, s := range []string{"mevr. Anneke Verhoeven", "Sig. Mario Rossi"} {
		if p := ParseName(s); p.Words[0].Role != RoleTitle {
			t.Errorf("%q: first word has role %d, want a title", s, p.Words[0].Role)
		}
	}
}

// TestTitlesOfOtherLanguagesSaySex: a title of another language says the
// sex of the names after it.
func TestTitlesOfOtherLanguagesSaySex(t *testing.T) {
	for s, want := range map[string]Sex{"Herrn Friedhelm Oltmanns": Male, "Señora Pilar Ruiz": Female, "mevrouw Johanna Bakker": Female, "Bapak Agus Santoso": Male} {
		if p := ParseName(s); p.Words[0].Role != RoleTitle || p.Words[0].Sex != want {
			t.Errorf("%q: first word %+v, want a title of sex %d", s, p.Words[0], want)
		}
	}
}
