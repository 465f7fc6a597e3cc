// Package doc defines Document, the one value that carries a news text
// through dyad's pipeline, in the manner of spaCy's Doc.
//
// The flow is one way: the nlp stages fill Sentences and their Tokens
// (forms with byte offsets, tags, lemmas, dependency tree), the actor stage
// adds Mentions, the coder adds Events. Each stage only adds to the
// document; none reaches back into an earlier stage.
//
// All offsets are byte offsets into Document.Text, so that every token,
// mention and event can point back at its evidence in the original text.
package doc
