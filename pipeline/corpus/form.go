package corpus

import (
	"image"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// formField is one field of an application form.
type formField struct {
	key   string
	value []tok
}

// drawForm draws an application (HR) form: the employer, the title, and
// sections of fields (boxed cells with the label in small print above the
// value, or a label and the value on a ruled line), marital status check
// boxes, a declaration, place, date and signature.
func drawForm(s *sheet) {
	g := s.g
	c := g.c
	org := g.company()
	s.text(s.st(pagedraw.FontHead, s.size(24, 30)), s.left, s.right, pagedraw.AlignLeft, s.pii("ORGANIZATION", org))
	s.gap(6)
	s.text(s.st(pagedraw.FontHead, s.size(32, 40)), s.left, s.right, pagedraw.AlignCenter, s.hdr(s.tr("application")))
	s.gap(16)
	p := g.person()
	a := g.address()
	addr := s.addrLines(a)
	natID, natType := g.nationalID()
	dom := domain(g.pick(g.d.Last)) + g.pick([]string{".com", ".net", g.tld()})
	bank := []tok(nil)
	bankKey := "iban"
	if iban, ok := g.iban(); ok {
		bank = s.pii("IBAN", iban)
	} else {
		bankKey = "account_no"
		bank = s.pii("ID", g.fill("############"))
	}
	em := g.person()
	sections := []struct {
		head   string
		fields []formField
	}{
		{"personal", []formField{
			{"surname", s.pii("PERSON", p.last)}, {"first_name", s.pii("PERSON", p.first)},
			{"dob", s.pii("DATE", c.formatDate(g.day(1960, 2004), dateNumeric))}, {"pob", s.pii("LOCATION", g.pick(g.d.Cities))},
			{"nationality", s.oth(nationalities[c.code])}, {"national", s.pii(natType, natID)},
		}},
		{"contact", []formField{
			{"address", oneLine(addr[:len(addr)-1])}, {"postcode", addr[len(addr)-1]},
			{"phone", s.pii("PHONE", g.phone())}, {"mobile", s.pii("PHONE", g.phone())},
			{"email", s.pii("EMAIL", g.email(p, dom))}, {bankKey, bank},
		}},
		{"employment", []formField{
			{"position", s.oth(g.pick(positions[c.lang]))}, {"start", s.pii("DATE", c.formatDate(g.day(2025, 2026), dateNumeric))},
			{"employee_no", s.pii("ID", g.recordID("employee"))}, {"emergency", pagedraw.Concat(s.pii("PERSON", em.first+" "+em.last), s.pii("PHONE", g.phone()))},
		}},
	}
	boxed := g.chance(0.5)
	hs := s.st(pagedraw.FontBold, s.size(20, 24))
	for _, sec := range sections {
		s.text(hs, s.left, s.right, pagedraw.AlignLeft, s.hdr(s.tr(sec.head)))
		s.gap(6)
		formGrid(s, sec.fields, boxed)
		s.gap(18)
	}
	formMarital(s)
	st := s.st(pagedraw.FontBody, s.size(18, 21))
	if !s.room(lineHeight(st)*3 + s.px(200)) {
		return
	}
	s.text(hs, s.left, s.right, pagedraw.AlignLeft, s.hdr(s.tr("declaration")))
	s.para(st, s.left, s.width(), s.sentence(declarations[c.lang], map[string]val{"name": {"PERSON", p.first + " " + p.last}}))
	s.gap(20)
	s.field(st, s.st(pagedraw.FontValue, st.Size), s.left, 0, s.left+s.width()/2, s.colon("place"), s.pii("LOCATION", a.town))
	s.field(st, s.st(pagedraw.FontValue, st.Size), s.left, 0, s.left+s.width()/2, s.colon("date"), s.pii("DATE", g.date(g.day(2024, 2025))))
	s.gap(10)
	s.sign(s.left, s.left+s.width()*45/100)
	s.text(s.st(pagedraw.FontBody, s.size(15, 17)), s.left, s.right, pagedraw.AlignLeft, s.lbl(s.tr("signature")))
}

// formGrid lays fields out in two columns, boxed or on ruled lines.
func formGrid(s *sheet, fields []formField, boxed bool) {
	g := s.g
	half := s.width() / 2
	small := s.st(pagedraw.FontBody, s.size(14, 16))
	ls := s.st(pagedraw.FontBody, s.size(18, 20))
	vs := s.st(pagedraw.FontValue, s.size(19, 22))
	for i := 0; i < len(fields); i += 2 {
		top := s.y
		bottom := top
		for col := 0; col < 2 && i+col < len(fields); col++ {
			f := fields[i+col]
			x0 := s.left + col*half
			x1 := x0 + half
			if col == 0 {
				x1 -= s.px(12)
			}
			s.y = top
			if boxed {
				s.y += s.px(6)
				s.text(small, x0+s.px(8), x1-s.px(8), pagedraw.AlignLeft, s.lbl(s.tr(f.key)))
				s.text(vs, x0+s.px(12), x1-s.px(10), pagedraw.AlignLeft, f.value)
				s.y += s.px(6)
				s.c.Frame(image.Rect(x0, top, x1, s.y), 2, s.th.Rule)
			} else {
				s.y += s.px(8)
				lab := s.colon(f.key)
				lw := ls.Measure(lab)
				s.field(ls, vs, x0, 0, x1, lab, f.value)
				s.c.HLine(x0+int(lw)+s.px(6), x1, s.y+s.px(2), 1+g.r.IntN(2), s.th.Rule)
				s.y += s.px(6)
			}
			bottom = max(bottom, s.y)
		}
		s.y = bottom
	}
}

// formMarital draws the marital status with two check boxes.
func formMarital(s *sheet) {
	g := s.g
	st := s.st(pagedraw.FontBody, s.size(18, 20))
	n := int(st.Size * 0.9)
	bl := st.Baseline(s.y)
	x := s.c.line(st, float64(s.left), bl, s.colon("marital"))
	tick := g.chance(0.5)
	for i, key := range []string{"single", "married"} {
		x += float64(s.px(24))
		s.c.CheckBox(int(x), bl-n+2, n, 2, 0.25, tick == (i == 0), s.th.ValueInk)
		x += float64(n + s.px(10))
		x = s.c.line(st, x, bl, s.lbl(s.tr(key)))
	}
	s.y += lineHeight(st) + s.px(16)
}
