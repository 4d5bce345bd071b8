package pii

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// ParseValue reads text, the text of an entity of type t, into its value:
// what entity.Parse reads, and the parts that take this package's word
// lists: an address's or a place's (ADDRESS, LOCATION) and an
// organisation's. The text is first cleaned as entity.CleanText does.
// Numeric dates are read month first, as on the US forms the detector is
// built for, unless a field over 12 says otherwise.
func ParseValue(t entity.Type, text string) entity.Value { return parseValueIn(t, text, "") }

// parseValueIn is ParseValue on a page placed in country ("" when
// unknown): an address is read in that country unless it places itself in
// another.
func parseValueIn(t entity.Type, text, country string) entity.Value {
	v := entity.Parse(t, text, entity.Conventions{})
	switch t {
	case entity.Address, entity.Location:
		v.Address = parseAddress(entity.CleanText(text), country)
	case entity.Organization:
		v.Org = parseOrg(entity.CleanText(text))
	}
	return v
}

// parseValue is ParseValue of a detected entity on a page whose phone
// numbers are likely written in regions (best first, as pageRegions ranks
// them) and that is placed in country ("" when unknown): a national phone
// number takes the first of them in which it is a valid number as its
// region, an address is read in the page's country unless it places
// itself in another, and a name's stand-ins are drawn from the page's
// country.
func parseValue(e Entity, regions []string, country string) entity.Value {
	v := parseValueIn(e.Type, e.Text, country)
	if v.Name != nil {
		v.Name.Country = country
		monsieurRead(v.Name)
		titleOfPageLanguage(v.Name)
		labelledNamePart(v.Name, e.Source)
	}
	if v.Org != nil {
		v.Org.Country = country
	}
	if p := v.Phone; p != nil && p.Region == "" && !p.International {
		p.Region = nationalRegion(p.Digits, regions)
	}
	if e.Source == spelledDateSource {
		v.Date = nil // its words are no layout to shift: a stand-in in figures takes their place
	}
	return v
}

// labelledNamePart gives the words of a name that a name part's label
// labels (source "label:…", qualified or not: "legal last name") that
// part's role.
func labelledNamePart(p *entity.NameParts, source string) {
	canon, ok := strings.CutPrefix(source, "label:")
	if !ok {
		return
	}
	role := entity.RoleOther
	for _, suffix := range labelTails(canon) {
		switch {
		case familyNameLabels[suffix]:
			role = entity.RoleFamily
		case givenNameLabels[suffix]:
			role = entity.RoleGiven
		}
	}
	if role == entity.RoleOther {
		return
	}
	for i, w := range p.Words {
		if w.Role == entity.RoleGiven || w.Role == entity.RoleFamily {
			p.Words[i].Role = role
		}
	}
}

// labelTails are a label's last word and last two words ("legal last
// name" gives "name" and "last name").
func labelTails(canon string) []string {
	f := strings.Fields(canon)
	if len(f) == 0 {
		return nil
	}
	out := []string{f[len(f)-1]}
	if len(f) >= 2 {
		out = append(out, f[len(f)-2]+" "+f[len(f)-1])
	}
	if len(f) >= 3 {
		out = append(out, strings.Join(f[len(f)-3:], " "))
	}
	return out
}

// nationalRegion is the first of regions in whose numbering plan the
// national number digits is valid, "" when none.
func nationalRegion(digits string, regions []string) string {
	if digits == "" {
		return ""
	}
	for _, r := range regions {
		n, err := phonenumbers.Parse(digits, r)
		if err == nil && phonenumbers.IsValidNumberForRegion(n, r) {
			return r
		}
	}
	return ""
}

// settleNameRoles gives a lone name word the role its word has in a
// fuller name of the page: "Lars-Erik," of "Hej Lars-Erik," is the given
// name of "Lars-Erik Lindqvist" above, so both get the same surrogate. A
// word that is a family name in one name of the page and a middle name
// in another ("Wanjiru Njeri Kamau", "Peter Kamau Mwangi") counts as the
// family name, and after a title a lone word stays the family name ("Mrs
// Kamau").
func settleNameRoles(ents []Entity) {
	roles := map[string]entity.NameRole{}
	for _, e := range ents {
		if p := e.Value.Name; e.Type == entity.Person && p != nil && nameWords(p) >= 2 {
			for _, w := range p.Words {
				k := strings.ToLower(w.Core)
				if w.Role == entity.RoleGiven && roles[k] != entity.RoleFamily || w.Role == entity.RoleFamily {
					roles[k] = w.Role
				}
			}
		}
	}
	for _, e := range ents {
		p := e.Value.Name
		if e.Type != entity.Person || p == nil || nameWords(p) != 1 {
			continue
		}
		for i, w := range p.Words {
			if w.Role != entity.RoleGiven && w.Role != entity.RoleFamily {
				continue
			}
			if r, ok := roles[strings.ToLower(w.Core)]; ok && !(r == entity.RoleGiven && hasTitle(p)) {
				p.Words[i].Role = r
			} else if loneGivenName(p, w.Core) {
				p.Words[i].Role = entity.RoleGiven
			}
		}
	}
}

// loneGivenName reports a name of one word, without a title, that the
// lists hold as a given name and not as a family name: "Joanne" of "her
// daughter, Joanne", "Dian" after "Kasir:". (After a title a lone word is
// the family name: "Mrs Whitfield".)
func loneGivenName(p *entity.NameParts, core string) bool {
	if hasTitle(p) {
		return false
	}
	loadNameLists()
	n := normWord(core)
	return firstNames[n] && !lastNames[n]
}

// hasTitle reports a name with a title.
func hasTitle(p *entity.NameParts) bool {
	for _, w := range p.Words {
		if w.Role == entity.RoleTitle {
			return true
		}
	}
	return false
}

// nameWords counts a name's given and family names.
func nameWords(p *entity.NameParts) int {
	n := 0
	for _, w := range p.Words {
		if w.Role == entity.RoleGiven || w.Role == entity.RoleFamily {
			n++
		}
	}
	return n
}

// monsieurRead reads an "M." before a name as the title Monsieur on a
// page of a country that writes French ("M. Jean-Marc Weber", "M.
// Weber"), not as an initial to redraw ("B. Renard-Blanchard").
func monsieurRead(n *entity.NameParts) {
	if len(n.Words) < 2 || n.Words[0].Core != "M." || n.Words[0].Role != entity.RoleInitials ||
		!slices.Contains(lexicon.CountryLanguages(n.Country), "fr") {
		return
	}
	for _, w := range n.Words[1:min(3, len(n.Words))] {
		if w.Role != entity.RoleGiven && w.Role != entity.RoleFamily {
			return // "M. J. Weber": initials in a row
		}
	}
	n.Words[0].Role, n.Words[0].Sex = entity.RoleTitle, entity.Male
}

// titleOfPageLanguage reads a word that opens a name, written out in full,
// as a title when it is one in a language of the page's country
// ("Dottoressa Anna Rossi" in Italy): it stays. Titles of other languages
// ("Donna", an Italian title) stay names.
func titleOfPageLanguage(n *entity.NameParts) {
	if len(n.Words) < 2 || n.Words[0].Role == entity.RoleTitle {
		return
	}
	w := n.Words[0].Core
	if utf8.RuneCountInString(w) < 4 || strings.Contains(w, ".") || !entity.IsCapitalised(w) {
		return
	}
	langs := lexicon.CountryLanguages(n.Country)
	if !slices.ContainsFunc(lexicon.PersonalTitleLanguages(w), func(l string) bool { return slices.Contains(langs, l) }) {
		return
	}
	if r := n.Words[1].Role; r != entity.RoleGiven && r != entity.RoleFamily && r != entity.RoleInitials {
		return
	}
	n.Words[0].Role = entity.RoleTitle
}
