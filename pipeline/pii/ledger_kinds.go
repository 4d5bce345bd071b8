package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// The kinds of transaction of a page's ledger: the words that open the
// description of two rows or more ("Prélèvement", "Paiement CB",
// "Lastschrift", "POS") name what a row is, not who it was paid to, even
// when no dictionary holds them (OCR reads "Prélèvement" as
// "Prélévement"). A row's kind is the words that all rows opening with its
// first word share, when each of them has more words after it; the share
// stops at a known given or family name, and after the first word at any
// capitalised word that is no dictionary word or short acronym ("Salary
// Ahuja, Nair and Gandhi" and "Salary Ahuja, Chopra-Pandey and Jain" are
// paid by the same firm).

// ledgerRow is the words of a ledger row's description.
type ledgerRow []int

// ledgerRows are the descriptions of the page's ledger rows: a numeric date
// first, then the description up to the first amount, or to the line's end
// when a skewed scan put the amounts on a line of their own.
func ledgerRows(in *Input) []ledgerRow {
	var out []ledgerRow
	for _, r := range ledgerLines(in) {
		end := r.end
		if end < 0 {
			end = len(r.ln)
		}
		if end > 1 {
			out = append(out, r.ln[1:end])
		}
	}
	return out
}

// ledgerKindWords are the page's words that name a kind of transaction
// (word indices): true for a recurring kind, false for the opening words
// of a single row (ledgerOpeningKind).
func (in *Input) ledgerKindWords() map[int]bool {
	if in.ledgerKinds != nil {
		return in.ledgerKinds
	}
	in.ledgerKinds = map[int]bool{}
	key := func(wi int) string {
		return lexicon.Unaccented(strings.ToLower(coreWord(in.Page.Words[wi].Text)))
	}
	groups := map[string][]ledgerRow{}
	for _, r := range ledgerRows(in) {
		for _, wi := range r[:ledgerOpeningKind(in, r)] {
			in.ledgerKinds[wi] = false
		}
		if k := key(r[0]); k != "" && !strings.ContainsAny(k, "0123456789") {
			groups[k] = append(groups[k], r)
		}
	}
	for _, rows := range groups {
		if len(rows) < 2 {
			continue
		}
		n := ledgerSharedKind(rows, key, in)
		for _, r := range rows {
			for _, wi := range r[:n] {
				in.ledgerKinds[wi] = true
			}
		}
	}
	return in.ledgerKinds
}

// ledgerOpeningKind is the number of words that open a single row's
// description as its kind ("Kartenzahlung", "Paiement CB", "Transferencia
// a", "Direct debit"): its first word, unless it is a name or a word in
// capitals longer than an acronym ("TESCO STORES": the merchant comes
// first), and the lower-case words after it, or one acronym right after a
// word that is not in capitals, before one that is not either or naming a
// cash withdrawal ("Paiement CB Morin SASU", "Retrait DAB LE HAVRE", not
// "Bargeldauszahlung BAD KREUZNACH"); 0 when nothing would follow them.
func ledgerOpeningKind(in *Input, r ledgerRow) int {
	text := func(k int) string { return in.Page.Words[r[k]].Text }
	if d := ledgerKindDash(text, len(r)); d > 0 {
		return d + 1
	}
	first := coreWord(text(0))
	if len(r) < 2 || first == "" || isUpperWord(first) && letterCount(first) > 4 ||
		strings.ContainsAny(first, "0123456789") || capitalised(first) && !isDictWord(first) && (knownName(first) || lexicon.IsName(strings.ToLower(first))) {
		return 0
	}
	n := 1
	for n < len(r)-1 && n < ledgerKindMaxWords {
		core := coreWord(text(n))
		acronym := n == 1 && !isUpperWord(first) && isUpperWord(core) && letterCount(core) >= 2 && letterCount(core) <= 4 &&
			(ledgerCashWord(core) || !isUpperWord(coreWord(text(n+1))))
		if core == "" || capitalised(core) && !acronym {
			break
		}
		n++
	}
	return n
}

// ledgerKindDash is the index of a dash standing alone after a row's first
// words, the kind of transaction before it and its counterparty after
// ("EFT - MEHMET ALI DEMIR", "Pix recebido - MARIANA COSTA"): at most
// ledgerKindMaxWords words before it, each an ordinary word or an acronym
// but one capitalised name of a network between ordinary words
// ("Virement Interac reçu"; "payment Bhat - Nehru" is a firm), and none a
// listed name ("Halvorson - Kling" is a firm, "MEHMET ALI - EFT" names
// the payee first); 0 when the row has none.
func ledgerKindDash(text func(int) string, n int) int {
	for d := 1; d <= ledgerKindMaxWords && d < n-1; d++ {
		if !isDash(strings.TrimSpace(text(d))) {
			continue
		}
		brands := 0
		for k := 0; k < d; k++ {
			core := coreWord(text(k))
			acronym := isUpperWord(core) && letterCount(core) >= 2 && letterCount(core) <= 4
			if core == "" || letterCount(core) != len([]rune(core)) || knownName(core) {
				return 0
			}
			if !isDictWord(core) && !acronym {
				// a payment network's name after the kind's first word:
				// "Virement Interac reçu - Luc BERGERON-OUELLET"
				if brands++; k == 0 || k == d-1 || brands > 1 || !capitalised(core) {
					return 0
				}
			}
		}
		return d
	}
	return 0
}

// ledgerSharedKind is the number of words the rows share at their start
// (by key), at most ledgerKindMaxWords, ending before a known name that
// is no ordinary word, and leaving every row a word after them; 0 when
// that leaves none.
func ledgerSharedKind(rows []ledgerRow, key func(int) string, in *Input) int {
	n := 0
	for n < ledgerKindMaxWords {
		w := in.Page.Words[rows[0][n]].Text
		k := key(rows[0][n])
		if k == "" || knownName(w) && !isDictWord(coreWord(w)) || n > 0 && !ledgerKindMore(w) {
			break
		}
		same := true
		for _, r := range rows {
			same = same && len(r) > n+1 && key(r[n]) == k
		}
		if !same {
			break
		}
		n++
	}
	return n
}

// ledgerKindMore reports a word that can continue a kind of transaction
// ("debit" of "Direct debit", "CB" of "Paiement CB", "SEPA"): a lower-case
// word, a short acronym, or a dictionary word that no name list holds;
// not a name ("Ahuja,", "Cabrera" of two salaries from one firm).
func ledgerKindMore(w string) bool {
	core := coreWord(w)
	if core == "" || strings.HasSuffix(w, ",") {
		return false
	}
	if !capitalised(core) || isUpperWord(core) && letterCount(core) >= 2 && letterCount(core) <= 4 {
		return true // not an initial ("T. Merkel")
	}
	return isDictWord(core) && !knownName(core) && !lexicon.IsName(strings.ToLower(core))
}

// trimLedgerKinds takes the words of a kind of transaction
// (ledgerKindWords) off the start of the names and organisations found on
// ledger rows ("Prélèvement Moreau" is "Moreau"), and drops a match that
// holds only such words.
func trimLedgerKinds(in *Input, ms []Match) []Match {
	kinds := in.ledgerKindWords()
	if len(kinds) == 0 {
		return ms
	}
	kindAt := map[int]int{} // a kind word's start -> the next word's start
	for wi := range kinds {
		kindAt[in.WordStart[wi]] = in.WordEnd[wi]
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Type == entity.Person || m.Type == entity.Organization {
			for end, ok := kindAt[m.Start]; ok && m.Start < m.End; end, ok = kindAt[m.Start] {
				m.Start = end
				for m.Start < m.End && in.Text[m.Start] == ' ' {
					m.Start++
				}
			}
			if m.Start >= m.End {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
