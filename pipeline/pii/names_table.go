package pii

import (
	"regexp"
	"slices"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Runs of capitalised words in a table of prices or marks. A run that no
// rule but its capitals vouches for (names:run) names a product or a
// column there, not a person: itemRow reads a priced row as OCR gives it, one line; the
// rules here read the page's geometry, for the rows and headers whose
// prices OCR reads as a line of their own.

// tableRowsBelow is how many lines under a column's header are read for
// the numbers that make it one; headerPricedRows of them must hold one.
const (
	tableRowsBelow   = 3
	headerPricedRows = 2
)

// inPriceTable reports a name run at in.Text[s:e] that stands in a priced
// row (pricedBeside), heads a column of numbers (headsNumbers), stands
// between priced rows (betweenItemRows) or in the header row over them
// (headerRow), or over a row of numbers alone (overNumbersRow).
func inPriceTable(in *Input, s, e int) bool {
	ws := in.WordsInSpan(s, e)
	if in.Page == nil || len(ws) == 0 {
		return false
	}
	li := lineOfWord(in, ws[0])
	if li < 0 || ledgerDateFirst(strings.Fields(in.lineText(in.Lines[li]))) {
		return false // a statement's row names its counterparty
	}
	if colonBefore(in, in.Lines[li], ws[0]) {
		return false // a field's value: "Prescripteur : Dre Nathalie Bergeron" over the goods
	}
	if transferBefore(in, in.Lines[li], ws[0]) {
		return false // a transfer's counterparty: "Customer Transfer to PETER OTIENO" beside its amount
	}
	if li > 0 && personHeadOver(in, in.Lines[li-1], ws[0]) {
		return false // a payee's column: "Beneficiario" over "Byron Alexander Coyoy Pérez   Q 2,400.00"
	}
	return pricedBeside(in, li, ws) || headsNumbers(in, li, ws[len(ws)-1]) || betweenItemRows(in, li) || headerRow(in, li) ||
		overNumbersRow(in, li)
}

// headerRowMinWords is the fewest column headers a table's header row has.
const headerRowMinWords = 3

// headerRow reports a table's header row over its priced rows: three
// words or more of letters, each set apart from the next by a gap wider
// than the line's height, right over a row of goods ("Beskrivelse Antal
// Beløb" over "Udskiftning af vandhane 1 1.850,00"). Its words are the
// columns' names, whatever list holds them ("Antal" is a given name).
func headerRow(in *Input, li int) bool {
	ln := in.Lines[li]
	if len(ln) < headerRowMinWords || li+1 >= len(in.Lines) || !itemRow(in.lineText(in.Lines[li+1])) {
		return false
	}
	for k, wi := range ln {
		w := in.Page.Words[wi]
		if letterCount(w.Text) == 0 || hasDigit(w.Text) || k > 0 && !gapWider(in.Page.Words[ln[k-1]].Box, w.Box, 1) {
			return false
		}
	}
	return true
}

// transferNouns name a payment between persons, before the preposition
// that names the counterparty ("Transfer to", "received from", "Virement
// de"), in the languages of ledgerTransferWords.
var transferNouns = lowerSet(strings.Fields(`transfer transferred received sent paid payment remittance
	überweisung gutschrift virement transferencia bonifico overboeking`))

// transferBefore reports a transfer noun and its preposition right before
// word first on line ln.
func transferBefore(in *Input, ln []int, first int) bool {
	k := slices.Index(ln, first)
	return k >= 2 && transferCue(in.Page.Words[ln[k-2]].Text, in.Page.Words[ln[k-1]].Text)
}

// transferCue reports a transfer noun and the preposition after it
// ("Transfer to", "received from").
func transferCue(noun, prep string) bool {
	return transferNouns[strings.ToLower(strings.Trim(noun, ".:"))] && ledgerTransferWords[strings.ToLower(strings.Trim(prep, ".:"))]
}

// transferRow reports a line's words that name a transfer's counterparty:
// a priced row that names a person, no goods.
func transferRow(f []string) bool {
	for k := 0; k+1 < len(f); k++ {
		if transferCue(f[k], f[k+1]) {
			return true
		}
	}
	return false
}

// colonBefore reports a label's colon among the words of line ln before
// word first: a word of letters that ends in one, or one that opens with
// it (":'Dre", OCR's reading of " : Dre").
func colonBefore(in *Input, ln []int, first int) bool {
	for _, wi := range ln {
		if wi == first {
			return false
		}
		t := strings.TrimSpace(in.Page.Words[wi].Text)
		if strings.HasPrefix(t, ":") || strings.HasSuffix(t, ":") && !hasDigit(t) {
			return true
		}
	}
	return false
}

// betweenItemRows reports a line that ends with a number, between two
// priced rows or after two: a row of goods whose price OCR misread ("2 Es
// Teh Manis 16-000" under "1 Rendang Sapi 35.000").
func betweenItemRows(in *Input, li int) bool {
	if li == 0 || len(in.Lines[li]) == 0 {
		return false
	}
	ln := in.Lines[li]
	if !hasDigit(in.Page.Words[ln[len(ln)-1]].Text) {
		return false
	}
	row := func(l []int) bool { return itemRow(in.lineText(l)) }
	return row(in.Lines[li-1]) && (li+1 < len(in.Lines) && row(in.Lines[li+1]) || li > 1 && row(in.Lines[li-2]))
}

// overNumbersRow reports a line right over a row of goods that holds no
// word but numbers, units and marks ("9556173201458   1   31.50", "2 x
// 12.90"): the item's description, which a receipt prints on a line of its
// own ("MINYAK MASAK SAJI 5KG").
func overNumbersRow(in *Input, li int) bool {
	if li+1 >= len(in.Lines) {
		return false
	}
	next := in.lineText(in.Lines[li+1])
	return itemRow(next) && !slices.ContainsFunc(strings.Fields(next), func(w string) bool {
		return !hasDigit(w) && letterCount(w) > 2
	})
}

// pricedBeside reports a price that OCR read as another line, to the
// right of the run's last word on the same row ("Sweet Lassi" …
// "160.00").
func pricedBeside(in *Input, li int, ws []int) bool {
	last := in.Page.Words[ws[len(ws)-1]].Box
	for lj, ln := range in.Lines {
		if lj == li {
			continue
		}
		for _, wi := range ln {
			b := in.Page.Words[wi].Box
			if b.Left > last.Right() && sameRow(b, last) && isPrice(in.Page.Words[wi].Text) {
				return true
			}
		}
	}
	return false
}

// headsNumbers reports a run whose last word heads a column of prices,
// marks or counts: of the next tableRowsBelow lines, headerPricedRows
// hold one aligned under it ("Vare Antal Beløb" over "Pinex 500 mg 1
// 39,95", "Mark Level" over "72% 6").
func headsNumbers(in *Input, li, last int) bool {
	head := in.Page.Words[last].Box
	h := max(head.Height, 8)
	rows := 0
	for lj := li + 1; lj < len(in.Lines) && lj <= li+tableRowsBelow; lj++ {
		for k, wi := range in.Lines[lj] {
			b := in.Page.Words[wi].Box
			if alignedColumn(b, head, h) && tableCell(in, in.Lines[lj], k) {
				rows++
				break
			}
		}
	}
	return rows >= headerPricedRows
}

// alignedColumn reports a box under a column's header: overlapping it,
// and aligned with it left or right within h.
func alignedColumn(b, head doc.Box, h int) bool {
	overlap := b.Left < head.Right() && b.Right() > head.Left
	return overlap && (abs(b.Left-head.Left) <= h || abs(b.Right()-head.Right()) <= h)
}

// isPrice reports a word that is an amount with decimals ("39,95",
// "1,160.00"), or in thousands of a currency written without them
// ("30.000", "1.250.000").
func isPrice(t string) bool {
	t = strings.Trim(t, "*")
	return reAmount.MatchString(t) || reGroupedPrice.MatchString(t)
}

// tableCell reports the k-th word of line ln as a table cell's number: a
// price, or a short count, mark or percentage ("6", "72%", "4.5") set
// apart from the word before it by a column's gap, which the groups of
// a phone number or the numbers of an address are not.
func tableCell(in *Input, ln []int, k int) bool {
	w := in.Page.Words[ln[k]]
	if isPrice(w.Text) {
		return true
	}
	return reCellNumber.MatchString(strings.Trim(w.Text, "*")) && (k == 0 || gapWider(in.Page.Words[ln[k-1]].Box, w.Box, 1))
}

var reCellNumber = regexp.MustCompile(`^\d{1,3}(?:[.,]\d{1,2})?%?$`)

// reGroupedPrice is a price of a currency written without decimals, in
// groups of thousands ("30.000", "65,000").
var reGroupedPrice = regexp.MustCompile(`^[-+]?\d{1,3}(?:[.,]\d{3})+$`)

// sameRow reports two boxes whose vertical middles lie within each
// other's height.
func sameRow(a, b doc.Box) bool {
	ma, mb := a.Top+a.Height/2, b.Top+b.Height/2
	return ma >= b.Top && ma <= b.Top+b.Height && mb >= a.Top && mb <= a.Top+a.Height
}

// lineOfWord is the index in in.Lines of the line that holds word wi, -1
// for none.
func lineOfWord(in *Input, wi int) int {
	for li, ln := range in.Lines {
		for _, w := range ln {
			if w == wi {
				return li
			}
		}
	}
	return -1
}

// personColumnRow reports a row of line li with a word under a column's
// head that labels a person (personHeadOver): though priced, the row
// names someone there ("No. de cheque  Fecha pago  Beneficiario  Monto").
func personColumnRow(in *Input, li int) bool {
	if li == 0 || in.Page == nil {
		return false
	}
	return slices.ContainsFunc(in.Lines[li], func(wi int) bool {
		return capitalised(coreWord(in.Page.Words[wi].Text)) && personHeadOver(in, in.Lines[li-1], wi)
	})
}

// personHeadOver reports a column's head in line up, over word wi, that
// labels a person ("Beneficiario", "Payee", "Patient"): the names in its
// column are people's, though amounts stand beside them.
func personHeadOver(in *Input, up []int, wi int) bool {
	box := in.Page.Words[wi].Box
	if !lineCloseAbove(in, up, in.Lines[lineOfWord(in, wi)]) {
		return false
	}
	// the head's cell, or the words right over the name where the gaps
	// between the heads are narrow
	for _, head := range [][]int{in.cellOver(up, box), in.wordsOver(up, box)} {
		if len(head) == 0 {
			continue
		}
		if r, ok := labelRuleOf(labelCanon(textsOf(in.Page.Words, head)), false); ok && r.typ == entity.Person {
			return true
		}
	}
	return false
}
