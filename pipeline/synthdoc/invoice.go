package synthdoc

import (
	"math"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// drawInvoice draws an invoice: the seller's letterhead, invoice number,
// date and customer number, the bill-to block, an item table with totals,
// payment details (IBAN or card) and a contact line.
func drawInvoice(c *canvas, v values, th pagedraw.Theme) {
	p := newPage(c, v, th)
	org := v.company()
	dom := p.letterhead(org, v.address(), pagedraw.AlignLeft)

	ts := p.st(pagedraw.FontHead, p.size(22, 28))
	p.textLine(ts, p.left, p.right, pagedraw.AlignLeft, plain(v.pick([]string{"INVOICE", "Invoice", "STATEMENT"})))
	p.gap(4)

	// Bill-to on the left, invoice data on the right, side by side.
	bs := p.st(pagedraw.FontBody, p.size(14, 16))
	ls := p.st(pagedraw.FontBold, bs.Size)
	vs := p.st(pagedraw.FontValue, bs.Size)
	top := p.y
	colX := p.left + int(p.width()*0.56)
	p.textLine(ls, p.left, colX-p.px(20), pagedraw.AlignLeft, plain("Bill To:"))
	cust := v.person()
	lines := [][]tok{p.c.pii("PERSON", v.name(cust))}
	if v.chance(0.7) {
		lines = append(lines, p.c.pii("ORGANIZATION", v.company()))
	}
	st, cl := p.addrToks(v.address())
	lines = append(lines, st, cl)
	if v.chance(0.6) {
		lines = append(lines, pagedraw.Concat(plain("Tel."), p.c.pii("PHONE", v.phone())))
	}
	for _, l := range lines {
		s, ok := p.fit(pagedraw.FontValue, vs.Size, float64(colX-p.px(20)-p.left), l)
		if ok {
			p.textLine(s, p.left, colX-p.px(20), pagedraw.AlignLeft, l)
		}
	}
	leftEnd := p.y
	p.y = top
	rows := []struct {
		label string
		value []tok
	}{
		{"Invoice No.:", plain(itoa(10000 + v.f.IntN(890000)))},
		{"Date:", p.c.pii("DATE", v.date())},
		{"Customer No.:", p.c.pii("ID", v.accountID())},
		{"Terms:", plain(v.pick([]string{"Net 30", "Net 15", "Due on receipt", "2% 10, Net 30"}))},
	}
	for _, r := range rows {
		lw := ls.Measure(plain(r.label))
		s, ok := p.fit(pagedraw.FontValue, vs.Size, float64(p.right-colX)-lw-float64(p.px(12)), r.value)
		if !ok {
			continue
		}
		bl := s.Baseline(p.y)
		c.line(ls, float64(colX), bl, plain(r.label))
		c.line(s, float64(p.right)-s.Measure(r.value), bl, r.value)
		p.y += int(math.Max(lineHeight(s), lineHeight(ls)))
	}
	p.y = max(p.y, leftEnd)
	p.gap(14)

	sum := p.items(2 + v.f.IntN(7))
	tax := math.Round(sum*0.06*100) / 100
	for _, r := range [][2]string{{"Subtotal", fmtMoney(sum)}, {"Tax", fmtMoney(tax)}, {"Total Due", fmtMoney(sum + tax)}} {
		s := bs
		if r[0] == "Total Due" {
			s = ls
		}
		bl := s.Baseline(p.y)
		c.line(s, float64(colX), bl, plain(r[0]))
		c.line(s, float64(p.right-p.px(7))-s.Measure(plain(r[1])), bl, plain(r[1]))
		p.y += int(lineHeight(s))
	}
	p.gap(14)

	// Payment details.
	var pay []tok
	if v.chance(0.5) {
		pay = pagedraw.Concat(plain("Payment due by"), punct(p.c.pii("DATE", v.longDate(v.day())), "", "."),
			plain("Please remit by bank transfer to IBAN"), punct(p.c.pii("IBAN", v.iban()), "", "."))
	} else {
		pay = pagedraw.Concat(plain("Paid by card"), p.c.pii("CREDIT_CARD", v.creditCard()), plain("on"), punct(p.c.pii("DATE", v.numericDate(v.day())), "", "."))
	}
	if p.room(int(lineHeight(bs)) * (wrapLines(bs, p.width(), pay) + 3)) {
		p.paragraph(bs, p.left, p.width(), pay)
		p.gap(8)
	}
	contact := v.person()
	q := pagedraw.Concat(plain("Questions about this invoice? Call"), p.c.pii("PERSON", v.name(contact)), plain("at"),
		p.c.pii("PHONE", v.phone()), plain("or write to"), punct(p.c.pii("EMAIL", v.email(contact, dom)), "", "."))
	if p.room(int(lineHeight(bs)) * (wrapLines(bs, p.width(), q) + 1)) {
		p.paragraph(bs, p.left, p.width(), q)
	}
	if p.room(p.px(40)) {
		p.gap(10)
		p.textLine(p.st(pagedraw.FontBold, p.minSize()), p.left, p.right, pagedraw.AlignCenter, plain("Thank you for your business."))
	}
}
