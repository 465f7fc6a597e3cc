package output

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dyad-events/dyad/internal/doc"
)

// Format names an output format.
type Format string

// The output formats.
const (
	JSONL   Format = "jsonl"
	CSV     Format = "csv"
	TSV     Format = "tsv"
	Phoenix Format = "phoenix"
	Parquet Format = "parquet"
	Table   Format = "table"
)

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case JSONL, CSV, TSV, Phoenix, Parquet, Table:
		return f, nil
	case "json":
		return JSONL, nil
	}
	return "", fmt.Errorf("unknown output format %q (want jsonl, csv, tsv, phoenix, parquet or table)", s)
}

// Cluster is what de-duplication learned about an event: how often and
// where the news reported it.
type Cluster struct {
	Mentions  int    `json:"mentions"`  // event mentions in the cluster
	Sentences int    `json:"sentences"` // distinct sentences
	Documents int    `json:"documents"` // distinct documents
	Sources   int    `json:"sources"`   // distinct publishers (documents without one count by URL host or id)
	FirstDate string `json:"first_date,omitempty"`
	LastDate  string `json:"last_date,omitempty"`
}

// Row is one event to write.
type Row struct {
	Event     *doc.Event
	URL       string   // the document's URL
	Publisher string   // the document's source (publisher or feed)
	Cluster   *Cluster // set on de-duplicated output
}

// Writer writes rows in one format.
type Writer interface {
	Write(Row) error
	// Close flushes buffered rows and ends the format (Parquet's footer);
	// it does not close the underlying io.Writer.
	Close() error
}

// Options tune a Writer.
type Options struct {
	// Clustered adds the cluster columns (mentions, sentences, documents,
	// sources, first_date, last_date) to csv, tsv and parquet.
	Clustered bool
	// PhoenixHeader writes a header row on Phoenix output.
	PhoenixHeader bool
}

// New returns a Writer of format f on w.
func New(w io.Writer, f Format, opts Options) (Writer, error) {
	switch f {
	case JSONL:
		bw := bufio.NewWriterSize(w, 64<<10)
		return &jsonlWriter{bw: bw, enc: json.NewEncoder(bw)}, nil
	case CSV, TSV:
		cw := csv.NewWriter(w)
		if f == TSV {
			cw.Comma = '\t'
		}
		return &flatWriter{cw: cw, tsv: f == TSV, clustered: opts.Clustered}, nil
	case Phoenix:
		return &phoenixWriter{bw: bufio.NewWriterSize(w, 64<<10), header: opts.PhoenixHeader}, nil
	case Parquet:
		return newParquetWriter(w, opts.Clustered), nil
	case Table:
		return &tableWriter{tw: tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)}, nil
	}
	return nil, fmt.Errorf("unknown output format %q", f)
}

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

type jsonRow struct {
	*doc.Event
	Cluster *Cluster `json:"cluster,omitempty"`
}

func (j *jsonlWriter) Write(r Row) error {
	if r.Event == nil {
		return fmt.Errorf("output: row without an event")
	}
	return j.enc.Encode(jsonRow{Event: r.Event, Cluster: r.Cluster})
}

func (j *jsonlWriter) Close() error { return j.bw.Flush() }

// FlatColumns are the columns of csv, tsv and parquet output, in order.
// ClusterColumns follow them when the output is clustered.
var FlatColumns = []string{
	"doc_id", "sentence_index", "date",
	"source_code", "source_country", "source_roles", "source_text", "source_start", "source_end",
	"target_code", "target_country", "target_roles", "target_text", "target_start", "target_end",
	"cameo", "root", "quad_class", "goldstein",
	"plover_event", "plover_mode", "plover_context", "factuality",
	"magnitude_value", "magnitude_unit", "magnitude_text",
	"location_text", "location_country", "location_lat", "location_lon",
	"evidence_sentence", "predicate", "predicate_start", "predicate_end", "rule",
	"url", "publisher",
}

// ClusterColumns are the columns added by Options.Clustered.
var ClusterColumns = []string{"mentions", "sentences", "documents", "sources", "first_date", "last_date"}

// flatValues renders a row as the strings of FlatColumns (and
// ClusterColumns when clustered). Absent values are "".
func flatValues(r Row, clustered bool) []string {
	e := r.Event
	itoa := strconv.Itoa
	ftoa := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	actor := func(a *doc.Actor) []string {
		if a == nil {
			return []string{"", "", "", "", "", ""}
		}
		return []string{a.Code, a.Country, strings.Join(a.Roles, " "), a.Text, itoa(a.Start), itoa(a.End)}
	}
	v := []string{e.DocID, itoa(e.SentenceIndex), e.Date}
	v = append(v, actor(e.Source)...)
	v = append(v, actor(e.Target)...)
	v = append(v, e.CAMEO, e.Root, itoa(e.QuadClass), ftoa(e.Goldstein))
	if e.PLOVER != nil {
		v = append(v, e.PLOVER.Event, e.PLOVER.Mode, e.PLOVER.Context)
	} else {
		v = append(v, "", "", "")
	}
	v = append(v, e.Factuality)
	if e.Magnitude != nil {
		v = append(v, ftoa(e.Magnitude.Value), e.Magnitude.Unit, e.Magnitude.Text)
	} else {
		v = append(v, "", "", "")
	}
	if l := e.Location; l != nil {
		lat, lon := "", ""
		if l.Lat != 0 || l.Lon != 0 {
			lat, lon = ftoa(l.Lat), ftoa(l.Lon)
		}
		v = append(v, l.Text, l.Country, lat, lon)
	} else {
		v = append(v, "", "", "", "")
	}
	ev := e.Evidence
	v = append(v, ev.Sentence, ev.Predicate, itoa(ev.Start), itoa(ev.End), ev.Rule, r.URL, r.Publisher)
	if clustered {
		if c := r.Cluster; c != nil {
			v = append(v, itoa(c.Mentions), itoa(c.Sentences), itoa(c.Documents), itoa(c.Sources), c.FirstDate, c.LastDate)
		} else {
			v = append(v, "1", "1", "1", "1", e.Date, e.Date)
		}
	}
	return v
}

type flatWriter struct {
	cw        *csv.Writer
	tsv       bool
	clustered bool
	started   bool
}

func (f *flatWriter) header() error {
	if f.started {
		return nil
	}
	f.started = true
	h := append([]string(nil), FlatColumns...)
	if f.clustered {
		h = append(h, ClusterColumns...)
	}
	return f.cw.Write(h)
}

func (f *flatWriter) Write(r Row) error {
	if r.Event == nil {
		return fmt.Errorf("output: row without an event")
	}
	if err := f.header(); err != nil {
		return err
	}
	v := flatValues(r, f.clustered)
	if f.tsv {
		// TSV has no quoting convention readers agree on: keep each value
		// on one line and free of tabs.
		for i, s := range v {
			if strings.ContainsAny(s, "\t\r\n") {
				v[i] = strings.Join(strings.Fields(s), " ")
			}
		}
	}
	return f.cw.Write(v)
}

func (f *flatWriter) Close() error {
	if err := f.header(); err != nil {
		return err
	}
	f.cw.Flush()
	return f.cw.Error()
}

type tableWriter struct {
	tw *tabwriter.Writer
	n  int
}

func (t *tableWriter) Write(r Row) error {
	e := r.Event
	if e == nil {
		return fmt.Errorf("output: row without an event")
	}
	if t.n == 0 {
		fmt.Fprintln(t.tw, "DATE\tSOURCE\tTARGET\tCAMEO\tQUAD\tGOLDSTEIN\tPREDICATE\tDOCUMENT")
	}
	t.n++
	code := func(a *doc.Actor) string {
		if a == nil || a.Code == "" {
			return "-"
		}
		return a.Code
	}
	date := e.Date
	if date == "" {
		date = "-"
	}
	doc := e.DocID + "#" + strconv.Itoa(e.SentenceIndex)
	if r.Cluster != nil {
		doc = fmt.Sprintf("%s (%d mentions, %d docs)", doc, r.Cluster.Mentions, r.Cluster.Documents)
	}
	pred := strings.Join(strings.Fields(e.Evidence.Predicate), " ")
	if len(pred) > 40 {
		pred = pred[:40] + "..."
	}
	fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\n", date, code(e.Source), code(e.Target), e.CAMEO, e.QuadClass, e.Goldstein, pred, doc)
	if t.n%100 == 0 {
		return t.tw.Flush()
	}
	return nil
}

func (t *tableWriter) Close() error { return t.tw.Flush() }
