// Package input reads news documents for dyad from files, folders, globs
// and standard input, in four formats, each also gzip-compressed:
//
//   - text: one document per file; the document id is the file path as
//     found ("-" reads stdin as one document with id "stdin").
//   - jsonl: JSON Lines, one object per line with keys id, date, text,
//     title, url, source (only text is required; a missing id becomes
//     "file:line").
//   - csv: comma-separated values with a header row; the text, id and date
//     columns are named by Options (title, url and source are used when
//     present). A ".tsv" file is read the same way with tabs.
//   - petrarch-xml: PETRARCH records files, one document per <Sentence>
//     record (see internal/petrarch).
//
// Compression is detected by the gzip magic bytes, the format by the
// file extension (".gz" removed first) or, failing that, by the first
// bytes of the content. Dates are normalised to ISO YYYY-MM-DD.
//
// A Reader never stops at a bad document: Next returns an *Error naming
// the file, line and record id, and the following call goes on with the
// next document. Only io.EOF ends the stream.
package input
