package surrogate

import (
	"strings"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// nanpAreaCodes are real, common US area codes; a surrogate's area code is
// drawn from them (never the original's).
var nanpAreaCodes = strings.Fields(`201 202 203 205 206 207 208 210 212 213 214 215 216
217 218 219 301 302 303 304 305 307 308 309 310 312 313 314 315 316 317 318 319
320 401 402 404 405 406 407 408 409 410 412 413 414 415 417 419 423 425 501 502
503 504 505 507 508 509 510 512 513 515 516 517 518 520 530 540 541 559 561 570
573 585 601 602 603 605 606 607 608 609 610 612 614 615 616 617 618 619 626 630
631 636 641 650 651 660 661 678 701 702 703 704 706 707 708 712 713 714 715 716
717 718 719 720 724 727 732 734 757 760 763 765 770 773 775 781 785 801 802 803
804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 843 845 847 850 856
858 859 860 863 864 865 901 903 904 906 907 908 909 910 912 913 914 915 916 918
919 920 925 928 931 936 937 940 941 949 952 954 970 971 972 973 978 979 980 985`)

// phoneWords are labels kept in a phone entity; any other letters are
// replaced (a detector may include a name in the span).
var phoneWords = map[string]bool{
	"tel": true, "telephone": true, "phone": true, "ph": true, "fax": true, "ext": true,
	"x": true, "mobile": true, "cell": true, "home": true, "office": true, "work": true,
	"direct": true, "toll": true, "free": true, "and": true, "or": true, "no": true,
	"number": true, "voice": true, "telex": true, "telefax": true, "ms": true,
	"mr": true, "mrs": true, "dr": true,
}

// genPhone keeps the original's format (separators, odd OCR spacing). Under
// a US locale, NANP numbers (7, 10, or 11 digits starting with 1; several
// in one value are handled one by one) become 555-0100..555-0199 with a
// plausible area code other than the original's. A number whose region
// detection read (entity.PhoneParts.Region) outside the NANP becomes a
// valid number of that region's plan (regionDigits); any other number
// keeps its length, international prefix and country code or trunk 0, and
// gets random digits. Capitalised words in the span (a name the detector
// included) become surnames; labels stay. Without a parsed value the text
// is redrawn character by character.
func genPhone(j *job) (string, error) {
	p := j.value.Phone
	r := j.rng(j.norm)
	if p == nil {
		return charwise(r, j.orig), nil
	}
	number := phoneWordsReplace(j, p.Number)
	nd, ok := regionDigits(r, p)
	if !ok && j.g.nanp && !p.International {
		nd, ok = nanpDigits(j, r, p.NANP, p.AllNANP)
	}
	if !ok {
		nd = p.Prefix
		if len(nd) < len(p.Digits) {
			nd += randomDigits(r, len(p.Digits)-len(nd), nd != "" || p.Digits[0] != '0' || j.attempt > 3)
		}
		nd = keepTrunks(p.Number, p.Digits, nd)
	}
	return p.Label + pourDigits(number, nd) + charwiseDigits(r, replaceWords(r, p.Ext, phoneWords)), nil
}

// keepTrunks puts back in drawn digits nd the trunk 0 of each further
// number of a value that holds several ("0722 418 306 / 020 278 5531"):
// the digit that opens a number after a "/", "," or ";" of number, when
// the original's digit d there is 0.
func keepTrunks(number, d, nd string) string {
	out := []byte(nd)
	i, opens := 0, false
	for _, c := range number {
		switch {
		case c >= '0' && c <= '9':
			if opens && i < len(out) && i < len(d) && d[i] == '0' {
				out[i] = '0'
			}
			opens = false
			i++
		case c == '/' || c == ',' || c == ';':
			opens = true
		}
	}
	return string(out)
}

// nanpDigits returns fictional digits for the NANP numbers of a value:
// the fictional 555-01xx exchange with a new area code. Each number draws
// its digits even when the value does not split into NANP numbers
// completely (ok false), so that the draws that follow are the same.
func nanpDigits(j *job, r *rng, numbers []entity.NANPNumber, all bool) (string, bool) {
	var out strings.Builder
	for _, n := range numbers {
		if n.Trunk {
			out.WriteString("1")
		}
		if n.Area != "" {
			out.WriteString(areaCode(j, n.Area))
		}
		out.WriteString("55501" + randomDigits(r, 2, false))
	}
	if !all {
		return "", false
	}
	return out.String(), true
}

// phoneWordsReplace turns capitalised words other than labels into
// surnames; lower-case words ("for", "and") and labels stay.
func phoneWordsReplace(j *job, s string) string {
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return s
	}
	prefix, toks := entity.SplitWords(s)
	for i := range toks {
		t := &toks[i]
		if t.Core == "" || phoneWords[entity.Bare(t.Core)] || !entity.IsCapitalised(t.Core) {
			continue
		}
		if entity.IsWord(t.Core) {
			if entity.IsInitials(t.Core) {
				t.Core = newInitials(j.rng("initials", j.norm, itoa(i)), t.Core)
			} else {
				t.Core = replaceNamePart(j, "last", genderUnknown, t.Core)
			}
		} else if !gluedPhoneLabel(t.Core) {
			// mixed letters and digits: only the letters change here, the
			// digits are replaced with the number
			t.Core = lettersCharwise(j.rng("letters", j.norm, itoa(i)), t.Core)
		}
	}
	return entity.JoinWords(prefix, toks)
}

// gluedPhoneLabel reports a phone's label that OCR glued to the number
// ("Tel-416-555-0138", "Fax.0161"): the label stays, as it would standing
// apart.
func gluedPhoneLabel(core string) bool {
	end := strings.IndexFunc(core, func(r rune) bool { return !unicode.IsLetter(r) })
	return end > 0 && phoneWords[strings.ToLower(core[:end])] && strings.ContainsAny(core[end:end+1], "-.:")
}

// lettersCharwise replaces only the letters of s.
func lettersCharwise(r *rng, s string) string {
	var b strings.Builder
	for _, c := range s {
		if unicode.IsLetter(c) {
			b.WriteString(charwise(r, string(c)))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// areaCode picks a plausible area code other than orig, seeded by orig so
// that numbers sharing an area code keep sharing one.
func areaCode(j *job, orig string) string {
	r := j.component("area", orig)
	for {
		a := r.pick(nanpAreaCodes)
		if a != orig {
			return a
		}
	}
}

// charwiseDigits replaces only the digits of s.
func charwiseDigits(r *rng, s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = r.digit(false)
		}
	}
	return string(b)
}

// replaceWords replaces, letter by letter, every word of s that is not in
// keep (case-insensitive); kept words and non-letters stay.
func replaceWords(r *rng, s string, keep map[string]bool) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		k := i
		for k < len(rs) && unicode.IsLetter(rs[k]) {
			k++
		}
		w := string(rs[i:k])
		if keep[strings.ToLower(w)] {
			b.WriteString(w)
		} else {
			b.WriteString(charwise(r, w))
		}
		i = k
	}
	return b.String()
}
