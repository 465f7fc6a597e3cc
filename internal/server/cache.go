package server

import (
	"context"
	"sync"
	"time"
)

// cache keeps the answers of slow whole-store queries (counts, rankings,
// the actor table) for a while. Each key is computed once at a time, in
// the background with a deadline of its own, so a request that gives up
// waiting does not waste the work; the next request gets the answer. A
// stale answer is served while a fresh one is computed. invalidate drops
// everything (the server calls it after an ingest).
type cache struct {
	ttl     time.Duration
	timeout time.Duration // deadline of one computation
	mu      sync.Mutex
	gen     uint64
	entries map[string]*cacheEntry
}

type cacheEntry struct {
	done       chan struct{} // closed when val and err are set
	val        any
	err        error
	at         time.Time
	gen        uint64
	refreshing bool
}

const maxCacheEntries = 512

func newCache(ttl, timeout time.Duration) *cache {
	return &cache{ttl: ttl, timeout: timeout, entries: map[string]*cacheEntry{}}
}

func (c *cache) invalidate() {
	c.mu.Lock()
	c.gen++
	c.entries = map[string]*cacheEntry{}
	c.mu.Unlock()
}

// start computes key in the background into a new entry. c.mu is held.
func (c *cache) start(key string, compute func(context.Context) (any, error)) *cacheEntry {
	if len(c.entries) >= maxCacheEntries {
		for k, e := range c.entries {
			select {
			case <-e.done:
				delete(c.entries, k)
			default:
			}
		}
	}
	e := &cacheEntry{done: make(chan struct{}), gen: c.gen}
	c.entries[key] = e
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
		defer cancel()
		v, err := compute(ctx)
		c.mu.Lock()
		e.val, e.err, e.at = v, err, time.Now()
		c.mu.Unlock()
		close(e.done)
	}()
	return e
}

// get returns the cached answer for key, computing it if need be; it
// waits at most until ctx ends.
func (c *cache) get(ctx context.Context, key string, compute func(context.Context) (any, error)) (any, error) {
	c.mu.Lock()
	e := c.entries[key]
	if e != nil {
		select {
		case <-e.done:
			switch {
			case e.err != nil || e.gen != c.gen:
				e = c.start(key, compute)
			case time.Since(e.at) > c.ttl:
				if !e.refreshing {
					e.refreshing = true
					old := e
					fresh := &cacheEntry{done: make(chan struct{})}
					go func() {
						cctx, cancel := context.WithTimeout(context.Background(), c.timeout)
						defer cancel()
						v, err := compute(cctx)
						c.mu.Lock()
						defer c.mu.Unlock()
						if err == nil && c.entries[key] == old && old.gen == c.gen {
							fresh.val, fresh.at, fresh.gen = v, time.Now(), c.gen
							close(fresh.done)
							c.entries[key] = fresh
						} else {
							old.refreshing = false
						}
					}()
				}
				v := e.val
				c.mu.Unlock()
				return v, nil
			default:
				v := e.val
				c.mu.Unlock()
				return v, nil
			}
		default:
		}
	} else {
		e = c.start(key, compute)
	}
	c.mu.Unlock()
	select {
	case <-e.done:
		return e.val, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
