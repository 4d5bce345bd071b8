package rawpdf

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

func TestStrings(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Literal([]byte(`a(b)c\d`)), `(a\(b\)c\\d)`},
		{Literal([]byte("x\ny\xe9")), `(x\012y\351)`},
		{TextString("Quist"), "(Quist)"},
		{TextString("Ünal"), "<FEFF00DC006E0061006C>"},
		{Num(595.2800001), "595.28"},
		{Num(-0.00001), "0"},
		{Num(12), "12"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}

func TestWriterXref(t *testing.T) {
	var b bytes.Buffer
	pw := New(&b, "1.4")
	root, pages := pw.Reserve(), pw.Reserve()
	pw.Object(pages, "<< /Type /Pages /Kids [] /Count 0 >>")
	pw.Object(root, "<< /Type /Catalog /Pages 2 0 R >>")
	if err := pw.Finish(root, 0, ""); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// Each xref entry points at its object's "N 0 obj" line.
	xref := out[strings.Index(out, "xref\n"):]
	for i, line := range strings.Split(xref, "\n")[3:5] {
		off, err := strconv.Atoi(line[:10])
		if err != nil || !strings.HasPrefix(out[off:], []string{"1 0 obj", "2 0 obj"}[i]) {
			t.Errorf("xref entry %q does not point at object %d", line, i+1)
		}
	}
	pw = New(&bytes.Buffer{}, "1.4")
	pw.Reserve()
	if err := pw.Finish(1, 0, ""); err == nil {
		t.Error("Finish with an unwritten object succeeded")
	}
}
