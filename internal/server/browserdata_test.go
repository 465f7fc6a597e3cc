package server

import (
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/pipeline"
)

// browserBackend is the store the browser tests run against, and the dyad
// and document they look at.
func browserBackend(t *testing.T) (Backend, string, string, string) {
	fb := &fakeBackend{docs: map[string]*doc.Document{"kz-1": sampleDoc()}}
	return fb, "KAZGOV", "CHNGOV", "kz-1"
}

// browserCoder is dyad's real pipeline.
func browserCoder(t *testing.T) Coder {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
