package pii

import (
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Context enhancement, as in Microsoft Presidio: a context word for the
// match's type ("phone", "DOB", "attn") in the same line before the match or
// on the line just above raises the match's score by up to ContextBoost,
// and to at least ContextMinScore.

// DefaultContextWords are the built-in context words per type.
var DefaultContextWords = map[entity.Type][]string{
	entity.Phone:  {"phone", "tel", "telephone", "fax", "mobile", "cell", "ph", "facsimile", "call", "number", "no"},
	entity.Date:   {"date", "dated", "dob", "birth", "born", "birthday", "on", "rec'd", "received", "due", "issued", "effective"},
	entity.Person: {"name", "to", "from", "attn", "attention", "signature", "signed", "by", "cc", "contact", "prepared", "approved", "requested", "mr", "mrs", "ms", "dr", "dear", "sincerely", "submitted", "written", "recipient", "employee", "patient", "call"},
	entity.Address: {"address", "street", "st", "city", "state", "zip", "addr", "avenue", "road", "suite", "p.o", "box",
		"located", "residence"},
	entity.Zip:          {"zip", "postal", "code", "state", "city", "address"},
	entity.ID:           {"account", "acct", "policy", "member", "id", "no", "number", "ssn", "employee", "license", "passport", "claim", "customer", "patient", "#"},
	entity.SSN:          {"ssn", "social", "security", "ss", "soc", "sec"},
	entity.Email:        {"email", "e-mail", "mail", "address", "contact"},
	entity.CreditCard:   {"card", "credit", "visa", "mastercard", "amex", "cc", "account", "expiry", "exp"},
	entity.IBAN:         {"iban", "bank", "account", "transfer", "swift", "bic"},
	entity.Organization: {"company", "corporation", "inc", "firm", "organization", "employer", "agency", "vendor"},
	entity.Location:     {"city", "country", "state", "location", "place", "located"},
	entity.IP:           {"ip", "address", "host", "server"},
	entity.URL:          {"url", "website", "web", "site", "http", "link"},
}

// runContextMin is the least score a run of capitalised words needs (some
// name-list evidence) before context words can raise it.
const runContextMin = 0.35

// contextEnhancer applies context words to matches.
type contextEnhancer struct {
	words    map[entity.Type]map[string]bool
	boost    float64
	minScore float64
	// lookBack is how many words before the match on its line count.
	lookBack int
}

func newContextEnhancer(cfg Config) *contextEnhancer {
	c := &contextEnhancer{words: map[entity.Type]map[string]bool{}, boost: cfg.ContextBoost, minScore: cfg.ContextMinScore, lookBack: 5}
	for t, ws := range DefaultContextWords {
		for _, w := range ws {
			c.add(t, w)
		}
	}
	for t, ws := range cfg.ContextWords {
		pt, _ := entity.ParseType(string(t))
		for _, w := range ws {
			c.add(pt, w)
		}
	}
	return c
}

func (c *contextEnhancer) add(t entity.Type, w string) {
	if c.words[t] == nil {
		c.words[t] = map[string]bool{}
	}
	if n := normWord(w); n != "" {
		c.words[t][n] = true
	}
}

// enhance raises the scores of matches with context in place. Label matches
// already carry their context and are left alone.
func (c *contextEnhancer) enhance(in *Input, ms []Match) {
	if c.boost == 0 && c.minScore == 0 {
		return
	}
	// Position of each word: its line and index in the line.
	type pos struct{ line, idx int }
	where := make(map[int]pos, len(in.Page.Words))
	for li, ln := range in.Lines {
		for k, wi := range ln {
			where[wi] = pos{li, k}
		}
	}
	for i := range ms {
		m := &ms[i]
		if strings.HasPrefix(m.Source, "label:") || strings.HasPrefix(m.Source, "deny") {
			continue
		}
		if (m.Source == "names:run" || m.Source == "ner") && m.Type == entity.Person && m.Score < runContextMin {
			// Capitalised words that no name list knows: a context word
			// nearby ("Dr", "to") is no evidence that they are a name
			// ("Dr Meyer Mutuelle:", "Call Placed Direct").
			continue
		}
		set := c.words[m.Type]
		if len(set) == 0 {
			continue
		}
		ws := in.WordsInSpan(m.Start, m.End)
		if len(ws) == 0 {
			continue
		}
		p, ok := where[ws[0]]
		if !ok {
			continue
		}
		found := 0.0
		ln := in.Lines[p.line]
		// Same line, before the match: closer words count more.
		for k := p.idx - 1; k >= 0 && k >= p.idx-c.lookBack; k-- {
			if c.isContext(set, in.Page.Words[ln[k]].Text) {
				found = max(found, 1-0.1*float64(p.idx-1-k))
				break
			}
		}
		// The line above, where it overlaps the match horizontally (or its
		// last words when nothing overlaps).
		if found == 0 && p.line > 0 {
			mb := in.Page.Words[ws[0]].Box
			for _, wi := range ws {
				mb = mb.Union(in.Page.Words[wi].Box)
			}
			above := in.Lines[p.line-1]
			ab := in.Page.Words[above[0]].Box
			for _, wi := range above {
				ab = ab.Union(in.Page.Words[wi].Box)
			}
			if mb.Top-ab.Bottom() < 3*mb.Height { // only a nearby line
				for _, wi := range above {
					wb := in.Page.Words[wi].Box
					if wb.Right() >= mb.Left-2*mb.Height && wb.Left <= mb.Right() && c.isContext(set, in.Page.Words[wi].Text) {
						found = 0.8
						break
					}
				}
			}
		}
		if found > 0 {
			m.Score = clamp01(max(m.Score+c.boost*found, c.minScore))
			m.Source += "+context"
		}
	}
}

func (c *contextEnhancer) isContext(set map[string]bool, w string) bool {
	n := normWord(w)
	if set[n] {
		return true
	}
	// "Telephone#", "DOB:" and similar fused forms.
	n = strings.TrimRightFunc(n, func(r rune) bool { return !unicode.IsLetter(r) })
	return n != "" && set[n]
}

// normWord lower-cases a word and trims punctuation at both ends.
func normWord(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '#'
	}))
}

// normText lower-cases a text, trims punctuation at both ends and makes
// inner white space single spaces.
func normText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ToLower(strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}
