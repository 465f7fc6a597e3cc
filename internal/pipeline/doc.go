// Package pipeline runs dyad's stages over a Document in order:
// tokenize → tag → parse (the nlp stages, Annotate) → resolve actors →
// code events (Process). Each stage only adds to the Document.
//
// Models and dictionaries load lazily, the first time a stage needs them,
// so a Pipeline is cheap to make. A Pipeline is safe for concurrent use by
// several goroutines once built.
package pipeline
