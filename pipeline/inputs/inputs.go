// Package inputs expands command-line arguments (files, folders, globs, "-")
// into the list of inputs to process and names their outputs.
package inputs

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/anonymizer-project/anonymizer/pipeline/document"
)

// Stdin is the argument that means standard input.
const Stdin = "-"

// Expand turns arguments into input paths: a folder contributes every
// supported document under it (recursively, sorted), a glob its matches, a
// plain path itself. A path that does not exist is kept, so that it fails as
// its own input (with a clear error) without stopping the others. A glob
// that matches nothing is an error, as is an empty argument list.
func Expand(args []string) ([]string, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("no inputs given")
	}
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		if a == Stdin {
			add(a)
			continue
		}
		if strings.ContainsAny(a, "*?[") {
			if _, err := os.Stat(a); err != nil {
				matches, gerr := filepath.Glob(a)
				if gerr != nil {
					return nil, fmt.Errorf("bad pattern %q: %w", a, gerr)
				}
				if len(matches) == 0 {
					return nil, fmt.Errorf("pattern %q matches no file", a)
				}
				for _, m := range matches {
					if st, err := os.Stat(m); err == nil && st.IsDir() {
						continue
					}
					add(m)
				}
				continue
			}
		}
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			add(a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && document.Supported(p) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", a, err)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("folder %s holds no file with an accepted extension (%s)", a, strings.Join(document.Extensions, " "))
		}
		sort.Strings(found)
		for _, p := range found {
			add(p)
		}
	}
	if len(out) > 1 {
		for _, p := range out {
			if p == Stdin {
				return nil, fmt.Errorf("%q (standard input) cannot be mixed with other inputs", Stdin)
			}
		}
	}
	return out, nil
}

// Stems gives every input a distinct output stem: its base name without
// extension, with "-2", "-3", ... appended when two inputs share one.
func Stems(paths []string) []string {
	out := make([]string, len(paths))
	used := map[string]int{}
	for i, p := range paths {
		stem := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		if p == Stdin {
			stem = "stdin"
		}
		used[stem]++
		if n := used[stem]; n > 1 {
			stem = fmt.Sprintf("%s-%d", stem, n)
		}
		out[i] = stem
	}
	return out
}
