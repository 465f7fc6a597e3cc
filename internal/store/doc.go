// Package store keeps coded documents and answers queries over their
// events. Store is the one interface that query, series, alignment and
// server code use; SQLite (pure Go, WAL mode) is the embedded default,
// and other back ends (PostgreSQL) implement the same interface.
//
// What is stored: documents (id, date, title, url, text, source), their
// sentences, their events (every field of doc.Event, with the byte
// offsets of actors and predicate), and the dictionary and model versions
// that coded each document.
//
// Guarantees every implementation keeps:
//
//   - Put is atomic per call and replaces documents by id: storing a
//     document id seen before replaces its sentences and events, never
//     doubles them. A crash at any moment leaves only whole documents.
//   - Events lists matches in a stable order: date, document id,
//     sentence index, position in the sentence.
//   - Code filters (Source, Target, Actor, CAMEO) and country filters
//     match prefixes: "USA" matches USAGOV, "04" matches 040-046 and 0431.
//   - The Text filter matches whole-word prefixes: every word of it must
//     begin a word of the event's sentence, case-insensitive ("sanction"
//     matches "Sanctions", not "antisanctions"); a word without letters or
//     digits ("%") matches as a substring.
//
// The SQLite store keeps, beside the rows, a full-text index of the
// sentences (FTS5, contentless) and the number of dated events per day
// and quad class with their Goldstein sum (day_counts), both updated by
// Put and Delete in the same transaction, so that text search and counts
// over dates stay fast on millions of events. Migrations build both for
// stores made by earlier versions.
package store
