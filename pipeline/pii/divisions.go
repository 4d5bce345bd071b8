package pii

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// An address line of many countries names its ward, district or village
// by type, each in its own comma-separated part, after the street and
// house number: "Số 27 ngõ 230 Lạc Trung, P. Vĩnh Tuy, Q. Hai Bà Trưng,
// Hà Nội" (Vietnam), "Av. Reforma 222, Col. Juárez, Del. Cuauhtémoc"
// (Mexico), "Kızılay Mah. Atatürk Blv. No: 58, Çankaya" (Turkey). The
// types come from libpostal's qualifiers; a street word may be missing
// (Vietnamese streets are named bare), so the parts' types carry the
// line.

// divisionSeg is one comma-separated part of a line: its byte span in the
// line and its tokens.
type divisionSeg struct {
	start, end int
	toks       []string
}

// divisionKind says how a part names a division: 0 none, 1 by a type word
// or abbreviation of several letters, 2 by a single letter with its
// period ("P. Vĩnh Tuy"), which counts only beside another.
func divisionKind(seg divisionSeg) int {
	if len(seg.toks) == 0 {
		return 0
	}
	head, rest, glued := strings.Cut(seg.toks[0], ".")
	if !glued || rest == "" {
		// "Quận 1", "Kel. Menteng": the type stands alone, the name after it
		glued = false
		if len(seg.toks) < 2 || !divisionNameStart(seg.toks[1]) {
			return trailingDivision(seg)
		}
	} else if !divisionNameStart(rest) {
		return 0 // "TP.HCM", "Q.1": the name glued on after the period
	}
	dotted := glued || strings.HasSuffix(seg.toks[0], ".")
	switch {
	case !capitalised(head):
		return 0
	case utf8.RuneCountInString(head) == 1:
		if dotted && lexicon.IsDivisionLetter(head) {
			return 2
		}
		return 0
	case lexicon.IsDivisionWord(head) && (dotted || !lexicon.IsCommonWord(strings.ToLower(head))):
		return 1
	}
	return 0
}

// trailingDivision reports a division named before its type ("Kızılay
// Mah.", "Menteng Kelurahan"): a capitalised word, then a type of several
// letters that closes the part.
func trailingDivision(seg divisionSeg) int {
	n := len(seg.toks)
	if n < 2 || !capitalised(seg.toks[n-2]) {
		return 0
	}
	last := seg.toks[n-1]
	if head := strings.TrimSuffix(last, "."); utf8.RuneCountInString(head) > 1 && capitalised(head) && lexicon.IsDivisionWord(head) &&
		(head != last || !lexicon.IsCommonWord(strings.ToLower(head))) {
		return 1
	}
	return 0
}

// divisionNameStart reports the start of a division's name or number
// after its type: a capital or a digit.
func divisionNameStart(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// divisionSegments splits a line at its commas, each part after a label's
// colon when it has one.
func divisionSegments(text string) []divisionSeg {
	var segs []divisionSeg
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], ',')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s := start
		if c := strings.LastIndexByte(text[start:end], ':'); c >= 0 && !strings.ContainsAny(text[start+c+1:min(end, start+c+2)], "0123456789") {
			s = start + c + 1 // "Địa chỉ: 12 Nguyễn Huệ": the label's value
		}
		e := end
		for s < e && text[s] == ' ' {
			s++
		}
		for e > s && text[e-1] == ' ' {
			e--
		}
		segs = append(segs, divisionSeg{start: s, end: e, toks: strings.Fields(text[s:e])})
		start = end + 1
	}
	return segs
}

// divisionStreetPart reports a part before the divisions that holds the
// street and its house number, in a few words: a digit, and a street type
// or a capitalised word no word list holds (the street's name). "Chapter
// 7, Sec. 3" cites a text.
func divisionStreetPart(seg divisionSeg) bool {
	if len(seg.toks) == 0 || len(seg.toks) > divisionPartMaxWords {
		return false
	}
	digit, named := false, false
	for _, t := range seg.toks {
		digit = digit || strings.IndexFunc(t, unicode.IsDigit) >= 0
		core := coreWord(t)
		named = named || lexicon.IsStreetType(core) || capitalised(core) && hasLetters(core, 2) && !lexicon.IsCommonWord(strings.ToLower(core))
	}
	return digit && named
}

// divisionTownPart reports a part after the divisions that names the town
// or region, or is its postcode: capitalised words or digits alone.
func divisionTownPart(seg divisionSeg) bool {
	if len(seg.toks) == 0 || len(seg.toks) > divisionPartMaxWords/2 {
		return false
	}
	for _, t := range seg.toks {
		if !divisionNameStart(t) || strings.HasSuffix(t, ":") {
			return false
		}
	}
	return true
}

// divisionPartMaxWords is the most words of a street's part of such a
// line; a longer part is a sentence.
const divisionPartMaxWords = 8

// divisionAddresses finds the address lines whose divisions are named by
// type: two divisions, or one named by a word of several letters, after a
// part with the street's house number.
func divisionAddresses(in *Input) []Match {
	var out []Match
	for base, text := range in.LineTexts() {
		segs := divisionSegments(text)
		first, last, words, letters := -1, -1, 0, 0
		for i, seg := range segs {
			switch divisionKind(seg) {
			case 1:
				words++
			case 2:
				letters++
			default:
				continue
			}
			if first < 0 {
				first = i
			}
			last = i
		}
		if first < 1 || !divisionStreetPart(segs[first-1]) || words == 0 && letters < 2 {
			continue
		}
		for last+1 < len(segs) && divisionTownPart(segs[last+1]) {
			last++
		}
		out = append(out, Match{Type: entity.Address, Start: base + segs[first-1].start, End: base + segs[last].end,
			Score: 0.8, Source: "address:divisions"})
	}
	return out
}
