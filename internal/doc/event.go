package doc

// Actor is one side of an event.
type Actor struct {
	Code    string   `json:"code"`
	Country string   `json:"country,omitempty"`
	Roles   []string `json:"roles,omitempty"`
	Text    string   `json:"text,omitempty"`
	Start   int      `json:"start"` // byte offsets into Document.Text, -1 when unknown
	End     int      `json:"end"`
}

// PLOVER is an event's PLOVER classification.
type PLOVER struct {
	Event   string `json:"event"`
	Mode    string `json:"mode,omitempty"`
	Context string `json:"context,omitempty"`
}

// Magnitude is a quantity stated with an event: money, people, votes.
type Magnitude struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Text  string  `json:"text"`
}

// Location is where the sentence puts an event.
type Location struct {
	Text    string  `json:"text"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat,omitempty"`
	Lon     float64 `json:"lon,omitempty"`
}

// Evidence ties an event to the text that caused it.
type Evidence struct {
	Sentence  string `json:"sentence"`
	Predicate string `json:"predicate"`
	Start     int    `json:"start"` // byte offsets of the predicate in Document.Text
	End       int    `json:"end"`
	Rule      string `json:"rule"` // dictionary file:line, or built-in rule name
}

// Event is one coded event: who did what to whom.
type Event struct {
	DocID         string     `json:"doc_id"`
	SentenceIndex int        `json:"sentence_index"`
	Date          string     `json:"date,omitempty"`
	Source        *Actor     `json:"source"`
	Target        *Actor     `json:"target"`
	CAMEO         string     `json:"cameo"`
	Root          string     `json:"root"`
	QuadClass     int        `json:"quad_class"`
	Goldstein     float64    `json:"goldstein"`
	PLOVER        *PLOVER    `json:"plover"`
	Factuality    string     `json:"factuality"` // "factual", "negated", "conditional", "question", "intent", ...
	Magnitude     *Magnitude `json:"magnitude"`
	Location      *Location  `json:"location"`
	Evidence      Evidence   `json:"evidence"`
}
