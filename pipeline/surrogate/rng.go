package surrogate

import (
	"crypto/hmac"
	"crypto/sha256"
	"math/rand/v2"

	"github.com/brianvoe/gofakeit/v7"
)

// rng is a deterministic PRNG (ChaCha8 seeded with an HMAC-SHA256 digest)
// with a gofakeit Faker drawing from the same stream.
type rng struct {
	*rand.Rand
	fake *gofakeit.Faker
	// loose lets charwise change a leading zero too (late retries, when
	// keeping zeros leaves nothing to change, as in "0.0").
	loose bool
}

// rng seeds a PRNG with HMAC-SHA256(key, parts joined by 0x1f). The domain
// prefix "surrogate/v1" lets a future scheme change every value at once.
func (g *Generator) rng(parts ...string) *rng {
	m := hmac.New(sha256.New, g.key)
	m.Write([]byte("surrogate/v1"))
	for _, p := range parts {
		m.Write([]byte{0x1f})
		m.Write([]byte(p))
	}
	var seed [32]byte
	copy(seed[:], m.Sum(nil))
	src := rand.NewChaCha8(seed)
	return &rng{Rand: rand.New(src), fake: gofakeit.NewFaker(src, false)}
}

// pick returns a random element of list.
func (r *rng) pick(list []string) string {
	return list[r.IntN(len(list))]
}

// digit returns a random ASCII digit, 1-9 when nonZero.
func (r *rng) digit(nonZero bool) byte {
	if nonZero {
		return byte('1' + r.IntN(9))
	}
	return byte('0' + r.IntN(10))
}
