package synthdoc

import (
	"image"
	"math"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// field is one form field: a label and its value words.
type field struct {
	label string
	value []tok
	wide  bool
}

// formVariant is a kind of form: its title and the fields it asks for.
type formVariant struct {
	titles []string
	fields func(p *page, who person, org string, dom string) []field
}

func formVariants() []formVariant {
	return []formVariant{
		{ // fax cover sheet
			titles: []string{"FAX TRANSMITTAL", "FACSIMILE COVER SHEET", "FAX COVER SHEET"},
			fields: func(p *page, who person, org, dom string) []field {
				v := p.v
				from := v.person()
				return []field{
					{label: "To:", value: p.c.pii("PERSON", v.name(who))},
					{label: "From:", value: p.c.pii("PERSON", v.name(from))},
					{label: "Company:", value: p.c.pii("ORGANIZATION", v.company())},
					{label: "Date:", value: p.c.pii("DATE", v.numericDate(v.day()))},
					{label: "Fax No.:", value: p.c.pii("PHONE", v.phone())},
					{label: "Phone:", value: p.c.pii("PHONE", v.phone())},
					{label: "Pages:", value: plain(itoa(1 + v.f.IntN(12)))},
					{label: "Dept.:", value: plain(v.pick(departments))},
					{label: "Re:", value: plain(v.pick([]string{"Revised price list", "Shipping schedule", "Meeting agenda", "Purchase order", "Test results", "Contract draft"})), wide: true},
				}
			},
		},
		{ // personnel record
			titles: []string{"EMPLOYEE INFORMATION FORM", "PERSONNEL DATA SHEET", "NEW HIRE RECORD"},
			fields: func(p *page, who person, org, dom string) []field {
				v := p.v
				return []field{
					{label: "Name:", value: p.c.pii("PERSON", v.fullName(who)), wide: true},
					{label: "Date of Birth:", value: p.c.pii("DATE", v.numericDate(v.day()))},
					{label: "SSN:", value: p.c.pii("US_SSN", v.ssn())},
					{label: "Address:", value: p.addrOneLine(v.address()), wide: true},
					{label: "Phone:", value: p.c.pii("PHONE", v.phone())},
					{label: "Employee No.:", value: p.c.pii("ID", v.accountID())},
					{label: "Email:", value: p.c.pii("EMAIL", v.email(who, dom)), wide: true},
					{label: "Department:", value: plain(v.pick(departments))},
					{label: "Start Date:", value: p.c.pii("DATE", v.numericDate(v.day()))},
				}
			},
		},
		{ // customer account application
			titles: []string{"CUSTOMER ACCOUNT APPLICATION", "CREDIT APPLICATION", "ACCOUNT INFORMATION"},
			fields: func(p *page, who person, org, dom string) []field {
				v := p.v
				cdom := v.domain(v.f.LastName())
				return []field{
					{label: "Name:", value: p.c.pii("PERSON", v.name(who))},
					{label: "Date:", value: p.c.pii("DATE", v.date())},
					{label: "Company:", value: p.c.pii("ORGANIZATION", v.company()), wide: true},
					{label: "Address:", value: p.addrOneLine(v.address()), wide: true},
					{label: "Phone:", value: p.c.pii("PHONE", v.phone())},
					{label: "Fax No.:", value: p.c.pii("PHONE", v.phone())},
					{label: "Account No.:", value: p.c.pii("ID", v.accountID())},
					{label: "Website:", value: p.c.pii("URL", v.url(cdom))},
					{label: "Email:", value: p.c.pii("EMAIL", v.email(who, cdom)), wide: true},
					{label: "Card No.:", value: p.c.pii("CREDIT_CARD", v.creditCard()), wide: true},
					{label: "IBAN:", value: p.c.pii("IBAN", v.iban()), wide: true},
				}
			},
		},
		{ // systems access request
			titles: []string{"SYSTEM ACCESS REQUEST", "COMPUTER ACCOUNT REQUEST"},
			fields: func(p *page, who person, org, dom string) []field {
				v := p.v
				return []field{
					{label: "Name:", value: p.c.pii("PERSON", v.name(who))},
					{label: "Date:", value: p.c.pii("DATE", v.numericDate(v.day()))},
					{label: "Employee ID:", value: p.c.pii("ID", v.accountID())},
					{label: "Department:", value: plain(v.pick(departments))},
					{label: "Phone:", value: p.c.pii("PHONE", v.phone())},
					{label: "Workstation IP:", value: p.c.pii("IP", v.ip())},
					{label: "Email:", value: p.c.pii("EMAIL", v.email(who, dom)), wide: true},
					{label: "Location:", value: p.c.pii("LOCATION", v.f.City())},
					{label: "Supervisor:", value: p.c.pii("PERSON", v.name(v.person()))},
				}
			},
		},
	}
}

// drawForm draws a business form: letterhead, title, a grid of labelled
// fields, check boxes, an order table, comments and a signature line.
func drawForm(c *canvas, v values, th pagedraw.Theme) {
	p := newPage(c, v, th)
	org := v.company()
	dom := p.letterhead(org, v.address(), []pagedraw.Align{pagedraw.AlignLeft, pagedraw.AlignCenter}[v.f.IntN(2)])
	vars := formVariants()
	fv := vars[v.f.IntN(len(vars))]
	ts := p.st(pagedraw.FontHead, p.size(18, 22))
	p.textLine(ts, p.left, p.right, pagedraw.AlignCenter, plain(v.pick(fv.titles)))
	p.gap(10)
	who := v.person()
	fields := fv.fields(p, who, org, dom)
	if v.chance(0.5) {
		p.fieldsUnderlined(fields)
	} else {
		p.fieldsBoxed(fields)
	}
	p.gap(8)
	if p.room(p.px(60)) {
		p.checkboxes()
	}
	if p.room(p.px(230)) {
		p.items(2 + v.f.IntN(5))
	}
	cs := p.st(pagedraw.FontBody, p.size(14, 16))
	comment := p.prose(1 + v.f.IntN(2))
	if p.room(int(lineHeight(cs))*(1+wrapLines(cs, p.width(), comment)) + p.px(100)) {
		p.textLine(p.st(pagedraw.FontBold, cs.Size), p.left, p.right, pagedraw.AlignLeft, plain(v.pick([]string{"Comments:", "Remarks:", "Notes:"})))
		p.paragraph(cs, p.left, p.width(), comment)
		p.gap(12)
	}
	if p.room(p.px(110)) {
		p.signatureRow(who)
	}
}

// fieldsUnderlined lays fields out two to a row, label then value on an
// underline; wide fields, and fields too long for half a row, take a row.
func (p *page) fieldsUnderlined(fields []field) {
	gutter := p.px(30)
	colW := (p.right - p.left - gutter) / 2
	ls := p.st(pagedraw.FontBold, p.size(14, 16))
	vsz := p.size(15, 18)
	type cell struct {
		f     field
		x0    int
		x1    int
		vs    *style
		wide  bool
		valid bool
	}
	var rows [][]cell
	var pend []cell
	for _, f := range fields {
		lw := int(math.Ceil(ls.Measure(plain(f.label))))
		half := !f.wide
		var vs *style
		ok := false
		if half {
			vs, ok = p.fit(pagedraw.FontValue, vsz, float64(colW-lw-p.px(24)), f.value)
			half = ok
		}
		if !half {
			vs, ok = p.fit(pagedraw.FontValue, vsz, float64(p.right-p.left-lw-p.px(24)), f.value)
		}
		ce := cell{f: f, vs: vs, wide: !half, valid: ok}
		if ce.wide {
			if len(pend) > 0 {
				rows = append(rows, pend)
				pend = nil
			}
			ce.x0, ce.x1 = p.left, p.right
			rows = append(rows, []cell{ce})
			continue
		}
		if len(pend) == 0 {
			ce.x0, ce.x1 = p.left, p.left+colW
			pend = append(pend, ce)
		} else {
			ce.x0, ce.x1 = p.right-colW, p.right
			rows = append(rows, append(pend, ce))
			pend = nil
		}
	}
	if len(pend) > 0 {
		rows = append(rows, pend)
	}
	for _, r := range rows {
		asc, desc, lh := ls.Ascent, descBelow(ls), lineHeight(ls)
		for _, ce := range r {
			asc = math.Max(asc, ce.vs.Ascent)
			desc = max(desc, descBelow(ce.vs))
			lh = math.Max(lh, lineHeight(ce.vs))
		}
		if !p.room(int(lh) + p.px(16)) {
			return
		}
		bl := p.y + int(math.Ceil(asc))
		for _, ce := range r {
			if !ce.valid {
				continue
			}
			lx := p.c.line(ls, float64(ce.x0), bl, plain(ce.f.label))
			vx := int(lx) + p.px(12)
			p.c.line(ce.vs, float64(vx), bl, ce.f.value)
			p.c.HLine(vx-p.px(4), ce.x1, bl+desc+p.px(3), p.px(1), p.th.Rule)
		}
		p.y = bl + desc + p.px(3) + int(lh*0.55*p.air) + p.px(4)
	}
}

// fieldsBoxed lays fields out in a ruled grid, the label small at the top
// of each cell and the value under it.
func (p *page) fieldsBoxed(fields []field) {
	ls := p.st(pagedraw.FontBody, p.minSize())
	vsz := p.size(15, 18)
	t := p.thick()
	ink := p.th.Rule
	half := (p.right - p.left) / 2
	pad := p.px(6)
	var row []field
	flush := func() bool {
		if len(row) == 0 {
			return true
		}
		vs := p.st(pagedraw.FontValue, vsz)
		h := t + pad + int(lineHeight(ls)) + int(math.Ceil(vs.Ascent)) + descBelow(vs) + pad + p.px(2)
		if !p.room(h + t) {
			row = nil
			return false
		}
		top := p.y
		xs := []int{p.left}
		if len(row) == 2 {
			xs = append(xs, p.left+half)
		}
		xs = append(xs, p.right)
		p.c.HLine(p.left, p.right, top, t, ink)
		for i, f := range row {
			x0, x1 := xs[i], xs[i+1]
			cw := float64(x1 - x0 - 2*pad - 2*t - p.px(2))
			p.c.line(ls, float64(x0+t+pad), ls.Baseline(top+t+pad-p.px(2)), plain(f.label))
			cs, ok := p.fit(pagedraw.FontValue, vsz, cw, f.value)
			if ok {
				vy := top + t + pad + int(lineHeight(ls))
				p.c.line(cs, float64(x0+t+pad), cs.Baseline(vy), f.value)
			}
		}
		for _, x := range xs {
			if x == p.right {
				x -= t
			}
			p.c.VLine(x, top+t, top+h, t, ink)
		}
		p.y = top + h
		row = nil
		return true
	}
	for _, f := range fields {
		vs := p.st(pagedraw.FontValue, vsz)
		fitsHalf := vs.Measure(f.value) <= float64(half-2*pad-2*t-p.px(2)) && ls.Measure(plain(f.label)) <= float64(half-2*pad-2*t-p.px(2))
		if f.wide || !fitsHalf {
			if !flush() {
				break
			}
			row = []field{f}
			if !flush() {
				break
			}
			continue
		}
		row = append(row, f)
		if len(row) == 2 && !flush() {
			break
		}
	}
	flush()
	p.c.HLine(p.left, p.right, p.y, t, ink)
	p.y += t
	p.gap(14)
}

// checkboxes draws a row of tick boxes with captions.
func (p *page) checkboxes() {
	sets := [][]string{
		{"Urgent", "For Review", "Please Comment", "Please Reply"},
		{"Check", "Money Order", "Credit Card", "Invoice"},
		{"New", "Change", "Renewal", "Cancel"},
		{"Full-time", "Part-time", "Temporary", "Contract"},
	}
	set := sets[p.v.f.IntN(len(sets))]
	s := p.st(pagedraw.FontBody, p.size(14, 16))
	n := int(math.Round(s.Size * 0.8))
	bl := s.Baseline(p.y + p.px(2))
	x := float64(p.left)
	tick := p.v.f.IntN(len(set))
	for i, label := range set {
		ts := plain(label)
		w := s.Measure(ts)
		if x+float64(n+p.px(8))+w > float64(p.right) {
			break
		}
		p.c.CheckBox(int(x), bl-n+1, n, max(1, p.px(2)), 0.22, i == tick || p.v.chance(0.15), p.th.ValueInk)
		x = p.c.line(s, x+float64(n+p.px(8)), bl, ts) + float64(p.px(26))
	}
	p.y = bl + descBelow(s) + p.px(4)
	p.gap(12)
}

// signatureRow draws a signature line and a dated line side by side.
func (p *page) signatureRow(who person) {
	w := p.right - p.left
	x1 := p.left + int(float64(w)*0.55)
	top := p.y
	p.signature(p.left, x1, "Signature")
	end := p.y
	p.y = top
	ds := p.st(pagedraw.FontValue, p.size(15, 17))
	h := p.px(34 + 4)
	dx0 := x1 + p.px(40)
	date := p.c.pii("DATE", p.v.numericDate(p.v.day()))
	bl := top + h - descBelow(ds) - p.px(4)
	p.c.line(ds, float64(dx0+p.px(8)), bl, date)
	p.c.HLine(dx0, p.right, top+h, p.px(1), p.th.Rule)
	p.y = top + h + p.px(5)
	p.textLine(p.st(pagedraw.FontBody, p.minSize()), dx0, p.right, pagedraw.AlignLeft, plain("Date"))
	p.y = max(p.y, end)
	_ = image.Point{}
}
