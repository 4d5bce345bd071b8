package pdf_test

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"crypto/rc4"
	"encoding/binary"
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/pdf/internal/rawpdf"
)

// Inputs that pdftest does not build: odd geometry and broken or locked files.

// rotatedScan is a landscape page holding a portrait 1-bit scan of 100 dpi:
// a portrait page turned by /Rotate 90, or a landscape page on which the
// image is drawn turned by its matrix.
func rotatedScan(t *testing.T, img *image.Paletted, byRotate bool) []byte {
	if byRotate {
		return imagePage(t, img, "[0 0 612 792] /Rotate 90", "612 0 0 792 0 0")
	}
	return imagePage(t, img, "[0 0 792 612]", "0 612 -792 0 792 0")
}

// imagePage is a one-page PDF drawing img with the matrix cm on a page of
// the given MediaBox (and other page entries).
func imagePage(t *testing.T, img *image.Paletted, box, cm string) []byte {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	_, _ = zw.Write(img.Pix)
	_ = zw.Close()
	b := img.Bounds()
	dict := fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent 8 /ColorSpace [/Indexed /DeviceRGB 1 <000000FFFFFF>] /Filter /FlateDecode", b.Dx(), b.Dy())
	return build(t, func(pw *rawpdf.Writer, tree int) []int {
		im, content, page := pw.Reserve(), pw.Reserve(), pw.Reserve()
		pw.Stream(im, dict, z.Bytes())
		pw.Stream(content, "", []byte("q "+cm+" cm /I Do Q"))
		pw.Object(page, fmt.Sprintf("<< /Type /Page /Parent %s /MediaBox %s /Resources << /XObject << /I %s >> >> /Contents %s >>",
			rawpdf.Ref(tree), box, rawpdf.Ref(im), rawpdf.Ref(content)))
		return []int{page}
	}, "", "")
}

// blankPages is a PDF of n empty Letter pages.
func blankPages(t *testing.T, n int) []byte {
	return build(t, func(pw *rawpdf.Writer, tree int) []int {
		var pages []int
		for range n {
			p := pw.Reserve()
			pw.Object(p, "<< /Type /Page /Parent "+rawpdf.Ref(tree)+" /MediaBox [0 0 612 792] >>")
			pages = append(pages, p)
		}
		return pages
	}, "", "")
}

// build writes a catalog and page tree around the pages that addPages
// writes, with extra entries for the trailer (and an Encrypt object).
func build(t *testing.T, addPages func(pw *rawpdf.Writer, tree int) []int, encrypt, id string) []byte {
	t.Helper()
	var out bytes.Buffer
	pw := rawpdf.New(&out, "1.4")
	catalog, tree := pw.Reserve(), pw.Reserve()
	var kids []string
	for _, p := range addPages(pw, tree) {
		kids = append(kids, rawpdf.Ref(p))
	}
	pw.Object(tree, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	pw.Object(catalog, "<< /Type /Catalog /Pages "+rawpdf.Ref(tree)+" >>")
	extra := ""
	if encrypt != "" {
		enc := pw.Reserve()
		pw.Object(enc, encrypt)
		extra = " /Encrypt " + rawpdf.Ref(enc) + " /ID [<" + id + "> <" + id + ">]"
	}
	if err := pw.Finish(catalog, 0, extra); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// passwordPad is the padding string of the standard security handler.
var passwordPad = []byte("\x28\xbf\x4e\x5e\x4e\x75\x8a\x41\x64\x00\x4e\x56\xff\xfa\x01\x08\x2e\x2e\x00\xb6\xd0\x68\x3e\x80\x2f\x0c\xa9\xfe\x64\x53\x69\x7a")

// encrypted is a one-page PDF under the standard security handler, revision
// 2 (RC4, 40 bits). With locked, the user password is unknown and nothing
// opens without it; otherwise the user password is empty (an "owner
// password only" file that opens without asking).
func encrypted(t *testing.T, locked bool) []byte {
	id := []byte("0123456789abcdef")
	perms := int32(-4)
	ownerKey := md5.Sum(append([]byte("owner-secret"), passwordPad[:20]...))
	o := rc4xor(ownerKey[:5], passwordPad)
	var p [4]byte
	binary.LittleEndian.PutUint32(p[:], uint32(perms))
	h := md5.New()
	h.Write(passwordPad)
	h.Write(o)
	h.Write(p[:])
	h.Write(id)
	u := rc4xor(h.Sum(nil)[:5], passwordPad)
	if locked {
		u = bytes.Repeat([]byte{0x5a}, 32)
	}
	enc := fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /Length 40 /O <%X> /U <%X> /P %d >>", o, u, perms)
	return build(t, func(pw *rawpdf.Writer, tree int) []int {
		p := pw.Reserve()
		pw.Object(p, "<< /Type /Page /Parent "+rawpdf.Ref(tree)+" /MediaBox [0 0 612 792] >>")
		return []int{p}
	}, enc, fmt.Sprintf("%X", id))
}

func rc4xor(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		panic(err)
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}
