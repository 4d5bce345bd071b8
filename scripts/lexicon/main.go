// Command lexicon converts the unpacked npm and Debian word-list packages
// named in pipeline/lexicon/data/SOURCES.md into the sorted text tables that
// pipeline/lexicon embeds. scripts/lexicon/gen.sh fetches the
// packages and runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
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

// writeTable writes lines, newline-terminated, as a plain text file: the
// detector embeds the files as they are and searches the sorted ones in
// place, so a start reads nothing it does not look up (git packs the text
// smaller than a compressed file would be).
func writeTable(dir, name string, lines []string) error {
	if err := atomicfile.WriteBytes(filepath.Join(dir, name), []byte(strings.Join(lines, "\n")+"\n")); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
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
