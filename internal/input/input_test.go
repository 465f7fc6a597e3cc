package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

// readAll reads every document and every error of the inputs.
func readAll(t *testing.T, args []string, opts Options) ([]*doc.Document, []error) {
	t.Helper()
	r, err := Open(args, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var docs []*doc.Document
	var errs []error
	for i := 0; i < 10000; i++ {
		d, err := r.Next()
		if err == io.EOF {
			return docs, errs
		}
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *input.Error", err)
			}
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	t.Fatal("reader never ended")
	return nil, nil
}

func write(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(t *testing.T, path, content string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(content))
	zw.Close()
	return write(t, path, b.String())
}

func ids(docs []*doc.Document) string {
	var s []string
	for _, d := range docs {
		s = append(s, d.ID)
	}
	return strings.Join(s, ",")
}

func errText(errs []error) string {
	var s []string
	for _, e := range errs {
		s = append(s, e.Error())
	}
	return strings.Join(s, "\n")
}

const jsonlFixture = `{"id":"a1","date":"2024-03-05","text":"Russia accused Ukraine of shelling.","title":"T","url":"http://x/1","source":"Wire"}
{"id":"a2","date":"March 6, 2024","text":"Kazakhstan hosted talks."}

{"id":"a3","text":"no date"}
{"id":"bad","date":"2024-13-45","text":"bad date"}
not json at all
{"id":7,"date":20240307,"text":"numeric id and date"}
{"id":"notext","date":"2024-03-05"}
{"id":"empty","text":"   "}
`

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{write(t, filepath.Join(dir, "a.jsonl"), jsonlFixture), gz(t, filepath.Join(dir, "b.jsonl.gz"), jsonlFixture), gz(t, filepath.Join(dir, "c.data"), jsonlFixture)} {
		docs, errs := readAll(t, []string{p}, Options{})
		if got := ids(docs); got != "a1,a2,a3,7" {
			t.Errorf("%s: ids %q, want a1,a2,a3,7", p, got)
		}
		if len(docs) == 4 {
			if docs[0].Date != "2024-03-05" || docs[0].Title != "T" || docs[0].URL != "http://x/1" || docs[0].Source != "Wire" {
				t.Errorf("a1 = %+v", docs[0])
			}
			if docs[1].Date != "2024-03-06" || docs[3].Date != "2024-03-07" {
				t.Errorf("dates %q %q, want ISO", docs[1].Date, docs[3].Date)
			}
		}
		want := []string{":5: document \"bad\": unreadable date", ":6: bad JSON", ":8: document \"notext\": no \"text\" key", ":9: document \"empty\": empty text"}
		if len(errs) != len(want) {
			t.Fatalf("%s: errors\n%s\nwant %d", p, errText(errs), len(want))
		}
		for i, w := range want {
			if !strings.Contains(errs[i].Error(), w) || !strings.HasPrefix(errs[i].Error(), p) {
				t.Errorf("error %d = %q, want %s%s...", i, errs[i], p, w)
			}
		}
	}
}

func TestTextFolderGlobStdin(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "corpus", "b.txt"), "\ufeffSecond article.")
	write(t, filepath.Join(dir, "corpus", "a.txt"), "First article.")
	gz(t, filepath.Join(dir, "corpus", "sub", "c.txt.gz"), "Third, compressed.")
	write(t, filepath.Join(dir, "corpus", ".hidden"), "never read")
	write(t, filepath.Join(dir, "corpus", "bin.txt"), "bad \xff\xfe bytes")
	write(t, filepath.Join(dir, "corpus", "empty.txt"), "\n\n")
	docs, errs := readAll(t, []string{filepath.Join(dir, "corpus")}, Options{})
	c := filepath.ToSlash(filepath.Join(dir, "corpus"))
	want := c + "/a.txt," + c + "/b.txt," + c + "/sub/c.txt"
	if got := ids(docs); got != want {
		t.Errorf("folder ids %q, want %q", got, want)
	}
	if len(docs) == 3 && (docs[1].Text != "Second article." || docs[2].Text != "Third, compressed.") {
		t.Errorf("texts %q %q", docs[1].Text, docs[2].Text)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "bin.txt") || !strings.Contains(errs[0].Error(), "not valid UTF-8 (bad byte at offset 4)") ||
		!strings.Contains(errs[1].Error(), "empty.txt") {
		t.Errorf("errors:\n%s", errText(errs))
	}

	docs, errs = readAll(t, []string{filepath.Join(dir, "corpus", "*.txt"), filepath.Join(dir, "nothing-*.txt"), filepath.Join(dir, "missing.txt")}, Options{})
	if len(docs) != 2 || len(errs) != 4 {
		t.Errorf("glob: %d docs, errors:\n%s", len(docs), errText(errs))
	}
	if len(errs) == 4 && (!strings.Contains(errs[2].Error(), "no file matches") || !strings.Contains(errs[3].Error(), "no such file")) {
		t.Errorf("glob errors:\n%s", errText(errs))
	}

	docs, errs = readAll(t, []string{"-"}, Options{Stdin: strings.NewReader("From stdin.")})
	if len(errs) != 0 || len(docs) != 1 || docs[0].ID != "stdin" || docs[0].Text != "From stdin." {
		t.Errorf("stdin: %v %v", docs, errs)
	}
	// stdin JSON Lines is detected by content.
	docs, _ = readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(jsonlFixture)})
	if len(docs) != 4 {
		t.Errorf("stdin jsonl: %d docs", len(docs))
	}
	// Too long.
	p := write(t, filepath.Join(dir, "long.txt"), strings.Repeat("x", 100))
	_, errs = readAll(t, []string{p}, Options{MaxBytes: 50})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "over the limit of 50") {
		t.Errorf("long: %v", errs)
	}
}

const csvFixture = `doc,published,body,title
c1,2024-01-02,"Iran and Iraq signed a deal, officials said.",Deal
c2,02 Jan 2024,"He said ""no"".",
,2024-01-03,no id here,
c4,2024-01-04
c5,yesterday,bad date,
`

func TestCSV(t *testing.T) {
	dir := t.TempDir()
	opts := Options{TextCol: "body", IDCol: "doc", DateCol: "published"}
	for _, p := range []string{write(t, filepath.Join(dir, "a.csv"), csvFixture), gz(t, filepath.Join(dir, "a.csv.gz"), csvFixture),
		write(t, filepath.Join(dir, "a.tsv"), strings.NewReplacer(",", "\t").Replace(strings.ReplaceAll(csvFixture, ", officials", " officials")))} {
		docs, errs := readAll(t, []string{p}, opts)
		if got := ids(docs); got != "c1,c2,"+p+":4" {
			t.Errorf("%s: ids %q", p, got)
		}
		if len(docs) == 3 {
			if docs[0].Title != "Deal" || docs[0].Date != "2024-01-02" || docs[1].Date != "2024-01-02" || docs[1].Text != `He said "no".` && !strings.HasSuffix(p, ".tsv") {
				t.Errorf("%s: docs %+v %+v", p, docs[0], docs[1])
			}
		}
		if len(errs) != 2 || !strings.Contains(errs[0].Error(), ":5: document \"c4\": row has 2 fields") || !strings.Contains(errs[1].Error(), ":6: document \"c5\": unreadable date") {
			t.Errorf("%s: errors:\n%s", p, errText(errs))
		}
	}
	// A missing text column names the columns and the flag.
	_, errs := readAll(t, []string{filepath.Join(dir, "a.csv")}, Options{})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `no column "text" in the header (columns: doc, published, body, title); name the text column with --text-col`) {
		t.Errorf("missing column: %v", errs)
	}
}

const xmlFixture = `<Sentences>
<Sentence date="20200229" id="R-1" source="wire">
<Text>
Egypt condemned
Israel on Sunday .
</Text>
<Parse>
1	Egypt	Egypt	PROPN	NNP	_	2	nsubj	_	_
2	condemned	condemn	VERB	VBD	_	0	root	_	_
3	Israel	Israel	PROPN	NNP	_	2	obj	_	_
4	on	on	ADP	IN	_	5	case	_	_
5	Sunday	Sunday	PROPN	NNP	_	2	obl	_	_
6	.	.	PUNCT	.	_	2	punct	_	_
</Parse>
</Sentence>
<Sentence date="20200301" id="R-2">
<Text>France met Germany .</Text>
<Parse>(ROOT (S (NP (NNP France)) (VP (VBD met) (NP (NNP Germany))) (. .)))</Parse>
</Sentence>
</Sentences>
`

func TestPetrarchXML(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{write(t, filepath.Join(dir, "r.xml"), xmlFixture), gz(t, filepath.Join(dir, "r.xml.gz"), xmlFixture)} {
		docs, errs := readAll(t, []string{p}, Options{})
		if len(errs) != 0 || ids(docs) != "R-1,R-2" {
			t.Fatalf("%s own parses: %s / %s", p, ids(docs), errText(errs))
		}
		if docs[0].Text != "Egypt condemned Israel on Sunday ." || docs[0].Date != "2020-02-29" || docs[0].Source != "wire" || len(docs[0].Sentences) != 0 {
			t.Errorf("R-1 = %+v", docs[0])
		}
		docs, errs = readAll(t, []string{p}, Options{SuppliedParses: true})
		if ids(docs) != "R-1" || len(docs[0].Sentences) != 1 || len(docs[0].Sentences[0].Tokens) != 6 || docs[0].Sentences[0].Tokens[0].DepRel != "nsubj" {
			t.Fatalf("supplied parses: %+v", docs)
		}
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), `document "R-2": the <Parse> is a Penn Treebank tree; dyad reads only CoNLL-U parses: use --parses own`) {
			t.Errorf("penn parse: %s", errText(errs))
		}
	}
	// A file that is not a records file.
	p := write(t, filepath.Join(dir, "other.xml"), "<html><body>hi</body></html>")
	_, errs := readAll(t, []string{p}, Options{})
	if len(errs) == 0 {
		t.Errorf("non-records XML gave no error")
	}
}

func TestFormatByFlag(t *testing.T) {
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "notes.dat"), `{"id":"x","text":"looks like JSON but read as text"}`)
	docs, _ := readAll(t, []string{p}, Options{Format: Text})
	if len(docs) != 1 || docs[0].ID != filepath.ToSlash(p) {
		t.Errorf("--input-format text: %v", ids(docs))
	}
	docs, _ = readAll(t, []string{p}, Options{})
	if len(docs) != 1 || docs[0].ID != "x" {
		t.Errorf("auto: %v", ids(docs))
	}
	if _, err := ParseFormat("yaml"); err == nil {
		t.Error("ParseFormat(yaml) gave no error")
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-05": "2024-03-05", "20240305": "2024-03-05", "240305": "2024-03-05", "2024/3/5": "",
		"2024-03-05T23:10:00Z": "2024-03-05", "March 5, 2024": "2024-03-05", "5 March 2024": "2024-03-05",
		"Tue, 05 Mar 2024 10:00:00 +0000": "2024-03-05", "": "", "2024/03/05": "2024-03-05", "soon": "", "2024-02-30": "",
	} {
		got, err := NormalizeDate(in)
		if want == "" && in != "" {
			if err == nil {
				t.Errorf("NormalizeDate(%q) = %q, want an error", in, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "a.jsonl"), jsonlFixture)
	r, _ := Open([]string{p}, Options{})
	for {
		if _, err := r.Next(); err == io.EOF {
			break
		}
	}
	done, total, known := r.Progress()
	if !known || total != int64(len(jsonlFixture)) || done != total {
		t.Errorf("progress %d/%d known=%v, want %d", done, total, known, len(jsonlFixture))
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add(jsonlFixture)
	f.Add(csvFixture)
	f.Fuzz(func(t *testing.T, s string) {
		for _, format := range []Format{JSONL, CSV, Text, PetrarchXML} {
			r, _ := Open([]string{"-"}, Options{Format: format, Stdin: strings.NewReader(s)})
			for i := 0; i < 100000; i++ {
				if _, err := r.Next(); err == io.EOF {
					break
				}
			}
		}
	})
}

func TestPetrarchBadParse(t *testing.T) {
	dir := t.TempDir()
	bad := strings.Replace(xmlFixture, "3	Israel	Israel	PROPN	NNP	_	2	obj	_	_", "3	Israel	Israel	PROPN", 1)
	p := write(t, filepath.Join(dir, "bad.xml"), bad)
	docs, errs := readAll(t, []string{p}, Options{SuppliedParses: true})
	if len(docs) != 0 || len(errs) != 2 || !strings.Contains(errs[0].Error(), `bad.xml:7: document "R-1": CoNLL-U parse:`) {
		t.Errorf("docs %s, errors:\n%s", ids(docs), errText(errs))
	}
}

func TestProgressPetrarch(t *testing.T) {
	p := write(t, filepath.Join(t.TempDir(), "r.xml"), xmlFixture)
	r, _ := Open([]string{p}, Options{})
	r.Next()
	done, total, _ := r.Progress()
	if done != total/2 {
		t.Errorf("after 1 of 2 records: %d of %d bytes", done, total)
	}
	r.Next()
	r.Next()
	if done, total, _ = r.Progress(); done != total {
		t.Errorf("at the end: %d of %d", done, total)
	}
}
