package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/dyad-events/dyad/internal/doc"
)

// errBusy is a text that waited too long for a free coder.
var errBusy = errors.New("all coders are busy; try again shortly")

// process codes d with at most cfg.MaxCoding texts coded at once. A text
// that takes longer than cfg.CodeTimeout is given up on (its coder goes on
// and frees its slot when done, so the bound holds).
func (s *Server) process(ctx context.Context, d *doc.Document) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.CodeTimeout)
	defer cancel()
	select {
	case s.coding <- struct{}{}:
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return errBusy
		}
		return ctx.Err()
	}
	done := make(chan error, 1)
	go func() {
		defer func() { <-s.coding }()
		defer func() {
			if v := recover(); v != nil {
				done <- fmt.Errorf("coder panicked: %v", v)
			}
		}()
		done <- s.cfg.Coder.Process(d)
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("coding took over %v: %w", s.cfg.CodeTimeout, errBusy)
		}
		return ctx.Err()
	}
}

func (s *Server) codingFailed(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errBusy):
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "", err.Error())
	case errors.Is(err, context.Canceled):
	default:
		// The pipeline failed on this text (or is not able to code yet).
		writeError(w, http.StatusUnprocessableEntity, "", "coding failed: "+err.Error())
	}
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// decodeStrict reads one JSON value, refusing unknown fields and trailing data.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON object")
	}
	return nil
}
