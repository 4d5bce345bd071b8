package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, func(w io.Writer) error {
		_, err := io.WriteString(w, "new")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(p)
	if err != nil || string(got) != "new" {
		t.Fatalf("read back %q, %v; want \"new\"", got, err)
	}
	if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v, %v; want 0644", st.Mode().Perm(), err)
	}
	// A failing writer leaves the target as it was and no temporary file.
	boom := errors.New("boom")
	err = Write(p, func(w io.Writer) error {
		w.Write([]byte{1, 2, 3})
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want boom", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "new" {
		t.Fatalf("failed write changed the target to %q", got)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Fatalf("left behind: %v", ents)
	}
}

func TestWriteBytes(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.json")
	if err := WriteBytes(p, []byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(p); err != nil || string(got) != "{}\n" {
		t.Fatalf("read back %q, %v", got, err)
	}
	if err := WriteBytes(filepath.Join(t.TempDir(), "missing", "a.json"), nil); err == nil {
		t.Fatal("writing into a missing folder: no error")
	}
}

func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	keep := []string{"a.png", ".hidden", "x.tmp-1", ".a.png.tmp-", ".a.png.tmp-12x"}
	stale := []string{".a.png.tmp-123", ".b.report.json.tmp-9"}
	for _, n := range append(keep, stale...) {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A temporary file as Write names it is recognised.
	f, err := os.CreateTemp(dir, ".c.png"+tmpInfix+"*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	stale = append(stale, filepath.Base(f.Name()))
	removed, err := RemoveStale(dir)
	if err != nil || len(removed) != len(stale) {
		t.Fatalf("RemoveStale = %v, %v; want %v removed", removed, err, stale)
	}
	for _, n := range keep {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed: %v", n, err)
		}
	}
	for _, n := range stale {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s is still there", n)
		}
	}
}
