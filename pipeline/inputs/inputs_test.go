package inputs

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.png", "b.jpg", "notes.txt", "sub/c.tiff", "sub/d.PDF"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	got, err := Expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.png"), filepath.Join(dir, "b.jpg"), filepath.Join(dir, "sub/c.tiff"), filepath.Join(dir, "sub/d.PDF")}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("folder: got %v want %v", got, want)
	}
	got, err = Expand([]string{filepath.Join(dir, "*.png"), filepath.Join(dir, "missing.png")})
	if err != nil || len(got) != 2 || got[1] != filepath.Join(dir, "missing.png") {
		t.Fatalf("glob+missing: %v %v", got, err)
	}
	if _, err := Expand([]string{filepath.Join(dir, "*.gif")}); err == nil {
		t.Fatal("empty glob accepted")
	}
	if _, err := Expand([]string{"-", "a.png"}); err == nil {
		t.Fatal("stdin mixed with files accepted")
	}
	if _, err := Expand(nil); err == nil {
		t.Fatal("no inputs accepted")
	}
}

func TestStems(t *testing.T) {
	got := Stems([]string{"x/a.png", "y/a.png", "b.tif", "-"})
	want := []string{"a", "a-2", "b", "stdin"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v want %v", got, want)
	}
}
