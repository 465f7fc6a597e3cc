package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// crashDoc is document i of the crash corpus: i%7+1 sentences of one
// event each, and its event count in its title, so that a half-stored
// document shows.
func crashDoc(i int) *doc.Document {
	n := i%7 + 1
	var evs []doc.Event
	for k := 0; k < n; k++ {
		evs = append(evs, event("USA", "RUS", "042", 1, float64(k)))
	}
	d := testDoc(fmt.Sprintf("doc-%06d", i), "2024-01-01", evs...)
	d.Title = strconv.Itoa(n)
	d.Text += strings.Repeat("padding ", 200)
	return d
}

const crashDocs = 3000

// TestMain runs the crash child when asked: it ingests the crash corpus
// in batches of 10 documents, reporting each commit on stdout, until it
// is killed.
func TestMain(m *testing.M) {
	if path := os.Getenv("DYAD_STORE_CRASH_CHILD"); path != "" {
		s, err := OpenSQLite(path)
		if err != nil {
			fmt.Println("open:", err)
			os.Exit(3)
		}
		for i := 0; i < crashDocs; i += 10 {
			var batch []*doc.Document
			for k := i; k < i+10; k++ {
				batch = append(batch, crashDoc(k))
			}
			if err := s.Put(ctx, batch, Versions{"v": "1"}); err != nil {
				fmt.Println("put:", err)
				os.Exit(3)
			}
			fmt.Println("committed", i+10)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// checkWhole opens the store and checks that it is sound and holds only
// whole documents; it returns how many.
func checkWhole(t *testing.T, path string) int {
	t.Helper()
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatalf("store does not open after the crash: %v", err)
	}
	defer s.Close()
	var ok string
	if err := s.DB().QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	rows, err := s.DB().Query(`SELECT d.id, d.title, (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id), (SELECT count(*) FROM events e WHERE e.doc_id = d.id) FROM documents d`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id, title string
		var sents, events int
		rows.Scan(&id, &title, &sents, &events)
		if want, _ := strconv.Atoi(title); sents != want || events != want {
			t.Errorf("document %s: %d sentences, %d events, want %s of each", id, sents, events, title)
		}
		n++
	}
	var orphans int
	s.DB().QueryRow(`SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d events without their document", orphans)
	}
	if n%10 != 0 {
		t.Errorf("%d documents: a batch was stored in part", n)
	}
	return n
}

// TestCrashSafety kills an ingesting child process (kill -9) at several
// moments and checks that the store opens cleanly with only whole
// documents, then that running the ingest again completes it with no
// loss and no duplicates.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes; skipped with -short")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	last := 0
	for round, delay := range []time.Duration{0, 3 * time.Millisecond, 20 * time.Millisecond, 60 * time.Millisecond} {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), "DYAD_STORE_CRASH_CHILD="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		// Wait for some commits (more each round), then kill mid-stream.
		for k := 0; k <= round*3 && sc.Scan(); k++ {
			if !strings.HasPrefix(sc.Text(), "committed") {
				t.Fatalf("child: %s", sc.Text())
			}
		}
		time.Sleep(delay)
		cmd.Process.Kill() // SIGKILL
		cmd.Wait()
		n := checkWhole(t, path)
		t.Logf("round %d: killed after %v, %d whole documents stored", round, delay, n)
		if n < last {
			t.Errorf("round %d: %d documents, fewer than the %d before", round, n, last)
		}
		last = n
	}
	// Run the ingest to its end: everything, once.
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), "DYAD_STORE_CRASH_CHILD="+path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, out[max(0, len(out)-500):])
	}
	if n := checkWhole(t, path); n != crashDocs {
		t.Errorf("after the rerun: %d documents, want %d", n, crashDocs)
	}
	s, _ := OpenSQLite(path)
	defer s.Close()
	var events int
	s.DB().QueryRow("SELECT count(*) FROM events").Scan(&events)
	want := 0
	for i := 0; i < crashDocs; i++ {
		want += i%7 + 1
	}
	if events != want {
		t.Errorf("%d events, want %d (duplicates or loss)", events, want)
	}
}
