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
