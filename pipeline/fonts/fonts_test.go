package fonts

import "testing"

func TestFamilies(t *testing.T) {
	if len(All()) < 4 {
		t.Fatalf("only %d families (Go's 4 embedded ones are always there)", len(All()))
	}
	for _, c := range Classes {
		for _, bold := range []bool{false, true} {
			fs := ByClass(c, bold)
			if len(fs) == 0 {
				t.Fatalf("no %s bold=%v family", c, bold)
			}
			face, err := fs[0].Face(20)
			if err != nil {
				t.Fatalf("%s: %v", fs[0].Name, err)
			}
			if adv, ok := face.GlyphAdvance('M'); !ok || adv <= 0 {
				t.Fatalf("%s has no 'M'", fs[0].Name)
			}
		}
	}
	if _, ok := Lookup("GoRegular"); !ok {
		t.Fatal("embedded GoRegular missing")
	}
}

func TestWeights(t *testing.T) {
	for _, f := range All() {
		ws := Weights(f)
		if ws[0] != f {
			t.Fatalf("%s: Weights does not start with the family", f.Name)
		}
		for _, g := range ws[1:] {
			if g.Bold == f.Bold || g.Class != f.Class {
				t.Fatalf("%s: twin %s has the same weight or another class", f.Name, g.Name)
			}
		}
	}
	if f, ok := Lookup("GoRegular"); ok {
		ws := Weights(f)
		if len(ws) != 2 || ws[1].Name != "GoBold" {
			t.Fatalf("GoRegular's weights: %d", len(ws))
		}
	}
}
