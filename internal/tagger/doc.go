// Package tagger assigns part-of-speech tags (UPOS and XPOS) and, through
// package lemma, lemmas to the tokens of a sentence.
//
// The model is a greedy left-to-right averaged perceptron over the joint
// "UPOS XPOS" tag set of the training data (102 pairs in UD English EWT),
// run in two stages. Features are lexical (word, lowercased word, prefixes
// and suffixes of one to four letters, shape, flags for hyphens, digits
// and capitals, the casing of the whole sentence), contextual (words at
// ±2, the set of tags each neighbouring word had in training) and the two
// previously predicted tags. The second stage adds the first stage's tags
// of the words around, the right context included; it is trained on
// first-stage tags got by jackknifing the training set. Frequent words that
// always took one tag in training get that tag without scoring.
//
// A lexicon from outside word lists (see Lexicon and ReadLexicon: WordNet's
// nouns, verbs, adjectives and adverbs with their regular and irregular
// inflections and each lemma's commonest part of speech in WordNet's sense
// counts, and a large English word list telling lowercase words from
// capitalised names) is built at training time and stored in the model;
// its bits for a word are features of their own and conjoined with the
// word's flags, its suffix, the previous tag, and the next word's bits.
// It mostly helps with words unseen in training. Tagging needs nothing but
// the model file.
//
// After the greedy stages, a decoding constraint asks that a sentence that
// opens with a subject noun phrase have a finite verb (see constrainFinite
// in finite.go): when the tags leave it none, the word after the subject
// whose finite reading (VBD for a VBN, VBZ for an NNS, VBP for a VB or NN)
// agrees with the subject and trails the word's best score by less than a
// threshold chosen on EWT dev is retagged and the sentence decoded again
// ("Kazakhstan hosted talks" is no longer a noun phrase); a sentence-initial
// -ed word read as the verb before the subject's noun and a later finite
// verb becomes a participle ("Exiled opposition leaders met"). On EWT dev
// it changes a handful of words and costs nothing; on news headlines and
// short news sentences it restores most lost main verbs. When the
// sentence has its verb, a plural noun read as a second verb at the end of
// the bare noun phrase after it becomes a noun again ("China slams US
// tariffs/VBZ as bullying", "Militants attacked/VBN army posts/VBZ":
// constrainObject), and an initial participle with a second -ed word after
// its noun phrase swaps with it ("Exiled/VBD journalists criticised/VBN").
// The constraint reads the main clause: the verbs of relative and
// adverbial clauses and of a closing "..., the ministry said" leave a
// sentence without its finite verb ("Kenyan police fired/VBN tear gas at
// protesters who stormed parliament"), and a verb in -s before a
// participle and a noun is the verb ("Venezuela frees/NNS jailed
// Americans"). Word steps (constrainWords in words.go) give a verb after
// a modal or infinitival to its base form ("will free/JJ", "to
// damage/NN"), an -ing word after "noun ," its participle (", accusing/JJ
// Western countries"), a base form after a lexical verb its noun ("used
// tear/VB gas"), a clause's -ed word its past tense ("as both sides
// traded/VBN accusations") and a short word inside a hyphenated name its
// NNP ("Lashkar - e - Taiba"). Steps for news wording (newsOn) make a
// conjunction of time read as a preposition SCONJ before its clause
// ("after Pakistani jets allegedly struck/VBN targets"), let a long
// coordinated subject before a closing "..., X said" get its verb, give a
// verb-only word after "VB ... and" its base form ("release five Iranians
// and unfreeze/RB"), a nationality before "and" and an adjective its JJ
// ("Russian/NNP and Ukrainian negotiators"), a base form in a coordinated
// object its noun ("water cannon and tear/VB gas") and "according to" its
// preposition and noun phrase ("according to aid/VB agencies").
//
// A word in a British spelling that the lexicon's American word list
// lacks, whose American spelling by rule it has, is analysed as that
// spelling (americanSpelling in spelling.go: "Defence", "criticised",
// "Labour", "organisation", "centre", "programme"), so that it gets the
// tags of the form that EWT and the word list know better.
//
// A title-case sentence (a headline: every word of four letters or more
// capitalised) is tagged a second time with its common words, those in
// the lexicon's or the training data's lowercase words and not known only
// as names, read as if written in lowercase (lowerTitle); that reading is
// kept when it has more finite verbs after the first word, so "Ukraine
// Says Russian Drones Hit Power Plant" is no longer a run of proper nouns
// while EWT's name and signature lines keep their NNPs.
//
// Features are hashed (FNV-1a over runes and a splitmix finaliser, with no
// allocation) to 64-bit keys, folded to 32 bits in the saved model. Each
// key maps, through an open-addressing table, to a short packed row of
// (class, weight) pairs, so scoring a word touches only the weights that
// exist. Training is deterministic for a given seed; the epoch kept is the
// one that scores best on the development set.
//
// A Tagger made by Default, or the zero Tagger, reads the embedded model
// (internal/models, "tagger.bin.gz") on first use, guarded by a sync.Once
// in the value; Load reads a model from a file. Loading costs some tens of
// milliseconds and about 20 MB, so keep one Tagger and share it: it is
// safe for concurrent use.
package tagger
