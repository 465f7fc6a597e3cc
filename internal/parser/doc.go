// Package parser is dyad's labeled dependency parser. It reads the forms
// and tags of a doc.Sentence (UPOS, XPOS) and sets every token's Head and
// DepRel to a Universal Dependencies tree, relation subtypes included
// (nsubj:pass, obl:unmarked, nmod:poss, compound:prt, ... as in UD English
// EWT).
//
// # Transition system
//
// Greedy arc-eager parsing (Nivre 2003). A configuration is a stack, whose
// bottom is the artificial ROOT (token 0), and a buffer of the words not
// yet read. Four kinds of action:
//
//	SHIFT      push the first buffer word b0 onto the stack
//	REDUCE     pop s0; only when s0 already has a head
//	LEFT(l)    make b0 the head of s0 with relation l, pop s0
//	RIGHT(l)   make s0 the head of b0 with relation l, push b0
//
// Relations are predicted jointly with the transition: every LEFT(l) and
// RIGHT(l) is an action of its own (LEFT only with relations seen on
// leftward arcs in training, RIGHT with those seen on rightward arcs).
//
// The output is always one tree, by the tree constraint of Nivre and
// Fernández-González (2014). Once the buffer is empty, SHIFT is never
// allowed again; a word on top of the stack that has a head is reduced,
// and one without a head is put back into the buffer (UNSHIFT), where the
// model attaches it by LEFT to a word below it on the stack or takes it as
// the dependent of one by RIGHT (which leaves it on the stack with a head,
// to be reduced). These end moves are forced, so UNSHIFT is no action of
// the model. ROOT takes exactly one dependent, with relation root, by
// RIGHT, and only in this end phase, when every other word left has been
// attached (the root word is chosen last; Ballesteros and Nivre 2013 found
// this order better for arc-eager); the word attached to ROOT is never
// reduced while the buffer holds a word. So Parse always returns exactly
// one root, every head valid and no cycle, for any input, including empty
// and one-word sentences.
//
// Models trained before the tree constraint (their files begin
// DYADPARSER1) are parsed as they were trained: RIGHT from ROOT as soon
// as ROOT is s0, and the headless words left on the stack at the end
// attached to the word below them with that arc's best-scoring relation.
//
// Arc-eager trees are projective. Training trees that are not are made
// projective first by lifting each crossing arc (shortest first) to the
// head's head; the relation is kept.
//
// # Learning
//
// An averaged perceptron trained with the dynamic oracle of Goldberg and
// Nivre (2012): at every step the cost of each action is the number of
// gold arcs it makes unreachable (plus one for a wrong relation on the arc
// it builds). Before the end phase the costs are theirs, except that ROOT's
// arc stays reachable until the end; in the end phase (after an UNSHIFT)
// an arc between two words still on the stack, or between one of them and
// the word put back, counts as reachable. When the best-scoring action costs more than the best
// zero-cost action, the weights move toward the latter. From the second
// epoch (TrainOptions.ExploreFrom) the trainer follows the parser's own
// prediction with probability 0.9 (ExploreProb), so it learns to recover
// from its mistakes. Sentences are shuffled each epoch with a seeded
// generator, so training is deterministic; Train keeps the epoch with the
// best LAS on the development set.
//
// TrainOptions.Ensemble trains several models at once with different seeds
// and sums their weights (Combine): the sum scores each action as the
// ensemble would, for the cost of one lookup per feature, so the combined
// model parses nearly as fast as one (it is larger).
//
// # Features
//
// Zhang and Nivre's (2011) rich non-local templates, hashed: for the stack
// top s0 and the buffer words n0, n1, n2, the normalised word (lower case,
// digits as 0) and the XPOS tag, alone, in pairs and in triples; s0's head
// and grandhead; the leftmost and rightmost children (first and second) of
// s0 and the leftmost of n0, with their relations; the distance between s0
// and n0; the number of left and right children (valency) and the sets of
// their relations. To these are added the second stack word s1, the last
// three letters and the character shape of n0 and s0 (for words unseen in
// training, such as the names in news text), and the UPOS pair of s0 and n0
// with distance. Lemmas and FEATS are not used.
//
// Every feature is one 64-bit key made by mixing the template number with
// its values. Its weights are a sparse run of (action, weight) pairs: while
// training a map of growing rows, at parse time one open-addressing table
// over flat arrays. Per-token word and tag keys are computed once per
// sentence and Parse reuses pooled scratch memory, so parsing allocates
// nothing per word. Weights are stored as int16 with one scale factor,
// gzip-compressed.
//
// # Use
//
// Default loads the model embedded in internal/models (parser.bin.gz);
// Lazy loads it once on first use. Load and Save read and write a model;
// Train trains one ("dyad train parser").
package parser
