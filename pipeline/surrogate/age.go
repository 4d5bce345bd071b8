package surrogate

import "strconv"

// Bounds of an age surrogate.
const (
	ageMaxShift = 7   // an age moves by 1..ageMaxShift years
	ageMax      = 110 // the oldest age drawn
	ageAdult    = 18  // an adult stays an adult, a minor a minor
)

// genAge draws a plausible age near the original's: a few years away,
// never the same, with as many digits (so the text keeps its character
// count), within 0..ageMax, and on the same side of ageAdult. Only the
// digits change; a text that is not an age (no digits, more than three)
// is redrawn character by character.
func genAge(j *job) (string, error) {
	r := j.rng(j.norm)
	d := digitsOf(j.orig)
	if d == "" || len(d) > 3 {
		return charwise(r, j.orig), nil
	}
	n, _ := strconv.Atoi(d)
	lo, hi := ageBounds(n, len(d), d[0] == '0')
	var near []int
	for a := max(lo, n-ageMaxShift); a <= min(hi, n+ageMaxShift); a++ {
		if a != n {
			near = append(near, a)
		}
	}
	if len(near) == 0 {
		return charwise(r, j.orig), nil
	}
	return pourDigits(j.orig, pad(near[r.IntN(len(near))], len(d))), nil
}

// ageBounds is the range an age n written with w digits may move in: the
// numbers of w digits (any below 10^w when the original has a leading
// zero) up to ageMax, and adults or minors as n is.
func ageBounds(n, w int, leadingZero bool) (lo, hi int) {
	lo, hi = 0, 9
	for k := 1; k < w; k++ {
		hi = hi*10 + 9
	}
	if !leadingZero && w > 1 {
		lo = (hi + 1) / 10
	}
	hi = min(hi, ageMax)
	if n >= ageAdult {
		lo = max(lo, ageAdult)
	} else {
		hi = min(hi, ageAdult-1)
	}
	return lo, hi
}
