// Package surrogate makes realistic, format-preserving synthetic stand-ins
// for detected personal data: names keep their titles and initials, dates are
// shifted by a per-document offset in their own format, phone numbers come
// from the fictional 555-01xx range, card numbers stay Luhn-valid, IBANs keep
// valid check digits, and so on.
//
// Surrogates are deterministic: every random choice is drawn from a PRNG
// seeded with HMAC-SHA256(key, type|normalised original|...), so the same key
// maps the same value to the same surrogate in every run, and a different key
// gives different surrogates. Without the key the mapping cannot be reversed
// or reproduced.
//
// A surrogate is written from the value detection read from the entity's
// text (entity.Value: a date's fields and layout, a phone number's parts, a
// name's, an address's or an organisation's words and their roles, the
// parts of an e-mail address, a URL or an IP address); this package does
// not read dates, numbers, names or addresses itself.
package surrogate

import (
	"crypto/rand"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/anonymizer-project/anonymizer/pipeline/editdist"
	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

// Defaults for Options.
const (
	DefaultDateShiftMaxDays = 365
	DefaultCandidates       = 8
	// maxAttempts bounds the retries that make a surrogate differ from its
	// original.
	maxAttempts = 24
)

// Errors callers may test for with errors.Is.
var (
	// ErrNoKey: New was given a nil or empty key.
	ErrNoKey = errors.New("surrogate: no key")
	// ErrEmpty: the original holds nothing that can be replaced (empty, or
	// no letters and no digits).
	ErrEmpty = errors.New("surrogate: nothing to replace")
	// ErrUnknownType: the entity type is not one this package knows.
	ErrUnknownType = errors.New("surrogate: unknown entity type")
	// ErrNoDistinct: no surrogate different from the original was found.
	ErrNoDistinct = errors.New("surrogate: no surrogate different from the original")
)

// Options tune a Generator.
type Options struct {
	// Locale selects conventions: "" or "en_US"/"en-US" (the default)
	// treat 7/10/11-digit phone numbers as NANP numbers; any other locale
	// keeps phone numbers' length and separators only. (How a numeric date
	// is read is detection's choice: entity.Conventions.)
	Locale string
	// DateShiftMaxDays bounds the per-document date shift (|shift| in
	// [1, DateShiftMaxDays]); 0 means DefaultDateShiftMaxDays.
	DateShiftMaxDays int
	// Measure returns the rendered width in pixels of a candidate surrogate;
	// it may be nil. With Measure and a positive target width, Replace picks
	// the candidate whose width is closest to the target.
	Measure func(s string) float64
	// Candidates is how many candidates are generated for width fitting;
	// 0 means DefaultCandidates.
	Candidates int
}

// Generator makes surrogates. It is safe for concurrent use.
type Generator struct {
	key       []byte
	opts      Options
	nanp      bool // US phone conventions
	baseShift int  // date shift outside any document
}

// RandomKey returns a fresh 32-byte key from the system's CSPRNG. A caller
// that uses it should log that surrogates are not reproducible across runs.
func RandomKey() ([]byte, error) {
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, fmt.Errorf("surrogate: read random key: %w", err)
	}
	return k, nil
}

// New returns a Generator keyed with key, the HMAC-SHA256 key (32 random
// bytes recommended; the Generator keeps its own copy).
func New(key []byte, opts Options) (*Generator, error) {
	if len(key) == 0 {
		return nil, ErrNoKey
	}
	if opts.DateShiftMaxDays < 0 {
		return nil, fmt.Errorf("surrogate: DateShiftMaxDays %d is negative", opts.DateShiftMaxDays)
	}
	if opts.Candidates < 0 {
		return nil, fmt.Errorf("surrogate: Candidates %d is negative", opts.Candidates)
	}
	if opts.DateShiftMaxDays == 0 {
		opts.DateShiftMaxDays = DefaultDateShiftMaxDays
	}
	if opts.Candidates == 0 {
		opts.Candidates = DefaultCandidates
	}
	loc := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(opts.Locale), "-", "_"))
	us := loc == "" || loc == "en" || loc == "en_us" || strings.HasSuffix(loc, "_us")
	g := &Generator{
		key:  append([]byte(nil), key...),
		opts: opts,
		nanp: us,
	}
	g.baseShift = g.docShift("")
	return g, nil
}

// docShift derives a document's date shift in days: uniform over
// [-max, -1] ∪ [1, max].
func (g *Generator) docShift(docID string) int {
	r := g.rng("date-shift", docID)
	m := g.opts.DateShiftMaxDays
	d := 1 + r.IntN(m)
	if r.IntN(2) == 0 {
		d = -d
	}
	return d
}

// Replace returns a surrogate for original, the text of an entity of type
// t, written from v, the value detection parsed from that text
// (entity.Parse); a value that did not parse gets a surrogate drawn from
// the text alone. targetWidth is the width in pixels the surrogate should
// fill (0 when unknown). Dates are shifted by the Generator's own offset;
// use a Document to keep dates consistent within one document.
func (g *Generator) Replace(t entity.Type, original string, v entity.Value, targetWidth float64) (string, error) {
	return g.replace(nil, g.baseShift, t, original, v, targetWidth, g.opts.Measure)
}

// Document holds per-document state: the date shift, the candidate chosen
// for each value, and the draw chosen for each identity-bearing component
// (surname, given name, city, area code...), so that a value repeated in the
// document, in any form, maps to the same synthetic identity. It is safe for
// concurrent use (calls on one Document are serialised).
type Document struct {
	g          *Generator
	shift      int
	mu         sync.Mutex
	picks      map[string]int
	components map[string]draw
	// sexes holds the sex a given name (nameKey) took in the document:
	// a later mention without a title takes the same ("Herr Rüdiger
	// Vossenkämper", then "Vossenkämper, Rüdiger").
	sexes map[string]gender
	// avoid holds the document's original given and family names
	// (nameKey), which no stand-in writes (Avoid).
	avoid map[string]bool
}

// Avoid records the given and family names of v, an original name of the
// document: no stand-in of the document writes one of them but where the
// value it replaces holds it too ("Joan" drawn as the middle name of
// another person's stand-in would put the learner's name back on the
// page). Call it for every name before replacing any.
func (d *Document) Avoid(v entity.Value) {
	if v.Name == nil {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, w := range v.Name.Words {
		if k := nameKey(strings.TrimSuffix(w.Core, ".")); (w.Role == entity.RoleGiven || w.Role == entity.RoleFamily) && utf8.RuneCountInString(k) >= avoidMinRunes {
			d.avoid[k] = true
		}
	}
}

// avoidMinRunes is the fewest letters of a name that Avoid records: an
// initial or a two-letter name ("Li", "Ng") is too short to tell.
const avoidMinRunes = 3

// NewDocument starts a document. Its date shift is derived from the key and
// docID, so it is the same in every run with the same key.
func (g *Generator) NewDocument(docID string) *Document {
	return &Document{g: g, shift: g.docShift(docID), picks: map[string]int{}, components: map[string]draw{}, sexes: map[string]gender{}, avoid: map[string]bool{}}
}

// Replace is Generator.Replace with the document's date shift; a value
// (type and normalised text) seen before in the document keeps the synthetic
// identity it got the first time, re-fitted only in its format.
func (d *Document) Replace(t entity.Type, original string, v entity.Value, targetWidth float64) (string, error) {
	return d.g.replace(d, d.shift, t, original, v, targetWidth, d.g.opts.Measure)
}

// ReplaceMeasured is Replace with a width measure for this call only (the
// style of each region differs, so the renderer supplies one per region);
// it overrides Options.Measure.
func (d *Document) ReplaceMeasured(t entity.Type, original string, v entity.Value, targetWidth float64, measure func(s string) float64) (string, error) {
	return d.g.replace(d, d.shift, t, original, v, targetWidth, measure)
}

type genFunc func(j *job) (string, error)

var generators = map[entity.Type]genFunc{
	entity.Person:       genPerson,
	entity.Organization: genOrganization,
	entity.Location:     genLocation,
	entity.Address:      genAddress,
	entity.Date:         genDate,
	entity.Phone:        genPhone,
	entity.Email:        genEmail,
	entity.URL:          genURL,
	entity.IP:           genIP,
	entity.CreditCard:   genCreditCard,
	entity.IBAN:         genIBAN,
	entity.SSN:          genSSN,
	entity.Zip:          genZip,
	entity.ID:           genID,
	entity.Age:          genAge,
}

// numericTypes are the types whose normalisation drops punctuation and
// whose surrogate must not share a long digit run with the original.
var numericTypes = map[entity.Type]bool{
	entity.Phone: true, entity.CreditCard: true, entity.IBAN: true, entity.SSN: true,
	entity.Zip: true, entity.ID: true, entity.IP: true,
}

// job is one attempt at one candidate for one value.
type job struct {
	g       *Generator
	typ     entity.Type
	orig    string
	value   entity.Value
	norm    string
	shift   int
	cand    int
	attempt int
	// fixed holds the (candidate, attempt) a document already chose for a
	// component (a surname, a city); used collects the ones this attempt
	// drew.
	fixed map[string]draw
	used  map[string]draw
	// mono: the text is set in a monospaced font (every character takes
	// the same width), so a surrogate keeps the original's character count
	// where its format allows.
	mono bool
	// sexes are the sexes the document's given names took before;
	// sexUsed collects the ones this attempt gave.
	sexes, sexUsed map[string]gender
	// taken holds the name keys of the stand-ins already written for the
	// other words of the name being replaced, which its next word does not
	// repeat ("Christina Christina Reyes").
	taken map[string]bool
	// avoid holds the document's original names (Document.Avoid).
	avoid map[string]bool
}

// draw identifies the PRNG stream a component was drawn from.
type draw struct{ cand, attempt int }

// rng returns a PRNG for this job seeded from the given parts: values seeded
// by the same parts in two jobs of the same candidate and attempt agree,
// which keeps a surname's surrogate the same in "Mr. R. Orcutt" and
// "ORCUTT, R.".
func (j *job) rng(parts ...string) *rng {
	all := make([]string, 0, len(parts)+4)
	all = append(all, string(j.typ), fmt.Sprint(j.cand), fmt.Sprint(j.attempt))
	all = append(all, parts...)
	r := j.g.rng(all...)
	r.loose = j.attempt >= 4
	return r
}

// component returns the PRNG for one identity-bearing part of a value (a
// surname, a given name, a city, an area code), seeded by that part alone.
// Within a Document the first draw of a component is reused by every later
// value, whatever candidate wins there, so "Orcutt" has one surrogate
// throughout the document even when width fitting picks different
// candidates for "Mr. R. H. Orcutt" and "ORCUTT, R.".
func (j *job) component(parts ...string) *rng {
	key := string(componentSpace(j.typ)) + "\x1f" + strings.Join(parts, "\x1f")
	d := draw{j.cand, j.attempt}
	if f, ok := j.fixed[key]; ok {
		d = f
	}
	if j.used != nil {
		j.used[key] = d
	}
	all := make([]string, 0, len(parts)+3)
	all = append(all, string(componentSpace(j.typ)), itoa(d.cand), itoa(d.attempt))
	all = append(all, parts...)
	r := j.g.rng(all...)
	r.loose = d.attempt >= 4
	return r
}

// componentSpace: ADDRESS and LOCATION share their components, so a city
// is replaced by the same city in both.
func componentSpace(typ entity.Type) entity.Type {
	if typ == entity.Location {
		return entity.Address
	}
	return typ
}

func (g *Generator) replace(d *Document, shift int, typ entity.Type, original string, v entity.Value, targetWidth float64, measure func(string) float64) (string, error) {
	if _, ok := generators[typ]; !ok {
		// The type name is not personal data; it may be quoted.
		return "", fmt.Errorf("%w %q", ErrUnknownType, typ)
	}
	// The text as its value was read: a form rule OCR glued to it is not
	// part of it, the underscores must not be drawn.
	original = entity.CleanText(original)
	if !hasAlnum(original) {
		return "", fmt.Errorf("%s: %w", typ, ErrEmpty)
	}
	norm := normalise(typ, original)
	memo := string(typ) + "\x00" + norm

	first, n := 0, g.opts.Candidates
	var fixed map[string]draw
	var sexes map[string]gender
	var avoid map[string]bool
	if d != nil {
		// Held for the whole call: the document's choices must not change
		// between reading and recording them.
		d.mu.Lock()
		defer d.mu.Unlock()
		if k, seen := d.picks[memo]; seen {
			first, n = k, 1
		}
		fixed, sexes, avoid = d.components, d.sexes, d.avoid
	}
	mono := monospaced(measure)
	var cands []string
	var idx []int
	var used []map[string]draw
	var sexUsed []map[string]gender
	var firstErr error
	for k := first; k < first+n; k++ {
		j := &job{g: g, typ: typ, orig: original, value: v, norm: norm, shift: shift, cand: k, fixed: fixed, mono: mono, sexes: sexes, avoid: avoid}
		s, err := g.candidate(j)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		cands = append(cands, s)
		idx = append(idx, k)
		used = append(used, j.used)
		sexUsed = append(sexUsed, j.sexUsed)
	}
	if len(cands) == 0 {
		return "", firstErr
	}
	best := pick(cands, original, targetWidth, measure)
	if d != nil {
		if _, seen := d.picks[memo]; !seen {
			d.picks[memo] = idx[best]
		}
		for key, dr := range used[best] {
			if _, seen := d.components[key]; !seen {
				d.components[key] = dr
			}
		}
		for key, g := range sexUsed[best] {
			if _, seen := d.sexes[key]; !seen {
				d.sexes[key] = g
			}
		}
	}
	return cands[best], nil
}

// pick returns the index of the candidate whose measured width is closest to
// targetWidth; without a measure or a target, the one whose length is
// closest to the original's. (In monospaced text either keeps the
// original's character count where a candidate has it.) Ties go to the
// lowest index.
func pick(cands []string, original string, targetWidth float64, measure func(string) float64) int {
	best, bestD := 0, math.Inf(1)
	for i, c := range cands {
		var d float64
		if measure != nil && targetWidth > 0 {
			w := measure(c)
			if math.IsNaN(w) {
				continue
			}
			d = math.Abs(w - targetWidth)
		} else {
			d = math.Abs(float64(utf8.RuneCountInString(c) - utf8.RuneCountInString(original)))
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// monospaced reports whether measure gives every character the same
// advance: a run of narrow letters as wide as one of wide letters and of
// digits (within 2%).
func monospaced(measure func(string) float64) bool {
	if measure == nil {
		return false
	}
	narrow, wide, digits := measure("iiiiiiiiii"), measure("MMMMMMMMMM"), measure("0000000000")
	if !(narrow > 0) || math.IsNaN(wide) || math.IsNaN(digits) {
		return false
	}
	return math.Abs(wide-narrow) <= 0.02*wide && math.Abs(digits-narrow) <= 0.02*wide
}

// writesAvoided reports a stand-in s that writes one of the document's
// original names (Document.Avoid) that the value it replaces does not
// hold.
func (j *job) writesAvoided(s string) bool {
	if len(j.avoid) == 0 {
		return false
	}
	own := map[string]bool{}
	for _, w := range letterWords(j.orig) {
		own[nameKey(w)] = true
	}
	for _, w := range letterWords(s) {
		if k := nameKey(w); j.avoid[k] && !own[k] {
			return true
		}
	}
	return false
}

// letterWords are the runs of letters of s.
func letterWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// candidate runs attempts until the surrogate differs from the original
// (after normalisation) and, for numbers, shares no long digit run with it.
// If every attempt shares a run, the one with the shortest is returned.
func (g *Generator) candidate(j *job) (string, error) {
	best, bestRun := "", math.MaxInt
	var bestUsed map[string]draw
	origDigits := digitsOf(j.orig)
	limit := digitRunLimit(len(origDigits))
	var lastErr error
	for a := 0; a < maxAttempts; a++ {
		j.attempt = a
		j.used = map[string]draw{}
		s, err := generators[j.typ](j)
		if err != nil {
			lastErr = err
			continue
		}
		if normalise(j.typ, s) == j.norm || foldSpace(s) == foldSpace(j.orig) || nearlyOriginal(s, j.orig) || j.writesAvoided(s) {
			continue
		}
		if !numericTypes[j.typ] || limit == 0 {
			return s, nil
		}
		run := longestCommonRun(variableDigits(j.typ, s), origDigits)
		if run < limit {
			return s, nil
		}
		if run < bestRun {
			best, bestRun, bestUsed = s, run, j.used
		}
	}
	if best != "" {
		j.used = bestUsed
		return best, nil
	}
	if lastErr != nil {
		return "", fmt.Errorf("%s: %w", j.typ, lastErr)
	}
	return "", fmt.Errorf("%s: %w after %d attempts", j.typ, ErrNoDistinct, maxAttempts)
}

// variableDigits are the digits of a surrogate that carry information: the
// fixed fictional 555-01 exchange of a phone surrogate is masked, since
// sharing it with an original reveals nothing.
func variableDigits(typ entity.Type, s string) string {
	d := digitsOf(s)
	if typ == entity.Phone {
		d = strings.ReplaceAll(d, "55501", "xxxxx")
	}
	return d
}

// digitRunLimit is the shortest digit run a numeric surrogate may not share
// with an original of n digits (0: no limit beyond inequality).
func digitRunLimit(n int) int {
	switch {
	case n >= 8:
		return 4
	case n >= 4:
		return 3
	default:
		return 0
	}
}

// normalise is the form of a value that seeds its PRNG: case-folded with
// whitespace collapsed; numbers keep only letters and digits, so that
// "(614) 466- 5087" and "614-466-5087" are the same value.
func normalise(typ entity.Type, s string) string {
	if numericTypes[typ] && typ != entity.IP {
		var b strings.Builder
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		return b.String()
	}
	return foldSpace(s)
}

// nearlyOriginal reports a surrogate one edit from the original, both of
// five characters or more without spaces: the pipeline's leak check reads
// such a line as the original ("13 Station Parade" for "12 Station
// Parade") and boxes it black.
func nearlyOriginal(s, orig string) bool {
	a, b := []rune(strings.Join(strings.Fields(strings.ToLower(s)), "")), []rune(strings.Join(strings.Fields(strings.ToLower(orig)), ""))
	return len(b) >= 5 && editdist.Distance(a, b, 1) <= 1
}

func foldSpace(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// longestCommonRun is the length of the longest common substring of a and b.
func longestCommonRun(a, b string) int {
	if a == "" || b == "" {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	best := 0
	for i := 1; i <= len(a); i++ {
		for k := 1; k <= len(b); k++ {
			if a[i-1] == b[k-1] {
				cur[k] = prev[k-1] + 1
				if cur[k] > best {
					best = cur[k]
				}
			} else {
				cur[k] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}
