// Package editdist holds the Levenshtein distance that detection (fuzzy
// labels and month names) and verification (read-back CER) share.
package editdist

// Distance is the Levenshtein distance between a and b: insertions,
// deletions and substitutions of one element each. With limit >= 0 it
// returns limit+1 as soon as the distance is sure to exceed limit.
func Distance[T comparable](a, b []T, limit int) int {
	if d := len(a) - len(b); limit >= 0 && (d > limit || -d > limit) {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
			cur[j] = c
			low = min(low, c)
		}
		if limit >= 0 && low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
