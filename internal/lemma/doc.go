// Package lemma gives the lemma (dictionary form) of an English word from
// its form and part-of-speech tags, following the conventions of UD English
// EWT: verbs to the infinitive ("went" → "go", "is" → "be"), nouns to the
// singular ("children" → "child"), adjectives and adverbs to the positive
// ("happier" → "happy"), object and possessive pronouns as EWT has them
// ("me" → "I", "them" → "they", "my" → "my"), proper nouns keep their case,
// everything else lowercased.
//
// A Lemmatizer is a lexicon learned from training data, (lowercased form,
// XPOS) → lemma, backed by rules for words the lexicon has not seen:
// tables of irregular verbs, nouns and comparatives, then the regular
// English inflections (-s, -es, -ies, -ed, -ied, doubled consonants, -ing,
// -er, -est), checked against the lemmas seen in training where that
// decides between candidates ("hoped" → "hope" but "hopped" → "hop").
//
// A nil *Lemmatizer uses the rules alone.
package lemma
