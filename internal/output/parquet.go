package output

import (
	"io"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/parquet-go/parquet-go"
)

// ParquetRow is the schema of Parquet output: the flat columns, typed.
// Absent actors, magnitudes, locations and dates are nulls; Date is a
// Parquet DATE (days since 1970-01-01). The cluster columns are null
// unless the output is clustered.
type ParquetRow struct {
	DocID         string `parquet:"doc_id"`
	SentenceIndex int32  `parquet:"sentence_index"`
	Date          *int32 `parquet:"date,date"`

	SourceCode    *string  `parquet:"source_code,optional,dict"`
	SourceCountry *string  `parquet:"source_country,optional,dict"`
	SourceRoles   []string `parquet:"source_roles,list"`
	SourceText    *string  `parquet:"source_text,optional"`
	SourceStart   *int32   `parquet:"source_start,optional"`
	SourceEnd     *int32   `parquet:"source_end,optional"`

	TargetCode    *string  `parquet:"target_code,optional,dict"`
	TargetCountry *string  `parquet:"target_country,optional,dict"`
	TargetRoles   []string `parquet:"target_roles,list"`
	TargetText    *string  `parquet:"target_text,optional"`
	TargetStart   *int32   `parquet:"target_start,optional"`
	TargetEnd     *int32   `parquet:"target_end,optional"`

	CAMEO         string  `parquet:"cameo,dict"`
	Root          string  `parquet:"root,dict"`
	QuadClass     int32   `parquet:"quad_class"`
	Goldstein     float64 `parquet:"goldstein"`
	PloverEvent   *string `parquet:"plover_event,optional,dict"`
	PloverMode    *string `parquet:"plover_mode,optional,dict"`
	PloverContext *string `parquet:"plover_context,optional,dict"`
	Factuality    string  `parquet:"factuality,dict"`

	MagnitudeValue *float64 `parquet:"magnitude_value,optional"`
	MagnitudeUnit  *string  `parquet:"magnitude_unit,optional,dict"`
	MagnitudeText  *string  `parquet:"magnitude_text,optional"`

	LocationText    *string  `parquet:"location_text,optional"`
	LocationCountry *string  `parquet:"location_country,optional,dict"`
	LocationLat     *float64 `parquet:"location_lat,optional"`
	LocationLon     *float64 `parquet:"location_lon,optional"`

	EvidenceSentence string `parquet:"evidence_sentence"`
	Predicate        string `parquet:"predicate"`
	PredicateStart   int32  `parquet:"predicate_start"`
	PredicateEnd     int32  `parquet:"predicate_end"`
	Rule             string `parquet:"rule,dict"`
	URL              string `parquet:"url"`
	Publisher        string `parquet:"publisher,dict"`

	Mentions  *int32 `parquet:"mentions,optional"`
	Sentences *int32 `parquet:"sentences,optional"`
	Documents *int32 `parquet:"documents,optional"`
	Sources   *int32 `parquet:"sources,optional"`
	FirstDate *int32 `parquet:"first_date,date"`
	LastDate  *int32 `parquet:"last_date,date"`
}

// parquetBatch rows are buffered before each write to the file.
const parquetBatch = 4096

type parquetWriter struct {
	w         *parquet.GenericWriter[ParquetRow]
	buf       []ParquetRow
	clustered bool
}

func newParquetWriter(w io.Writer, clustered bool) *parquetWriter {
	return &parquetWriter{
		w:         parquet.NewGenericWriter[ParquetRow](w, parquet.Compression(&parquet.Zstd)),
		clustered: clustered,
	}
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func i32p(i int) *int32 {
	v := int32(i)
	return &v
}

func f64p(f float64) *float64 { return &f }

// isoDays turns YYYY-MM-DD into days since 1970-01-01; nil when it is not a date.
func isoDays(s string) *int32 {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return nil
	}
	d := int32(t.Unix() / 86400)
	return &d
}

// ToParquet converts a row to the Parquet schema.
func ToParquet(r Row) ParquetRow {
	e := r.Event
	p := ParquetRow{
		DocID: e.DocID, SentenceIndex: int32(e.SentenceIndex), Date: isoDays(e.Date),
		CAMEO: e.CAMEO, Root: e.Root, QuadClass: int32(e.QuadClass), Goldstein: e.Goldstein,
		Factuality:       e.Factuality,
		EvidenceSentence: e.Evidence.Sentence, Predicate: e.Evidence.Predicate,
		PredicateStart: int32(e.Evidence.Start), PredicateEnd: int32(e.Evidence.End), Rule: e.Evidence.Rule,
		URL: r.URL, Publisher: r.Publisher,
	}
	actor := func(a *doc.Actor, code, country, text **string, roles *[]string, start, end **int32) {
		if a == nil {
			return
		}
		*code, *country, *text = strp(a.Code), strp(a.Country), strp(a.Text)
		*roles = a.Roles
		*start, *end = i32p(a.Start), i32p(a.End)
	}
	actor(e.Source, &p.SourceCode, &p.SourceCountry, &p.SourceText, &p.SourceRoles, &p.SourceStart, &p.SourceEnd)
	actor(e.Target, &p.TargetCode, &p.TargetCountry, &p.TargetText, &p.TargetRoles, &p.TargetStart, &p.TargetEnd)
	if pl := e.PLOVER; pl != nil {
		p.PloverEvent, p.PloverMode, p.PloverContext = strp(pl.Event), strp(pl.Mode), strp(pl.Context)
	}
	if m := e.Magnitude; m != nil {
		p.MagnitudeValue, p.MagnitudeUnit, p.MagnitudeText = f64p(m.Value), strp(m.Unit), strp(m.Text)
	}
	if l := e.Location; l != nil {
		p.LocationText, p.LocationCountry = strp(l.Text), strp(l.Country)
		if l.Lat != 0 || l.Lon != 0 {
			p.LocationLat, p.LocationLon = f64p(l.Lat), f64p(l.Lon)
		}
	}
	if c := r.Cluster; c != nil {
		p.Mentions, p.Sentences, p.Documents, p.Sources = i32p(c.Mentions), i32p(c.Sentences), i32p(c.Documents), i32p(c.Sources)
		p.FirstDate, p.LastDate = isoDays(c.FirstDate), isoDays(c.LastDate)
	}
	return p
}

func (p *parquetWriter) Write(r Row) error {
	p.buf = append(p.buf, ToParquet(r))
	if len(p.buf) >= parquetBatch {
		return p.flush()
	}
	return nil
}

func (p *parquetWriter) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.w.Write(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetWriter) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}
