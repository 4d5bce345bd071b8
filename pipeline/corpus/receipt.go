package corpus

import (
	"fmt"
	"math"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// pair draws left at the left margin and right flush right on one line.
func (s *sheet) pair(st *style, left, right []tok) {
	bl := st.Baseline(s.y)
	s.c.line(st, float64(s.left), bl, left)
	s.c.line(st, float64(s.right)-st.Measure(right), bl, right)
	s.y += lineHeight(st)
}

// drawReceipt draws a till receipt in a monospaced or narrow face: the
// shop's name, address, phone and tax number, date and time, the items,
// the totals, the payment, the cashier and a loyalty card.
func drawReceipt(s *sheet) {
	g := s.g
	big := s.st(pagedraw.FontHead, s.size(30, 38))
	if g.chance(0.5) {
		big = s.st(pagedraw.FontMono, s.size(30, 36))
	}
	st := s.st(pagedraw.FontMono, s.size(21, 25))
	if g.chance(0.3) {
		st = s.st(pagedraw.FontBody, s.size(22, 26))
	}
	head := pagedraw.AlignCenter
	if g.chance(0.3) {
		head = pagedraw.AlignLeft
	}
	s.text(big, s.left, s.right, head, s.pii("ORGANIZATION", g.company()))
	for _, l := range s.addrLines(g.address()) {
		s.text(st, s.left, s.right, head, l)
	}
	s.text(st, s.left, s.right, head, pagedraw.Concat(s.lbl(s.tr("tel")), s.pii("PHONE", g.phone())))
	s.text(st, s.left, s.right, head, pagedraw.Concat(s.lbl(s.tr("vat_id")), s.oth(g.fill(g.c.code+"#########"))))
	s.gap(10)
	s.c.dash(s.left, s.right, s.y, s.px(8), s.th.Ink)
	s.gap(14)
	if g.chance(0.6) {
		s.text(s.st(pagedraw.FontBold, st.Size), s.left, s.right, pagedraw.AlignCenter, s.hdr(s.tr("receipt")))
	}
	s.pair(st, pagedraw.Concat(s.colon("date"), s.pii("DATE", g.c.formatDate(g.day(2021, 2025), dateNumeric))),
		s.oth(fmt.Sprintf("%02d:%02d", g.between(7, 21), g.r.IntN(60))))
	s.pair(st, pagedraw.Concat(s.colon("receipt_no"), s.oth(g.fill("####-###"))), pagedraw.Concat(s.lbl(s.tr("till")), s.oth(fmt.Sprint(g.between(1, 12)))))
	s.gap(8)
	s.c.dash(s.left, s.right, s.y, s.px(8), s.th.Ink)
	s.gap(14)
	sum := receiptItems(s, st)
	s.c.dash(s.left, s.right, s.y, s.px(8), s.th.Ink)
	s.gap(12)
	rate := map[string]float64{"US": 0.0725, "GB": 0.2, "DE": 0.19, "FR": 0.2, "ES": 0.21, "IT": 0.22, "IN": 0.18}[g.c.code]
	tax := math.Round(sum*rate/(1+rate)*100) / 100
	s.pair(st, s.lbl(s.tr("subtotal")), s.oth(g.c.money(sum)))
	s.pair(st, pagedraw.Concat(s.lbl(s.tr("tax")), s.oth(fmt.Sprintf("%.0f%%", rate*100))), s.oth(g.c.money(tax)))
	s.pair(s.c.style(st.Fam, st.Size+4, st.Ink), s.lbl(s.tr("total")), s.oth(g.c.money(sum)))
	s.gap(10)
	if g.chance(0.6) {
		s.pair(st, s.lbl(s.tr("card")), s.oth(g.fill("**** **** **** ####")))
	} else {
		paid := math.Ceil(sum/10) * 10
		s.pair(st, s.lbl(s.tr("cash")), s.oth(g.c.money(paid)))
		s.pair(st, s.lbl(s.tr("change")), s.oth(g.c.money(paid-sum)))
	}
	s.gap(10)
	cashier := g.person()
	s.text(st, s.left, s.right, pagedraw.AlignLeft, pagedraw.Concat(s.colon("cashier"), s.pii("PERSON", cashier.first)))
	if g.chance(0.6) {
		s.text(st, s.left, s.right, pagedraw.AlignLeft, pagedraw.Concat(s.colon("loyalty"), s.pii("ID", g.recordID("member"))))
		if g.chance(0.5) {
			s.text(st, s.left, s.right, pagedraw.AlignLeft, s.person(g.person()))
		}
	}
	s.gap(14)
	s.para(st, s.left, s.width(), s.sentence(s.tr("thanks"), nil))
}

// receiptItems draws the item lines and returns their sum.
func receiptItems(s *sheet, st *style) float64 {
	g := s.g
	items := groceries[g.c.lang]
	sum := 0.0
	n := g.between(4, 10)
	for i := 0; i < n; i++ {
		price := float64(g.between(49, 1999)) / 100
		if g.c.code == "IN" {
			price = float64(g.between(20, 900))
		}
		q := 1
		if g.chance(0.25) {
			q = g.between(2, 4)
			s.text(st, s.left, s.right, pagedraw.AlignLeft, s.oth(fmt.Sprintf("%d x %s", q, g.c.amount(price))))
		}
		s.pair(st, s.oth(g.pick(items)), s.oth(g.c.amount(price*float64(q))))
		sum += price * float64(q)
	}
	return math.Round(sum*100) / 100
}
