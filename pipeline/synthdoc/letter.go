package synthdoc

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/pagedraw"
)

// proseTemplates are sentences of business correspondence. Slots in braces
// become values: {NAME} PERSON, {PHONE} PHONE, {DATE} DATE, {EMAIL} EMAIL,
// {CITY} LOCATION, {ORG} ORGANIZATION; {PRODUCT}, {N} and {MONEY} are
// non-personal filler.
var proseTemplates = []string{
	"Thank you for your letter of {DATE} regarding the {PRODUCT} program.",
	"Please call {NAME} at {PHONE} if you have any questions.",
	"As discussed with {NAME}, we will ship the remaining {N} cases to our office in {CITY} by the end of the month.",
	"Enclosed is a copy of the revised price list, which takes effect on {DATE}.",
	"Our records show that the order for {N} units of {PRODUCT} was received in good condition.",
	"The samples were forwarded to {NAME} for evaluation and we expect the results within two weeks.",
	"If you need further information, you may reach me at {PHONE} or by e-mail at {EMAIL}.",
	"We appreciate the continued support of {ORG} and look forward to working with you this year.",
	"The meeting has been moved to {DATE} and will be held at our offices in {CITY}.",
	"A check in the amount of {MONEY} will be issued upon receipt of the signed agreement.",
	"The new display materials performed well in the test markets, and sales rose by {N} percent.",
	"Please review the attached summary and return your comments to {NAME} at your earliest convenience.",
	"We have not yet received payment of {MONEY} for the shipment of {PRODUCT}.",
	"Our representative, {NAME}, will contact you next week to arrange a visit.",
	"I would be grateful if you could confirm these arrangements by telephone at {PHONE}.",
	"The proposal was approved by the committee on {DATE}.",
	"All remaining questions about the contract should be directed to {ORG}.",
	"The quarterly report will be distributed to all regional managers shortly.",
	"We regret any inconvenience the delay may have caused.",
	"Production of the new {PRODUCT} line is scheduled to begin in the spring.",
}

// callTemplate is the sentence that puts a name and a phone number in
// every letter's first paragraph.
const callTemplate = 1

// prose draws n sentences and returns their words, with slots planted as
// entities.
func (p *page) prose(n int) []tok {
	var out []tok
	for i := 0; i < n; i++ {
		k := p.v.f.IntN(len(proseTemplates))
		for p.used[k] && len(p.used) < len(proseTemplates) {
			k = (k + 1) % len(proseTemplates)
		}
		p.used[k] = true
		out = append(out, p.sentence(proseTemplates[k])...)
	}
	return out
}

// sentence fills one template.
func (p *page) sentence(t string) []tok {
	v := p.v
	var out []tok
	for _, w := range strings.Fields(t) {
		i := strings.IndexByte(w, '{')
		j := strings.IndexByte(w, '}')
		if i < 0 || j < i {
			out = append(out, tok{Text: w, Span: -1})
			continue
		}
		pre, slot, post := w[:i], w[i+1:j], w[j+1:]
		var val []tok
		switch slot {
		case "NAME":
			val = p.c.pii("PERSON", v.name(v.person()))
		case "PHONE":
			val = p.c.pii("PHONE", v.phone())
		case "DATE":
			val = p.c.pii("DATE", v.longDate(v.day()))
		case "EMAIL":
			val = p.c.pii("EMAIL", v.email(v.person(), v.domain(v.f.LastName())))
		case "CITY":
			val = p.c.pii("LOCATION", v.f.City())
		case "ORG":
			val = p.c.pii("ORGANIZATION", v.company())
		case "PRODUCT":
			val = plain(strings.ToLower(v.product()))
		case "N":
			val = plain(itoa(2 + v.f.IntN(480)))
		case "MONEY":
			val = plain(fmtMoney(v.money(100, 25000)))
		}
		out = append(out, punct(val, pre, post)...)
	}
	return out
}

// drawLetter draws a business letter: letterhead, date, inside address,
// salutation, paragraphs with names and numbers inline, and a signature
// block.
func drawLetter(c *canvas, v values, th pagedraw.Theme) {
	p := newPage(c, v, th)
	org := v.company()
	p.letterhead(org, v.address(), []pagedraw.Align{pagedraw.AlignLeft, pagedraw.AlignCenter, pagedraw.AlignCenter}[v.f.IntN(3)])
	bs := p.st(pagedraw.FontBody, p.size(15, 17))
	lh := int(lineHeight(bs))
	p.gap(lh / 2)
	dateAlign := []pagedraw.Align{pagedraw.AlignLeft, pagedraw.AlignRight}[v.f.IntN(2)]
	p.textLine(bs, p.left, p.right, dateAlign, p.c.pii("DATE", v.longDate(v.day())))
	p.gap(lh)

	// Inside address.
	to := v.person()
	p.textLine(bs, p.left, p.right, pagedraw.AlignLeft, pagedraw.Concat(plain(to.Title), p.c.pii("PERSON", v.name(to))))
	if v.chance(0.6) {
		p.textLine(bs, p.left, p.right, pagedraw.AlignLeft, plain(v.pick(jobTitles)))
	}
	p.textLine(bs, p.left, p.right, pagedraw.AlignLeft, p.c.pii("ORGANIZATION", v.company()))
	st, cl := p.addrToks(v.address())
	p.textLine(bs, p.left, p.right, pagedraw.AlignLeft, st)
	p.textLine(bs, p.left, p.right, pagedraw.AlignLeft, cl)
	p.gap(lh / 2)
	if v.chance(0.5) {
		p.textLine(p.st(pagedraw.FontBold, bs.Size), p.left, p.right, pagedraw.AlignLeft, plain("Re: "+v.pick([]string{"Order No.", "Contract", "Project", "File"})+" "+itoa(1000+v.f.IntN(90000))))
		p.gap(lh / 3)
	}
	sal := pagedraw.Concat(plain("Dear"), plain(to.Title), punct(p.c.pii("PERSON", to.Last), "", v.pick([]string{":", ","})))
	p.textLine(bs, p.left, p.right, pagedraw.AlignLeft, sal)
	p.gap(lh / 3)

	// Body: the first paragraph always names a contact with a phone number.
	paras := 3 + v.f.IntN(3)
	for i := 0; i < paras; i++ {
		var ts []tok
		if i == 0 {
			p.used[callTemplate] = true
			ts = pagedraw.Concat(p.prose(1), p.sentence(proseTemplates[callTemplate]))
		} else {
			ts = p.prose(2 + v.f.IntN(3))
		}
		n := wrapLines(bs, p.width(), ts)
		if !p.room(n*lh + 5*lh + p.px(40)) {
			break
		}
		p.paragraph(bs, p.left, p.width(), ts)
		p.gap(lh / 2)
	}

	// Closing and signature.
	x0 := p.left
	if v.chance(0.4) {
		x0 = p.left + int(p.width()*0.5)
	}
	p.textLine(bs, x0, p.right, pagedraw.AlignLeft, plain(v.pick([]string{"Sincerely,", "Very truly yours,", "Best regards,", "Yours sincerely,"})))
	signer := v.person()
	p.c.scribble(rect(x0, p.y+p.px(2), x0+p.px(150+v.f.IntN(80)), p.y+p.px(44)), v, th.ValueInk)
	p.y += p.px(50)
	p.textLine(bs, x0, p.right, pagedraw.AlignLeft, p.c.pii("PERSON", v.fullName(signer)))
	p.textLine(bs, x0, p.right, pagedraw.AlignLeft, plain(v.pick(jobTitles)))
	if p.room(lh * 3) {
		p.gap(lh / 2)
		ss := p.st(pagedraw.FontBody, p.minSize())
		cc := pagedraw.Concat(plain("cc:"), p.c.pii("PERSON", v.name(v.person())))
		p.textLine(ss, p.left, p.right, pagedraw.AlignLeft, cc)
		if v.chance(0.5) {
			p.textLine(ss, p.left, p.right, pagedraw.AlignLeft, plain("Enclosure"))
		}
	}
}
