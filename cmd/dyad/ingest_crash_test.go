package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/store"
)

// TestIngestCrashChild is the child of TestIngestCrash: it runs an ingest
// that the parent kills. It does nothing when run on its own.
func TestIngestCrashChild(t *testing.T) {
	db, in := os.Getenv("DYAD_INGEST_CRASH_DB"), os.Getenv("DYAD_INGEST_CRASH_IN")
	if db == "" {
		t.Skip("run by TestIngestCrash")
	}
	run(&env{stdout: os.Stdout, stderr: os.Stderr}, []string{"ingest", "--quiet", "--db", db, "--parses", "supplied",
		"--petrarch-dicts", os.Getenv("DYAD_INGEST_CRASH_DICTS"), "--workers", "2", in})
}

// docsStored counts the documents of a store being written, 0 when it
// cannot be read yet.
func docsStored(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	s, err := store.OpenSQLite(path)
	if err != nil {
		return 0
	}
	defer s.Close()
	n := 0
	s.DB().QueryRow("SELECT count(*) FROM documents").Scan(&n)
	return n
}

// perDoc maps each stored document to its sentence and event counts.
func perDoc(t *testing.T, path string) map[string][2]int {
	t.Helper()
	s, err := store.OpenSQLite(path)
	if err != nil {
		t.Fatalf("the store does not open: %v", err)
	}
	defer s.Close()
	var ok string
	if s.DB().QueryRow("PRAGMA integrity_check").Scan(&ok); ok != "ok" {
		t.Fatalf("integrity_check: %s", ok)
	}
	rows, err := s.DB().Query(`SELECT d.id, (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id), (SELECT count(*) FROM events e WHERE e.doc_id = d.id) FROM documents d`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	m := map[string][2]int{}
	for rows.Next() {
		var id string
		var c [2]int
		rows.Scan(&id, &c[0], &c[1])
		m[id] = c
	}
	var orphans int
	s.DB().QueryRow(`SELECT (SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)) + (SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents))`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d events or sentences without their document", orphans)
	}
	return m
}

// TestIngestCrash kills 'dyad ingest' (kill -9) in mid-run: the store must
// open cleanly holding only whole documents, as the uninterrupted ingest
// stores them, and ingesting again must complete it without duplicates.
func TestIngestCrash(t *testing.T) {
	shared := os.Getenv("DYAD_SHARED")
	if shared == "" || testing.Short() {
		t.Skip("needs DYAD_SHARED (PETRARCH records and dictionaries); skipped with -short")
	}
	dicts := filepath.Join(shared, "data", "petrarch")
	src, err := os.ReadFile(filepath.Join(dicts, "PETR2_GSR_validation.dev.xml"))
	if err != nil {
		t.Skip(err)
	}
	// A larger input: the records 40 times over, with new ids.
	recs := regexp.MustCompile(`(?s)<Sentence\b.*?</Sentence>`).FindAll(src, -1)
	idRe := regexp.MustCompile(`id\s*=\s*"([^"]*)"`)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.xml")
	f, _ := os.Create(in)
	fmt.Fprintln(f, "<Sentences>")
	for k := 0; k < 40; k++ {
		for _, r := range recs {
			done := false
			f.Write(idRe.ReplaceAllFunc(r, func(m []byte) []byte {
				if done {
					return m
				}
				done = true
				return []byte(fmt.Sprintf(`id="%s_%d"`, idRe.FindSubmatch(m)[1], k))
			}))
			fmt.Fprintln(f)
		}
	}
	fmt.Fprintln(f, "</Sentences>")
	f.Close()

	ref := filepath.Join(dir, "ref.db")
	if code, _, stderr := runArgs("", "ingest", "--quiet", "--db", ref, "--parses", "supplied", "--petrarch-dicts", dicts, in); code != exitOK {
		t.Fatalf("reference ingest: exit %d %s", code, stderr)
	}
	want := perDoc(t, ref)

	exe, _ := os.Executable()
	db := filepath.Join(dir, "crash.db")
	for round, delay := range []time.Duration{0, 50 * time.Millisecond, 300 * time.Millisecond} {
		cmd := exec.Command(exe, "-test.run=^TestIngestCrashChild$")
		cmd.Env = append(os.Environ(), "DYAD_INGEST_CRASH_DB="+db, "DYAD_INGEST_CRASH_IN="+in, "DYAD_INGEST_CRASH_DICTS="+dicts)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for the first commit, then kill a little later.
		for start := time.Now(); time.Since(start) < 60*time.Second; time.Sleep(20 * time.Millisecond) {
			if docsStored(db) > 0 {
				break
			}
		}
		time.Sleep(delay)
		cmd.Process.Kill()
		cmd.Wait()
		got := perDoc(t, db)
		for id, c := range got {
			if c != want[id] {
				t.Errorf("round %d: document %s has %v sentences/events, want %v", round, id, c, want[id])
			}
		}
		t.Logf("round %d: killed after %v with %d of %d documents stored", round, delay, len(got), len(want))
	}
	if code, _, stderr := runArgs("", "ingest", "--quiet", "--db", db, "--parses", "supplied", "--petrarch-dicts", dicts, in); code != exitOK {
		t.Fatalf("ingest after the crashes: exit %d %s", code, stderr)
	}
	got := perDoc(t, db)
	if len(got) != len(want) {
		t.Errorf("after the rerun: %d documents, want %d", len(got), len(want))
	}
	for id, c := range want {
		if got[id] != c {
			t.Errorf("after the rerun: document %s has %v, want %v", id, got[id], c)
		}
	}
}
