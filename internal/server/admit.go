package server

import (
	"context"
	"errors"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// maxClients bounds the token buckets kept; past it, the buckets that are
// full again (clients idle long enough to have their whole burst back)
// are dropped.
const maxClients = 10000

// clients are the per-client token buckets.
type clients struct {
	rate  rate.Limit
	burst int
	mu    sync.Mutex
	m     map[string]*rate.Limiter
}

func newClients(r float64, burst int) *clients {
	return &clients{rate: rate.Limit(r), burst: burst, m: map[string]*rate.Limiter{}}
}

// allow takes a token from client's bucket; without one it returns how
// long until one is there.
func (c *clients) allow(client string, now time.Time) (bool, time.Duration) {
	if c.rate == 0 {
		return true, 0
	}
	c.mu.Lock()
	lim, ok := c.m[client]
	if !ok {
		if len(c.m) >= maxClients {
			c.sweep(now)
		}
		lim = rate.NewLimiter(c.rate, c.burst)
		c.m[client] = lim
	}
	c.mu.Unlock()
	r := lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sweep drops the buckets that are full (c.mu held).
func (c *clients) sweep(now time.Time) {
	for k, lim := range c.m {
		if lim.TokensAt(now) >= float64(c.burst) {
			delete(c.m, k)
		}
	}
}

// retryAfter is d in whole seconds, at least 1, for a Retry-After header.
func retryAfter(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}

// errQueueFull is refused admission.
var errQueueFull = errors.New("the queue is full")

// admission bounds the requests in the server: inflight process at once,
// up to queue more wait for a slot.
type admission struct {
	slots   chan struct{}
	limit   int64
	present atomic.Int64
	m       *metrics
}

func newAdmission(inflight, queue int, m *metrics) *admission {
	return &admission{slots: make(chan struct{}, inflight), limit: int64(inflight + queue), m: m}
}

// enter admits a request into the queue, or refuses it when the queue is
// full; a request admitted must call leave.
func (a *admission) enter() error {
	if a.present.Add(1) > a.limit {
		a.present.Add(-1)
		return errQueueFull
	}
	a.m.queue.Inc()
	return nil
}

// acquire waits in the queue for a processing slot.
func (a *admission) acquire(ctx context.Context) error {
	select {
	case a.slots <- struct{}{}:
		a.m.queue.Dec()
		a.m.inflight.Inc()
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// leave ends an admitted request (its slot, when it had one).
func (a *admission) leave(hadSlot bool) {
	if hadSlot {
		<-a.slots
		a.m.inflight.Dec()
	} else {
		a.m.queue.Dec()
	}
	a.present.Add(-1)
}
