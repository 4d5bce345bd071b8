package corpus

import (
	"fmt"
	"math"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// letterhead draws an organisation's name, address, phone and web or
// e-mail line, aligned left, centred or right, with a rule under it, and
// returns the organisation's domain.
func (s *sheet) letterhead(org string) string {
	g := s.g
	a := []pagedraw.Align{pagedraw.AlignLeft, pagedraw.AlignCenter, pagedraw.AlignRight}[g.r.IntN(3)]
	dom := domain(org) + g.tld()
	s.text(s.st(pagedraw.FontHead, s.size(34, 46)), s.left, s.right, a, s.pii("ORGANIZATION", org))
	s.gap(4)
	st := s.st(pagedraw.FontBody, s.size(17, 20))
	lines := s.addrLines(g.address())
	if g.chance(0.5) {
		lines = [][]tok{oneLine(lines)}
	}
	for _, l := range lines {
		s.text(st, s.left, s.right, a, l)
	}
	tel := pagedraw.Concat(s.lbl(s.tr("tel")), s.pii("PHONE", g.phone()))
	if g.chance(0.4) {
		tel = pagedraw.Concat(tel, s.lbl(s.tr("fax")), s.pii("PHONE", g.phone()))
	}
	s.text(st, s.left, s.right, a, tel)
	if g.chance(0.6) {
		s.text(st, s.left, s.right, a, s.pii("URL", "www."+dom))
	}
	s.gap(8)
	s.rule(2)
	s.gap(24)
	return dom
}

// drawInvoice draws an invoice: letterhead, title, the customer block and
// the invoice data side by side, the item table, totals, the payment
// sentence and the bank details.
func drawInvoice(s *sheet) {
	g := s.g
	s.letterhead(g.company())
	s.text(s.st(pagedraw.FontHead, s.size(32, 42)), s.left, s.right, pagedraw.AlignLeft, s.hdr(s.tr("invoice")))
	s.gap(10)
	inv := g.recordID("invoice")
	issued := g.day(2021, 2025)
	due := issued.AddDate(0, 0, 30)
	if g.chance(0.6) {
		invoiceHeader(s, inv, g.c.formatDate(issued, dateNumeric))
	} else {
		invoiceBand(s, inv, g.c.formatDate(issued, dateNumeric), g.c.formatDate(due, dateNumeric))
	}
	rows := [][][]tok{}
	sum := 0.0
	items := services[g.c.lang]
	for i, n := 0, g.between(2, 6); i < n; i++ {
		q := g.between(1, 12)
		u := float64(g.between(1500, 90000)) / 100
		sum += float64(q) * u
		rows = append(rows, [][]tok{s.oth(items[(i+g.r.IntN(2))%len(items)]), s.oth(fmt.Sprint(q)), s.oth(g.c.amount(u)), s.oth(g.c.amount(float64(q) * u))})
	}
	s.table([]string{s.tr("desc"), s.tr("qty"), s.tr("unit_price"), s.tr("amount")}, rows, []float64{0.5, 0.12, 0.19, 0.19}, []bool{false, true, true, true}, g.chance(0.5))
	rate := map[string]float64{"US": 0.0, "GB": 0.2, "DE": 0.19, "FR": 0.2, "ES": 0.21, "IT": 0.22, "IN": 0.18}[g.c.code]
	tax := math.Round(sum*rate*100) / 100
	st := s.st(pagedraw.FontBody, s.size(18, 21))
	x0 := s.left + s.width()*55/100
	for i, r := range [][2]string{{"net", g.c.money(sum)}, {"tax", g.c.money(tax)}, {"total_due", g.c.money(sum + tax)}} {
		rs := st
		if i == 2 {
			rs = s.st(pagedraw.FontBold, st.Size)
		}
		bl := rs.Baseline(s.y)
		s.c.line(rs, float64(x0), bl, s.lbl(s.tr(r[0])))
		v := s.oth(r[1])
		s.c.line(rs, float64(s.right-s.px(8))-rs.Measure(v), bl, v)
		s.y += lineHeight(rs)
	}
	s.gap(24)
	vals := map[string]val{"due": {"DATE", g.c.formatDate(due, dateLong)}, "inv": {"ID", inv}}
	tpl := invoicePay[g.c.lang][0]
	if iban, ok := g.iban(); ok {
		vals["iban"] = val{"IBAN", iban}
	} else {
		tpl = invoicePay["en"][1]
		vals["acct"] = val{"ID", g.fill("############")}
		bank := "routing " + g.fill("#########")
		if g.c.code == "IN" {
			bank = "IFSC " + g.fill("????0######")
		}
		vals["bankcode"] = val{"", bank}
	}
	s.para(st, s.left, s.width(), s.sentence(tpl, vals))
	if s.room(lineHeight(st) * 3) {
		s.gap(16)
		s.text(s.st(pagedraw.FontBody, s.size(15, 17)), s.left, s.right, pagedraw.AlignCenter,
			pagedraw.Concat(s.lbl(s.tr("vat_id")), s.oth(g.fill(g.c.code+"#########")), s.lbl(s.tr("bic")), s.oth(strings.ToUpper(g.fill("????"+g.c.code+"??")))))
	}
}

// invoiceHeader draws the customer block on the left and the invoice
// number, date and customer number on the right.
func invoiceHeader(s *sheet, inv, date string) {
	g := s.g
	top := s.y
	col := s.left + s.width()*55/100
	ls := s.st(pagedraw.FontBold, s.size(18, 21))
	vs := s.st(pagedraw.FontValue, ls.Size)
	s.text(ls, s.left, col-s.px(20), pagedraw.AlignLeft, s.colon("bill_to"))
	s.text(vs, s.left, col-s.px(20), pagedraw.AlignLeft, s.person(g.person()))
	if g.chance(0.5) {
		s.text(vs, s.left, col-s.px(20), pagedraw.AlignLeft, s.pii("ORGANIZATION", g.company()))
	}
	for _, l := range s.addrLines(g.address()) {
		s.text(vs, s.left, col-s.px(20), pagedraw.AlignLeft, l)
	}
	left := s.y
	s.y = top
	vx := col + s.px(230)
	rows := [][2][]tok{
		{s.colon("invoice_no"), s.pii("ID", inv)},
		{s.colon("date"), s.pii("DATE", date)},
		{s.colon("customer"), s.pii("ID", g.recordID("customer"))},
	}
	if g.chance(0.5) {
		rows = append(rows, [2][]tok{s.colon("tel"), s.pii("PHONE", g.phone())})
	}
	for _, r := range rows {
		s.field(ls, vs, col, vx, s.right, r[0], r[1])
	}
	s.y = max(s.y, left)
	s.gap(30)
}

// invoiceBand draws the customer block and, under it, the invoice data as
// a one-row table (labels above values).
func invoiceBand(s *sheet, inv, date, due string) {
	g := s.g
	ls := s.st(pagedraw.FontBold, s.size(18, 21))
	vs := s.st(pagedraw.FontValue, ls.Size)
	x0 := s.left
	if g.chance(0.5) {
		x0 = s.left + s.width()*55/100 // the customer in the envelope window on the right
	}
	s.text(ls, x0, s.right, pagedraw.AlignLeft, s.colon("bill_to"))
	s.text(vs, x0, s.right, pagedraw.AlignLeft, s.person(g.person()))
	for _, l := range s.addrLines(g.address()) {
		s.text(vs, x0, s.right, pagedraw.AlignLeft, l)
	}
	s.gap(24)
	row := [][]tok{s.pii("ID", inv), s.pii("DATE", date), s.pii("ID", g.recordID("customer")), s.pii("DATE", due)}
	s.table([]string{s.tr("invoice_no"), s.tr("date"), s.tr("customer"), s.tr("due_date")}, [][][]tok{row},
		[]float64{0.25, 0.25, 0.25, 0.25}, []bool{false, false, false, false}, true)
	s.gap(10)
}
