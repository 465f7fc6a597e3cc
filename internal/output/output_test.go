package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/parquet-go/parquet-go"
)

func sampleRows() []Row {
	full := &doc.Event{
		DocID: "d1", SentenceIndex: 2, Date: "2024-03-05",
		Source: &doc.Actor{Code: "USAGOV", Country: "USA", Roles: []string{"GOV"}, Text: "Washington", Start: 0, End: 10},
		Target: &doc.Actor{Code: "KAZMILREB", Country: "KAZ", Roles: []string{"MIL", "REB"}, Text: "Kazakh rebels,\tarmed", Start: 20, End: 33},
		CAMEO:  "042", Root: "04", QuadClass: 1, Goldstein: 1.9,
		PLOVER:     &doc.PLOVER{Event: "CONSULT", Mode: "visit"},
		Factuality: "factual",
		Magnitude:  &doc.Magnitude{Value: 4e7, Unit: "USD", Text: "$40 million"},
		Location:   &doc.Location{Text: "Astana", Country: "KAZ", Lat: 51.16, Lon: 71.47},
		Evidence:   doc.Evidence{Sentence: "d1-3", Predicate: "visited", Start: 11, End: 18, Rule: "verbs.txt:12"},
	}
	bare := &doc.Event{DocID: "d2", SentenceIndex: 0, Source: &doc.Actor{Code: "RUS", Country: "RUS", Start: 0, End: 6},
		CAMEO: "190", Root: "19", QuadClass: 4, Goldstein: -10, Factuality: "factual",
		Evidence: doc.Evidence{Sentence: "d2-1", Predicate: "fought", Start: 7, End: 13, Rule: "builtin"}}
	return []Row{
		{Event: full, URL: "http://example.org/1", Publisher: "Wire"},
		{Event: bare},
		{Event: full, Cluster: &Cluster{Mentions: 3, Sentences: 3, Documents: 2, Sources: 1, FirstDate: "2024-03-05", LastDate: "2024-03-06"}},
	}
}

func writeAll(t *testing.T, f Format, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := New(&b, f, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range sampleRows() {
		if err := w.Write(r); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatalf("%s close: %v", f, err)
	}
	return b.Bytes()
}

func TestJSONLRoundTrip(t *testing.T) {
	out := writeAll(t, JSONL, Options{})
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		var e doc.Event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(&e, sampleRows()[i].Event) {
			t.Errorf("line %d: %+v", i, e)
		}
	}
	var m map[string]any
	json.Unmarshal([]byte(lines[1]), &m)
	for _, k := range []string{"doc_id", "sentence_index", "date", "source", "target", "cameo", "root", "quad_class", "goldstein", "plover", "factuality", "magnitude", "location", "evidence"} {
		if _, ok := m[k]; !ok && k != "date" {
			t.Errorf("key %q missing: %s", k, lines[1])
		}
	}
	if m["target"] != nil || m["magnitude"] != nil {
		t.Errorf("absent target/magnitude not null: %s", lines[1])
	}
	if !strings.Contains(lines[2], `"cluster":{"mentions":3,"sentences":3,"documents":2,"sources":1`) {
		t.Errorf("cluster missing: %s", lines[2])
	}
}

func TestCSVAndTSV(t *testing.T) {
	for _, f := range []Format{CSV, TSV} {
		r := csv.NewReader(bytes.NewReader(writeAll(t, f, Options{Clustered: true})))
		if f == TSV {
			r.Comma = '\t'
		}
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(recs) != 4 || len(recs[0]) != len(FlatColumns)+len(ClusterColumns) {
			t.Fatalf("%s: %d rows, header %v", f, len(recs), recs[0])
		}
		col := map[string]int{}
		for i, c := range recs[0] {
			col[c] = i
		}
		row := recs[1]
		for k, want := range map[string]string{"doc_id": "d1", "source_code": "USAGOV", "target_roles": "MIL REB", "cameo": "042", "goldstein": "1.9", "magnitude_value": "40000000", "location_lat": "51.16", "url": "http://example.org/1", "mentions": "1"} {
			if row[col[k]] != want {
				t.Errorf("%s %s = %q, want %q", f, k, row[col[k]], want)
			}
		}
		if recs[2][col["target_code"]] != "" || recs[3][col["mentions"]] != "3" || recs[3][col["last_date"]] != "2024-03-06" {
			t.Errorf("%s: rows %v / %v", f, recs[2], recs[3])
		}
		if f == TSV && row[col["target_text"]] != "Kazakh rebels, armed" {
			t.Errorf("TSV kept a tab: %q", row[col["target_text"]])
		}
	}
}

func TestPhoenix(t *testing.T) {
	out := string(writeAll(t, Phoenix, Options{}))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	c := strings.Split(lines[0], "\t")
	if len(c) != 26 || len(PhoenixColumns) != 26 {
		t.Fatalf("%d columns: %q", len(c), c)
	}
	want := []string{"d1-2-1", "20240305", "2024", "3", "5", "USAGOV", "USA", "GOV", "", "KAZMILREB", "KAZ", "MIL", "REB",
		"042", "04", "1", "1.9", "", "51.16", "71.47", "Astana", "", "KAZ", "d1_2", "http://example.org/1", "Wire"}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got  %q\nwant %q", c, want)
	}
	c = strings.Split(lines[1], "\t")
	if len(c) != 26 || c[5] != "RUS" || c[6] != "RUS" || c[9] != "" || c[15] != "4" || c[16] != "-10.0" {
		t.Errorf("bare row %q", c)
	}
	if c := strings.Split(lines[2], "\t"); c[0] != "d1-2-1" {
		t.Errorf("third row id %q", c[0])
	}
	if h := string(writeAll(t, Phoenix, Options{PhoenixHeader: true})); !strings.HasPrefix(h, "EventID\tDate\tYear") {
		t.Errorf("header: %q", h[:40])
	}
	for code, want := range map[string]int{"010": 0, "02": 0, "036": 1, "057": 1, "061": 2, "0874": 2, "090": 3, "138": 3, "145": 4, "20": 4, "21": -1, "x": -1} {
		if got := PentaClass(code); got != want {
			t.Errorf("PentaClass(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestParquetReadBack(t *testing.T) {
	out := writeAll(t, Parquet, Options{Clustered: true})
	rows, err := parquet.Read[ParquetRow](bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows", len(rows))
	}
	for i, r := range sampleRows() {
		want, got := ToParquet(r), rows[i]
		for _, p := range []*ParquetRow{&want, &got} {
			if len(p.SourceRoles) == 0 {
				p.SourceRoles = nil
			}
			if len(p.TargetRoles) == 0 {
				p.TargetRoles = nil
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, rows[i], want)
		}
	}
	r0 := rows[0]
	if r0.Date == nil || *r0.Date != 19787 || *r0.TargetCode != "KAZMILREB" || !reflect.DeepEqual(r0.TargetRoles, []string{"MIL", "REB"}) || *r0.MagnitudeValue != 4e7 {
		t.Errorf("row 0 %+v", r0)
	}
	if rows[1].TargetCode != nil || rows[1].Date != nil || rows[1].LocationLat != nil || rows[1].Mentions != nil {
		t.Errorf("row 1 nulls lost: %+v", rows[1])
	}
	// The schema is typed, as any Parquet reader sees it.
	f, err := parquet.OpenFile(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, c := range f.Schema().Fields() {
		if c.Leaf() {
			types[c.Name()] = c.Type().String()
		}
	}
	for name, want := range map[string]string{"goldstein": "DOUBLE", "quad_class": "INT(32", "date": "DATE", "cameo": "STRING"} {
		if !strings.Contains(types[name], want) {
			t.Errorf("column %s has type %q, want %s", name, types[name], want)
		}
	}
	if f.NumRows() != 3 {
		t.Errorf("NumRows %d", f.NumRows())
	}
}

func TestTable(t *testing.T) {
	out := string(writeAll(t, Table, Options{}))
	if !strings.HasPrefix(out, "DATE") || !strings.Contains(out, "USAGOV") || !strings.Contains(out, "(3 mentions, 2 docs)") {
		t.Errorf("table:\n%s", out)
	}
	if _, err := ParseFormat("xls"); err == nil {
		t.Error("ParseFormat(xls) gave no error")
	}
}
