// Package udeval scores tagging and parsing against a gold CoNLL-U file in
// the manner of the CoNLL 2018 shared task: UPOS, XPOS, lemma, UAS and LAS
// as percentages, punctuation included; LAS compares the universal part of
// the relation (the subtype after ':' is ignored, as the CoNLL 2018 script
// does).
//
// With gold tokenization the system tags and parses the gold words. In raw
// mode the system also splits the text: each gold document's text is
// rebuilt from its "# text" lines (one space between sentences, a blank
// line at "# newpar" and "# newdoc"), words are aligned by their byte
// spans in that text, and every figure becomes an F1 over aligned words;
// tokens_f1 and sentences_f1 score the spans themselves. Tokens are
// syntactic words here: dyad splits contractions into words that are
// substrings of the text ("do" + "n't"), so a word span is the stricter unit.
package udeval
