// Command benchjoin merges the last JSON line of each benchmark's output
// into one flat JSON object of named numeric figures: the first value of a
// name wins, and nested values (tables) are left to the benchmarks' own
// output. Usage: benchjoin FILE...
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

func lastJSON(path string) (map[string]any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var last string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); strings.HasPrefix(l, "{") {
			last = l
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if last == "" {
		return nil, fmt.Errorf("%s: no JSON line", path)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(last), &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func main() {
	out := map[string]any{}
	var keys []string
	failed := false
	for _, p := range os.Args[1:] {
		m, err := lastJSON(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchjoin:", err)
			failed = true
			continue
		}
		names := make([]string, 0, len(m))
		for k := range m {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			switch m[k].(type) {
			case float64, bool, string:
			default:
				continue
			}
			if _, dup := out[k]; !dup {
				out[k] = m[k]
				keys = append(keys, k)
			}
		}
	}
	js, _ := json.Marshal(out)
	fmt.Println(string(js))
	if failed {
		os.Exit(1)
	}
}
