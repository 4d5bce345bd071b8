package pii

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Evidence beyond the words themselves that a run of names is a firm's:
// the page's web and mail domains spell it ("Brunet et Chevalier" heading
// a letter that gives www.brunet-et-chevalier.fr), or a label that asks
// for an insurer comes before it ("Mutuelle: Mercier et Rey"), or it heads
// an address block (a letterhead or a bill-to block). Surnames
// that are ordinary words as well ("Mercier", "Rana") need such evidence
// to be read as a firm (joinScore).

// reDomainWord is a host name as a word: labels of letters, digits and
// dashes joined by dots, ending in a top-level domain.
var reDomainWord = regexp.MustCompile(`(?i)^(?:https?://)?(?:www\.)?((?:[\p{L}0-9-]+\.)+)[a-z]{2,6}[./]?$`)

// pageDomains returns the page's web and mail domains without their
// top-level domain, in lower case, letters only ("brunetetchevalier").
func pageDomains(in *Input) []string {
	var out []string
	for _, w := range in.Page.Words {
		t := strings.TrimSpace(w.Text)
		if i := strings.LastIndex(t, "@"); i >= 0 {
			t = t[i+1:]
		} else if !strings.Contains(t, "-") && !strings.HasPrefix(strings.ToLower(t), "www") {
			continue // a dotted abbreviation ("s.r.l."), not a host
		}
		m := reDomainWord.FindStringSubmatch(strings.TrimRight(t, ".,;)"))
		if m == nil {
			continue
		}
		if d := lettersOnly(m[1]); len(d) >= 4 {
			out = append(out, d)
		}
	}
	return out
}

// lettersOnly is s in lower case without accents, its letters only.
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, strings.ToLower(lexicon.Unaccented(s)))
}

// domainSpells reports a domain of the page that holds every one of the
// names.
func (l *orgLine) domainSpells(names []string) bool {
	for _, d := range l.domains {
		all := true
		for _, n := range names {
			if p := lettersOnly(n); len(p) < 3 || !strings.Contains(d, p) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// orgInsurerStems are the stems of the labels that ask for an insurer,
// in English, German, French, Spanish and Italian.
var orgInsurerStems = []string{"insur", "versicher", "kasse", "assur", "mutuelle", "asegur", "seguro", "assicur"}

// insurerLabelBefore reports a label asking for an insurer right before
// word s ("Insurance:", "Krankenkasse:", "Aseguradora:").
func (l *orgLine) insurerLabelBefore(s int) bool {
	if s == 0 {
		return false
	}
	t := strings.ToLower(l.text(s - 1))
	if !strings.HasSuffix(t, ":") {
		return false
	}
	for _, st := range orgInsurerStems {
		if strings.Contains(t, st) {
			return true
		}
	}
	return false
}

// addressBelow reports a street line right below the line, under its
// words: the names head an address block ("Roche et Cousin" above "67
// bis, rue de Seine").
func (l *orgLine) addressBelow() bool {
	first, last := l.words[l.ln[0]].Box, l.words[l.ln[len(l.ln)-1]].Box
	bottom, h := first.Top+first.Height, first.Height
	for _, ln := range l.in.Lines {
		b, e := l.words[ln[0]].Box, l.words[ln[len(ln)-1]].Box
		if b.Top < bottom || b.Top > bottom+2*h || b.Left > last.Right() || e.Right() < first.Left {
			continue
		}
		street, number := false, false
		for _, wi := range ln {
			t := strings.TrimSpace(l.words[wi].Text)
			street = street || streetTypeToken(t)
			number = number || houseNumber(t)
		}
		return street && number
	}
	return false
}

// reEntryDate is the date that opens a bank statement's entry.
var reEntryDate = regexp.MustCompile(`^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})$`)

// entryLine reports a bank statement's entry: a line that opens with a
// date and holds an amount after it.
func (l *orgLine) entryLine() bool {
	if len(l.ln) < 3 || !reEntryDate.MatchString(l.text(0)) {
		return false
	}
	for k := 2; k < len(l.ln); k++ {
		if reAmount.MatchString(l.text(k)) {
			return true
		}
	}
	return false
}

// reAmount is an amount with decimals ("1.414,55", "-2,387.51").
var reAmount = regexp.MustCompile(`^[-~+]?\d{1,3}(?:[.,' ]?\d{3})*[.,]\d{2}$`)
