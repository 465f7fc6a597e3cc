package doc

// Document is a text and everything dyad learns about it.
type Document struct {
	ID     string `json:"id"`
	Date   string `json:"date,omitempty"` // ISO date YYYY-MM-DD of publication; "" when unknown
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"` // publisher or feed
	Text   string `json:"text"`

	Sentences []Sentence `json:"sentences,omitempty"`
}

// Sentence is one sentence of a Document.
type Sentence struct {
	ID string `json:"id,omitempty"` // sent_id; defaults to "<doc id>-<index+1>"
	// Start and End are the byte offsets of the sentence in Document.Text,
	// or -1 when the sentence did not come from the document's text (for
	// example a CoNLL-U file read without its raw text).
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the sentence text: Document.Text[Start:End] when the offsets
	// are known, else the CoNLL-U "# text" comment.
	Text   string `json:"text"`
	NewPar bool   `json:"newpar,omitempty"` // the sentence opens a paragraph

	Tokens   []Token   `json:"tokens,omitempty"`
	Mentions []Mention `json:"mentions,omitempty"`
	Events   []Event   `json:"events,omitempty"`
}

// Token is one syntactic word of a sentence. Its position in
// Sentence.Tokens plus one is its CoNLL-U ID; Head uses the same numbering
// (0 is the root, -1 not yet parsed).
type Token struct {
	Form   string `json:"form"`
	Lemma  string `json:"lemma,omitempty"`
	UPOS   string `json:"upos,omitempty"`
	XPOS   string `json:"xpos,omitempty"`
	Feats  string `json:"feats,omitempty"`
	Head   int    `json:"head"`
	DepRel string `json:"deprel,omitempty"`
	// Start and End are byte offsets into Document.Text, -1 when unknown.
	// The two halves of a split contraction ("do" + "n't") each get their
	// own span; a word with no surface of its own shares its token's span.
	Start      int  `json:"start"`
	End        int  `json:"end"`
	SpaceAfter bool `json:"space_after"`
}

// Mention is a span of a sentence that names an actor, and what it resolves to.
type Mention struct {
	// First and Last are token indexes (0-based, inclusive) into Sentence.Tokens.
	First int    `json:"first"`
	Last  int    `json:"last"`
	Head  int    `json:"head"` // index of the head token of the span
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offsets into Document.Text
	End   int    `json:"end"`
	// Code is the CAMEO actor code (e.g. "USAGOV"), "" when unresolved.
	Code    string   `json:"code,omitempty"`
	Country string   `json:"country,omitempty"`
	Roles   []string `json:"roles,omitempty"`
	// Rule says how the mention was resolved: a dictionary file and line, or
	// the name of a built-in rule.
	Rule string `json:"rule,omitempty"`
}
