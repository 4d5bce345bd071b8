package main

import (
	"context"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/document"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf/pdftest"
	"github.com/anonymizer-project/anonymizer/pipeline/report"
)

// poppler runs one of poppler-utils' tools (pdftotext, pdfinfo) and
// returns its output; the tests that need it fail when it is missing
// (make deps installs it).
func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v (poppler-utils; make deps installs it)", tool, args, err)
	}
	return string(out)
}

// pageSizes are pdfinfo's page sizes of a PDF, in points, one per page.
func pageSizes(t *testing.T, path string) []string {
	t.Helper()
	info := poppler(t, "pdfinfo", "-f", "1", "-l", "1000", path)
	return regexp.MustCompile(`(?m)^Page +\d+ size: +([0-9.]+ x [0-9.]+) pts`).FindAllString(info, -1)
}

// A scanned 3-page PDF comes out as a 3-page PDF of the same page sizes, no
// more than 1.5 times the input's bytes, with no text, and on every page
// the planted names are gone.
func TestAnonymizeScannedPDF(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on 3 pages")
	}
	docs := synthPages(t, 3)
	imgs := make([]image.Image, len(docs))
	for i, d := range docs {
		imgs[i] = d.Image
	}
	in := filepath.Join(t.TempDir(), "scan.pdf")
	if err := os.WriteFile(in, pdftest.Scanned(t, imgs, 100), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if code := run("anonymize", "--key", "k", "--workers", "2", "-o", out, in); code != exitOK {
		t.Fatalf("exit code %d", code)
	}
	if got := listDir(t, out); len(got) != 2 || got[0] != "scan.pdf" || got[1] != "scan.report.json" {
		t.Fatalf("outputs %v", got)
	}
	res := filepath.Join(out, "scan.pdf")
	want, got := pageSizes(t, in), pageSizes(t, res)
	if len(got) != len(docs) || strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("page sizes %q, want %q", got, want)
	}
	inSize, outSize := fileSize(t, in), fileSize(t, res)
	t.Logf("output %d bytes, %.2f times the input", outSize, float64(outSize)/float64(inSize))
	if float64(outSize) > 1.5*float64(inSize) {
		t.Errorf("output %d bytes, over 1.5 times the input's %d", outSize, inSize)
	}
	if text := strings.TrimSpace(poppler(t, "pdftotext", res, "-")); text != "" {
		t.Errorf("the output has a text layer of %d bytes without --text-layer", len(text))
	}
	rep, err := report.ReadFile(filepath.Join(out, "scan.report.json"))
	if err != nil || len(rep.Pages) != len(docs) {
		t.Fatalf("report: %v", err)
	}
	d, err := document.Read(res, document.Options{})
	if err != nil || d.NumPages() != len(docs) {
		t.Fatalf("read back: %v", err)
	}
	r := newPageReader(t)
	for i, sd := range docs {
		img, _, err := d.Page(context.Background(), i)
		if err != nil {
			t.Fatal(err)
		}
		if img.Bounds() != sd.Image.Bounds() {
			t.Errorf("page %d: %v, want %v", i+1, img.Bounds(), sd.Image.Bounds())
		}
		assertNamesGone(t, r, i, sd, img)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Size()
}

// letter is a born-digital letter about a patient: the personal data it
// plants, and its lines.
var letter = struct {
	planted []string
	lines   []string
}{
	planted: []string{"Margaret", "Ellison", "03/07/1958", "4471902", "555-0134", "555-0187", "margaret.ellison@example.com", "Hollins"},
	lines: []string{
		"Riverside Medical Centre, 12 Harbor Street, Springfield",
		"",
		"March 14, 2024",
		"",
		"Patient: Margaret Ellison",
		"Date of birth: 03/07/1958",
		"Medical record number: 4471902",
		"Phone: (415) 555-0134",
		"Mobile: (415) 555-0187",
		"Email: margaret.ellison@example.com",
		"",
		"Dear Dr. Hollins,",
		"",
		"Thank you for seeing Margaret Ellison in the clinic.",
		"She is well and her results are normal.",
		"",
		"Yours sincerely,",
	},
}

// A born-digital letter comes out with none of its personal data left in
// any layer: pdftotext (with the text layer OCR'd from the anonymized
// pages), pdfinfo (Title and Author named the patient) and OCR of the
// pages find none of it.
func TestAnonymizeBornDigitalLetter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract")
	}
	meta := map[string]string{"Title": "Letter about Margaret Ellison", "Author": "Dr. Hollins", "Subject": "DOB 03/07/1958"}
	in := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(in, pdftest.BornDigital(t, letter.lines, meta, "Call Margaret Ellison on (415) 555-0134"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, s := range letter.planted[:2] {
		if !strings.Contains(poppler(t, "pdftotext", in, "-")+poppler(t, "pdfinfo", in), s) {
			t.Fatalf("the input does not hold a planted string")
		}
	}
	out := t.TempDir()
	if code := run("anonymize", "--key", "k", "--workers", "2", "--text-layer", "-o", out, in); code != exitOK {
		t.Fatalf("exit code %d", code)
	}
	res := filepath.Join(out, "letter.pdf")
	text := poppler(t, "pdftotext", res, "-")
	info := poppler(t, "pdfinfo", res)
	if !strings.Contains(text, "sincerely") {
		t.Errorf("the text layer lacks the letter's ordinary words (%d bytes)", len(text))
	}
	d, err := document.Read(res, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	img, _, err := d.Page(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	ocrText := newPageReader(t).text(t, img)
	for i, s := range letter.planted {
		for layer, content := range map[string]string{"pdftotext": text, "pdfinfo": info, "OCR": ocrText} {
			if strings.Contains(strings.ToLower(content), strings.ToLower(s)) {
				t.Errorf("planted string %d is still found by %s", i, layer)
			}
		}
	}
	if strings.Contains(info, "Title:") || strings.Contains(info, "Author:") {
		t.Errorf("the output has a Title or Author:\n%s", info)
	}
}

// minimalPDF writes a PDF of the given objects (numbered from 1) with a
// correct cross-reference table and trailer extra.
func minimalPDF(objects []string, trailer string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, trailer, xref)
	return []byte(b.String())
}

// Each bad PDF fails alone in one line, leaving no output: encrypted,
// broken cross-references, no pages, over --max-pages, a page over the
// pixel limit. A good input beside them goes on.
func TestBadPDFs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		return p
	}
	pages := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"}
	encrypted := write("encrypted.pdf", minimalPDF(append(pages,
		"<< /Filter /Standard /V 1 /R 2 /O <"+strings.Repeat("4e", 32)+"> /U <"+strings.Repeat("a7", 32)+"> /P -4 >>"),
		"/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"))
	good := pdftest.BornDigital(t, []string{"A short note."}, nil, "")
	broken := write("broken.pdf", append([]byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages"), good[len(good)/2:len(good)*2/3]...))
	empty := write("empty.pdf", minimalPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}, ""))
	many := write("many.pdf", pdftest.BornDigital(t, make([]string, 3*pdftest.LinesPerPage), nil, ""))
	huge := write("huge.pdf", minimalPDF([]string{pages[0], pages[1], "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>"}, ""))
	goodPath := write("good.pdf", good)
	out := t.TempDir()
	args := []string{"detect", "--key", "k", "--max-pages", "2", "-o", out, encrypted, broken, empty, many, huge}
	if testing.Short() {
		args[0] = "anonymize"
	} else {
		args = append(args, goodPath)
	}
	if code := run(args...); code != exitSomeFailed {
		t.Fatalf("exit code %d, want %d", code, exitSomeFailed)
	}
	want := "good.report.json"
	if testing.Short() {
		want = ""
	}
	if got := strings.Join(listDir(t, out), " "); got != want {
		t.Fatalf("outputs %q, want %q", got, want)
	}
}
