package jsonfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		file    string
		content string // "" leaves the file missing
		want    int
		errText string // the error's start; "" for no error
	}{
		{"good.json", `{"a": 1}`, 1, ""},
		{"missing.json", "", 0, "read thing: "},
		{"bad.json", `{"a": "x"}`, 0, "parse thing " + filepath.Join(dir, "bad.json") + ": "},
	} {
		path := filepath.Join(dir, c.file)
		if c.content != "" {
			if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		var v struct{ A int }
		err := Read(path, "thing", &v)
		switch {
		case c.errText == "" && (err != nil || v.A != c.want):
			t.Errorf("%s: Read = %v, value %+v", c.file, err, v)
		case c.errText != "" && (err == nil || !strings.HasPrefix(err.Error(), c.errText)):
			t.Errorf("%s: error %v, want it to start %q", c.file, err, c.errText)
		}
		if c.content == "" && !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: error %v does not match fs.ErrNotExist", c.file, err)
		}
	}
}
