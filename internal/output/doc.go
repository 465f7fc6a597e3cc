// Package output writes coded events in the formats users read:
//
//   - jsonl: one doc.Event JSON object a line (the event record of the
//     coder issue), plus a "cluster" object for de-duplicated events;
//   - csv and tsv: the flat columns of FlatColumns, with a header row;
//   - phoenix: the 26 tab-separated columns of the Phoenix event data set
//     (PhoenixColumns), without a header, as the daily Phoenix files;
//   - parquet: the flat columns, typed (integers, doubles, DATE, lists of
//     roles, nulls for absent values), zstd-compressed;
//   - table: an aligned, readable table for a terminal.
//
// A Writer takes Rows: an event plus the document facts some formats
// need (URL, publisher) and, after de-duplication, its cluster counts.
// Close flushes what is buffered; it does not close the io.Writer.
package output
