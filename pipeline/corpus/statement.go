package corpus

import (
	"strings"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// drawStatement draws a bank statement: the bank's letterhead, the
// customer's address block, the title and account data, a table of
// transactions whose details name people and companies, and a note with
// the bank's phone number.
func drawStatement(s *sheet) {
	g := s.g
	c := g.c
	s.letterhead(g.company())
	st := s.st(pagedraw.FontBody, s.size(18, 21))
	vs := s.st(pagedraw.FontValue, st.Size)
	holder := g.person()
	for _, l := range append([][]tok{pagedraw.Concat(s.oth(g.honorific(holder)), s.pii("PERSON", holder.first+" "+holder.last))}, s.addrLines(g.address())...) {
		s.text(vs, s.left, s.left+s.width()/2, pagedraw.AlignLeft, l)
	}
	s.gap(24)
	s.text(s.st(pagedraw.FontHead, s.size(28, 34)), s.left, s.right, pagedraw.AlignLeft, s.hdr(s.tr("statement")))
	s.gap(8)
	end := g.day(2022, 2025)
	start := end.AddDate(0, -1, 1)
	acct := s.pii("ID", g.fill("##########"))
	accKey := "account_no"
	if iban, ok := g.iban(); ok {
		acct, accKey = s.pii("IBAN", iban), "iban"
	}
	ls := s.st(pagedraw.FontBold, st.Size)
	vx := s.left + s.px(300)
	s.field(ls, vs, s.left, vx, s.right, s.colon("holder"), s.pii("PERSON", g.name(holder)))
	s.field(ls, vs, s.left, vx, s.right, s.colon(accKey), acct)
	s.field(ls, vs, s.left, vx, s.right, s.colon("period"),
		pagedraw.Concat(s.pii("DATE", c.formatDate(start, dateNumeric)), s.oth("–"), s.pii("DATE", c.formatDate(end, dateNumeric))))
	s.gap(20)
	balance := float64(g.between(10000, 900000)) / 100
	s.pair(st, s.lbl(s.tr("opening")), s.oth(c.money(balance)))
	s.gap(10)
	rows, balance := statementRows(s, start, end, balance)
	s.table([]string{s.tr("date"), s.tr("details"), s.tr("debit"), s.tr("credit"), s.tr("balance")}, rows,
		[]float64{0.15, 0.43, 0.14, 0.14, 0.14}, []bool{false, false, true, true, true}, g.chance(0.4))
	s.pair(s.st(pagedraw.FontBold, st.Size), s.lbl(s.tr("closing_b")), s.oth(c.money(balance)))
	s.gap(20)
	note := s.sentence(statementNote[c.lang], map[string]val{"phone": {"PHONE", g.phone()}})
	if s.room(s.linesHeight(st, s.width(), note)) {
		s.para(st, s.left, s.width(), note)
	}
}

// statementRows draws transactions between start and end and returns the
// table rows and the closing balance.
func statementRows(s *sheet, start, end time.Time, balance float64) ([][][]tok, float64) {
	g := s.g
	c := g.c
	n := g.between(6, 12)
	days := int(end.Sub(start).Hours()/24) + 1
	var rows [][][]tok
	day := 0
	for i := 0; i < n; i++ {
		day = min(days-1, day+g.r.IntN(days/n+1))
		t := start.AddDate(0, 0, day)
		amt := float64(g.between(300, 150000)) / 100
		var details []tok
		credit := false
		switch g.r.IntN(6) {
		case 0:
			details = pagedraw.Concat(s.oth(s.tr("tx_from")), s.pii("PERSON", g.name(g.person())))
			credit = true
		case 1:
			details = pagedraw.Concat(s.oth(s.tr("tx_to")), s.pii("PERSON", g.name(g.person())))
		case 2:
			details = pagedraw.Concat(s.oth(s.tr("tx_card")), s.pii("ORGANIZATION", g.company()))
		case 3:
			details = pagedraw.Concat(s.oth(s.tr("tx_debit")), s.pii("ORGANIZATION", g.company()), s.pii("ID", g.recordID("customer")))
		case 4:
			details = pagedraw.Concat(s.oth(s.tr("tx_salary")), s.pii("ORGANIZATION", g.company()))
			credit = true
			amt += 1500
		default:
			details = pagedraw.Concat(s.oth(s.tr("tx_cash")), s.pii("LOCATION", strings.ToUpper(g.pick(g.d.Cities))))
		}
		debit, cred := []tok{}, []tok{}
		if credit {
			balance += amt
			cred = s.oth(c.amount(amt))
		} else {
			balance -= amt
			debit = s.oth(c.amount(amt))
		}
		rows = append(rows, [][]tok{s.pii("DATE", c.formatDate(t, dateNumeric)), details, debit, cred, s.oth(c.amount(balance))})
	}
	return rows, balance
}
