// Command ocrmodes measures Tesseract page segmentation modes and
// preprocessing variants of pipeline/ocr on FUNSD-style annotated forms: the
// share of labelled PII words and of all annotated words that some OCR word
// box covers (at least 50% of the word's area), the same for PII with OCR
// boxes padded by 3 px ("PII pad3": FUNSD's boxes are looser than
// Tesseract's), the share of PII words read right ("PII read": a covering
// padded OCR word contains the label's letters and digits, case-insensitive),
// and the seconds per page. It
// can also time the tesseract CLI on the same pages (the reference of the
// project's speed target) and score merged two-pass results.
//
//	go run ./scripts/ocrmodes --data DIR/testing_data --labels DIR/pii.json \
//	    --psm 3,4,6,11,12 --variants base,noinv --merge 3+11,6+11 --cli --limit 20
//
// Variants (join with ':' to combine, e.g. noinv:up1.5):
//
//	base      tesseract defaults (as the CLI)
//	noinv     tessedit_do_invert=0 (no second look for white-on-black text)
//	upF       upscale the page by F before OCR (e.g. up1.5)
//	fsF       upscale factor of Region and Recover (default 2)
//	sauvola   thresholding_method=2 (Sauvola), lotsu: 1 (Leptonica Otsu)
//
// --recover 3 adds a row "psm3+recover": the PSM 3 words merged with what
// Engine.Recover re-reads from ink they do not cover.
//
// --fields 6,7 adds rows "field psmN": Engine.Region over each labelled PII
// field (its annotated box padded by half its height) with that PSM, scored
// on the field's words only (the re-read a form-label recogniser does).
//
// Nothing from the data set is written anywhere; the program prints only
// aggregate figures.
package main

import (
	"context"
	"flag"
	"fmt"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/funsd"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
)

// field is a labelled PII entity's box with its words, for --fields.
type field struct {
	box   doc.Box
	words []target
}

type target struct {
	box  doc.Box
	kind string // PII type, or "" for an annotated word
	text string // normalised (see norm), PII words only
}

type page struct {
	name   string
	img    image.Image
	pii    []target
	all    []target
	fields []field
}

type mode struct {
	variant string
	psm     int
}

type result struct {
	words []doc.Word
	secs  float64
}

func main() {
	if ocr.OpenMPThreadLimit() > 1 {
		fmt.Fprintln(os.Stderr, "ocrmodes: run with OMP_THREAD_LIMIT=1 (Tesseract is several times slower otherwise)")
		os.Exit(2)
	}
	data := flag.String("data", "", "split folder with images/ and annotations/ (e.g. funsd/testing_data)")
	labels := flag.String("labels", "", "pii.json (keys are image paths relative to its folder)")
	psms := flag.String("psm", "3,4,6,11,12", "page segmentation modes, comma-separated")
	variants := flag.String("variants", "base", "preprocessing variants, comma-separated (see doc)")
	merges := flag.String("merge", "", "two-pass merges to score, e.g. 3+11,6+11 (both PSMs must be in --psm)")
	limit := flag.Int("limit", 0, "use at most N pages (0 = all)")
	cli := flag.Bool("cli", false, "also time `tesseract IMAGE -` (OMP_THREAD_LIMIT=1) per page")
	recoverList := flag.String("recover", "", "PSMs (of --psm) to follow with Recover (re-reading uncovered ink), e.g. 3,6")
	recoverConf := flag.Float64("recover-conf", 30, "minimum confidence of recovered words")
	fieldList := flag.String("fields", "", "PSMs for Region re-reads of each labelled PII field (its box padded by half its height), e.g. 6,7")
	flag.Parse()
	if *data == "" || *labels == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*data, *labels, *psms, *variants, *merges, *limit, *cli, *recoverList, *recoverConf, *fieldList); err != nil {
		fmt.Fprintln(os.Stderr, "ocrmodes:", err)
		os.Exit(1)
	}
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("bad number %q: %w", f, err)
		}
		out = append(out, n)
	}
	return out, nil
}

func variantOptions(v string) (ocr.Options, error) {
	o := ocr.Options{Workers: 1}
	for _, p := range strings.Split(v, ":") {
		switch {
		case p == "base":
		case p == "noinv":
			o.Invert = ocr.Off
		case p == "sauvola":
			o.Thresholding = 2
		case p == "lotsu":
			o.Thresholding = 1
		case strings.HasPrefix(p, "fs"):
			f, err := strconv.ParseFloat(p[2:], 64)
			if err != nil {
				return o, fmt.Errorf("variant %q: %w", p, err)
			}
			o.FieldScale = f
		case strings.HasPrefix(p, "up"):
			f, err := strconv.ParseFloat(p[2:], 64)
			if err != nil {
				return o, fmt.Errorf("variant %q: %w", p, err)
			}
			o.PageScale = f
		default:
			return o, fmt.Errorf("unknown variant %q", p)
		}
	}
	return o, nil
}

func loadPages(data, labels string, limit int) ([]page, error) {
	pii, err := funsd.ReadLabels(labels)
	if err != nil {
		return nil, err
	}
	imgs, err := filepath.Glob(filepath.Join(data, "images", "*.png"))
	if err != nil {
		return nil, err
	}
	sort.Strings(imgs)
	if limit > 0 && len(imgs) > limit {
		imgs = imgs[:limit]
	}
	labelDir, err := filepath.Abs(filepath.Dir(labels))
	if err != nil {
		return nil, err
	}
	var pages []page
	for _, path := range imgs {
		name := strings.TrimSuffix(filepath.Base(path), ".png")
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		img, _, err := image.Decode(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", name, err)
		}
		p := page{name: name, img: img}
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, err
		}
		key, err := filepath.Rel(labelDir, abs)
		if err != nil {
			return nil, err
		}
		for _, l := range pii[filepath.ToSlash(key)] {
			f := field{box: l.Box.Box()}
			for _, w := range l.Words {
				if strings.TrimSpace(w.Text) != "" {
					t := target{w.Box.Box(), l.Type, norm(w.Text)}
					p.pii = append(p.pii, t)
					f.words = append(f.words, t)
				}
			}
			p.fields = append(p.fields, f)
		}
		a, err := funsd.ReadAnnotation(filepath.Join(data, "annotations", name+".json"))
		if err != nil {
			return nil, err
		}
		for _, w := range a.Words() {
			if strings.TrimSpace(w.Text) != "" {
				p.all = append(p.all, target{box: w.Box.Box()})
			}
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// norm lower-cases s and keeps only letters and digits, so that reading
// "(614)" as "(614" or "Smith," as "Smith" still counts as read.
func norm(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// readRight: an OCR word whose padded box covers at least half of the
// target reads its text (normalised; an OCR word holding the target's text
// with more around it, e.g. two words read as one, counts too).
func readRight(t target, padded []doc.Word) bool {
	a := t.box.Area()
	if a == 0 || t.text == "" {
		return false
	}
	for _, w := range padded {
		if 2*t.box.Intersect(w.Box).Area() >= a && strings.Contains(norm(w.Text), t.text) {
			return true
		}
	}
	return false
}

// covered: some OCR box covers at least half of the target's area.
func covered(t doc.Box, words []doc.Word) bool {
	a := t.Area()
	if a == 0 {
		return false
	}
	for _, w := range words {
		if 2*t.Intersect(w.Box).Area() >= a {
			return true
		}
	}
	return false
}

// scorePad is the margin added to OCR boxes for the padded PII column:
// FUNSD's word boxes are drawn a few pixels looser than Tesseract's ink boxes,
// and later stages pad regions anyway.
const scorePad = 3

type score struct {
	piiHit, piiN, allHit, allN int
	piiPadHit, piiRead         int
	byType                     map[string][2]int
	secs                       float64
	extra                      float64 // seconds of the recover step alone
	fields                     int     // Region calls, for field rows
	words                      int
}

func (s *score) add(p page, words []doc.Word, secs float64) {
	if s.byType == nil {
		s.byType = map[string][2]int{}
	}
	padded := make([]doc.Word, len(words))
	for i, w := range words {
		padded[i] = w
		padded[i].Box = w.Box.Pad(scorePad)
	}
	for _, t := range p.pii {
		c := s.byType[t.kind]
		c[1]++
		s.piiN++
		if covered(t.box, words) {
			c[0]++
			s.piiHit++
		}
		if covered(t.box, padded) {
			s.piiPadHit++
		}
		if readRight(t, padded) {
			s.piiRead++
		}
		s.byType[t.kind] = c
	}
	for _, t := range p.all {
		s.allN++
		if covered(t.box, words) {
			s.allHit++
		}
	}
	s.secs += secs
	s.words += len(words)
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

// cliWords runs the tesseract CLI (TSV output) and times it.
func cliWords(path string) ([]doc.Word, float64, error) {
	cmd := exec.Command("tesseract", path, "-", "tsv")
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	t0 := time.Now()
	out, err := cmd.Output()
	secs := time.Since(t0).Seconds()
	if err != nil {
		return nil, 0, fmt.Errorf("tesseract cli: %w", err)
	}
	var words []doc.Word
	for i, line := range strings.Split(string(out), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 12 || f[0] != "5" || strings.TrimSpace(f[11]) == "" {
			continue
		}
		var n [4]int
		for k := 0; k < 4; k++ {
			n[k], _ = strconv.Atoi(f[6+k])
		}
		words = append(words, doc.Word{Text: f[11], Box: doc.Box{Left: n[0], Top: n[1], Width: n[2], Height: n[3]}})
	}
	return words, secs, nil
}

// study holds the engines of the variants under test and the scores of
// every mode, in the order the modes were first scored.
type study struct {
	engines map[string]*ocr.Engine
	vnames  []string
	psms    []int
	// recovers and fieldPSMs are the PSMs followed by Recover and used for
	// field re-reads; merges the pairs of PSMs whose two passes are merged.
	recovers, fieldPSMs []int
	merges              []mergeSpec
	recoverConf         float64
	scores              map[string]*score
	order               []string
}

type mergeSpec struct{ a, b int }

// get returns mode k's score, noting the mode on first use.
func (st *study) get(k string) *score {
	if st.scores[k] == nil {
		st.scores[k] = &score{}
		st.order = append(st.order, k)
	}
	return st.scores[k]
}

func run(data, labels, psmList, variantList, mergeList string, limit int, cli bool, recoverList string, recoverConf float64, fieldList string) error {
	st := &study{engines: map[string]*ocr.Engine{}, scores: map[string]*score{}, recoverConf: recoverConf}
	var err error
	if st.fieldPSMs, err = parseInts(fieldList); err != nil {
		return err
	}
	if st.psms, err = parseInts(psmList); err != nil {
		return err
	}
	if st.recovers, err = parseInts(recoverList); err != nil {
		return err
	}
	if st.merges, err = parseMerges(mergeList); err != nil {
		return err
	}
	pages, err := loadPages(data, labels, limit)
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		return fmt.Errorf("no pages under %s", data)
	}
	for _, v := range strings.Split(variantList, ",") {
		v = strings.TrimSpace(v)
		o, err := variantOptions(v)
		if err != nil {
			return err
		}
		e, err := ocr.New(o)
		if err != nil {
			return err
		}
		defer e.Close()
		st.engines[v] = e
		st.vnames = append(st.vnames, v)
	}
	fmt.Fprintf(os.Stderr, "ocrmodes: %d pages, psm %v, variants %v, OpenMP thread limit %d\n",
		len(pages), st.psms, st.vnames, ocr.OpenMPThreadLimit())
	ctx := context.Background()
	for i, p := range pages {
		if cli {
			words, secs, err := cliWords(filepath.Join(data, "images", p.name+".png"))
			if err != nil {
				return err
			}
			st.get("cli psm3").add(p, words, secs)
		}
		for _, v := range st.vnames {
			if err := st.pagePasses(ctx, v, i, p); err != nil {
				return err
			}
		}
		for _, v := range st.vnames {
			if err := st.fieldReads(ctx, v, p); err != nil {
				return err
			}
		}
		fmt.Fprintf(os.Stderr, "ocrmodes: page %d/%d done\n", i+1, len(pages))
	}
	return st.print(pages)
}

// parseMerges reads "3+11,6+11" into pairs of PSMs.
func parseMerges(list string) ([]mergeSpec, error) {
	var out []mergeSpec
	for _, m := range strings.Split(list, ",") {
		if m = strings.TrimSpace(m); m == "" {
			continue
		}
		ab := strings.Split(m, "+")
		if len(ab) != 2 {
			return nil, fmt.Errorf("bad merge %q", m)
		}
		ns, err := parseInts(ab[0] + "," + ab[1])
		if err != nil {
			return nil, err
		}
		out = append(out, mergeSpec{ns[0], ns[1]})
	}
	return out, nil
}

// pagePasses scores variant v's page passes of page i at each PSM, each
// followed by Recover where asked, and the asked merges of two passes.
func (st *study) pagePasses(ctx context.Context, v string, i int, p page) error {
	res := map[mode]result{}
	for _, psm := range st.psms {
		t0 := time.Now()
		pg, err := st.engines[v].PagePSM(ctx, p.img, i, psm)
		if err != nil {
			return fmt.Errorf("page %s psm %d: %w", p.name, psm, err)
		}
		secs := time.Since(t0).Seconds()
		res[mode{v, psm}] = result{pg.Words, secs}
		st.get(fmt.Sprintf("%s psm%d", v, psm)).add(p, pg.Words, secs)
		for _, rp := range st.recovers {
			if rp != psm {
				continue
			}
			t0 := time.Now()
			rec, err := st.engines[v].Recover(ctx, p.img, pg, st.recoverConf)
			if err != nil {
				return fmt.Errorf("page %s psm %d recover: %w", p.name, psm, err)
			}
			rsecs := time.Since(t0).Seconds()
			s := st.get(fmt.Sprintf("%s psm%d+recover", v, psm))
			s.add(p, mergeFill(pg.Words, rec), secs+rsecs)
			s.extra += rsecs
		}
	}
	for _, m := range st.merges {
		ra, oka := res[mode{v, m.a}]
		rb, okb := res[mode{v, m.b}]
		if !oka || !okb {
			continue
		}
		st.get(fmt.Sprintf("%s psm%d+%d", v, m.a, m.b)).add(p, mergeFill(ra.words, rb.words), ra.secs+rb.secs)
	}
	return nil
}

// fieldReads scores variant v's re-reads of each labelled field of p (its
// box padded by half its height) at each field PSM.
func (st *study) fieldReads(ctx context.Context, v string, p page) error {
	for _, fp := range st.fieldPSMs {
		fs := st.get(fmt.Sprintf("%s field psm%d", v, fp))
		for _, f := range p.fields {
			r := f.box.Pad(f.box.Height / 2).Rect()
			t0 := time.Now()
			words, err := st.engines[v].Region(ctx, p.img, r, fp)
			if err != nil {
				return fmt.Errorf("page %s field: %w", p.name, err)
			}
			fs.secs += time.Since(t0).Seconds()
			fs.fields++
			padded := make([]doc.Word, len(words))
			for i, w := range words {
				padded[i] = w
				padded[i].Box = w.Box.Pad(scorePad)
			}
			for _, t := range f.words {
				fs.piiN++
				if readRight(t, padded) {
					fs.piiRead++
				}
				if covered(t.box, padded) {
					fs.piiPadHit++
				}
				if covered(t.box, words) {
					fs.piiHit++
				}
			}
		}
	}
	return nil
}

// print writes the table of scores, a row per mode and a column per PII
// type, then the totals of the pages.
func (st *study) print(pages []page) error {
	types := map[string]bool{}
	for _, s := range st.scores {
		for t := range s.byType {
			types[t] = true
		}
	}
	var tnames []string
	for t := range types {
		tnames = append(tnames, t)
	}
	sort.Strings(tnames)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	hdr := fmt.Sprintf("mode\tPII cov\tPII pad%d\tPII read\t", scorePad)
	for _, t := range tnames {
		hdr += t + "\t"
	}
	hdr += "all cov\ts/page\trecover s\twords/page\t"
	fmt.Fprintln(tw, hdr)
	n := float64(len(pages))
	for _, k := range st.order {
		s := st.scores[k]
		row := k + "\t" + ratio(s.piiHit, s.piiN) + "\t" + ratio(s.piiPadHit, s.piiN) + "\t" + ratio(s.piiRead, s.piiN) + "\t"
		for _, t := range tnames {
			c := s.byType[t]
			row += ratio(c[0], c[1]) + "\t"
		}
		rec := "-"
		if s.extra > 0 {
			rec = fmt.Sprintf("%.3f", s.extra/n)
		}
		if s.fields > 0 {
			// Field rows: only the PII columns apply; time is per field.
			row += fmt.Sprintf("-\t%.3f/field\t-\t-\t", s.secs/float64(s.fields))
			fmt.Fprintln(tw, row)
			continue
		}
		row += fmt.Sprintf("%s\t%.3f\t%s\t%.0f\t", ratio(s.allHit, s.allN), s.secs/n, rec, float64(s.words)/n)
		fmt.Fprintln(tw, row)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var piiN, allN int
	for _, p := range pages {
		piiN += len(p.pii)
		allN += len(p.all)
	}
	fmt.Printf("pages %d, labelled PII words %d, annotated words %d\n", len(pages), piiN, allN)
	return nil
}

// mergeFill merges the words b into a as the pipeline merges two passes
// (ocr.Fill).
func mergeFill(a, b []doc.Word) []doc.Word {
	out, _ := ocr.Merge(a, ocr.Fill, ocr.Reading{Words: b})
	return out
}
