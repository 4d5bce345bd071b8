package corpus

import "strings"

// val is a value put into a sentence template: its entity type, or ""
// for a value that is not personal data (it becomes part of the prose).
type val struct {
	typ, text string
}

// sentence draws a template such as "{name}, born on {dob}, was admitted
// on {date}." into tokens: each {key} is replaced by vals[key] as its own
// personal entity, with the punctuation around the placeholder outside the
// entity; every other word belongs to one prose span for the sentence.
func (s *sheet) sentence(tpl string, vals map[string]val) []tok {
	prose := s.c.newSpan(RoleProse, "")
	var out []tok
	for _, f := range strings.Fields(tpl) {
		i, j := strings.IndexByte(f, '{'), strings.IndexByte(f, '}')
		if i < 0 || j < i {
			out = append(out, tok{Text: f, Span: prose, Core1: len(f)})
			continue
		}
		pre, key, post := f[:i], f[i+1:j], f[j+1:]
		v, ok := vals[key]
		if !ok {
			v = val{text: key}
		}
		ws := strings.Fields(v.text)
		if len(ws) == 0 {
			continue
		}
		id := prose
		if v.typ != "" {
			id = s.c.newSpan(RolePII, v.typ)
		}
		for k, w := range ws {
			t := tok{Text: w, Span: id, Core1: len(w)}
			if v.typ != "" && len(w) > 1 && strings.HasSuffix(w, ",") {
				t.Core1--
			}
			if k == 0 && pre != "" {
				t.Text = pre + t.Text
				t.Core0 += len(pre)
				t.Core1 += len(pre)
				if v.typ == "" {
					t.Core0 = 0
				}
			}
			if k == len(ws)-1 && post != "" {
				t.Text += post
				if v.typ == "" {
					t.Core1 = len(t.Text)
				}
			}
			out = append(out, t)
		}
	}
	return out
}
