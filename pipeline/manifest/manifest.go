// Package manifest records which inputs of a batch are finished, so that a
// run started again with --resume skips them. The manifest is a file of
// JSON lines in the output folder, one per finished input, appended and
// synced one at a time: a process killed at any moment leaves whole lines
// and at most one torn last line, which Open drops.
package manifest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Name is the manifest's file name in the output folder.
const Name = "anonymizer-manifest.jsonl"

// Entry is one finished input.
type Entry struct {
	// InputSHA256 is the hex SHA-256 of the input's bytes.
	InputSHA256 string `json:"input_sha256"`
	// Options is the digest of the options that decide the outputs
	// (engine.OutputDigest).
	Options string `json:"options"`
	// Stem names the input's outputs (inputs.Stems): two inputs with the
	// same bytes have an entry each.
	Stem string `json:"stem"`
	// Outputs are the files written for the input, relative to the
	// output folder.
	Outputs []string `json:"outputs"`
	// Pages and Entities are counted for the batch's summary.
	Pages    int       `json:"pages"`
	Entities int       `json:"entities"`
	Finished time.Time `json:"finished"`
}

type key struct{ input, options, stem string }

// Manifest is an open manifest file; it is safe for concurrent use.
type Manifest struct {
	dir  string
	mu   sync.Mutex
	f    *os.File
	done map[key]Entry
}

// Open opens the manifest of the output folder dir and reads its entries;
// a missing one is created by the first Add. A torn last line, left by a
// process killed while appending it, is cut off.
func Open(dir string) (*Manifest, error) {
	path := filepath.Join(dir, Name)
	m := &Manifest{dir: dir, done: map[key]Entry{}}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open manifest: %w", err)
	}
	m.f = f
	good, err := m.read()
	if err == nil {
		err = m.truncate(good)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	return m, nil
}

// read loads the whole lines of the file and returns the length of the
// part that holds them.
func (m *Manifest) read() (int64, error) {
	data, err := io.ReadAll(m.f)
	if err != nil {
		return 0, err
	}
	var good int64
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			break // torn last line
		}
		var e Entry
		if err := json.Unmarshal(data[:i], &e); err != nil {
			return 0, fmt.Errorf("line at byte %d: %w", good, err)
		}
		m.done[key{e.InputSHA256, e.Options, e.Stem}] = e
		good += int64(i + 1)
		data = data[i+1:]
	}
	return good, nil
}

func (m *Manifest) truncate(size int64) error {
	if err := m.f.Truncate(size); err != nil {
		return err
	}
	_, err := m.f.Seek(size, io.SeekStart)
	return err
}

// Done returns the entry of an input, options digest and stem when the
// manifest holds one and every output it names exists.
func (m *Manifest) Done(inputSHA256, options, stem string) (Entry, bool) {
	m.mu.Lock()
	e, ok := m.done[key{inputSHA256, options, stem}]
	m.mu.Unlock()
	if !ok {
		return Entry{}, false
	}
	for _, o := range e.Outputs {
		if _, err := os.Stat(filepath.Join(m.dir, o)); err != nil {
			return Entry{}, false
		}
	}
	return e, true
}

// Add appends an entry and syncs the file: once Add returns, the entry
// survives a crash.
func (m *Manifest) Add(e Entry) error {
	if e.Finished.IsZero() {
		e.Finished = time.Now().UTC()
	}
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("manifest entry: %w", err)
	}
	line = append(line, '\n')
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.f == nil {
		f, err := os.OpenFile(filepath.Join(m.dir, Name), os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("create manifest: %w", err)
		}
		m.f = f
	}
	if _, err := m.f.Write(line); err != nil {
		return fmt.Errorf("append to manifest: %w", err)
	}
	if err := m.f.Sync(); err != nil {
		return fmt.Errorf("sync manifest: %w", err)
	}
	m.done[key{e.InputSHA256, e.Options, e.Stem}] = e
	return nil
}

// Close closes the file.
func (m *Manifest) Close() error {
	if m.f == nil {
		return nil
	}
	return m.f.Close()
}
