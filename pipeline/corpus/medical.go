package corpus

import (
	"fmt"
	"image"
	"strings"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// doctorTitle is the title printed before a doctor's name.
var doctorTitle = map[string]string{"en": "Dr", "de": "Dr. med.", "fr": "Dr", "es": "Dr.", "it": "Dott."}

// hospital draws a hospital's name from the language's patterns.
func (g *gen) hospital() string {
	p := g.pick(hospitalNames[g.c.lang])
	return strings.NewReplacer("{last}", g.pick(g.d.Last), "{town}", g.pick(g.d.Cities)).Replace(p)
}

// drawMedical draws a discharge summary: the hospital's letterhead, the
// title, a grid of patient fields, and sections of prose that name the
// patient, the age, dates, doctors and a phone number in running text.
func drawMedical(s *sheet) {
	g := s.g
	hosp := g.hospital()
	s.letterhead(hosp)
	s.text(s.st(pagedraw.FontHead, s.size(30, 38)), s.left, s.right, []pagedraw.Align{pagedraw.AlignLeft, pagedraw.AlignCenter}[g.r.IntN(2)], s.hdr(s.tr("discharge")))
	s.gap(12)
	pt := g.person()
	dob := g.day(1935, 2004)
	adm := g.day(2022, 2025)
	dis := adm.AddDate(0, 0, g.between(2, 14))
	doc := g.person()
	medicalFields(s, pt, dob, adm, dis, doc)
	vals := map[string]val{
		"name": {"PERSON", pt.first + " " + pt.last}, "dob": {"DATE", g.c.formatDate(dob, dateLong)},
		"age": {"AGE", fmt.Sprint(age(dob, adm))}, "hosp": {"ORGANIZATION", hosp},
		"adm": {"DATE", g.date(adm)}, "dis": {"DATE", g.date(dis)}, "fu": {"DATE", g.date(dis.AddDate(0, 0, 28))},
		"dx": {"", g.pick(diagnoses[g.c.lang])}, "hx": {"", g.pick(histories[g.c.lang])},
		"gp": {"PERSON", g.name(g.person())}, "doc": {"PERSON", doc.first + " " + doc.last},
		"doc2": {"PERSON", g.name(g.person())}, "phone": {"PHONE", g.phone()},
		"title": {"", g.honorific(pt)}, "last": {"PERSON", pt.last},
		"bp": {"", fmt.Sprintf("%d/%d", g.between(105, 165), g.between(60, 98))}, "temp": {"", fmt.Sprintf("%d.%d", g.between(36, 39), g.r.IntN(10))},
		"sex": {"", map[bool]string{true: "woman", false: "man"}[pt.female]}, "pron": {"", map[bool]string{true: "she", false: "he"}[pt.female]},
	}
	if g.c.lang != "en" {
		vals["temp"] = val{"", strings.Replace(vals["temp"].text, ".", ",", 1)}
	}
	prose := medicalProse[g.c.lang]
	sections := []struct {
		head  string
		sents []int
	}{{"history", []int{0, 1}}, {"findings", []int{2}}, {"course", []int{3, 4}}, {"plan", []int{5}}}
	hs := s.st(pagedraw.FontBold, s.size(20, 24))
	bs := s.st(pagedraw.FontBody, s.size(18, 21))
	upper := g.chance(0.4)
	for i, sec := range sections {
		if i == len(sections)-1 {
			medication(s)
		}
		h := s.tr(sec.head)
		if upper {
			h = strings.ToUpper(h)
		}
		var ts []tok
		for _, i := range sec.sents {
			ts = append(ts, s.sentence(prose[i], vals)...)
		}
		if !s.room(lineHeight(hs) + s.linesHeight(bs, s.width(), ts) + s.px(10)) {
			break
		}
		s.text(hs, s.left, s.right, pagedraw.AlignLeft, s.hdr(h+":"))
		s.gap(4)
		s.para(bs, s.left, s.width(), ts)
		s.gap(16)
	}
	if s.room(s.px(150)) {
		s.gap(10)
		x1 := s.left + s.width()*45/100
		s.sign(s.left, x1)
		s.text(bs, s.left, s.right, pagedraw.AlignLeft, pagedraw.Concat(s.oth(doctorTitle[g.c.lang]), s.pii("PERSON", doc.first+" "+doc.last), s.oth("·"), s.lbl(s.tr("doctor_id")), s.pii("ID", g.recordID("doctor"))))
	}
}

// medicalFields draws the patient's fields in two columns.
func medicalFields(s *sheet, pt person, dob, adm, dis time.Time, doc person) {
	g := s.g
	c := g.c
	ls := s.st(pagedraw.FontBold, s.size(18, 20))
	vs := s.st(pagedraw.FontValue, ls.Size)
	ids := map[string]string{"mrn": g.recordID("mrn"), "hospital_id": g.recordID("hospital")}
	if c.lang != "en" {
		ids["mrn"] = g.recordID("patient") // Patienten-Nr., IPP, NHC, N. cartella
	}
	if c.code == "GB" {
		ids["hospital_id"] = g.fill("### ### ####") // NHS number
	}
	fields := [][2][]tok{
		{s.colon("patient"), s.pii("PERSON", strings.ToUpper(pt.last)+", "+pt.first)},
		{s.colon("dob"), s.pii("DATE", c.formatDate(dob, dateNumeric))},
		{s.colon("mrn"), s.pii("ID", ids["mrn"])},
		{s.colon("hospital_id"), s.pii("ID", ids["hospital_id"])},
		{s.colon("admitted"), s.pii("DATE", c.formatDate(adm, dateNumeric))},
		{s.colon("discharged"), s.pii("DATE", c.formatDate(dis, dateNumeric))},
		{s.colon("attending"), pagedraw.Concat(s.oth(doctorTitle[c.lang]), s.pii("PERSON", g.name(doc)))},
		{s.colon("insurer"), pagedraw.Concat(s.pii("ORGANIZATION", g.company()), s.oth("/"), s.pii("ID", g.recordID("member")))},
	}
	top := s.y
	half := s.width() / 2
	boxed := g.chance(0.5)
	var bottom int
	for i, f := range fields {
		col := i % 2
		if col == 0 && i > 0 {
			s.y = bottom
		}
		rowTop := s.y
		x0 := s.left + col*half + s.px(10)
		s.y += s.px(8)
		s.field(ls, vs, x0, 0, s.left+(col+1)*half-s.px(10), f[0], f[1])
		s.y += s.px(8)
		if boxed {
			s.c.Frame(image.Rect(s.left+col*half, rowTop, s.left+(col+1)*half, s.y), 2, s.th.Rule)
		}
		if col == 0 {
			bottom = s.y
			s.y = rowTop
		} else {
			bottom = max(bottom, s.y)
		}
	}
	s.y = max(bottom, top)
	s.gap(24)
}

// medication draws the discharge medication table when there is room.
func medication(s *sheet) {
	g := s.g
	n := g.between(2, 5)
	if !s.room(s.px(40) * (n + 4)) {
		return
	}
	s.text(s.st(pagedraw.FontBold, s.size(20, 24)), s.left, s.right, pagedraw.AlignLeft, s.hdr(s.tr("medication")+":"))
	s.gap(6)
	var rows [][][]tok
	for i, k := 0, g.r.IntN(len(drugs)); i < n; i++ {
		dose := g.pick(doses)
		if g.c.lang != "en" {
			dose = strings.Replace(dose, ".", ",", 1)
		}
		rows = append(rows, [][]tok{s.oth(drugs[(k+i)%len(drugs)]), s.oth(dose), s.oth(g.pick(frequencies[g.c.lang]))})
	}
	s.table([]string{s.tr("drug"), s.tr("dose"), s.tr("frequency")}, rows, []float64{0.45, 0.2, 0.35}, []bool{false, false, false}, g.chance(0.5))
}

// age is the age in whole years at t of someone born on dob.
func age(dob, t time.Time) int {
	n := t.Year() - dob.Year()
	if t.Month() < dob.Month() || t.Month() == dob.Month() && t.Day() < dob.Day() {
		n--
	}
	return n
}
