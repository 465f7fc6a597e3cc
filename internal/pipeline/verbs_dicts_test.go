package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

// TestVerbFilesFromFolders: a --dicts folder without verb files keeps
// dyad's verbs; an extra folder's phrase replaces the shipped one; a bad
// verb line is an error naming file:line.
func TestVerbFilesFromFolders(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	actorsOnly := t.TempDir()
	if err := os.WriteFile(filepath.Join(actorsOnly, "countries.txt"), []byte("[countries]\nGondor => GON\nMordor => MOR\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	extra := t.TempDir()
	if err := os.WriteFile(filepath.Join(extra, "mine.dyv"), []byte("praise => 057\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code := func(opts Options, text string) (string, error) {
		p, err := New(opts)
		if err != nil {
			return "", err
		}
		d := &doc.Document{ID: "t", Text: text, Date: "2026-06-01"}
		if err := p.Process(d); err != nil {
			return "", err
		}
		for _, s := range d.Sentences {
			for _, e := range s.Events {
				if e.Target != nil {
					return e.Source.Code + " " + e.Target.Code + " " + e.CAMEO, nil
				}
			}
		}
		return "", nil
	}
	got, err := code(Options{DictsDir: actorsOnly}, "On Monday, Gondor visited Mordor for talks.")
	if err != nil || got != "GON MOR 042" {
		t.Errorf("actor folder alone: %q, %v; want GON MOR 042", got, err)
	}
	got, err = code(Options{ExtraDicts: []string{extra}}, "On Tuesday, the Kenyan government praised Ethiopia for its role.")
	if err != nil || got != "KENGOV ETH 057" {
		t.Errorf("extra folder: %q, %v; want KENGOV ETH 057", got, err)
	}
	if err := os.WriteFile(filepath.Join(extra, "bad.dyv"), []byte("visit => 9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := code(Options{ExtraDicts: []string{extra}}, "Gondor visited Mordor."); err == nil || !strings.Contains(err.Error(), "bad.dyv:1") {
		t.Errorf("bad verb file: err = %v, want bad.dyv:1", err)
	}
}
