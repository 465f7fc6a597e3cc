// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies v2: comment lines, word lines, multiword token ranges
// ("3-4") and empty nodes ("5.1"), all ten columns.
//
// A Sentence keeps every line as it was read, so that reading a
// well-formed file and writing it back gives the same bytes. Malformed
// input is answered with an error naming the file and line.
package conllu
