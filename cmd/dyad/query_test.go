package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/store"
)

func qev(src, tgt, cameo string, quad int, g float64) doc.Event {
	return doc.Event{Source: &doc.Actor{Code: src, Country: src[:3]}, Target: &doc.Actor{Code: tgt, Country: tgt[:3]},
		CAMEO: cameo, Root: cameo[:2], QuadClass: quad, Goldstein: g, Factuality: "factual"}
}

// storeFixture writes a small store and returns its path.
func storeFixture(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "q.db")
	s, err := store.OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var docs []*doc.Document
	add := func(id, date, pub string, evs ...doc.Event) {
		d := &doc.Document{ID: id, Date: date, Source: pub, Text: "Kazakhstan met Russia."}
		for i, e := range evs {
			e.DocID, e.SentenceIndex, e.Date = id, i, date
			d.Sentences = append(d.Sentences, doc.Sentence{Start: 0, End: len(d.Text), Text: d.Text, Events: []doc.Event{e}})
		}
		docs = append(docs, d)
	}
	add("a", "2024-01-03", "Wire", qev("KAZGOV", "USAGOV", "036", 1, 4), qev("USA", "KAZ", "061", 2, 6.4))
	add("b", "2024-01-03", "Paper", qev("KAZGOV", "USAGOV", "036", 1, 4), qev("KAZ", "RUS", "057", 1, 8))
	add("c", "2024-02-11", "Wire", qev("USA", "KAZ", "112", 3, -2), qev("KAZMIL", "USA", "190", 4, -10))
	if err := s.Put(context.Background(), docs, store.Versions{"dicts": "test-1"}); err != nil {
		t.Fatal(err)
	}
	return path
}

func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var rows []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		rows = append(rows, m)
	}
	return rows
}

func TestQueryCommand(t *testing.T) {
	db := storeFixture(t)
	code, out, stderr := runArgs("", "query", "--db", db, "--format", "jsonl")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows := jsonLines(t, out)
	if len(rows) != 6 || rows[0]["doc_id"] != "a" || rows[5]["doc_id"] != "c" {
		t.Errorf("all events: %v", rows)
	}
	code, out, _ = runArgs("", "query", "--db", db, "--source", "kaz", "--cameo", "03", "--format", "jsonl", "--dedup", "cluster")
	rows = jsonLines(t, out)
	if code != exitOK || len(rows) != 1 {
		t.Fatalf("cluster: exit %d, %v", code, rows)
	}
	if c := rows[0]["cluster"].(map[string]any); c["mentions"] != 2.0 || c["documents"] != 2.0 || c["sources"] != 2.0 {
		t.Errorf("cluster counts %v", c)
	}
	_, out, _ = runArgs("", "query", "--db", db, "--format", "csv", "--limit", "2", "--quad", "1")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 3 || !strings.HasPrefix(lines[0], "doc_id,") {
		t.Errorf("csv limit 2: %q", out)
	}
	parquetPath := filepath.Join(t.TempDir(), "e.parquet")
	if code, _, stderr := runArgs("", "query", "--db", db, "-o", parquetPath); code != exitOK {
		t.Errorf("parquet: exit %d %s", code, stderr)
	} else if b, _ := os.ReadFile(parquetPath); len(b) < 8 || string(b[:4]) != "PAR1" {
		t.Errorf("-o x.parquet did not write Parquet")
	}
	if code, _, stderr := runArgs("", "query", "--db", filepath.Join(t.TempDir(), "none.db")); code != exitFail || !strings.Contains(stderr, "no store at") {
		t.Errorf("missing store: exit %d %s", code, stderr)
	}
	for _, args := range [][]string{{"--from", "2024-13"}, {"--quad", "7"}, {"--format", "xml"}, {"--dedup", "x"}, {"extra"}} {
		if code, _, _ := runArgs("", append([]string{"query", "--db", db}, args...)...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestSeriesAlignmentInfoCommands(t *testing.T) {
	db := storeFixture(t)
	code, out, stderr := runArgs("", "series", "--db", db, "--source", "KAZ", "--target", "USA", "--both", "--format", "csv")
	want := "period,source,target,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean\n" +
		"2024-01,KAZ,USA,2,2,0,0,0,8.00,4.00\n" +
		"2024-01,USA,KAZ,1,0,1,0,0,6.40,6.40\n" +
		"2024-02,KAZ,USA,1,0,0,0,1,-10.00,-10.00\n" +
		"2024-02,USA,KAZ,1,0,0,1,0,-2.00,-2.00\n"
	if code != exitOK || out != want {
		t.Errorf("series: exit %d %s\n%s", code, stderr, out)
	}
	code, out, _ = runArgs("", "alignment", "--db", db, "--country", "kaz", "--towards", "USA, RUS", "--format", "csv")
	want = "period,country,partner,events,outgoing,incoming,goldstein_mean,cooperative_share\n" +
		"2024-01,KAZ,USA,3,2,1,4.80,1.000\n" +
		"2024-01,KAZ,RUS,1,1,0,8.00,1.000\n" +
		"2024-02,KAZ,USA,2,1,1,-6.00,0.000\n"
	if code != exitOK || out != want {
		t.Errorf("alignment: exit %d\n%s", code, out)
	}
	code, out, _ = runArgs("", "alignment", "--db", db, "--country", "KAZ", "--towards", "USA", "--format", "jsonl", "--interval", "year")
	if rows := jsonLines(t, out); code != exitOK || len(rows) != 1 || rows[0]["events"] != 5.0 || rows[0]["period"] != "2024" {
		t.Errorf("alignment jsonl: %v", rows)
	}
	for _, args := range [][]string{{"series", "--source", "KAZ"}, {"series", "--source", "A", "--target", "B", "--interval", "hour"}, {"alignment", "--country", "KAZ"}} {
		if code, _, _ := runArgs("", append(args, "--db", db)...); code != exitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	code, out, _ = runArgs("", "db", "info", "--db", db, "--json")
	var in store.Info
	if err := json.Unmarshal([]byte(out), &in); err != nil || code != exitOK || in.Documents != 3 || in.Events != 6 || in.FirstDate != "2024-01-03" ||
		len(in.Versions) != 1 || in.Versions[0].Versions["dicts"] != "test-1" {
		t.Errorf("db info: %d %v %+v", code, err, in)
	}
	if code, out, _ = runArgs("", "db", "info", "--db", db); code != exitOK || !strings.Contains(out, "events      6") || !strings.Contains(out, "dicts=test-1: 3 documents") {
		t.Errorf("db info table:\n%s", out)
	}
}
