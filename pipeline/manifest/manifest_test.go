package manifest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAddDoneReopen(t *testing.T) {
	dir := t.TempDir()
	m, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, Name)); err == nil {
		t.Error("a manifest was created before any entry")
	}
	os.WriteFile(filepath.Join(dir, "a.png"), []byte("x"), 0o644)
	if err := m.Add(Entry{InputSHA256: "in1", Options: "o1", Stem: "a", Outputs: []string{"a.png"}, Pages: 2}); err != nil {
		t.Fatal(err)
	}
	if err := m.Add(Entry{InputSHA256: "in2", Options: "o1", Outputs: []string{"missing.png"}}); err != nil {
		t.Fatal(err)
	}
	m.Close()
	// A torn last line, as a kill while appending leaves it.
	f, _ := os.OpenFile(filepath.Join(dir, Name), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"input_sha256":"in3","opt`)
	f.Close()

	m, err = Open(dir)
	if err != nil {
		t.Fatalf("reopen after a torn line: %v", err)
	}
	defer m.Close()
	if e, ok := m.Done("in1", "o1", "a"); !ok || e.Pages != 2 {
		t.Errorf("in1 with o1: done %v, entry %+v", ok, e)
	}
	for _, c := range [][3]string{{"in1", "o2", "a"}, {"in1", "o1", "b"}, {"in2", "o1", ""}, {"in3", "o1", ""}} {
		if _, ok := m.Done(c[0], c[1], c[2]); ok {
			t.Errorf("%v counted as done", c)
		}
	}
	if err := m.Add(Entry{InputSHA256: "in3", Options: "o1"}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, Name))
	if n := countLines(data); n != 3 {
		t.Errorf("manifest holds %d lines, want 3 (the torn one cut off):\n%s", n, data)
	}
}

func countLines(b []byte) int {
	n := 0
	for _, c := range b {
		if c == '\n' {
			n++
		}
	}
	return n
}

func TestCorruptLineIsAnError(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, Name), []byte("not json\n"), 0o644)
	if m, err := Open(dir); err == nil {
		m.Close()
		t.Fatal("a corrupt whole line was accepted")
	}
}
