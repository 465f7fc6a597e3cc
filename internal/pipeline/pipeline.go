package pipeline

import (
	"errors"

	"github.com/dyad-events/dyad/internal/doc"
)

// Options choose what a Pipeline does.
type Options struct {
	// DictsDir replaces dyad's embedded dictionaries with the folder's ("" = embedded).
	DictsDir string
	// ExtraDicts are folders of extra dictionary files loaded on top.
	ExtraDicts []string
	// PetrarchDicts, when set, is a folder of PETRARCH dictionaries used
	// instead of dyad's own.
	PetrarchDicts string
	// SuppliedParses uses sentences and trees already in the Document
	// (for example from a PETRARCH record's CoNLL-U parse) instead of
	// parsing the text.
	SuppliedParses bool
	// IncludeNonfactual keeps negated, conditional, hypothetical, question
	// and intent events, flagged in their Factuality.
	IncludeNonfactual bool
	// AllowMissingTarget keeps events with a source but no target.
	AllowMissingTarget bool
	// DefaultDate is the document date used when a document has none.
	DefaultDate string
}

// Pipeline runs the stages. Build it with New.
type Pipeline struct {
	opts Options
}

// New returns a Pipeline; models and dictionaries load on first use.
func New(opts Options) (*Pipeline, error) {
	return &Pipeline{opts: opts}, nil
}

// Annotate runs the nlp stages: splits d.Text into sentences and tokens
// (unless it already has sentences), tags and parses them.
func (p *Pipeline) Annotate(d *doc.Document) error {
	return errors.New("pipeline: nlp stages not yet wired")
}

// Process runs every stage: Annotate, then actor resolution, then event
// coding. Events land in each Sentence's Events.
func (p *Pipeline) Process(d *doc.Document) error {
	if err := p.Annotate(d); err != nil {
		return err
	}
	return errors.New("pipeline: coder not yet wired")
}

// Versions names the model and dictionary versions that code documents,
// for stores to record.
func (p *Pipeline) Versions() map[string]string {
	return map[string]string{}
}
