package petrarch

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns the PETRARCH folder under DYAD_SHARED, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	root := os.Getenv("DYAD_SHARED")
	if root == "" {
		t.Skip("DYAD_SHARED is not set: skipping the test on the real PETRARCH files (set it to the shared folder, e.g. ../shared)")
	}
	dir := filepath.Join(root, "data", "petrarch")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("DYAD_SHARED=%s has no data/petrarch: %v", root, err)
	}
	return dir
}

func readShared(t *testing.T, name string) *RecordFile {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rf, err := ReadRecords(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return rf
}

func TestSharedRecords(t *testing.T) {
	cases := []struct {
		file                        string
		records, gold, noev, experr int
		kind                        ParseKind
		verb                        string
		actors, inactive            int
	}{
		{"PETR.UnitTest.records.xml", 284, 359, 19, 7, ParsePenn, "PETR.Validate.verbs.txt", 1, 5},
		{"PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml", 284, 349, 19, 7, ParseCoNLLU, "PETR.Validate.verbs.txt", 1, 4},
		{"PETR2_GSR_validation.dev.xml", 44, 41, 8, 0, ParseCoNLLU, "CAMEO.2.0.txt", 3, 0},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			rf := readShared(t, c.file)
			for _, e := range rf.Errors {
				t.Errorf("unexpected error: %v", e)
			}
			if len(rf.Records) != c.records {
				t.Errorf("records: got %d, want %d", len(rf.Records), c.records)
			}
			gold, noev, experr, inactive := 0, 0, 0, 0
			for _, r := range rf.Records {
				if !r.Active() {
					inactive++
				}
				gold += len(r.Gold)
				if r.NoEvents {
					noev++
				}
				if r.ExpectError != "" {
					experr++
				}
				if r.ParseKind != c.kind {
					t.Errorf("%s: parse kind %s, want %s", r.ID, r.ParseKind, c.kind)
				}
				if r.ISODate == "" || r.Text == "" {
					t.Errorf("%s: date %q text %q", r.ID, r.ISODate, r.Text)
				}
				if r.ParseKind == ParseCoNLLU {
					if _, err := r.ConllU(); err != nil {
						t.Errorf("%v", err)
					}
				}
			}
			if inactive != c.inactive {
				t.Errorf("%d inactive records, want %d", inactive, c.inactive)
			}
			if gold != c.gold || noev != c.noev || experr != c.experr {
				t.Errorf("gold %d noevents %d errors %d, want %d %d %d", gold, noev, experr, c.gold, c.noev, c.experr)
			}
			if rf.Environment.VerbFile != c.verb || len(rf.Environment.ActorFiles) != c.actors {
				t.Errorf("environment %+v", rf.Environment)
			}
		})
	}
}
