package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// contractParties are the roles a contract or a statement gives its
// parties in an aside after their names ("Aminu Bello Danjuma (the
// Tenant)"); the person labels (exactLabels) name more ("Mieter",
// "Bailleur").
var contractParties = lowerSet(strings.Fields(`landlord tenant lessor lessee licensor licensee buyer seller
	purchaser vendor borrower lender employer employee guarantor contractor subcontractor consultant client
	owner occupier occupant claimant defendant plaintiff respondent petitioner appellant testator executor
	executrix beneficiary donor grantor grantee assignor assignee mortgagor mortgagee principal agent
	deponent declarant undersigned`))

// asideFillers are the words around a party's role in its aside: articles
// and "hereinafter … referred to as" in the languages the detector reads
// ("(hereinafter referred to as the “Tenant”)", "(nachfolgend „Mieter“
// genannt)", "(ci-après « le Bailleur »)", "(en adelante, el
// Arrendador)").
var asideFillers = lowerSet(strings.Fields(`the hereinafter hereafter herein referred to as called
	nachfolgend im folgenden genannt der die ci-après ci-apres le la l' en adelante el in seguito il lo
	denominato denominata de hierna te noemen « »`))

// asideMaxTokens bounds the words of a party's aside.
const asideMaxTokens = 8

// partyNameMaxWords bounds the words of a party's name before its aside.
const partyNameMaxWords = 4

// scoreParty is the score of a name before a party's aside.
const scoreParty = 0.8

// partyNames finds the name right before an aside that gives a party's
// role ("made between Chukwuemeka Obi (the Landlord) and …"), or before
// the words that give a sole trader's trading name (tradingAs): two to four
// words shaped as names, one of them a listed name or no dictionary word,
// no place the gazetteer knows. A firm before the aside stays the
// organisation rules' (its legal form is no name's word).
func partyNames(text string, base int) []Match {
	toks := patTokens(text)
	raw := func(k int) string { return text[toks[k].s:toks[k].e] }
	var out []Match
	for i := 1; i < len(toks); i++ {
		if !(strings.HasPrefix(raw(i), "(") && partyAside(toks, raw, i)) && !tradingAs(toks, raw, i) {
			continue
		}
		j := i
		for j > 0 && j > i-partyNameMaxWords && frameNameShape(coreWord(raw(j-1))) && !endsClause(raw(j-1)) {
			j--
		}
		if i-j < 2 {
			continue
		}
		words := make([]string, 0, i-j)
		solid := false
		for k := j; k < i; k++ {
			c := coreWord(raw(k))
			words = append(words, c)
			solid = solid || frameNameWord(c)
		}
		if !solid || lexicon.PlaceCountries(strings.Join(words, " ")) != nil {
			continue
		}
		out = append(out, Match{Type: entity.Person, Start: base + toks[j].s, End: base + toks[i-1].e, Score: scoreParty, Source: "names:party"})
	}
	return out
}

// tradingAs reports the words at token i that say under which name the
// person before them trades ("NOMVULA PRECIOUS MAHLANGU t/a Greenleaf
// Paving", "trading as"): a sole trader's own name comes first.
func tradingAs(toks []patToken, raw func(int) string, i int) bool {
	w := strings.ToLower(raw(i))
	return w == "t/a" || w == "t/as" || w == "trading" && i+1 < len(toks) && strings.ToLower(raw(i+1)) == "as"
}

// partyAside reports an aside that opens at token i and names a party's
// role: the role's word, and only fillers around it, before the closing
// bracket.
func partyAside(toks []patToken, raw func(int) string, i int) bool {
	roles := 0
	for k := i; k < len(toks) && k < i+asideMaxTokens; k++ {
		w := strings.ToLower(strings.Trim(raw(k), `()"'“”„‚‘’«»,.;:`))
		switch {
		case w == "" || asideFillers[w]:
		case partyRole(w):
			roles++
		default:
			return false
		}
		if strings.Contains(raw(k), ")") {
			return roles == 1
		}
	}
	return false
}

// partyRole reports a party's role: a contract's, or a person label's word.
func partyRole(w string) bool {
	if contractParties[w] {
		return true
	}
	r, ok := exactLabels[w]
	return ok && r.typ == entity.Person && !strings.Contains(w, " ")
}
