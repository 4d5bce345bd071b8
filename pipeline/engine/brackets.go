package engine

import (
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/doc"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

// keepBrackets puts back on a stand-in the bracket of a pair that the
// entity's word holds but its value does not: OCR reads "(MCR M12345A)"
// as the words "(MCR" and "M12345A)", the entity is the second, and the
// surrogate stage drops an unpaired bracket as OCR noise; drawn over the
// whole word, the stand-in would take the page's ")" with it.
func keepBrackets(page *doc.Page, e pii.Entity, r string) string {
	t := strings.TrimSpace(e.Text)
	if len(e.Words) == 0 || r == "" {
		return r
	}
	unclosed := func(s string) int { return strings.Count(s, "(") - strings.Count(s, ")") }
	if strings.HasSuffix(t, ")") && unclosed(t) < 0 && unclosed(r) >= 0 && bracketOpenBefore(page, e.Words[0]) {
		r += ")"
	}
	if strings.HasPrefix(t, "(") && unclosed(t) > 0 && unclosed(r) <= 0 && bracketCloseAfter(page, e.Words[len(e.Words)-1]) {
		r = "(" + r
	}
	return r
}

// bracketOpenBefore reports a "(" left open by the words before word w on
// its line.
func bracketOpenBefore(page *doc.Page, w int) bool {
	depth := 0
	for i := w - 1; i >= 0 && page.Words[i].Line == page.Words[w].Line; i-- {
		depth += strings.Count(page.Words[i].Text, "(") - strings.Count(page.Words[i].Text, ")")
	}
	return depth > 0
}

// bracketCloseAfter reports a ")" that closes a bracket opened before the
// words after word w on its line.
func bracketCloseAfter(page *doc.Page, w int) bool {
	depth := 0
	for i := w + 1; i < len(page.Words) && page.Words[i].Line == page.Words[w].Line; i++ {
		depth += strings.Count(page.Words[i].Text, ")") - strings.Count(page.Words[i].Text, "(")
	}
	return depth > 0
}
