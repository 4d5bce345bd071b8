// Package rawpdf writes the syntax of a PDF file: numbered objects, streams,
// the cross-reference table and the trailer. It knows nothing of pages or
// images; callers compose dictionaries as text.
package rawpdf

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Writer emits one PDF file. Object numbers come from Reserve, so that
// dictionaries can refer to objects written later; every reserved number must
// be written before Finish.
type Writer struct {
	w       *bufio.Writer
	n       int64   // bytes written so far
	offsets []int64 // offsets[i] is where object i+1 starts, -1 until written
	err     error
}

// New writes the header of a PDF of the given version ("1.4") to w.
func New(w io.Writer, version string) *Writer {
	pw := &Writer{w: bufio.NewWriterSize(w, 64<<10)}
	// The second line holds bytes over 127 so that tools treat the file as binary.
	pw.printf("%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", version)
	return pw
}

func (pw *Writer) printf(format string, args ...any) {
	if pw.err != nil {
		return
	}
	n, err := fmt.Fprintf(pw.w, format, args...)
	pw.n += int64(n)
	pw.err = err
}

func (pw *Writer) write(b []byte) {
	if pw.err != nil {
		return
	}
	n, err := pw.w.Write(b)
	pw.n += int64(n)
	pw.err = err
}

// Reserve allocates the next object number.
func (pw *Writer) Reserve() int {
	pw.offsets = append(pw.offsets, -1)
	return len(pw.offsets)
}

func (pw *Writer) begin(num int) {
	if num < 1 || num > len(pw.offsets) || pw.offsets[num-1] >= 0 {
		if pw.err == nil {
			pw.err = fmt.Errorf("object %d not reserved or written twice", num)
		}
		return
	}
	pw.offsets[num-1] = pw.n
	pw.printf("%d 0 obj\n", num)
}

// Object writes object num with the given body (a dictionary, array, ...).
func (pw *Writer) Object(num int, body string) {
	pw.begin(num)
	pw.printf("%s\nendobj\n", body)
}

// Stream writes object num as a stream; dict holds the dictionary entries
// without the surrounding << >> and without /Length, which Stream adds.
func (pw *Writer) Stream(num int, dict string, data []byte) {
	pw.begin(num)
	pw.printf("<< %s /Length %d >>\nstream\n", dict, len(data))
	pw.write(data)
	pw.printf("\nendstream\nendobj\n")
}

// Finish writes the cross-reference table and the trailer naming root and
// info (0 for none), adds extra trailer entries verbatim, and flushes.
func (pw *Writer) Finish(root, info int, extra string) error {
	for i, off := range pw.offsets {
		if off < 0 && pw.err == nil {
			pw.err = fmt.Errorf("object %d reserved but not written", i+1)
		}
	}
	xref := pw.n
	pw.printf("xref\n0 %d\n0000000000 65535 f \n", len(pw.offsets)+1)
	for _, off := range pw.offsets {
		pw.printf("%010d 00000 n \n", off)
	}
	pw.printf("trailer\n<< /Size %d /Root %d 0 R", len(pw.offsets)+1, root)
	if info > 0 {
		pw.printf(" /Info %d 0 R", info)
	}
	pw.printf("%s >>\nstartxref\n%d\n%%%%EOF\n", extra, xref)
	if pw.err != nil {
		return pw.err
	}
	return pw.w.Flush()
}

// Ref is an indirect reference to object num.
func Ref(num int) string { return strconv.Itoa(num) + " 0 R" }

// Num formats a real number the short way PDF expects (no exponent).
func Num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 4, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

// Literal is a PDF literal string holding the bytes of b, with the
// delimiters, the backslash and every byte outside printable ASCII escaped.
func Literal(b []byte) string {
	var sb strings.Builder
	sb.WriteByte('(')
	for _, c := range b {
		switch {
		case c == '(' || c == ')' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c < 32 || c > 126:
			fmt.Fprintf(&sb, "\\%03o", c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(')')
	return sb.String()
}

// TextString encodes s as a PDF text string: a literal when s is printable
// ASCII, otherwise UTF-16BE with a byte order mark.
func TextString(s string) string {
	ascii := true
	for _, r := range s {
		if r < 32 || r > 126 {
			ascii = false
			break
		}
	}
	if ascii {
		return Literal([]byte(s))
	}
	var sb strings.Builder
	sb.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&sb, "%04X", u)
	}
	sb.WriteByte('>')
	return sb.String()
}
