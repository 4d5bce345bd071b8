// Command samplepdf writes a PDF whose pages are the given page images, as
// a scanner would: each page one image, sized for -dpi. With -words (a
// words.json of synthdoc, keyed by the images' base names) each page also
// gets an invisible text layer of its words, as an OCR'd scan has, so the
// personal data is in the text layer as well as in the pixels. The demo
// and the benchmark make their PDFs with it.
//
//	go run ./scripts/samplepdf -o out.pdf [-dpi 100] [-words testdata/samples/words.json] PAGE.png...
package main

import (
	"flag"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/pdf"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

func main() {
	out := flag.String("o", "", "output PDF")
	dpi := flag.Float64("dpi", 100, "resolution of the page images (synthdoc draws at about 100 dpi)")
	wordsPath := flag.String("words", "", "words.json giving each page's text layer")
	flag.Parse()
	if err := run(*out, *dpi, *wordsPath, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "samplepdf:", err)
		os.Exit(1)
	}
}

func run(out string, dpi float64, wordsPath string, paths []string) error {
	if out == "" || len(paths) == 0 || dpi <= 0 {
		return fmt.Errorf("usage: samplepdf -o OUT.pdf [-dpi N] [-words words.json] PAGE...")
	}
	var words map[string]synthdoc.PageWords
	if wordsPath != "" {
		var err error
		if words, err = synthdoc.ReadWords(wordsPath); err != nil {
			return err
		}
	}
	pages := make([]pdf.OutPage, len(paths))
	for i, p := range paths {
		img, _, err := imageio.Load(p, 0)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		pages[i] = page(img, dpi, words[filepath.Base(p)])
	}
	return atomicfile.Write(out, func(w io.Writer) error { return pdf.Write(w, pages) })
}

// page is img at dpi with the words of pw as its text layer.
func page(img image.Image, dpi float64, pw synthdoc.PageWords) pdf.OutPage {
	b := img.Bounds()
	p := pdf.OutPage{Image: img, WidthPt: float64(b.Dx()) * 72 / dpi, HeightPt: float64(b.Dy()) * 72 / dpi}
	for _, w := range pw.Words {
		p.Words = append(p.Words, pdf.Word{Text: w.Text, Box: w.Box.Box().Rect()})
	}
	return p
}
