package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/dyad-events/dyad/dicts"
	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/coder"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
	"github.com/dyad-events/dyad/internal/models"
	"github.com/dyad-events/dyad/internal/parser"
	"github.com/dyad-events/dyad/internal/tagger"
	"github.com/dyad-events/dyad/internal/tokenize"
	"github.com/dyad-events/dyad/internal/verbs"
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
	// Tagger and Parser, when set, replace the embedded models.
	Tagger *tagger.Tagger
	Parser *parser.Parser
}

// Pipeline runs the stages. Build it with New.
type Pipeline struct {
	opts Options
	tok  *tokenize.Tokenizer

	// The tagger and parser, loaded on first use.
	versionsOnce sync.Once
	versions     map[string]string

	nlpOnce sync.Once
	nlpErr  error
	tagger  *tagger.Tagger
	parser  *parser.Parser

	// The actor and coder stages, loaded on first use.
	eventsOnce sync.Once
	eventsErr  error
	resolver   *actors.Resolver
	coder      *coder.Coder
}

// New returns a Pipeline; models and dictionaries load on first use.
func New(opts Options) (*Pipeline, error) {
	return &Pipeline{opts: opts, tok: tokenize.New()}, nil
}

// Annotate runs the nlp stages: splits d.Text into sentences and tokens
// (unless it already has sentences), tags and parses them. With
// SuppliedParses, sentences that already have a tree keep it.
func (p *Pipeline) Annotate(d *doc.Document) error {
	if len(d.Sentences) == 0 {
		p.tok.Split(d)
	}
	if err := p.loadNLP(); err != nil {
		return err
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if p.opts.SuppliedParses && parsed(s) {
			continue
		}
		p.tagger.Tag(s)
		p.parser.Parse(s)
	}
	return nil
}

// Tag tags one sentence with the pipeline's tagger.
func (p *Pipeline) Tag(s *doc.Sentence) error {
	if err := p.loadNLP(); err != nil {
		return err
	}
	p.tagger.Tag(s)
	return nil
}

// Parse parses one tagged sentence with the pipeline's parser.
func (p *Pipeline) Parse(s *doc.Sentence) error {
	if err := p.loadNLP(); err != nil {
		return err
	}
	p.parser.Parse(s)
	return nil
}

func (p *Pipeline) loadNLP() error {
	p.nlpOnce.Do(func() {
		p.tagger, p.parser = p.opts.Tagger, p.opts.Parser
		if p.tagger == nil {
			if p.tagger, p.nlpErr = tagger.Default(); p.nlpErr != nil {
				p.nlpErr = fmt.Errorf("pipeline: loading the tagger: %w", p.nlpErr)
				return
			}
		}
		if err := p.tagger.Ready(); err != nil {
			p.nlpErr = fmt.Errorf("pipeline: loading the tagger: %w", err)
			return
		}
		if p.parser == nil {
			if p.parser, p.nlpErr = parser.Default(); p.nlpErr != nil {
				p.nlpErr = fmt.Errorf("pipeline: loading the parser: %w", p.nlpErr)
			}
		}
	})
	return p.nlpErr
}

// parsed reports whether every token of s already has a head and relation.
func parsed(s *doc.Sentence) bool {
	if len(s.Tokens) == 0 {
		return false
	}
	for _, t := range s.Tokens {
		if t.Head < 0 || t.DepRel == "" {
			return false
		}
	}
	return true
}

// Process runs every stage: Annotate, then actor resolution, then event
// coding. Events land in each Sentence's Events.
func (p *Pipeline) Process(d *doc.Document) error {
	if !p.opts.SuppliedParses || len(d.Sentences) == 0 {
		if err := p.Annotate(d); err != nil {
			return err
		}
	}
	if d.Date == "" {
		// A story's own dateline dates it before the run's default does.
		if date, ok := datelineDate(d); ok {
			d.Date = date
		} else {
			d.Date = p.opts.DefaultDate
		}
	}
	return p.Code(d)
}

// Code runs the actor and coder stages over an annotated Document.
func (p *Pipeline) Code(d *doc.Document) error {
	if err := p.loadEvents(); err != nil {
		return err
	}
	p.resolver.Resolve(d)
	p.coder.Code(d)
	return nil
}

// loadEvents builds the actor and coder stages once: PETRARCH
// dictionaries when Options.PetrarchDicts names a folder, else dyad's own
// lexicon (embedded, or DictsDir, plus ExtraDicts) with the verb files
// ("*verbs*.txt", PETRARCH-2 layout) found in those folders.
func (p *Pipeline) loadEvents() error {
	p.eventsOnce.Do(func() {
		ont, err := cameo.Load()
		if err != nil {
			p.eventsErr = fmt.Errorf("pipeline: ontology: %w", err)
			return
		}
		opts := coder.Options{IncludeNonfactual: p.opts.IncludeNonfactual, AllowMissingTarget: p.opts.AllowMissingTarget}
		if p.opts.PetrarchDicts != "" {
			files, err := coder.PetrarchFilesIn(p.opts.PetrarchDicts)
			if err != nil {
				p.eventsErr = fmt.Errorf("pipeline: PETRARCH dictionaries: %w", err)
				return
			}
			pd, err := coder.LoadPetrarch(p.opts.PetrarchDicts, files)
			if err != nil {
				p.eventsErr = fmt.Errorf("pipeline: PETRARCH dictionaries: %w", err)
				return
			}
			p.resolver = pd.Resolver()
			p.coder = coder.New(pd.Verbs, ont, opts)
			p.coder.Skip = p.resolver.Discarded
			return
		}
		var lex *lexicon.Lexicon
		if p.opts.DictsDir != "" {
			var errs []error
			lex, errs = lexicon.Load(os.DirFS(p.opts.DictsDir))
			if len(errs) > 0 {
				p.eventsErr = fmt.Errorf("pipeline: dictionaries %s: %v", p.opts.DictsDir, errs[0])
				return
			}
		} else {
			lex, err = lexicon.Default()
			if err != nil {
				p.eventsErr = fmt.Errorf("pipeline: %w", err)
				return
			}
		}
		// dyad's own verb dictionary (*.dyv, docs/DICTIONARIES.md "Verbs"):
		// DictsDir's, or the embedded one when DictsDir has none, then
		// ExtraDicts' on top (a later phrase replaces one written the same
		// way).
		vl := verbs.NewDyadLoader()
		var verrs []error
		if p.opts.DictsDir != "" {
			verrs = vl.AddFS(os.DirFS(p.opts.DictsDir))
		}
		if len(vl.Rules()) == 0 {
			// A folder of actor dictionaries alone keeps dyad's verbs.
			verrs = append(verrs, vl.AddFS(dicts.FS())...)
		}
		for _, dir := range p.opts.ExtraDicts {
			verrs = append(verrs, vl.AddFS(os.DirFS(dir))...)
		}
		if verrs = append(verrs, vl.Check(nil)...); len(verrs) > 0 {
			p.eventsErr = fmt.Errorf("pipeline: verb dictionaries: %v", verrs[0])
			return
		}
		vd := vl.Dict()
		// Verb files in the PETRARCH-2 layout ("*.verbs") beside the
		// lexicon's files, embedded or in DictsDir, plus ExtraDicts.
		if p.opts.DictsDir == "" {
			vd.LoadFS(dicts.FS())
		}
		for i, dir := range append([]string{p.opts.DictsDir}, p.opts.ExtraDicts...) {
			if dir == "" {
				continue
			}
			if i > 0 {
				if errs := lex.AddFS(os.DirFS(dir)); len(errs) > 0 {
					p.eventsErr = fmt.Errorf("pipeline: dictionaries %s: %v", dir, errs[0])
					return
				}
			}
			if errs := vd.LoadFS(os.DirFS(dir)); len(errs) > 0 {
				p.eventsErr = fmt.Errorf("pipeline: verb dictionaries %s: %v", dir, errs[0])
				return
			}
		}
		p.resolver = actors.New(lex)
		p.coder = coder.New(vd, ont, opts)
		p.coder.Gazetteer = lex
	})
	return p.eventsErr
}

// Versions names the model and dictionary versions that code documents,
// for stores to record: a short content hash of each embedded model and of
// the dictionaries in use (or the folders named by the options).
func (p *Pipeline) Versions() map[string]string {
	p.versionsOnce.Do(func() {
		v := map[string]string{}
		if bi, ok := debug.ReadBuildInfo(); ok {
			v["dyad"] = bi.Main.Version
		}
		for _, name := range []string{"tagger.bin.gz", "parser.bin.gz"} {
			if p.opts.Tagger != nil && name == "tagger.bin.gz" || p.opts.Parser != nil && name == "parser.bin.gz" {
				v[strings.TrimSuffix(name, ".bin.gz")] = "custom"
				continue
			}
			if f, err := models.Open(name); err == nil {
				v[strings.TrimSuffix(name, ".bin.gz")] = hashReader(f)
				f.Close()
			}
		}
		switch {
		case p.opts.PetrarchDicts != "":
			v["dicts"] = "petrarch:" + p.opts.PetrarchDicts
		case p.opts.DictsDir != "":
			v["dicts"] = "dir:" + p.opts.DictsDir
		default:
			h := sha256.New()
			_ = fs.WalkDir(dicts.FS(), ".", func(path string, de fs.DirEntry, err error) error {
				if err != nil || de.IsDir() {
					return err
				}
				b, err := fs.ReadFile(dicts.FS(), path)
				if err != nil {
					return err
				}
				io.WriteString(h, path)
				h.Write(b)
				return nil
			})
			v["dicts"] = "embedded:" + hex.EncodeToString(h.Sum(nil))[:12]
		}
		if len(p.opts.ExtraDicts) > 0 {
			v["extra_dicts"] = strings.Join(p.opts.ExtraDicts, ",")
		}
		p.versions = v
	})
	out := make(map[string]string, len(p.versions))
	for k, x := range p.versions {
		out[k] = x
	}
	return out
}

func hashReader(r io.Reader) string {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "unreadable"
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
