package pii

import (
	"context"
	"fmt"
	"image"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/lexicon"
)

// Analyzer finds the entities on a page: it runs the recognizers (patterns,
// NER, name heuristics, form labels, deny list), applies context words,
// the threshold and the allow list, resolves overlaps and maps the result to
// words and boxes. An Analyzer is safe for concurrent use.
type Analyzer struct {
	cfg         Config
	enabled     map[entity.Type]bool
	recognizers []Recognizer
	context     *contextEnhancer
	allow       map[string]bool
	deny        []denyPattern
}

type denyPattern struct {
	typ entity.Type
	re  *regexp.Regexp
}

// NewAnalyzer validates cfg and builds the analyzer. Loading the NER model
// (when cfg.NER is set) takes about a second, once per process.
func NewAnalyzer(cfg Config) (*Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	a := &Analyzer{cfg: cfg, enabled: cfg.enabled(), context: newContextEnhancer(cfg), allow: map[string]bool{}}
	go lexicon.Preload() // while the first page is read
	pats, err := PatternRecognizersRegion(strings.ToUpper(cfg.Region))
	if err != nil {
		return nil, fmt.Errorf("pii analyzer: %w", err)
	}
	a.recognizers = append(a.recognizers, append(pats, EmailGapRecognizer{})...)
	if cfg.NER {
		ner, err := NewNERRecognizer()
		if err != nil {
			return nil, fmt.Errorf("pii analyzer: load NER model: %w", err)
		}
		a.recognizers = append(a.recognizers, ner)
	}
	if cfg.Names {
		a.recognizers = append(a.recognizers, NameRecognizer{}, AddressRecognizer{}, OrganizationRecognizer{}, LocationRecognizer{}, SignoffRecognizer{}, LedgerRecognizer{}, EmailNameRecognizer{}, BadgeRecognizer{})
	}
	if cfg.Labels {
		a.recognizers = append(a.recognizers, LabelRecognizer{FieldExtent: cfg.FieldExtent})
	}
	a.recognizers = append(a.recognizers, cfg.Recognizers...)
	for _, s := range cfg.AllowList {
		a.allow[normText(s)] = true
	}
	for i, s := range cfg.DenyList {
		d := parseDeny(s)
		words := strings.Fields(d.text)
		for k, w := range words {
			words[k] = regexp.QuoteMeta(w)
		}
		expr := `(?i)` + strings.Join(words, `\s+`)
		if isWordByte(d.text[0]) {
			expr = `(?i)\b` + expr[4:]
		}
		if isWordByte(d.text[len(d.text)-1]) {
			expr += `\b`
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("pii analyzer: deny list entry %d: %w", i+1, err)
		}
		a.deny = append(a.deny, denyPattern{typ: d.typ, re: re})
	}
	return a, nil
}

// Config returns the analyzer's configuration.
func (a *Analyzer) Config() Config { return a.cfg }

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// Analyze finds the entities on page p. Entity.Words index p.Words; entity
// IDs ("p0-e3", in reading order) are stable for a given page and
// configuration. Boxes hold one box per text line of the entity's words,
// then the extra regions of its matches (a label's field extent).
//
// An entity can have no words and an empty Text: a labelled form field
// ("Date: ____") where the OCR read nothing. Its Boxes cover the field; the
// caller should clean or redact that region rather than render a surrogate.
func (a *Analyzer) Analyze(ctx context.Context, p *doc.Page) ([]Entity, error) {
	return a.AnalyzeExcept(ctx, p, nil)
}

// AnalyzeExcept is Analyze with the words at the indices in superseded left
// out of detection: words that a second reading of their region replaced
// (FieldRegions, read again by the OCR stage). They stay on the page, so
// that word indices and the page's boxes are unchanged. The page is only
// read: pages may be analyzed concurrently. Callers split the words that
// glue a label to its value first (SplitGluedLabels), so that a label is
// never replaced with its value.
func (a *Analyzer) AnalyzeExcept(ctx context.Context, p *doc.Page, superseded map[int]bool) ([]Entity, error) {
	if p == nil {
		return nil, fmt.Errorf("pii analyze: nil page")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("pii analyze page %d: %w", p.Index, err)
	}
	return a.analyze(ctx, p, superseded)
}

// speckMaxConf is the confidence under which a flat word is a speck.
const speckMaxConf = 50

// fieldNoiseConf is the confidence under which a short word of a field's
// second reading is noise.
const fieldNoiseConf = 20

// pageNoiseConf is the confidence under which two letters of the page's
// reading are noise.
const pageNoiseConf = 10

// fieldNoise reports a word of at most two characters that the second
// reading of a field read with less than fieldNoiseConf, or two letters
// that any reading hardly believes (pageNoiseConf: "oe" between two
// columns' labels on a Vietnamese receipt).
func fieldNoise(w doc.Word) bool {
	short := len([]rune(strings.TrimSpace(w.Text))) <= 2
	return short && (w.Pass == doc.PassField && w.Conf < fieldNoiseConf || w.Conf < pageNoiseConf && speckText(w.Text))
}

// speckText reports a word of two or more letters and no digits.
func speckText(t string) bool {
	letters := 0
	for _, c := range t {
		switch {
		case c >= '0' && c <= '9':
			return false
		case unicode.IsLetter(c):
			letters++
		}
	}
	return letters >= 2
}

// specksBefore are the marks that a scan's speck glued before a word
// makes OCR read. The curly quotes are none: before a table's cell they
// part it from the cell before ("‘Wachtell, Lipton" after a name).
const specksBefore = ".,'`-*"

// speckedDigitsMin is the fewest digits of a number that no mark opens:
// no amount or count is so long without its groups' separators.
const speckedDigitsMin = 9

// speckBeforeWord is word t, read with confidence conf, without one
// speck's mark glued before it (specksBefore), when what follows is a
// capitalised word of lower-case letters (".Hochfelder"), a long number
// of digits alone ("-80380000500418273956"), or anything OCR was unsure
// of ("*1," of "1, rue des Genêts").
func speckBeforeWord(t string, conf float64) (string, bool) {
	t = strings.TrimSpace(t)
	rest := strings.TrimLeft(t, specksBefore)
	if rest == t || utf8.RuneCountInString(t)-utf8.RuneCountInString(rest) > 1 || !hasAlnum(rest) {
		return "", false
	}
	r := []rune(rest)
	capWord := len(r) >= 3 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) && unicode.IsLower(r[2])
	return rest, capWord || conf < speckMaxConf || len(rest) >= speckedDigitsMin && strings.Trim(rest, "0123456789") == ""
}

// analyze is AnalyzeExcept without the checks of its arguments.
func (a *Analyzer) analyze(ctx context.Context, p *doc.Page, skip map[int]bool) ([]Entity, error) {
	rp := withRows(p)
	for i := range skip {
		rp.Words[i].Text = ""
	}
	// Specks: a low-confidence word of letters less than half the usual
	// text height (a rule or a dot read as "errs") would split the words
	// around it. Flat marks and digits ("-", "=", "1") stay: they belong
	// to numbers.
	// A field's second reading also reads noise beside a value as a word
	// or two of letters it hardly believes ("Lucia" then "Oe a").
	med := medianHeight(p)
	for i, w := range rp.Words {
		if med > 0 && w.Conf < speckMaxConf && 2*w.Box.Height < med && speckText(w.Text) || fieldNoise(w) {
			rp.Words[i].Text = ""
		}
		if med > 0 && (loneSpeck(p.Words, i, med) || dotColon(w, med) || dotDash(w, med) && !hyphenBetween(p.Words, i, med)) {
			// A speck read as ":" far out in a heading's line, as a dot's
			// colon, or as a dash apart from the words around it.
			rp.Words[i].Text = ""
			continue
		}
		if colonSpeck(w.Text) {
			rp.Words[i].Text = ":" // "Patient Name :. Mr. …": a colon and a speck
		}
		if spacedSemicolonLabel(rp.Words, i) {
			rp.Words[i].Text = ":" // "CIN ; BE 482913": the label's colon read as a semicolon
		}
		if m := reQuoteSpeckCode.FindStringSubmatch(rp.Words[i].Text); m != nil && w.Conf < quoteSpeckMaxConf {
			rp.Words[i].Text = m[1] // "‘KIA 482 GF": a speck read as a quote before a code in capitals
		}
		if initialReadWithColon(rp.Words, i) {
			rp.Words[i].Text = strings.TrimSuffix(strings.TrimSpace(rp.Words[i].Text), ":") + "." // "Hernan R: Sabatini"
		}
		if m := reSpeckInDigits.FindStringSubmatch(rp.Words[i].Text); m != nil {
			rp.Words[i].Text = m[1] + m[2] + m[3] // "6974'552 038": a speck read between a number's digits
		}
		if reAtForZero.MatchString(rp.Words[i].Text) {
			rp.Words[i].Text = "0" + rp.Words[i].Text[1:] // "@1-28-47-63": OCR's "@" for a zero that opens a number
		}
		if t := reDoubledSeparator.ReplaceAllString(rp.Words[i].Text, "$1$2$3"); t != rp.Words[i].Text {
			rp.Words[i].Text = t // "84,.11.23-147.34": a speck read as a second separator between digits
		}
		if t, ok := degreeMarkerRead(rp.Words, i); ok {
			rp.Words[i].Text = t // "nationale ne : 08412379": OCR's "ne" for "n°"
		}
		if markAfterColon(rp.Words, i) {
			rp.Words[i].Text = "" // "DNI: . 41839257", "Placa: ~ PDA-4872": a speck read as a mark
		}
		if t, ok := dashAfterColon(rp.Words, i); ok {
			rp.Words[i].Text = t // "Adres: -Bagdat Cad.": a dash before the value
		}
		if t := boxEdgeColon(rp.Words, i); t != "" {
			rp.Words[i].Text = t // "Relationship} Mother": the box's edge marks the label
		}
		if t, ok := filiationMarkRead(rp.Words, i); ok {
			rp.Words[i].Text = t // "Rajesh a/| Muniandy": OCR's bar for the "l" of "a/l"
		}
		if t, ok := speckBeforeWord(rp.Words[i].Text, w.Conf); ok {
			rp.Words[i].Text = t // ".Hochfelder Weg 23a": a speck's mark glued before the word
		}
		if zeroForO(rp.Words, i) {
			rp.Words[i].Text = "O" // "Siobhan 0 Briain": OCR's zero for an Irish "Ó"
		}
		if t, ok := zeroOfAName(rp.Words, i); ok {
			rp.Words[i].Text = t // "0'CONNOR-WALSH", "Hugh 0. Brennan": OCR's zero for a name's "O"
		}
	}
	in := NewInput(rp)
	var ms []Match
	for _, r := range a.recognizers {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("pii analyze page %d: %w", p.Index, err)
		}
		for _, m := range r.Recognize(in) {
			if m.Source == "" {
				m.Source = r.Name()
			}
			ms = append(ms, m)
		}
	}
	ms = trimLedgerKinds(in, ms)
	ms = append(ms, a.denyMatches(in)...)
	pos := make(map[int][2]int, len(p.Words))
	for li, ln := range in.Lines {
		for k, wi := range ln {
			pos[wi] = [2]int{li, k}
		}
	}
	labelWords := pageLabelWords(in)
	kept := ms[:0]
	for _, m := range ms {
		if !a.enabled[m.Type] || m.Start < 0 || m.End > len(in.Text) || m.Start > m.End {
			continue
		}
		if labelWordsName(in.Text, m, labelWords) {
			continue
		}
		if m.Start == m.End && len(m.Extra) == 0 || m.Type == entity.Person && len(m.Extra) == 0 && letterCount(in.Text[m.Start:m.End]) < 2 {
			continue // no region, or a name without its letters ("~", a box's edge after "Nom")
		}
		if a.allowed(in.Text[m.Start:m.End]) || pageVetoes(in, pos, m) {
			continue
		}
		kept = append(kept, m)
	}
	ms = kept
	for i := range ms {
		trimOtherLanguageHalf(in, pos, &ms[i])
		if ms[i].Type == entity.Person && ms[i].Start < ms[i].End && ms[i].Source != "deny" {
			expandPerson(in, pos, &ms[i])
			trimTitle(in, &ms[i])
		}
		if ms[i].Type == entity.Email {
			extendGlued(in, pos, &ms[i])
		}
	}
	a.context.enhance(in, ms)
	kept = ms[:0]
	for _, m := range ms {
		if m.Score >= a.cfg.Threshold {
			kept = append(kept, m)
		}
	}
	kept = append(kept, trailingPostcodes(in, kept, a.cfg.Threshold)...)
	kept = append(kept, localityLines(in, kept, a.cfg.Threshold)...)
	kept = append(kept, townLines(in, kept, a.cfg.Threshold)...)
	kept = append(kept, unitLines(in, kept, a.cfg.Threshold)...)
	kept = append(kept, bracketedAliases(in, kept)...)
	kept = append(kept, repeats(in, kept)...)
	// A town's line found again from elsewhere on the page ("HUDDERSFIELD"
	// / "HD3 3QW" as the property's address writes them) closes the block
	// over its locality's line too.
	kept = append(kept, localityLines(in, kept, a.cfg.Threshold)...)
	kept = append(kept, siblingRowNames(in, pos, kept)...)
	kept = append(kept, spelledDates(in, kept)...)
	ents := resolve(in, kept)
	out := ents[:0]
	for _, e := range ents {
		if e.Text != "" && a.allowed(e.Text) {
			continue
		}
		out = append(out, e)
	}
	regions, country := pageRegions(in, a.cfg.Region), ""
	if countries := pageCountries(in); len(countries) > 0 {
		country = countries[0]
	}
	for i := range out {
		out[i].ID = fmt.Sprintf("p%d-e%d", p.Index, i)
		out[i].Value = parseValue(out[i], regions, country)
		titleSex(in, &out[i])
		kinSex(in, &out[i])
		wordSex(&out[i])
	}
	readPageDates(out, in, a.cfg.Region)
	settleNameRoles(out)
	return out, nil
}

// nameInLabel reports a name or a place that ends a label, its colon
// after it: a word of the labels and a short lower-case word open its line
// before it ("Address in Hong Kong:", "Resident in Italia:"). The place
// qualifies the label; the value follows.
func nameInLabel(text string, m Match) bool {
	switch m.Type {
	case entity.Person, entity.Location, entity.Organization:
	default:
		return false
	}
	rest := strings.TrimLeft(text[m.End:], " ")
	if !strings.HasSuffix(text[m.Start:m.End], ":") && !strings.HasPrefix(rest, ":") {
		return false
	}
	before := wordsBefore(text, m.Start)
	if len(before) < 2 || len(before) > 3 || !inLabelVocab(strings.ToLower(coreWord(before[0]))) {
		return false
	}
	prep := before[len(before)-1]
	return len(prep) <= 3 && letterCount(prep) == len(prep) && strings.ToLower(prep) == prep
}

// pageLabelLead is the most words before a colon that pageLabelWords
// reads as a label's.
const pageLabelLead = 2

// pageLabelWords are the words, lower case, of four letters or more and
// in no name list, of the labels of up to three words that open the
// page's rows before a colon ("Penanggung Jawab :" on an Indonesian
// record): words the page itself uses as a label's, in a language the
// vocabulary may lack.
func pageLabelWords(in *Input) map[string]bool {
	out := map[string]bool{}
	for _, ln := range in.Lines {
		for k := 0; k < len(ln) && k <= pageLabelLead; k++ {
			t := strings.TrimSpace(in.Text[in.WordStart[ln[k]]:in.WordEnd[ln[k]]])
			if t != ":" && !strings.HasSuffix(t, ":") {
				continue
			}
			for _, wi := range ln[:k+1] {
				if c := coreWord(in.Text[in.WordStart[wi]:in.WordEnd[wi]]); letterCount(c) >= 4 && letterCount(c) == len([]rune(c)) && !listedNameWord(c) {
					out[strings.ToLower(c)] = true
				}
			}
			break
		}
	}
	return out
}

// labelWordsName reports a person's match of the names' rules of which two
// words or more are words of the page's labels (pageLabelWords): a label's
// phrase again, as a caption ("Dokter Penanggung Jawab Pelayanan" under a
// signature's line, "Penanggung Jawab :" higher up), no one's name.
func labelWordsName(text string, m Match, labelWords map[string]bool) bool {
	if m.Type != entity.Person || !strings.HasPrefix(m.Source, "names") {
		return false
	}
	n := 0
	for _, w := range strings.Fields(text[m.Start:m.End]) {
		if labelWords[strings.ToLower(coreWord(w))] {
			n++
		}
	}
	return n >= 2
}

// typelessLabelValue reports a person's match of the names' rules that
// starts right after a label's colon, the label one that names a field
// of no personal type ("Make/Model: Toyota Corolla Altis",
// "Manufacturer:", "Nationality:"): its value is that field's.
func typelessLabelValue(text string, m Match) bool {
	if m.Type != entity.Person || !strings.HasPrefix(m.Source, "names") {
		return false
	}
	before := wordsBefore(text, m.Start)
	n := len(before)
	for n > 0 && len(before)-n < typelessValueLead && !strings.HasSuffix(before[n-1], ":") && letterCount(before[n-1]) >= 3 && capitalised(before[n-1]) {
		n-- // the value's words before the match: "Make: Toyota Corolla Altis" read as "Corolla Altis"
	}
	if n == 0 || !strings.HasSuffix(before[n-1], ":") {
		return false
	}
	for k := max(0, n-3); k < n; k++ {
		if strings.Contains(strings.Join(before[k:n-1], " "), ":") {
			continue // a field's label starts after another's colon
		}
		if typelessLabel(before[k:n]) {
			return true
		}
	}
	return false
}

// pageVetoes reports a match that the page's words around it show to be
// no personal value: a label's or a heading's words, a field of no
// personal type, a medical eponym.
func pageVetoes(in *Input, pos map[int][2]int, m Match) bool {
	return nameInLabel(in.Text, m) ||
		rowLabelRun(in, pos, m) ||
		typelessLabelValue(in.Text, m) ||
		typelessLabelOver(in, pos, m) ||
		slashHeadsRow(in, pos, m) ||
		markerInName(in, m) ||
		nounWrittenLower(in, m) ||
		m.Type == entity.Person && !strings.HasPrefix(m.Source, "label:") && eponymBefore(in.Text, m.Start)
}

// nounWrittenLower reports a person's match of one word that no name
// list holds and that the page writes in lower case elsewhere: a common
// noun, no one's name ("Owner: Reportee" beside "The reportee states");
// or a run of capitalised words with such a word (runWordWrittenLower).
func nounWrittenLower(in *Input, m Match) bool {
	if m.Type != entity.Person || in.Page == nil {
		return false
	}
	core := coreWord(in.Text[m.Start:m.End])
	if strings.ContainsAny(core, " \n") {
		return m.Source == "names:run" && runWordWrittenLower(in, strings.Fields(in.Text[m.Start:m.End]))
	}
	return lowerElsewhere(in, core)
}

// runWordWrittenLower reports a run of capitalised words, one of them of
// four letters or more that no name list holds and that the page writes
// in lower case elsewhere: a heading's common noun ("SURAT KETERANGAN
// RAWAT" over "Surat keterangan ini dibuat …"), no one's name.
func runWordWrittenLower(in *Input, ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		c := coreWord(w)
		return letterCount(c) >= 4 && !knownName(titleCased(strings.ToLower(c))) && lowerElsewhere(in, c)
	})
}

// lowerElsewhere reports a word not in lower case that no name list holds
// and that the page writes in lower case elsewhere.
func lowerElsewhere(in *Input, core string) bool {
	low := strings.ToLower(core)
	if core == "" || low == core || knownName(core) {
		return false
	}
	return slices.ContainsFunc(in.Page.Words, func(w doc.Word) bool { return coreWord(w.Text) == low })
}

// typelessLabel reports a label that names a field of no personal type:
// one the label vocabulary holds so ("Make/Model:", "Nationality:"), or
// one that ends in a thing's word ("Vozidlo:", "Ward:"; thingWord).
func typelessLabel(raw []string) bool {
	if r, ok := exactLabels[labelCanon(raw)]; ok && r.typ == "" {
		return true
	}
	return thingWord(coreWord(raw[len(raw)-1]))
}

// markerInName reports a person's match of the names' rules that holds
// a number's marker of two letters or more with its period or colon
// ("CAE Nro." before the code's number, "Socio Nro.:"): a label, no
// one's name.
func markerInName(in *Input, m Match) bool {
	if m.Type != entity.Person || !strings.HasPrefix(m.Source, "names") {
		return false
	}
	return slices.ContainsFunc(in.WordsInSpan(m.Start, m.End), func(wi int) bool { return markerWord(in.Page.Words[wi].Text) })
}

// markerWord reports a number's marker of two letters or more with its
// period or colon ("No.", "Nro.", "Nr:"), or a word of four letters or
// more for "number" ("Číslo", which OCR reads "Cislo"): a label's word,
// no name's.
func markerWord(t string) bool {
	w := strings.TrimRight(strings.TrimSpace(t), ",")
	if !numberMarker(w) {
		return false
	}
	return letterCount(w) >= 4 || (strings.HasSuffix(w, ".") || strings.HasSuffix(w, ":")) && letterCount(w) >= 2
}

// slashHeadsMin is the fewest slashes that make a row of a table's
// column heads in a first language, their second below or after them.
const slashHeadsMin = 3

// slashHeadsRow reports a person's match of the names' rules on a row
// without digits whose cells end in slashes, slashHeadsMin of them or
// more: the first language's half of a table's bilingual heads ("Tera
// Ye-Iqa Aynet /  Meleketa /  Bizat /" over "No.  Description  Unit
// Qty"), no one's name.
func slashHeadsRow(in *Input, pos map[int][2]int, m Match) bool {
	if m.Type != entity.Person || !strings.HasPrefix(m.Source, "names") {
		return false
	}
	ws := in.WordsInSpan(m.Start, m.End)
	if len(ws) == 0 {
		return false
	}
	n := 0
	for _, wi := range in.Lines[pos[ws[0]][0]] {
		t := strings.TrimSpace(in.Page.Words[wi].Text)
		if hasDigit(t) {
			return false
		}
		if strings.HasSuffix(t, "/") {
			n++
		}
	}
	return n >= slashHeadsMin
}

// trimOtherLanguageHalf ends a person's or a firm's match m before its
// last word when a slash and a label's word with its colon follow that
// word on its row, and it is that label in another language
// (otherLanguageHalf): "Meseret Tadesse Firma / Signature:".
func trimOtherLanguageHalf(in *Input, pos map[int][2]int, m *Match) {
	if m.Type != entity.Person && m.Type != entity.Organization {
		return
	}
	ws := in.WordsInSpan(m.Start, m.End)
	if len(ws) < 2 {
		return
	}
	last := ws[len(ws)-1]
	at := pos[last]
	ln := in.Lines[at[0]]
	if at[1]+2 >= len(ln) || strings.TrimSpace(in.Page.Words[ln[at[1]+1]].Text) != "/" ||
		!strings.HasSuffix(in.Page.Words[ln[at[1]+2]].Text, ":") || !otherLanguageHalf(in.Page.Words[last].Text) {
		return
	}
	m.End = in.WordEnd[ws[len(ws)-2]]
	m.Extra = nil
}

// typelessLabelOver reports a person's match of the names' rules that
// opens a cell of a row right under a label of no personal type, its
// colon after it or other columns' heads beside it on a row without a
// colon, that starts where the cell starts ("Vozidlo:" over "Škoda
// Octavia III Combi 2.0 TDI"): the field's value, as typelessLabelValue's
// beside its label.
func typelessLabelOver(in *Input, pos map[int][2]int, m Match) bool {
	if m.Type != entity.Person || !strings.HasPrefix(m.Source, "names") || in.Page == nil {
		return false
	}
	ws := in.WordsInSpan(m.Start, m.End)
	if len(ws) == 0 {
		return false
	}
	at := pos[ws[0]]
	if at[0] == 0 {
		return false
	}
	ln, up := in.Lines[at[0]], in.Lines[at[0]-1]
	a, _ := cellAround(in, ln, at[1])
	if at[1]-a > typelessValueLead || !lineCloseAbove(in, up, ln) {
		return false
	}
	// The head over the cell's start, or over the name's first word where
	// a narrow gap joined the cell to the one before ("KDK 482R   Toyota
	// Fielder" under "Reg. No.   Make/Model").
	for _, v := range []int{ln[a], ws[0]} {
		if typelessHeadOver(in, up, in.Page.Words[v].Box) {
			return true
		}
	}
	return false
}

// typelessHeadOver reports a typeless label (typelessLabel) in the cell of
// line up that starts over value's start: its colon after it, or other
// columns' heads beside it on a row without a colon.
func typelessHeadOver(in *Input, up []int, value doc.Box) bool {
	label := in.cellOver(up, value)
	if len(label) == 0 {
		return false
	}
	if abs(in.Page.Words[label[0]].Box.Left-value.Left) > value.Height {
		return false // not the column's head: the cell above starts elsewhere
	}
	raw := make([]string, len(label))
	for i, wi := range label {
		raw[i] = in.Page.Words[wi].Text
	}
	if !strings.HasSuffix(raw[len(raw)-1], ":") && len(label) < len(up) &&
		!slices.ContainsFunc(up, func(wi int) bool { return strings.Contains(in.Page.Words[wi].Text, ":") }) {
		// A column's head among others, on a row of heads that no colon
		// makes a field's ("Značka a typ" beside "Rok výroby"; not "To :
		// The Attending Doctor, ENT Specialist Outpatient Clinic").
		raw[len(raw)-1] += ":"
	}
	return strings.HasSuffix(raw[len(raw)-1], ":") && typelessLabel(raw)
}

// cellAround is the cell of line ln that holds its k-th word: the words
// from a..b-1 that no column's gap (columnGapAt) parts.
func cellAround(in *Input, ln []int, k int) (a, b int) {
	a, b = k, k+1
	for a > 0 && !columnGapAt(in, ln[a-1], ln[a]) {
		a--
	}
	for b < len(ln) && !columnGapAt(in, ln[b-1], ln[b]) {
		b++
	}
	return a, b
}

// typelessValueLead is the most words of a field's value before a match
// in it.
const typelessValueLead = 2

// rowLabelRun reports a person's or an address's match m that runs up
// to a colon (its own, one standing apart, or one glued to the value
// after it) with a value after the colon on its row, or up to a slash
// and the label again in a dictionary's words, the row's words
// before m capitalised words of the same phrase, when a word of m is no
// listed name: a label in a language the vocabulary lacks ("Aylık Kira
// Bedeli : 18.500,00 TL", "Telefonu / E-posta : 0505 …"), no one's name
// or address. The label may end in words past m (rowLabelTail); before a
// slash, the words before m count as the label's too, function words
// among them. pos gives each word's row and place in it.
func rowLabelRun(in *Input, pos map[int][2]int, m Match) bool {
	if m.Type != entity.Person && m.Type != entity.Address {
		return false
	}
	ws := in.WordsInSpan(m.Start, m.End)
	if len(ws) == 0 || in.WordStart[ws[0]] != m.Start || in.WordEnd[ws[len(ws)-1]] > m.End+1 {
		return false
	}
	at, k := pos[ws[0]], pos[ws[len(ws)-1]][1]
	if at[1] > rowLabelLead || pos[ws[len(ws)-1]][0] != at[0] {
		return false
	}
	ln := in.Lines[at[0]]
	word := func(k int) string { return in.Text[in.WordStart[ln[k]]:in.WordEnd[ln[k]]] }
	// The row's words before m: capitalised words of the same phrase, or,
	// before a slash and a label in another language that a colon ends,
	// function words too ("Saini o le Tagata Tomai / Guarantor's
	// signature:").
	slashed := labelCloser(word, len(ln), k) == '/' && slices.ContainsFunc(ln[k+1:], func(wi int) bool {
		return strings.HasSuffix(in.Text[in.WordStart[wi]:in.WordEnd[wi]], ":")
	})
	for k := range at[1] {
		w := word(k)
		if strings.Contains(w, ":") || !capitalised(coreWord(w)) && !(slashed && functionWord(coreWord(w))) {
			return false
		}
	}
	// The label's last words may lie past m, capitalised words of the
	// same phrase before a colon standing apart ("Mata Ganjaran Hari" of
	// "Mata Ganjaran Hari Ini : 164").
	for tail := 0; tail < rowLabelTail && labelCloser(word, len(ln), k) == 0 && k+1 < len(ln) && labelTailWord(in, ln, k+1); tail++ {
		k++
	}
	from := at[1]
	switch labelCloser(word, len(ln), k) {
	case 0:
		return false
	case '/':
		if at[1] == 1 && sectionMark(word(0)) {
			return true // a section's heading in two languages: "D. TAGATA TOMAI / GUARANTOR"
		}
		// Before another language's words, the row's words before m are
		// the heading's too ("USOMAJI WA MITA / METER READINGS"); a
		// title stays the name's.
		for from > 0 && !isPersonalTitleToken(word(from-1)) {
			from--
		}
	}
	for _, wi := range ln[from : k+1] {
		if !listedNameWord(in.Text[in.WordStart[wi]:in.WordEnd[wi]]) {
			return true
		}
	}
	return false
}

// functionWord reports a word of one small letter ("o", "y", "e", or
// OCR's "0" for an "o"), or one the function-word lists of some language
// hold.
func functionWord(w string) bool {
	r := []rune(w)
	return len(r) == 1 && (unicode.IsLower(r[0]) || r[0] == '0') || lexicon.StopwordLanguages(strings.ToLower(w)) != nil
}

// labelTailWord reports word k of line ln a capitalised word of letters
// close after the word before it, with no colon, bracket or period of
// its own: a label's word past a name's match.
func labelTailWord(in *Input, ln []int, k int) bool {
	w := in.Text[in.WordStart[ln[k]]:in.WordEnd[ln[k]]]
	if in.Page == nil || !capitalised(w) || letterCount(w) != len([]rune(w)) {
		return false
	}
	return !gapWider(in.Page.Words[ln[k-1]].Box, in.Page.Words[ln[k]].Box, 1)
}

// labelCloser reports what closes a label at word k of a row of n words
// (word gives each): ':' for its colon, its own, standing apart or glued
// to the value, with a value after it; '/' for a slash and the label again
// in another language in words of a dictionary ("Baki Terdahulu /
// Previous Balance"); 0 for neither.
func labelCloser(word func(int) string, n, k int) byte {
	switch {
	case strings.HasSuffix(word(k), ":"):
		if k+1 < n {
			return ':'
		}
	case k+2 < n && strings.TrimSpace(word(k+1)) == "/":
		c := coreWord(word(k + 2))
		c = strings.TrimSuffix(strings.TrimSuffix(c, "'s"), "’s") // "Guarantor's signature"
		if capitalised(c) && isDictWord(c) && !knownName(c) {
			return '/'
		}
	case k+1 < n:
		if next := strings.TrimSpace(word(k + 1)); strings.HasPrefix(next, ":") && (next != ":" || k+2 < n) {
			return ':'
		}
	}
	return 0
}

// sectionMark reports a section's letter or number with its period or
// bracket ("D.", "3.", "B)"), which opens a heading's row.
func sectionMark(w string) bool {
	w = strings.TrimSpace(w)
	if len(w) < 2 || !strings.ContainsAny(w[len(w)-1:], ".)") {
		return false
	}
	core := w[:len(w)-1]
	return len(core) == 1 && patIsUpper(core[0]) || len(core) <= 2 && countDigits(core) == len(core)
}

// rowLabelLead is the most words of a label before a match in it, and
// rowLabelTail the most after it.
const (
	rowLabelLead = 3
	rowLabelTail = 2
)

// filiationMarkRead is word i read as the filiation mark OCR misread
// in it ("a/|", "a/1", "s/0" for "a/l", "s/o"), between two capitalised
// words of its line, and whether it was one.
func filiationMarkRead(ws []doc.Word, i int) (string, bool) {
	t := strings.TrimSpace(ws[i].Text)
	if len(t) != 3 || t[1] != '/' || i == 0 || i+1 >= len(ws) || filiationMarks[strings.ToLower(t)] {
		return "", false
	}
	fixed := strings.NewReplacer("|", "l", "1", "l", "I", "l", "0", "o").Replace(t)
	if !filiationMarks[strings.ToLower(fixed)] {
		return "", false
	}
	word := func(w doc.Word) bool {
		return w.Line == ws[i].Line && w.Block == ws[i].Block && capitalised(coreWord(w.Text)) && letterCount(coreWord(w.Text)) >= 2
	}
	return fixed, word(ws[i-1]) && word(ws[i+1])
}

// zeroForO reports a word "0" before a capitalised word of letters on its
// line, after another or a label's colon: the "O" or "Ó" of a name ("Ó
// Briain", "O Neill") that OCR read as a zero.
func zeroForO(ws []doc.Word, i int) bool {
	if strings.TrimSpace(ws[i].Text) != "0" || i == 0 || i+1 >= len(ws) {
		return false
	}
	word := func(w doc.Word) bool {
		core := strings.TrimRight(w.Text, ",")
		return w.Block == ws[i].Block && w.Line == ws[i].Line && letterCount(core) >= 2 && letterCount(core) == len([]rune(core)) && capitalised(core)
	}
	label := ws[i-1].Block == ws[i].Block && ws[i-1].Line == ws[i].Line && strings.HasSuffix(ws[i-1].Text, ":")
	return (word(ws[i-1]) || label) && word(ws[i+1])
}

// reZeroApostrophe is a surname's "O'" that OCR read with a zero
// ("0'CONNOR-WALSH", "0’Brien").
var reZeroApostrophe = regexp.MustCompile(`^0(['’]\p{Lu}\pL)`)

// zeroOfAName is word i with the zero that OCR read for a name's "O"
// written as the letter, and whether it had one: before an apostrophe and
// a capital ("0'CONNOR"), or as an initial with its period between a
// capitalised word and another on its line ("Hugh 0. Brennan-Leclair").
func zeroOfAName(ws []doc.Word, i int) (string, bool) {
	t := ws[i].Text
	if reZeroApostrophe.MatchString(t) {
		return "O" + t[1:], true
	}
	if t != "0." || i == 0 || i+1 >= len(ws) {
		return "", false
	}
	word := func(w doc.Word) bool {
		core := strings.TrimRight(w.Text, ",")
		return w.Line == ws[i].Line && letterCount(core) >= 2 && capitalised(core) && countDigits(core) == 0
	}
	return "O.", word(ws[i-1]) && word(ws[i+1])
}

// degreeMarkerRead is word i read as the number marker "n°" that OCR
// read as "ne" ("Carte d'identité nationale ne : 08412379"), and whether
// it was one: "ne" before a colon, its own or the next word's, after a
// word on its line, a number after it. The French negation never stands
// before a colon.
func degreeMarkerRead(ws []doc.Word, i int) (string, bool) {
	t := strings.TrimSpace(ws[i].Text)
	core, colon := strings.CutSuffix(t, ":")
	if core != "ne" || i == 0 || ws[i-1].Line != ws[i].Line || letterCount(ws[i-1].Text) < 2 {
		return "", false
	}
	j := i + 1
	if !colon {
		if j >= len(ws) || ws[j].Line != ws[i].Line || strings.TrimSpace(ws[j].Text) != ":" {
			return "", false
		}
		j++
	}
	if j >= len(ws) || ws[j].Line != ws[i].Line || countDigits(ws[j].Text) < 3 {
		return "", false
	}
	return strings.Replace(t, "ne", "n°", 1), true
}

// reAtForZero is a number in groups that opens with "@" before a digit:
// OCR's reading of its leading zero.
var reAtForZero = regexp.MustCompile(`^@\d+(?:[-./]\d+)+$`)

// reQuoteSpeckCode is an opening quote glued to capitals or digits, two
// or more, that no closing quote follows ("‘KIA").
var reQuoteSpeckCode = regexp.MustCompile(`^[‘'’\x60"“]([A-Z0-9][A-Z0-9-]+[.,]?)$`)

// quoteSpeckMaxConf is the confidence under which OCR's opening quote
// before a code is a speck's.
const quoteSpeckMaxConf = 80

// initialReadWithColon reports word i, one capital and a colon, between
// a given name the lists hold and a capitalised word on its line: a middle
// initial whose period OCR read as a colon ("Hernan R: Sabatini").
func initialReadWithColon(ws []doc.Word, i int) bool {
	t := strings.TrimSpace(ws[i].Text)
	if len(t) != 2 || t[1] != ':' || t[0] < 'A' || t[0] > 'Z' || i == 0 || i+1 >= len(ws) {
		return false
	}
	prev, next := ws[i-1], ws[i+1]
	if prev.Line != ws[i].Line || next.Line != ws[i].Line {
		return false
	}
	p, n := coreWord(prev.Text), coreWord(next.Text)
	return capitalised(p) && isFirstName(p) && capitalised(n) && !isUpperWord(n) && (isLastName(n) || !isDictWord(n))
}

// reSpeckInDigits is a word of seven digits or more that one apostrophe
// parts, three or more on each side ("6974'552"): a speck OCR read inside
// a phone's group. A Swiss amount parts its thousands with several, or
// ends in decimals.
var reSpeckInDigits = regexp.MustCompile(`^(\d{3,})['’‘\x60](\d{3,})([.,;]?)$`)

// reDoubledSeparator is two separators between digits, the first OCR's
// speck: no number is written so.
var reDoubledSeparator = regexp.MustCompile(`(\d)[.,]([.,])(\d)`)

// speckMarks are the marks OCR reads a speck as: no value opens with one.
const speckMarks = ".,;~'‘’`_·•^\"“”°º*>"

// dotColon reports a colon alone whose box is under a quarter of the
// text height med: a dot's speck, as a colon's two dots stand taller
// ("Samoa Shipping Corporation :" read a speck as the colon of a label).
func dotColon(w doc.Word, med int) bool {
	return strings.TrimSpace(w.Text) == ":" && 4*w.Box.Height < med
}

// dotDash reports a dash no wider than tall whose box is under a third of
// the text height med each way: a speck of a dot's size ("Patiëntnummer:
// - 4718302", the dash 2 px wide; "NAME -" over a name; OCR reads it as
// an en or em dash too), no field's empty mark, as a dash that stands for
// one is wider than tall. Between two words a small font's hyphen can be
// as small (hyphenBetween).
func dotDash(w doc.Word, med int) bool {
	return med > 0 && isDash(strings.TrimSpace(w.Text)) && w.Box.Width <= w.Box.Height && 3*max(w.Box.Width, w.Box.Height) <= med
}

// hyphenBetween reports word i with a word of its row close on each side,
// nearer than the text height med: a hyphen between two words ("Gutkowski
// - Mohr-Dibbert"), whatever its size.
func hyphenBetween(ws []doc.Word, i, med int) bool {
	w := ws[i]
	left, right := false, false
	for j, x := range ws {
		if j == i || strings.TrimSpace(x.Text) == "" || !x.Box.SameRow(w.Box) && !w.Box.SameRow(x.Box) {
			continue
		}
		left = left || x.Box.Right() <= w.Box.Left && w.Box.Left-x.Box.Right() < med
		right = right || x.Box.Left >= w.Box.Right() && x.Box.Left-w.Box.Right() < med
	}
	return left && right
}

// loneSpeckGap is how many text heights of empty row stand on both sides
// of a lone speck.
const loneSpeckGap = 2

// loneSpeck reports word i, a mark (speckMarks or a colon) whose box is
// under a third of the text height med, with no word of its row within
// loneSpeckGap text heights: a scan's speck read in a line's empty
// stretch ("HOSPITAL COURSE   :   :"), which would make a heading's line
// seem a row of cells. A label's colon or a value's dot stands by its
// words.
func loneSpeck(ws []doc.Word, i, med int) bool {
	w := ws[i]
	t := strings.TrimSpace(w.Text)
	// A dash that OCR hardly believes and that stands as tall as wide is a
	// speck too; a printed dash, an empty cell's, is flat.
	unsureDash := t == "-" && w.Conf < speckMaxConf && w.Box.Width < 2*w.Box.Height && max(w.Box.Width, w.Box.Height) <= med
	if t == "" || !unsureDash && (strings.Trim(t, speckMarks+":") != "" || 3*max(w.Box.Width, w.Box.Height) > med) {
		return false
	}
	for j, x := range ws {
		if j == i || strings.TrimSpace(x.Text) == "" || !x.Box.SameRow(w.Box) && !w.Box.SameRow(x.Box) {
			continue
		}
		if max(x.Box.Left-w.Box.Right(), w.Box.Left-x.Box.Right()) < loneSpeckGap*med {
			return false
		}
	}
	return true
}

// markAfterColon reports a word of speckMarks alone between a label's
// colon and a value on its line ("DNI: . 41839257", "Placa: ~ PDA-4872"):
// a speck that would part the value from its label. A dash stays: it may
// stand for an empty field.
func markAfterColon(ws []doc.Word, i int) bool {
	t := strings.TrimSpace(ws[i].Text)
	if t == "" || i == 0 {
		return false
	}
	p := i - 1
	for p > 0 && strings.TrimSpace(ws[p].Text) == "" && ws[p].Line == ws[i].Line && ws[p].Block == ws[i].Block {
		p-- // specks dropped before it: "CIN:  *  .  ~ 111 211 084 572"
	}
	prev, next := ws[p], doc.Word{Line: -1}
	if !speckMark(ws[i], prev.Box.Height) {
		return false
	}
	n := i + 1
	for n < len(ws) && ws[n].Line == ws[i].Line && ws[n].Block == ws[i].Block && speckMark(ws[n], prev.Box.Height) {
		n++ // more specks before the value: "Numéro fiscal:  ~  +  2104573 918 489"
	}
	if n < len(ws) {
		next = ws[n]
	}
	labelled := prev.Line == ws[i].Line && prev.Block == ws[i].Block && strings.HasSuffix(strings.TrimSpace(prev.Text), ":")
	if j := prevFieldOnRow(ws, i); !labelled && j >= 0 {
		// The label read again as a field of its own ("Placa:" read
		// apart from "~ PDA-4872").
		labelled = strings.HasSuffix(strings.TrimSpace(ws[j].Text), ":")
	}
	if !labelled {
		return false
	}
	if !(next.Line == ws[i].Line && next.Block == ws[i].Block) {
		// A speck that a field's second reading read: the value is the
		// next word on its row, of either reading.
		j := nextOnRow(ws, i)
		if ws[i].Pass != doc.PassField || j < 0 {
			return false
		}
		next = ws[j]
	}
	r := []rune(strings.TrimSpace(next.Text))
	return len(r) > 0 && (unicode.IsLetter(r[0]) || unicode.IsDigit(r[0]))
}

// speckMark reports a word of speckMarks, or a plus of a dot's size
// beside words height px tall (a third of it at most each way), which
// OCR read off a speck; a plus as tall as the text opens a phone's number.
func speckMark(w doc.Word, height int) bool {
	t := strings.TrimSpace(w.Text)
	if t == "" {
		return false
	}
	return strings.Trim(t, speckMarks) == "" || t == "+" && 3*max(w.Box.Width, w.Box.Height) <= height
}

// prevFieldOnRow is the word of a field's second reading on word i's row
// that ends nearest before it, within ten of its row's heights, or -1.
func prevFieldOnRow(ws []doc.Word, i int) int {
	best := -1
	for j, w := range ws {
		if w.Pass != doc.PassField || w.Line != ws[i].Line || w.Box.Right() > ws[i].Box.Left || ws[i].Box.Left-w.Box.Right() > 10*w.Box.Height {
			continue
		}
		if best < 0 || w.Box.Right() > ws[best].Box.Right() {
			best = j
		}
	}
	return best
}

// dashAfterColon is word i without the dash that a form prints or OCR
// reads before a value, right after a label's colon on its line ("Adres:
// -Bagdat Cad. No: 214"), and whether it had one: a word of letters after
// the dash, no number's sign ("-12.50").
func dashAfterColon(ws []doc.Word, i int) (string, bool) {
	if i == 0 || ws[i-1].Line != ws[i].Line || ws[i-1].Block != ws[i].Block || !strings.HasSuffix(strings.TrimSpace(ws[i-1].Text), ":") {
		return "", false
	}
	t := strings.TrimSpace(ws[i].Text)
	rest := strings.TrimLeft(t, "-–_")
	if rest == t || rest == "" || !unicode.IsLetter([]rune(rest)[0]) {
		return "", false
	}
	return rest, true
}

// spacedSemicolonLabel reports a semicolon standing alone after the first
// words of a line that opens with a capital, a word after it: a label's
// colon, spaced as French forms space it, that OCR read as a semicolon
// ("CIN ; BE 482913", "Médecin prescripteur ; Dr …"). Prose spaces a
// semicolon so only after a longer run of words. A plus sign that OCR
// hardly believes, standing so, is a spaced colon too ("Guest PAN + 109482736")
// unless a country code follows it ("Mobile + 977 9851042716").
func spacedSemicolonLabel(ws []doc.Word, i int) bool {
	t := strings.TrimSpace(ws[i].Text)
	if t != ";" && !(t == "+" && ws[i].Conf < speckMaxConf) || i+1 >= len(ws) || ws[i+1].Line != ws[i].Line {
		return false
	}
	if next := strings.TrimSpace(ws[i+1].Text); t == "+" && patDigitCount(next) == len(next) && len(next) <= 3 {
		return false
	}
	k := lineStart(ws, i)
	return k < i && i-k <= spacedLabelMaxWords && capitalised(coreWord(ws[k].Text))
}

// lineStart is the index of the first word of word i's line (and block).
func lineStart(ws []doc.Word, i int) int {
	k := i
	for k > 0 && ws[k-1].Line == ws[i].Line && ws[k-1].Block == ws[i].Block {
		k--
	}
	return k
}

// spacedLabelMaxWords is the most words of a label before a spaced
// semicolon read for its colon.
const spacedLabelMaxWords = 3

// colonSpeck reports a word that is a colon OCR read with specks beside
// it (":.", ".:", ":-", "—_—:"): it stands for the colon alone.
func colonSpeck(t string) bool {
	t = strings.TrimSpace(t)
	n := utf8.RuneCountInString(t)
	return n >= 2 && n <= 4 && strings.Count(t, ":") == 1 && strings.Trim(t, ":.,-_;—–") == ""
}

// boxEdgeColon is the text word i reads as when a form box's left edge
// marks a label as a colon does, and "" when it does not: a label's word
// (a word of the labels, one OCR misread, or an ordinary word no name list
// holds) with the edge read right after it ("Name]", "Name{", "niames|",
// "Relationship}", "c.P{", "Name}."), or the edge read alone after such a
// word ("Nom { LEFEBVRE", the colon and the edge read as one mark), a
// value after it on its line (a number's marker too: "Aadhaar No.}"); a
// capitalised word of the labels whose colon
// OCR read as a semicolon ("Apellidos;"), or whose colon and edge it read
// as "!" or a letter (gluedEdgeLabel), reads as that label too.
func boxEdgeColon(ws []doc.Word, i int) string {
	if nextOnRow(ws, i) < 0 {
		return ""
	}
	t := strings.TrimRight(strings.TrimSpace(ws[i].Text), ".")
	if core, ok := strings.CutSuffix(t, ";"); ok && inLabelVocab(strings.ToLower(core)) && capitalised(core) {
		return core + ":" // the colon read as a semicolon: "Apellidos; Navarro"
	}
	if label := gluedEdgeLabel(t); label != "" {
		return label + ":"
	}
	if len(t) == 0 || !strings.ContainsRune(boxEdges, rune(t[len(t)-1])) {
		return ""
	}
	if len(t) == 1 {
		if i == 0 || ws[i-1].Line != ws[i].Line {
			return ""
		}
		prev := strings.TrimSpace(ws[i-1].Text)
		if boxLabelWord(strings.ToLower(prev)) || edgeAcronym(prev) {
			return ":" // "N° allocataire CAF } 4417829"
		}
		return ""
	}
	core := t[:len(t)-1]
	if !boxLabelWord(strings.ToLower(core)) && !labelPhraseEnd(ws, i) && !(edgeAcronym(core) && !ibanGroupAt(ws, i)) && !numberMarker(core) {
		return ""
	}
	return core + ":"
}

// nextOnRow is the index of the word after word i on its row, -1 for
// none: the next word of the slice, or, for a word a field's second
// reading appended to the page ("Aadhaar No.}" re-read after the page's
// words), the nearest one to its right on its row.
func nextOnRow(ws []doc.Word, i int) int {
	if ws[i].Pass != doc.PassField {
		if i+1 < len(ws) && ws[i+1].Line == ws[i].Line {
			return i + 1
		}
		return -1
	}
	best := -1
	for j, w := range ws {
		if j == i || w.Line != ws[i].Line || strings.TrimSpace(w.Text) == "" || w.Box.Left <= ws[i].Box.Left {
			continue
		}
		if best < 0 || w.Box.Left < ws[best].Box.Left {
			best = j
		}
	}
	return best
}

// labelPhraseMaxWords is the most words of a label that opens with a word
// of the labels and ends in a box's edge (labelPhraseEnd).
const labelPhraseMaxWords = 5

// labelPhraseEnd reports word i, a box's edge glued to it, as the end of
// a label that opens its line with a word of the labels, no colon or edge
// between ("Name, Vorname des Versicherten] Schmidtke"): its last word
// need be no label word, but no name the lists hold either.
func labelPhraseEnd(ws []doc.Word, i int) bool {
	core := strings.TrimRight(strings.TrimSpace(ws[i].Text), boxEdges)
	if letterCount(core) < 3 || letterCount(core) != utf8.RuneCountInString(core) || knownName(core) {
		return false
	}
	k := lineStart(ws, i)
	for _, w := range ws[k:i] {
		t := strings.TrimSpace(w.Text)
		if t != "" && (strings.HasSuffix(t, ":") || strings.ContainsAny(t[len(t)-1:], boxEdges)) {
			return false
		}
	}
	return k < i && i-k < labelPhraseMaxWords && inLabelVocab(strings.ToLower(coreWord(ws[k].Text)))
}

// gluedEdgeLabel is the label of a word whose colon and the box's edge
// after it OCR read as "!" or as a letter glued to a word of the labels
// ("Name!", "Addressi", "Birthl", "Namej"), and "" for any other word: the word
// with its last letter is no word of the dictionaries.
func gluedEdgeLabel(t string) string {
	if len(t) < 4 || !capitalised(t) {
		return ""
	}
	core, last := t[:len(t)-1], t[len(t)-1]
	if !inLabelVocab(strings.ToLower(core)) {
		return ""
	}
	if last == '!' || strings.IndexByte("il1j", last) >= 0 && !isDictWord(t) && !knownName(t) {
		return core
	}
	return ""
}

// edgeAcronym reports an acronym that a box's edge marks as a label ("CAF
// } 4417829", "RG} MG-14.882.301"): no name and no legal form.
func edgeAcronym(t string) bool {
	return acronymWord(t) && !knownName(t) && !isLegalForm(t)
}

// ibanGroupAt reports word i as a group of an IBAN, after its country's
// code and check digits ("GB30 PMO} 3813", a "J" read as an edge).
func ibanGroupAt(ws []doc.Word, i int) bool {
	return i > 0 && ws[i-1].Line == ws[i].Line && reIBANHead.MatchString(strings.TrimSpace(ws[i-1].Text))
}

// reIBANHead is an IBAN's first group: its country's code and check digits.
var reIBANHead = regexp.MustCompile(`^[A-Z]{2}\d{2}$`)

// acronymWord reports a word of two to five capitals.
func acronymWord(t string) bool {
	return len(t) >= 2 && len(t) <= 5 && letterCount(t) == len(t) && strings.ToUpper(t) == t
}

// boxEdges are the marks OCR reads a box's left edge as.
const boxEdges = "}]|{["

// boxLabelWord reports a word that can end a label before a box's edge:
// a word of the labels or one OCR misread, or an ordinary word that no
// name list holds; not the end of a name ("Whitaker}", "Rose}").
func boxLabelWord(core string) bool {
	letters := letterCount(core)
	if letters < 2 || letters+strings.Count(core, ".") != utf8.RuneCountInString(core) {
		return false
	}
	if inLabelVocab(core) || letters >= 3 && isDictWord(core) && !knownName(core) {
		return true
	}
	if _, ok := rnLabel(core); ok {
		return true
	}
	return labelWordWithin1(core, 5) != "" // "niames|" for "names"
}

func (a *Analyzer) allowed(text string) bool {
	return len(a.allow) > 0 && a.allow[normText(text)]
}

func (a *Analyzer) denyMatches(in *Input) []Match {
	var out []Match
	for _, d := range a.deny {
		for _, loc := range d.re.FindAllStringIndex(in.Text, -1) {
			out = append(out, Match{Type: d.typ, Start: loc[0], End: loc[1], Score: 1, Source: "deny"})
		}
	}
	return out
}

// withRows returns a shallow copy of p whose words' Line ids are visual rows:
// words chained left to right by vertical overlap, so that a label and its
// value on the same row share a line even when the OCR put them in
// different blocks. Word indices are unchanged.
func withRows(p *doc.Page) *doc.Page {
	cp := *p
	cp.Words = make([]doc.Word, len(p.Words))
	copy(cp.Words, p.Words)
	idx := make([]int, 0, len(cp.Words))
	for i, w := range cp.Words {
		if strings.TrimSpace(w.Text) != "" {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		wa, wb := cp.Words[idx[a]].Box, cp.Words[idx[b]].Box
		if wa.Left != wb.Left {
			return wa.Left < wb.Left
		}
		return wa.Top < wb.Top
	})
	type row struct{ last doc.Box }
	var rows []row
	for _, i := range idx {
		b := cp.Words[i].Box
		best, bestOv := -1, 0.0
		for r := range rows {
			l := rows[r].last
			ov := float64(l.RowOverlap(b)) / float64(max(1, min(l.Height, b.Height)))
			if 3*l.Height < b.Height && 3*l.Width < b.Height {
				// A row that a speck opened (a dot under the line before
				// a column) yields to a row of words that b overlaps
				// less: any word covers the speck whole.
				ov /= 2
			}
			if ov >= 0.5 && ov > bestOv {
				// Prefer the nearest row when several overlap.
				best, bestOv = r, ov
			}
		}
		if best < 0 {
			rows = append(rows, row{})
			best = len(rows) - 1
		}
		if l := rows[best].last; !(3*b.Height < l.Height && 3*b.Width < l.Height) {
			// A dot's speck joins the row but does not stand for it:
			// the next word is matched against the row's last word.
			rows[best].last = b
		}
		cp.Words[i].Line = best
	}
	return &cp
}

// candidate is a match mapped to words, during overlap resolution.
type candidate struct {
	typ     entity.Type
	score   float64
	source  string
	words   map[int]bool
	extra   []doc.Box
	start   int
	end     int
	sources map[string]bool
}

// resolve turns matches into entities: the higher score wins where matches
// of different types share words; matches of one type that overlap, or touch
// on one line (or on consecutive lines, for addresses), merge.
func resolve(in *Input, ms []Match) []Entity {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Score != ms[j].Score {
			return ms[i].Score > ms[j].Score
		}
		if li, lj := ms[i].End-ms[i].Start, ms[j].End-ms[j].Start; li != lj {
			return li > lj
		}
		return ms[i].Source < ms[j].Source
	})
	lineOf := map[int]int{}
	for li, ln := range in.Lines {
		for _, wi := range ln {
			lineOf[wi] = li
		}
	}
	var acc []*candidate
	for _, m := range ms {
		ws := in.WordsInSpan(m.Start, m.End)
		c := &candidate{typ: m.Type, score: m.Score, source: m.Source, words: map[int]bool{}, extra: m.Extra, start: m.Start, end: m.End, sources: map[string]bool{m.Source: true}}
		for _, w := range ws {
			c.words[w] = true
		}
		if len(ws) == 0 {
			// A field region without words: keep it unless it lies on an
			// entity already found.
			if !overlapsAny(in, c, acc) {
				acc = append(acc, c)
			}
			continue
		}
		conflict := false
		var same, absorbed []*candidate
		for _, o := range acc {
			shared := sharesWord(c, o)
			if o.typ != c.typ {
				if shared && absorbs(c, o) {
					absorbed = append(absorbed, o)
					continue
				}
				if shared {
					conflict = true
					break
				}
				continue
			}
			if shared || touches(in, lineOf, c, o) {
				same = append(same, o)
			}
		}
		if conflict {
			continue
		}
		if len(absorbed) > 0 {
			acc = without(acc, absorbed)
		}
		if len(same) == 0 {
			acc = append(acc, c)
			continue
		}
		// Merge into the first (highest-scoring) entity of the same type.
		t := same[0]
		for _, o := range append(same[1:], c) {
			overlap := sharesWord(o, t)
			for w := range o.words {
				t.words[w] = true
			}
			t.extra = append(t.extra, o.extra...)
			t.start, t.end = min(t.start, o.start), max(t.end, o.end)
			// Agreement between independent recognizers raises confidence.
			for s := range o.sources {
				if overlap && !t.sources[s] {
					lo := min(t.score, o.score)
					t.score = clamp01(max(t.score, o.score) + 0.5*(1-max(t.score, o.score))*lo)
				}
				t.sources[s] = true
			}
			t.score = max(t.score, o.score)
		}
		if len(same) > 1 {
			acc = without(acc, same[1:])
		}
	}
	ents := make([]Entity, 0, len(acc))
	for _, c := range acc {
		ents = append(ents, toEntity(in, lineOf, c))
	}
	sort.SliceStable(ents, func(i, j int) bool {
		bi, bj := entityAnchor(ents[i]), entityAnchor(ents[j])
		if bi.Top != bj.Top {
			return bi.Top < bj.Top
		}
		if bi.Left != bj.Left {
			return bi.Left < bj.Left
		}
		return ents[i].Type < ents[j].Type
	})
	return ents
}

// absorbs reports whether the lower-scoring c may take the place of the
// higher-scoring o of another type: an address holds zip codes, places,
// street names that look like names, and companies (care-of lines); a
// company name found by its suffix holds the people and places it is named
// after.
func absorbs(c, o *candidate) bool {
	switch {
	case c.typ == entity.Address && (o.typ == entity.Zip || o.typ == entity.Location || o.typ == entity.Person || o.typ == entity.Organization):
	case c.typ == entity.Organization && strings.HasPrefix(c.source, "orgs") && (o.typ == entity.Person || o.typ == entity.Location):
		// "Sherman & Hunt Inc.", "Meyer Laboratories": a company name with
		// its legal form or business noun, named after people or places.
	default:
		return false
	}
	for w := range o.words {
		if !c.words[w] {
			return false
		}
	}
	return len(c.words) > len(o.words)
}

func without(acc, drop []*candidate) []*candidate {
	d := map[*candidate]bool{}
	for _, o := range drop {
		d[o] = true
	}
	k := make([]*candidate, 0, len(acc))
	for _, o := range acc {
		if !d[o] {
			k = append(k, o)
		}
	}
	return k
}

func entityAnchor(e Entity) doc.Box {
	if len(e.Boxes) == 0 {
		return doc.Box{}
	}
	return e.Boxes[0]
}

func sharesWord(a, b *candidate) bool {
	for w := range a.words {
		if b.words[w] {
			return true
		}
	}
	return false
}

// touches reports whether a and b are next to each other in the text with
// only white space between them: on the same line, or, for addresses, on
// consecutive lines.
func touches(in *Input, lineOf map[int]int, a, b *candidate) bool {
	if a.end <= b.start || b.end <= a.start {
		lo, hi := a, b
		if b.end <= a.start {
			lo, hi = b, a
		}
		gap := in.Text[lo.end:hi.start]
		if strings.TrimSpace(gap) != "" || wholeNumbers(in, a, b) || a.sources[legendSource] || b.sources[legendSource] {
			return false // a legend's initials and the last entry's name beside them stay two ("Thandiwe Mokoena   N.R. = …")
		}
		if !strings.Contains(gap, "\n") {
			// Two values side by side in two columns stay two ("Hannah
			// Kowalczyk" under "BILL TO" and again under "SHIP TO").
			return !spansColumnGap(in, lo.start, hi.end)
		}
		// An address goes on on the next line, in its own column.
		return a.typ == entity.Address && strings.Count(gap, "\n") == 1 && alignedLines(in, lineOf, lo, hi)
	}
	return true
}

// alignedLines reports that the words of hi on its first line stand under
// those of lo on its last line, aligned left, right or on their centres:
// one column's lines (a letterhead centres them), not the next column's
// line after this one's ("2301 Fish Hatchery Rd" under "SHIP TO", then
// "Madison, WI 53711" under "BILL TO").
func alignedLines(in *Input, lineOf map[int]int, lo, hi *candidate) bool {
	a, b := lineBox(in, lineOf, lo, true), lineBox(in, lineOf, hi, false)
	if a.Empty() || b.Empty() {
		return false
	}
	tol := max(a.Height, b.Height)
	return abs(a.Left-b.Left) <= tol || abs(a.Right()-b.Right()) <= tol || abs(a.Left+a.Right()-b.Left-b.Right()) <= 2*tol
}

// lineBox is the box of a candidate's words on its last line (last) or on
// its first.
func lineBox(in *Input, lineOf map[int]int, c *candidate, last bool) doc.Box {
	line := -1
	for w := range c.words {
		if l := lineOf[w]; line < 0 || last && l > line || !last && l < line {
			line = l
		}
	}
	var box doc.Box
	for w := range c.words {
		if lineOf[w] == line {
			box = box.Union(in.Page.Words[w].Box)
		}
	}
	return box
}

// wholeNumbers reports two phone numbers side by side, each whole (seven
// digits or more): two values, not one read in pieces.
func wholeNumbers(in *Input, a, b *candidate) bool {
	return a.typ == entity.Phone && patDigitCount(in.Text[a.start:a.end]) >= 7 && patDigitCount(in.Text[b.start:b.end]) >= 7
}

func overlapsAny(in *Input, c *candidate, acc []*candidate) bool {
	for _, o := range acc {
		for w := range o.words {
			for _, e := range c.extra {
				if !in.Page.Words[w].Box.Intersect(e).Empty() {
					return true
				}
			}
		}
		for _, e := range o.extra {
			for _, f := range c.extra {
				if !e.Intersect(f).Empty() {
					return true
				}
			}
		}
	}
	return false
}

func toEntity(in *Input, lineOf map[int]int, c *candidate) Entity {
	ws := make([]int, 0, len(c.words))
	for w := range c.words {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool { return in.WordStart[ws[i]] < in.WordStart[ws[j]] })
	e := Entity{Type: c.typ, Score: c.score, Source: c.source, Words: ws}
	var sb strings.Builder
	var boxes []doc.Box
	prevLine := -1
	for k, w := range ws {
		l := lineOf[w]
		if k > 0 {
			if l != prevLine {
				sb.WriteByte('\n')
			} else {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(strings.TrimSpace(in.Page.Words[w].Text))
		if l != prevLine {
			boxes = append(boxes, in.Page.Words[w].Box)
		} else {
			boxes[len(boxes)-1] = boxes[len(boxes)-1].Union(in.Page.Words[w].Box)
		}
		prevLine = l
	}
	e.Text = sb.String()
	bounds := image.Rect(0, 0, in.Page.Width, in.Page.Height)
	for _, x := range c.extra {
		if in.Page.Width > 0 && in.Page.Height > 0 {
			x = x.Clip(bounds)
		}
		if x.Empty() || containsBox(boxes, x) {
			continue
		}
		boxes = append(boxes, x)
	}
	e.Boxes = boxes
	return e
}

func containsBox(bs []doc.Box, x doc.Box) bool {
	for _, b := range bs {
		if b.Intersect(x) == x {
			return true
		}
	}
	return false
}

// fieldMinConf is the mean word confidence under which a label's value is
// read again.
const fieldMinConf = 70

// FieldRegions returns the form fields worth reading again: the values of
// recognised labels (their field extent) where the OCR found no word or only
// low-confidence ones. It is empty when label context is off. The caller
// has the OCR stage read them again and passes the words that reading
// superseded to AnalyzeExcept.
func (a *Analyzer) FieldRegions(p *doc.Page) []image.Rectangle {
	if !a.cfg.Labels || p == nil {
		return nil
	}
	in := NewInput(withRows(p))
	var out []image.Rectangle
	for _, m := range (LabelRecognizer{FieldExtent: true, wholeFields: true}).Recognize(in) {
		if !a.enabled[m.Type] || len(m.Extra) == 0 {
			continue
		}
		ws := in.WordsInSpan(m.Start, m.End)
		conf := 0.0
		for _, w := range ws {
			conf += p.Words[w].Conf
		}
		if len(ws) > 0 && conf/float64(len(ws)) >= fieldMinConf {
			continue
		}
		var r image.Rectangle
		for _, b := range m.Extra {
			r = r.Union(b.Rect())
		}
		for _, w := range ws {
			r = r.Union(p.Words[w].Box.Rect())
		}
		if p.Width > 0 && p.Height > 0 {
			r = r.Intersect(image.Rect(0, 0, p.Width, p.Height))
		}
		if !r.Empty() {
			out = append(out, r)
		}
	}
	return out
}
