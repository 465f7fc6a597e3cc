// Package batch codes a stream of documents on several cores and hands
// them on in input order.
//
// Run reads documents from a Source, codes each with a Coder on
// Options.Workers goroutines, and calls the sink with each coded document
// in the order the Source gave them, so that output is stable whatever the
// number of workers. At most Options.Window documents are in flight, so
// memory stays bounded however long the stream.
//
// A document the Source could not read, or the Coder failed on (an error
// or a panic), is skipped and reported to Options.OnSkip; with
// Options.Strict the first one ends the run with its error. A progress
// line with rate and ETA is written to Options.Progress while it runs.
package batch
