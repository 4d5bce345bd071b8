package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// configFile is a parsed config file: its version and its values by field
// path, of their fields' kinds (as version 1 reads them: a version 0 file
// is migrated as it is read).
type configFile struct {
	version int
	values  map[string]any
}

// configProblems are the problems of a config file, each naming its field;
// a command that reads the file exits with code 2.
type configProblems struct {
	path     string
	problems []string
}

func (e configProblems) Error() string {
	return fmt.Sprintf("config %s:\n  %s", e.path, strings.Join(e.problems, "\n  "))
}

// parseConfig reads a config file (JSON; // comments outside strings are
// allowed, as `config init` writes them) and returns it with every
// problem found: unknown fields, values of the wrong type or out of range,
// and conflicting fields.
func parseConfig(data []byte) (configFile, []string) {
	cf := configFile{values: map[string]any{}}
	dec := json.NewDecoder(bytes.NewReader(stripComments(data)))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return cf, []string{fmt.Sprintf("not JSON: %v", err)}
	}
	if dec.More() {
		return cf, []string{"not JSON: more after the top-level object"}
	}
	top, ok := root.(map[string]any)
	if !ok {
		return cf, []string{"not a JSON object"}
	}
	var problems []string
	cf.version, problems = configVersionOf(top)
	fields := map[string]configField{}
	sections := map[string]bool{}
	for _, f := range configFields() {
		fields[f.path] = f
		if sec, _, ok := strings.Cut(f.path, "."); ok {
			sections[sec] = true
		}
	}
	for _, k := range slices.Sorted(maps.Keys(top)) {
		if k == "version" {
			continue
		}
		sub, isObj := top[k].(map[string]any)
		switch {
		case sections[k] && isObj:
			for _, kk := range slices.Sorted(maps.Keys(sub)) {
				problems = append(problems, cf.set(fields, k+"."+kk, sub[kk])...)
			}
		case sections[k] && top[k] != nil:
			problems = append(problems, fmt.Sprintf("%s: %s, want an object", k, describe(top[k])))
		case !sections[k]:
			problems = append(problems, cf.set(fields, k, top[k])...)
		}
	}
	return cf, append(problems, configConflicts(cf.values)...)
}

// configVersionOf reads the "version" field: missing is 0.
func configVersionOf(top map[string]any) (int, []string) {
	v, ok := top["version"]
	if !ok || v == nil {
		return 0, nil
	}
	n, err := toKind(v, kindInt)
	if err != nil {
		return 0, []string{"version: " + err.Error()}
	}
	if n := n.(int); n < 0 || n > configVersion {
		return 0, []string{fmt.Sprintf("version: %d is not a version this program reads (0 to %d)", n, configVersion)}
	}
	return n.(int), nil
}

// set records the value of the field at path, or says what is wrong with
// it. A null value, and in version 0 a zero one where zero meant the
// default, is not recorded.
func (cf *configFile) set(fields map[string]configField, path string, raw any) []string {
	f, ok := fields[path]
	if !ok {
		return []string{path + ": unknown field"}
	}
	if raw == nil {
		return nil
	}
	if cf.version == 0 && f.zeroWasDefault && isZero(raw) {
		return nil
	}
	v, err := toKind(raw, f.kind)
	if err != nil {
		return []string{path + ": " + err.Error()}
	}
	if f.check != nil {
		if err := f.check(v); err != nil {
			return []string{path + ": " + err.Error()}
		}
	}
	cf.values[path] = v
	return nil
}

// toKind converts a decoded JSON value to the Go value of kind k.
func toKind(raw any, k valueKind) (any, error) {
	wrong := fmt.Errorf("%s, want %v", describe(raw), k)
	switch k {
	case kindInt:
		n, ok := raw.(json.Number)
		if !ok {
			return nil, wrong
		}
		i, err := strconv.ParseInt(string(n), 10, 64)
		if err != nil || i < math.MinInt32 || i > math.MaxInt32 {
			return nil, fmt.Errorf("%s is not an integer of 32 bits", n)
		}
		return int(i), nil
	case kindFloat:
		n, ok := raw.(json.Number)
		if !ok {
			return nil, wrong
		}
		f, err := n.Float64()
		if err != nil {
			return nil, fmt.Errorf("%s is not a finite number", n)
		}
		return f, nil
	case kindString:
		if s, ok := raw.(string); ok {
			return s, nil
		}
	case kindBool:
		if b, ok := raw.(bool); ok {
			return b, nil
		}
	case kindDuration:
		s, ok := raw.(string)
		if !ok {
			return nil, wrong
		}
		d, err := time.ParseDuration(s)
		if err != nil {
			return nil, fmt.Errorf("%q is not a duration (e.g. \"90s\", \"2m\")", s)
		}
		return d, nil
	case kindStrings:
		list, ok := raw.([]any)
		if !ok {
			return nil, wrong
		}
		out := []string{}
		for i, e := range list {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("entry %d is %s, want a string", i+1, describe(e))
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, wrong
}

// describe names a decoded JSON value's type (and its value, when short)
// for a problem; it never quotes a long string.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case json.Number:
		return string(v)
	case string:
		if len(v) > 40 {
			return "a string"
		}
		return strconv.Quote(v)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// isZero reports whether a decoded JSON value is a zero number, an empty
// string or an empty list.
func isZero(raw any) bool {
	switch v := raw.(type) {
	case json.Number:
		f, err := v.Float64()
		return err == nil && f == 0
	case string:
		return v == ""
	case []any:
		return len(v) == 0
	}
	return false
}

// stripComments blanks out // comments (to the end of the line) outside
// JSON strings, keeping every other byte where it was so that the JSON
// decoder's offsets still point into the file.
func stripComments(data []byte) []byte {
	out := slices.Clone(data)
	inString, escaped := false, false
	for i := 0; i < len(out); i++ {
		c := out[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '/' && i+1 < len(out) && out[i+1] == '/':
			for ; i < len(out) && out[i] != '\n'; i++ {
				out[i] = ' '
			}
		}
	}
	return out
}
