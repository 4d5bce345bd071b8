package imageio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/anonymizer-project/anonymizer/internal/testimg"
)

func pngBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	img := testimg.Pattern(w, h, func(i int) uint8 { return uint8(i * 7) })
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// forgedHeader is a PNG whose IHDR claims w x h pixels and has no data.
func forgedHeader(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 0 // 8-bit grey
	chunk := append([]byte("IHDR"), ihdr...)
	binary.Write(&b, binary.BigEndian, uint32(13))
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

func TestDecode(t *testing.T) {
	good := pngBytes(t, 40, 30)
	img, format, err := Decode(good, 0)
	if err != nil || format != "png" || img.Bounds().Dx() != 40 {
		t.Fatalf("good png: %v %q", err, format)
	}
	cases := map[string]struct {
		data []byte
		want string
	}{
		"truncated": {good[:len(good)/2], "decode png"},
		"text":      {[]byte("hello, this is not an image\n"), "not a readable"},
		"huge":      {forgedHeader(100000, 100000), "pixel limit"},
		"empty":     {nil, "not a readable"},
	}
	for name, c := range cases {
		_, _, err := Decode(c.data, 0)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want error containing %q", name, err, c.want)
		}
	}
	if _, _, err := Decode(forgedHeader(100000, 100000), 0); !errors.Is(err, ErrTooLarge) {
		t.Errorf("huge header is not ErrTooLarge: %v", err)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := Load(filepath.Join(dir, "missing.png"), 0); err == nil {
		t.Error("missing file loaded")
	}
	if _, _, err := Load(dir, 0); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: %v", err)
	}
	p := filepath.Join(dir, "ok.png")
	os.WriteFile(p, pngBytes(t, 5, 5), 0o644)
	if _, _, err := Load(p, 0); err != nil {
		t.Errorf("ok.png: %v", err)
	}
}
