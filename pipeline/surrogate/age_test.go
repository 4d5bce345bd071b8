package surrogate

import (
	"strconv"
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestAgeNearDistinctSameLength(t *testing.T) {
	for _, orig := range []string{"0", "5", "12", "17", "18", "19", "46", "59", "99", "100", "104", "110"} {
		for _, key := range [][]byte{keyA, keyB} {
			g := newGen(t, key, Options{})
			s, err := g.Replace(entity.Age, orig, value(entity.Age, orig), 0)
			if err != nil {
				t.Fatalf("%q: %v", orig, err)
			}
			if s == orig || len(s) != len(orig) {
				t.Errorf("%q -> %q: want a different age of the same length", orig, s)
				continue
			}
			n, _ := strconv.Atoi(orig)
			a, err := strconv.Atoi(s)
			if err != nil || a < 0 || a > ageMax || a-n > ageMaxShift || n-a > ageMaxShift {
				t.Errorf("%q -> %q: want an age in 0..%d within %d years", orig, s, ageMax, ageMaxShift)
			}
			if (n >= ageAdult) != (a >= ageAdult) {
				t.Errorf("%q -> %q: an adult must stay an adult and a minor a minor", orig, s)
			}
			again, _ := newGen(t, key, Options{}).Replace(entity.Age, orig, value(entity.Age, orig), 0)
			if again != s {
				t.Errorf("%q: %q then %q with the same key", orig, s, again)
			}
		}
	}
}

func TestAgeVariesWithKey(t *testing.T) {
	seen := map[string]bool{}
	for i := range 8 {
		g := newGen(t, []byte("age key "+strconv.Itoa(i)), Options{})
		s, err := g.Replace(entity.Age, "46", value(entity.Age, "46"), 0)
		if err != nil {
			t.Fatal(err)
		}
		seen[s] = true
	}
	if len(seen) < 3 {
		t.Errorf("8 keys drew %d ages for 46; want several", len(seen))
	}
}
