package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/output"
	"github.com/parquet-go/parquet-go"
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

// TestCodePetrarch codes PETRARCH records to JSON Lines and Parquet: every
// line is an event record, in input order, and Parquet has as many rows.
func TestCodePetrarch(t *testing.T) {
	shared := os.Getenv("DYAD_SHARED")
	if shared == "" {
		t.Skip("DYAD_SHARED is not set: no PETRARCH records to code")
	}
	dir := filepath.Join(shared, "data", "petrarch")
	records := filepath.Join(dir, "PETR2_GSR_validation.dev.xml")
	if _, err := os.Stat(records); err != nil {
		t.Skipf("no %s", records)
	}
	args := []string{"code", "--parses", "supplied", "--petrarch-dicts", dir, "--workers", "2", records}
	code, out, stderr := runArgs("", append(args, "--format", "jsonl")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows := jsonLines(t, out)
	m := regexp.MustCompile(`(\d+) events`).FindStringSubmatch(stderr)
	if len(rows) == 0 || m == nil || m[1] != strconv.Itoa(len(rows)) {
		t.Fatalf("%d lines, summary %q", len(rows), stderr)
	}
	for _, k := range []string{"doc_id", "sentence_index", "source", "target", "cameo", "root", "quad_class", "goldstein", "plover", "factuality", "magnitude", "location", "evidence"} {
		if _, ok := rows[0][k]; !ok {
			t.Errorf("key %q missing from %v", k, rows[0])
		}
	}
	// Same output with one worker: the order is the input's.
	_, out1, _ := runArgs("", append(args, "--format", "jsonl", "--workers", "1")...)
	if out1 != out {
		t.Error("output differs between 1 and 2 workers")
	}
	pq := filepath.Join(t.TempDir(), "e.parquet")
	if code, _, stderr := runArgs("", append(args, "-o", pq)...); code != exitOK {
		t.Fatalf("parquet: exit %d %s", code, stderr)
	}
	n, err := parquet.ReadFile[output.ParquetRow](pq)
	if err != nil || len(n) != len(rows) {
		t.Errorf("parquet: %d rows, %v; want %d", len(n), err, len(rows))
	}
}
