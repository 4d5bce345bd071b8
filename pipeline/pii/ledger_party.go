package pii

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// partyHeads name a statement's column of counterparties: whoever was
// paid or paid in, a person or a firm.
var partyHeads = lowerSet(strings.Fields(`counterparty payee payer beneficiary remitter gegenpartei
	empfänger contrepartie bénéficiaire beneficiario contraparte ordenante`))

// partyHeadLines is how many lines above a row its column's head may
// stand: the other rows of the statement between.
const partyHeadLines = 20

// partyColumnName finds, in ledger row ln before its amounts (end), a
// cell of two to four words in capitals with no digit, set apart from
// the words before it by a column's gap, under a head of partyHeads: a
// person's name in the counterparty's column ("ZHUGE YAQIN" under
// "Counterparty"). A cell that a firm's word or a legal form ends is a
// firm's and stays to the other rules.
func partyColumnName(in *Input, ln []int, text func(int) string, end int) []Match {
	s := -1
	for k := 1; k < end; k++ {
		if gapWider(in.Page.Words[ln[k-1]].Box, in.Page.Words[ln[k]].Box, 1) && capsNameWord(text(k)) {
			s = k
			break
		}
	}
	if s < 0 {
		return nil
	}
	e := s
	for e < end && e-s < 4 && capsNameWord(text(e)) && (e == s || !gapWider(in.Page.Words[ln[e-1]].Box, in.Page.Words[ln[e]].Box, 2)) {
		e++
	}
	if e-s < 2 || e < end && !gapWider(in.Page.Words[ln[e-1]].Box, in.Page.Words[ln[e]].Box, 2) {
		return nil
	}
	last := coreWord(text(e - 1))
	if isLegalForm(last) || orgSuffixHead(last) || orgGeneric[strings.ToLower(last)] || !partyHeadOver(in, ln, ln[s]) {
		return nil
	}
	return []Match{wordSpanMatch(in, ln[s], ln[e-1], entity.Person, ledgerPersonScore)}
}

// capsNameWord reports a word of two letters or more, all capitals,
// no digit, no dictionary's word of English ("SELF", "CASH").
func capsNameWord(t string) bool {
	c := coreWord(t)
	return letterCount(c) >= 2 && letterCount(c)+strings.Count(c, "-") == len([]rune(c)) && isUpperWord(c) && !isCommonWord(c)
}

// partyHeadOver reports a head of partyHeads over word wi of row ln,
// in one of the partyHeadLines lines above it.
func partyHeadOver(in *Input, ln []int, wi int) bool {
	li := lineOfWord(in, ln[0])
	box := in.Page.Words[wi].Box
	for up := li - 1; up >= 0 && up >= li-partyHeadLines; up-- {
		for _, hw := range in.cellOver(in.Lines[up], box) {
			if partyHeads[strings.ToLower(coreWord(in.Page.Words[hw].Text))] {
				return true
			}
		}
	}
	return false
}
