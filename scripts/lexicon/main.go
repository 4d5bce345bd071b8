// Command lexicon converts the unpacked npm and Debian word-list packages
// named in pipeline/lexicon/data/SOURCES.md into the compact LZ4-framed text
// files that pipeline/lexicon embeds. scripts/lexicon/gen.sh fetches the
// packages and runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pierrec/lz4/v4"
)

type options struct {
	npm  string // folder holding <package>-<version>/package trees
	dict string // folder holding the Debian word lists (usr/share/dict)
	out  string // output folder (pipeline/lexicon/data)
}

func main() {
	var o options
	flag.StringVar(&o.npm, "npm", "", "folder with the unpacked npm packages")
	flag.StringVar(&o.dict, "dict", "", "folder with the Debian word lists")
	flag.StringVar(&o.out, "out", "pipeline/lexicon/data", "output folder")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "lexicon:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	names, err := convertNames(o)
	if err != nil {
		return err
	}
	ws, err := readWords(o)
	if err != nil {
		return err
	}
	places, err := convertPlaces(o, ws)
	if err != nil {
		return err
	}
	words, err := convertWords(o, ws, names, places)
	if err != nil {
		return err
	}
	if err := convertLibpostal(o); err != nil {
		return err
	}
	if err := convertLegalForms(o, words); err != nil {
		return err
	}
	if err := convertAddressFormats(o); err != nil {
		return err
	}
	if err := convertStopwords(o); err != nil {
		return err
	}
	return convertCountries(o)
}

// pkg returns the path of a file inside an unpacked npm package.
func (o options) pkg(name string, parts ...string) string {
	return filepath.Join(append([]string{o.npm, name, "package"}, parts...)...)
}

// writeLz4 writes lines, newline-terminated, as one LZ4 frame (LZ4 unpacks
// some ten times faster than gzip, and the detector reads these files at
// every start; the embedded files need no checksum). The frame holds no
// timestamp, so re-running the script on the same inputs gives identical
// files.
func writeLz4(dir, name string, lines []string) error {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return fmt.Errorf("create %s: %w", name, err)
	}
	zw := lz4.NewWriter(f)
	if err := zw.Apply(lz4.CompressionLevelOption(lz4.Level9), lz4.ChecksumOption(false)); err != nil {
		f.Close()
		return fmt.Errorf("lz4 %s: %w", name, err)
	}
	_, werr := zw.Write([]byte(strings.Join(lines, "\n") + "\n"))
	cerr := zw.Close()
	ferr := f.Close()
	for _, e := range []error{werr, cerr, ferr} {
		if e != nil {
			return fmt.Errorf("write %s: %w", name, e)
		}
	}
	return nil
}

// sortedKeys returns a set's members in byte order.
func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
