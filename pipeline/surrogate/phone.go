package surrogate

import (
	"regexp"
	"strings"
	"unicode"
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

// extRe finds an extension: "x123", "ext. 45", "Ext 7".
var extRe = regexp.MustCompile(`(?i)(\bext\.?|\bx)\s*\d`)

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
// plausible area code other than the original's; any other number keeps its
// length, international prefix and country code (first group after + or
// 00) or trunk 0, and gets random digits. Capitalised words in the span
// (a name the detector included) become surnames; labels stay.
func genPhone(j *job) (string, error) {
	r := j.rng(j.norm)
	main, ext := j.orig, ""
	if loc := extRe.FindStringIndex(j.orig); loc != nil && loc[0] > 0 {
		main, ext = j.orig[:loc[0]], j.orig[loc[0]:]
	}
	label, main := splitPhoneLabel(main)
	main = phoneWordsReplace(j, digitLookalikes(main))
	d := digitsOf(main)
	trimmed := strings.TrimLeftFunc(main, func(c rune) bool { return !isASCIIDigit(c) && c != '+' })
	intl := strings.HasPrefix(trimmed, "+") || strings.HasPrefix(d, "00")
	nd, ok := "", false
	if j.g.nanp && !intl {
		nd, ok = nanpDigits(j, r, main)
	}
	if !ok {
		keep := 0
		if intl {
			groups := digitGroups(main)
			if len(groups) >= 2 && len(groups[0]) <= 5 && len(groups[0]) < len(d) {
				keep = len(groups[0])
			} else if len(d) > 4 {
				keep = 2
			}
		} else if strings.HasPrefix(d, "0") && len(d) > 1 {
			keep = 1
		}
		nd = d[:keep]
		if keep < len(d) {
			nd += randomDigits(r, len(d)-keep, keep > 0 || d[0] != '0' || j.attempt > 3)
		}
	}
	return label + pourDigits(main, nd) + charwiseDigits(r, replaceWords(r, ext, phoneWords)), nil
}

// phoneLabelRe is a label glued to the number by OCR: "Fax:", "Tel.",
// "Ph:", "Fax No.:".
var phoneLabelRe = regexp.MustCompile(`^[A-Za-z][A-Za-z #]*[:.]+\s*`)

// splitPhoneLabel splits a leading label from the number; the label is not
// personal data and stays as it is.
func splitPhoneLabel(s string) (label, rest string) {
	if loc := phoneLabelRe.FindStringIndex(s); loc != nil && digitsOf(s[loc[1]:]) != "" {
		return s[:loc[1]], s[loc[1]:]
	}
	return "", s
}

// digitLookalikes turns the letters OCR reads for digits ("S087" for
// "5087", "O" for "0", "l" for "1") into those digits where a digit
// touches them, so that the number keeps its length and grouping.
func digitLookalikes(s string) string {
	b := []byte(s)
	for i, c := range b {
		d, ok := lookalike[c]
		if !ok {
			continue
		}
		if i > 0 && isASCIIDigit(rune(b[i-1])) || i+1 < len(b) && isASCIIDigit(rune(b[i+1])) {
			b[i] = d
		}
	}
	return string(b)
}

var lookalike = map[byte]byte{'O': '0', 'o': '0', 'D': '0', 'l': '1', 'I': '1', '|': '1', 'S': '5', 's': '5', 'B': '8', 'Z': '2'}

// nanpDigits splits the digit groups of s into NANP numbers at group
// boundaries and returns fictional digits for all of them; ok is false when
// the groups do not split that way.
func nanpDigits(j *job, r *rng, s string) (string, bool) {
	var out strings.Builder
	acc := ""
	for _, g := range digitGroups(s) {
		acc += g
		switch {
		case len(acc) == 10 && acc[0] != '0' && acc[0] != '1':
			out.WriteString(areaCode(j, acc[:3]) + "55501" + randomDigits(r, 2, false))
			acc = ""
		case len(acc) == 11 && acc[0] == '1':
			out.WriteString("1" + areaCode(j, acc[1:4]) + "55501" + randomDigits(r, 2, false))
			acc = ""
		case len(acc) > 11:
			return "", false
		}
	}
	switch len(acc) {
	case 0:
	case 7:
		out.WriteString("55501" + randomDigits(r, 2, false))
	default:
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
	prefix, toks := tokenize(s)
	for i := range toks {
		t := &toks[i]
		if t.core == "" || phoneWords[bare(t.core)] || !isCapitalised(t.core) {
			continue
		}
		if isWord(t.core) {
			if isInitials(t.core) {
				t.core = newInitials(j.rng("initials", j.norm, itoa(i)), t.core)
			} else {
				t.core = replaceNamePart(j, "last", genderUnknown, t.core)
			}
		} else {
			// mixed letters and digits: only the letters change here, the
			// digits are replaced with the number
			t.core = lettersCharwise(j.rng("letters", j.norm, itoa(i)), t.core)
		}
	}
	return joinTokens(prefix, toks)
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

var digitRunRe = regexp.MustCompile(`\d+`)

// digitGroups lists the maximal digit runs of s.
func digitGroups(s string) []string { return digitRunRe.FindAllString(s, -1) }

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
