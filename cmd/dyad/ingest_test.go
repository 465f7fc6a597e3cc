package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestIngestPetrarch ingests PETRARCH records with their supplied parses
// and the PETRARCH dictionaries: twice (idempotent), with --skip-existing,
// then recodes with nothing changed.
func TestIngestPetrarch(t *testing.T) {
	shared := os.Getenv("DYAD_SHARED")
	if shared == "" {
		t.Skip("DYAD_SHARED is not set: no PETRARCH records to ingest")
	}
	dir := filepath.Join(shared, "data", "petrarch")
	records := filepath.Join(dir, "PETR2_GSR_validation.dev.xml")
	if _, err := os.Stat(records); err != nil {
		t.Skipf("no %s", records)
	}
	db := filepath.Join(t.TempDir(), "i.db")
	ingest := func(extra ...string) (int, string) {
		args := append([]string{"ingest", "--db", db, "--parses", "supplied", "--petrarch-dicts", dir, "--workers", "2"}, extra...)
		code, _, stderr := runArgs("", append(args, records)...)
		return code, stderr
	}
	info := func() string {
		_, out, _ := runArgs("", "db", "info", "--db", db)
		return strings.Join(regexp.MustCompile(`(?m)^(documents|sentences|events) .*$`).FindAllString(out, -1), "|")
	}
	if code, stderr := ingest(); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s", code, stderr)
	}
	first := info()
	if !strings.Contains(first, "documents") || strings.Contains(first, "documents   0") {
		t.Fatalf("nothing stored: %s", first)
	}
	if code, _ := ingest(); code != exitOK || info() != first {
		t.Errorf("second ingest changed the counts: %s -> %s", first, info())
	}
	if code, stderr := ingest("--skip-existing"); code != exitOK || !strings.Contains(stderr, "already stored, left as they were") || info() != first {
		t.Errorf("--skip-existing: exit %d %s", code, stderr)
	}
	code, out, stderr := runArgs("", "recode", "--db", db, "--petrarch-dicts", dir)
	if code != exitOK || !strings.Contains(out, " 0 changed;") {
		t.Errorf("recode: exit %d\n%s%s", code, out, stderr)
	}
	if info() != first {
		t.Errorf("recode changed the counts: %s -> %s", first, info())
	}
}

// TestIngestSkips: documents the pipeline cannot code are reported and
// skipped (exit 2), and a bad flag is a usage error.
func TestIngestSkips(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte("{\"id\":\"e\",\"text\":\"\"}\n"), 0o644)
	code, _, stderr := runArgs("", "ingest", "--db", db, in)
	if code != exitPartial || !strings.Contains(stderr, `document "e": empty text`) {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if code, _, _ := runArgs("", "ingest", "--db", db); code != exitUsage {
		t.Errorf("no input: exit %d", code)
	}
	if code, _, _ := runArgs("", "recode", "--db", filepath.Join(dir, "none.db")); code != exitFail {
		t.Errorf("recode of a missing store: exit %d", code)
	}
}
