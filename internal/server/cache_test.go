package server

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCacheComputesOnce(t *testing.T) {
	c := newCache(time.Hour, time.Minute)
	var calls atomic.Int32
	release := make(chan struct{})
	compute := func(context.Context) (any, error) {
		calls.Add(1)
		<-release
		return 42, nil
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := c.get(context.Background(), "k", compute)
			if err != nil || v.(int) != 42 {
				t.Errorf("get: %v %v", v, err)
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("computed %d times, want once", n)
	}
	c.invalidate()
	release = make(chan struct{})
	close(release)
	c.get(context.Background(), "k", compute)
	if n := calls.Load(); n != 2 {
		t.Errorf("after invalidate: computed %d times, want twice", n)
	}
}

func TestCacheGivesUpWaitingButKeepsWorking(t *testing.T) {
	c := newCache(time.Hour, time.Minute)
	release := make(chan struct{})
	compute := func(context.Context) (any, error) { <-release; return "done", nil }
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if _, err := c.get(ctx, "slow", compute); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("impatient get: %v", err)
	}
	close(release)
	v, err := c.get(context.Background(), "slow", func(context.Context) (any, error) { return "again", nil })
	if err != nil || v != "done" {
		t.Errorf("second get: %v %v, want the first computation's answer", v, err)
	}
}

func TestCacheStaleAndErrors(t *testing.T) {
	c := newCache(10*time.Millisecond, time.Minute)
	n := 0
	compute := func(context.Context) (any, error) { n++; return n, nil }
	v, _ := c.get(context.Background(), "k", compute)
	time.Sleep(20 * time.Millisecond)
	// stale: the old answer now, a fresh one computed behind it
	if w, _ := c.get(context.Background(), "k", compute); w != v {
		t.Errorf("stale get: %v, want the old %v", w, v)
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		w, _ := c.get(context.Background(), "k", compute)
		if w == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no refresh: %v", w)
		}
		time.Sleep(5 * time.Millisecond)
	}
	fails := 0
	bad := func(context.Context) (any, error) { fails++; return nil, errors.New("disk") }
	c.get(context.Background(), "e", bad)
	c.get(context.Background(), "e", bad)
	if fails != 2 {
		t.Errorf("an error was cached: %d computations", fails)
	}
}
