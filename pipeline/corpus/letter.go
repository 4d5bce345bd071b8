package corpus

import "github.com/anonymizer-project/anonymizer/pipeline/pagedraw"

// drawLetter draws a business letter: letterhead, the recipient's name and
// address, the place and date, a reference, the subject, the salutation,
// body paragraphs with names, numbers and dates in running text, the
// closing and the signature.
func drawLetter(s *sheet) {
	g := s.g
	org := g.company()
	footer := g.chance(0.35)
	var dom string
	if footer {
		// Only the name on top; the address and numbers go to the foot.
		dom = domain(org) + g.tld()
		s.text(s.st(pagedraw.FontHead, s.size(34, 44)), s.left, s.right, pagedraw.AlignRight, s.pii("ORGANIZATION", org))
		s.gap(40)
	} else {
		dom = s.letterhead(org)
	}
	st := s.st(pagedraw.FontBody, s.size(19, 22))
	rc := g.person()
	letterAddressee(s, rc, st)
	subj := s.st(pagedraw.FontBold, st.Size)
	s.text(subj, s.left, s.right, pagedraw.AlignLeft, pagedraw.Concat(s.lbl(s.tr("subject")), s.oth(g.pick(subjects[g.c.lang]))))
	s.gap(24)
	sal := salutations[g.c.lang][0]
	if rc.female {
		sal = salutations[g.c.lang][1]
	}
	s.para(st, s.left, s.width(), s.sentence(sal, map[string]val{"last": {"PERSON", rc.last}}))
	s.gap(12)
	contact := g.person()
	vals := map[string]val{
		"date": {"DATE", g.date(g.day(2021, 2025))}, "policy": {"ID", g.recordID("policy")},
		"amount": {"", g.c.money(float64(g.between(5000, 500000)) / 100)},
		"name2":  {"PERSON", contact.first + " " + contact.last}, "phone": {"PHONE", g.phone()},
		"email": {"EMAIL", g.email(contact, dom)},
	}
	body := letterProse[g.c.lang]
	paras := [][]int{{0, 1}, {2}, {3}}
	if g.chance(0.4) {
		paras = [][]int{{0}, {1, 2, 3}}
	}
	for _, p := range paras {
		var ts []tok
		for _, i := range p {
			ts = append(ts, s.sentence(body[i], vals)...)
		}
		s.para(st, s.left, s.width(), ts)
		s.gap(14)
	}
	s.gap(10)
	s.para(st, s.left, s.width(), s.sentence(s.tr("closing"), nil))
	if !s.room(s.px(160)) {
		return
	}
	s.gap(6)
	s.sign(s.left, s.left+s.width()*40/100)
	s.text(st, s.left, s.right, pagedraw.AlignLeft, s.pii("PERSON", g.name(g.person())))
	if g.chance(0.6) {
		s.text(st, s.left, s.right, pagedraw.AlignLeft, s.pii("ORGANIZATION", org))
	}
	if footer {
		letterFooter(s, dom)
	}
}

// letterAddressee draws the recipient's name and address (on the left, or
// on the right as French letters place it) and the place, date and
// reference beside or under it.
func letterAddressee(s *sheet, rc person, st *style) {
	g := s.g
	vs := s.st(pagedraw.FontValue, st.Size)
	right := g.chance(0.3) || (g.c.code == "FR" && g.chance(0.6))
	x0, x1 := s.left, s.left+s.width()/2
	if right {
		x0, x1 = s.left+s.width()*55/100, s.right
	}
	top := s.y
	s.text(vs, x0, x1, pagedraw.AlignLeft, pagedraw.Concat(s.oth(g.honorific(rc)), s.pii("PERSON", rc.first+" "+rc.last)))
	for _, l := range s.addrLines(g.address()) {
		s.text(vs, x0, x1, pagedraw.AlignLeft, l)
	}
	after := s.y
	if right {
		s.gap(30)
	} else {
		s.y = top
	}
	town := g.pick(g.d.Cities)
	date := g.date(g.day(2021, 2025))
	place := pagedraw.Concat(punct(s.pii("LOCATION", town), ","), s.pii("DATE", date))
	if g.c.code == "US" {
		place = s.pii("DATE", date)
	} else if g.c.code == "DE" && g.chance(0.5) {
		place = pagedraw.Concat(punct(s.pii("LOCATION", town), ","), s.oth("den"), s.pii("DATE", date))
	}
	x0 = s.left + s.width()/2
	a := pagedraw.AlignRight
	if right {
		x0, a = s.left+s.width()*55/100, pagedraw.AlignLeft
	}
	s.text(st, x0, s.right, a, place)
	s.text(st, x0, s.right, a, pagedraw.Concat(s.lbl(s.tr("your_ref")), s.pii("ID", g.recordID("customer"))))
	s.y = max(s.y, after)
	s.gap(40)
}

// letterFooter draws the sender's address, phone, e-mail and bank account
// in small print at the foot of the page.
func letterFooter(s *sheet, dom string) {
	g := s.g
	fs := s.st(pagedraw.FontBody, s.size(14, 16))
	lines := [][]tok{oneLine(s.addrLines(g.address())),
		pagedraw.Concat(s.lbl(s.tr("tel")), s.pii("PHONE", g.phone()), s.lbl(s.tr("email")+":"), s.pii("EMAIL", "info@"+dom))}
	if iban, ok := g.iban(); ok {
		lines = append(lines, pagedraw.Concat(s.lbl(s.tr("iban")), s.pii("IBAN", iban)))
	}
	y := s.bottom - len(lines)*lineHeight(fs)
	if y < s.y+s.px(20) {
		return
	}
	s.y = y
	s.c.HLine(s.left, s.right, s.y-s.px(8), 1, s.th.Rule)
	for _, l := range lines {
		s.text(fs, s.left, s.right, pagedraw.AlignCenter, l)
	}
}

// punct appends text to the last token, outside its span's part.
func punct(ts []tok, post string) []tok {
	if len(ts) == 0 {
		return ts
	}
	out := append([]tok(nil), ts...)
	out[len(out)-1].Text += post
	return out
}
