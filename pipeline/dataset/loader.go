package dataset

import (
	"fmt"
	"sync"
)

// Weighted is a source and its share of the mix.
type Weighted struct {
	Source Source
	Weight float64
}

// LoaderConfig configures a Loader.
type LoaderConfig struct {
	Sources   []Weighted
	Seed      uint64
	BatchSize int
	// Height is the crop height (DefaultHeight when 0); Widths the crop
	// widths, one drawn per batch (128 when empty).
	Height int
	Widths []int
	// Workers generate the samples of a batch in parallel (default 1);
	// Prefetch batches are prepared ahead in the background (default 2).
	Workers, Prefetch int
}

// Loader hands out batches in order, preparing the next ones in goroutines.
// Batch b is a pure function of (Seed, b, sources), so the data position is
// the batch index: SetPosition(Position()) after a restart continues exactly.
type Loader struct {
	cfg   LoaderConfig
	total float64

	mu   sync.Mutex
	pos  int64
	ch   chan result
	stop chan struct{}
	wg   sync.WaitGroup
}

type result struct {
	pos int64
	b   *Batch
	err error
}

// NewLoader checks the config and returns a loader at position 0.
func NewLoader(cfg LoaderConfig) (*Loader, error) {
	if len(cfg.Sources) == 0 {
		return nil, fmt.Errorf("dataset: loader: no sources")
	}
	if cfg.BatchSize < 1 {
		return nil, fmt.Errorf("dataset: loader: batch size %d < 1", cfg.BatchSize)
	}
	if cfg.Height == 0 {
		cfg.Height = DefaultHeight
	}
	if len(cfg.Widths) == 0 {
		cfg.Widths = []int{128}
	}
	for _, w := range cfg.Widths {
		if w < 16 || w%16 != 0 {
			return nil, fmt.Errorf("dataset: loader: width %d is not a positive multiple of 16", w)
		}
	}
	if cfg.Height < 16 || cfg.Height%16 != 0 {
		return nil, fmt.Errorf("dataset: loader: height %d is not a positive multiple of 16", cfg.Height)
	}
	if cfg.Workers < 1 {
		cfg.Workers = 1
	}
	if cfg.Prefetch < 1 {
		cfg.Prefetch = 2
	}
	l := &Loader{cfg: cfg}
	for _, s := range cfg.Sources {
		if s.Weight < 0 || s.Source == nil {
			return nil, fmt.Errorf("dataset: loader: bad source weight or nil source")
		}
		l.total += s.Weight
	}
	if l.total <= 0 {
		return nil, fmt.Errorf("dataset: loader: source weights sum to 0")
	}
	return l, nil
}

// Make builds batch b synchronously (deterministic for the config).
func (l *Loader) Make(b int64) (*Batch, error) {
	brng := SampleRNG(l.cfg.Seed, b, -1)
	w := l.cfg.Widths[brng.IntN(len(l.cfg.Widths))]
	n := l.cfg.BatchSize
	samples := make([]*Sample, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for k := 0; k < l.cfg.Workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				samples[i], errs[i] = l.sample(b, i, w)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("dataset: batch %d sample %d: %w", b, i, err)
		}
	}
	return NewBatch(samples)
}

func (l *Loader) sample(b int64, k, w int) (*Sample, error) {
	rng := SampleRNG(l.cfg.Seed, b, k)
	x := rng.Float64() * l.total
	src := l.cfg.Sources[len(l.cfg.Sources)-1].Source
	for _, s := range l.cfg.Sources {
		if x < s.Weight {
			src = s.Source
			break
		}
		x -= s.Weight
	}
	return src.Generate(rng, w, l.cfg.Height)
}

// Position is the index of the next batch Next returns.
func (l *Loader) Position() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.pos
}

// SetPosition makes pos the next batch.
func (l *Loader) SetPosition(pos int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.halt()
	l.pos = pos
}

// Next returns the batch at the current position and advances.
func (l *Loader) Next() (*Batch, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ch == nil {
		l.start()
	}
	r := <-l.ch
	if r.pos != l.pos {
		return nil, fmt.Errorf("dataset: loader out of order: got batch %d, want %d", r.pos, l.pos)
	}
	if r.err != nil {
		l.halt()
		return nil, r.err
	}
	l.pos++
	return r.b, nil
}

// Close stops the prefetching goroutines.
func (l *Loader) Close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.halt()
}

func (l *Loader) start() {
	l.ch = make(chan result, l.cfg.Prefetch)
	l.stop = make(chan struct{})
	ch, stop, pos := l.ch, l.stop, l.pos
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		for p := pos; ; p++ {
			b, err := l.Make(p)
			select {
			case ch <- result{pos: p, b: b, err: err}:
			case <-stop:
				return
			}
			if err != nil {
				return
			}
		}
	}()
}

func (l *Loader) halt() {
	if l.ch == nil {
		return
	}
	close(l.stop)
	l.wg.Wait()
	l.ch, l.stop = nil, nil
}
