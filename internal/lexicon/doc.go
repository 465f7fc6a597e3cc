// Package lexicon holds dyad's actor dictionaries in memory and matches them
// against tokenized text.
//
// A Lexicon maps phrases (sequences of words) to entries: countries, other
// actors (IGOs, regions, groups), people whose codes change over time, agents
// (role words such as "minister" or "troops") and places (a gazetteer with
// coordinates). Match finds the longest entry that starts at a given word and
// resolves its CAMEO code for an article date.
//
// Matching is word-based and uses a trie keyed on normalised words:
// letters are compared case-insensitively, common diacritics are folded
// (Erdoğan = Erdogan), curly apostrophes are straight, periods inside a
// word are dropped (U.S. = US), and a trailing possessive ('s, s') is
// ignored. A dictionary word written in capitals (US, UN, PRC) is an
// acronym: it matches only text written in capitals, so that the pronoun
// "us" is not the United States.
//
// The dictionaries live as plain text files in dyad's own format (see
// docs/DICTIONARIES.md); Load reads a folder of them and Default loads the
// ones embedded in the binary (package dicts).
package lexicon
