package petrarch

import (
	"fmt"
	"io"
	"strings"

	"github.com/dyad-events/dyad/internal/conllu"
)

// RecordFile is a PETRARCH records file (validation or unit-test records):
// the <Environment> that names its dictionaries and the <Sentence> records.
type RecordFile struct {
	Name        string      // file name as given to ReadRecords
	Environment Environment // the <Environment> block; zero when absent
	Records     []Record    // records in file order
	// Errors lists every problem found, each an *Error with file, line and
	// (where known) record id. A record with a problem is still kept in
	// Records when it has an id; the problem is only reported.
	Errors []error
}

// Environment is the <Environment> block of a records file: the
// dictionaries and settings a PETRARCH run on the file uses. File names
// are as given (relative to the folder of the dictionaries).
type Environment struct {
	VerbFile    string   // <Verbfile>
	ActorFiles  []string // <Actorfile>, a comma-separated list in the file
	AgentFile   string   // <Agentfile>
	DiscardFile string   // <Discardfile>
	ErrorFile   string   // <Errorfile>: where PETRARCH wrote its error log
	PICOFile    string   // <PICOfile>: the internal coding ontology file
	// Include is the <Include> list: the record categories to code, with
	// "valid" as a flag word (PETRARCH's validation mode).
	Include []string
	Pause   string   // <Pause>: the id or mode at which PETRARCH pauses
	Config  []Option // <Config option=".." value=".."> settings
	// Other holds any other child element: name → text.
	Other map[string]string
	Line  int // line of <Environment>
}

// Option is one <Config option="name" value="value"> setting.
type Option struct {
	Name  string
	Value string
	Line  int
}

// ParseKind tells what a record's <Parse> holds.
type ParseKind string

const (
	ParseNone   ParseKind = "none"   // no <Parse>, or an empty one
	ParsePenn   ParseKind = "penn"   // a Penn Treebank bracketed tree
	ParseCoNLLU ParseKind = "conllu" // CoNLL-U token lines (Universal Dependencies)
)

// Record is one <Sentence> of a records file. Ids need not be unique: the
// unit-test files use AGENTS-18 and AGENTS-19 twice each.
type Record struct {
	ID       string // id attribute
	Date     string // date attribute as written (YYYYMMDD in the known files)
	ISODate  string // Date as YYYY-MM-DD; "" when missing or unreadable
	Category string // category attribute, or source where the file writes that instead
	// Attrs holds every attribute of <Sentence> as written (id, date,
	// category, sentence, source, evaluate, ...).
	Attrs map[string]string
	File  string // name of the records file, as given to ReadRecords
	Line  int    // line of the <Sentence> tag

	// Text is the <Text> content, XML entities decoded (&amp; is &),
	// surrounding white space trimmed, inner line breaks kept.
	Text     string
	TextLine int // line of <Text>

	Parse     string    // <Parse> content as written, XML entities decoded
	ParseKind ParseKind // what Parse holds
	ParseLine int       // line of <Parse>

	// Gold holds the expected events: the <EventCoding> elements that carry
	// an eventcode, in file order.
	Gold []EventCoding
	// NoEvents is set when the record says <EventCoding noevents="True">:
	// the coder is expected to find nothing.
	NoEvents bool
	// ExpectError is the value of <EventCoding error="...">, the error a
	// coder is expected to report for this record ("dateline",
	// "bad_input_parse", ...); "" when none.
	ExpectError string

	// Comments holds the <!-- --> comments inside the record, trimmed.
	Comments []string
	// Config holds the <Config> settings written between the previous
	// record and this one. In PETRARCH they stay in force for every later
	// record until changed again.
	Config []Option
}

// EventCoding is one <EventCoding> element.
type EventCoding struct {
	// Source and Target are the actor codes as written ("ARN", "---GOV",
	// "USAGOV"). A value in double quotes, such as "\"INJURY TOLL\"", is
	// the text of an actor with no code (see the new_actor_length setting).
	Source string
	Target string
	Code   string            // CAMEO event code, e.g. "064", "1124"
	Attrs  map[string]string // every attribute as written
	Line   int
}

// Active reports whether the record is meant to be coded: false when it
// is marked sentence="false" (the unit tests mark so the records of
// TABARI features PETRARCH never implemented) or evaluate="false".
func (r Record) Active() bool {
	return !strings.EqualFold(r.Attrs["sentence"], "false") && !strings.EqualFold(r.Attrs["evaluate"], "false")
}

// Included reports whether records of the category are to be coded
// under the <Include> list: true when the list is empty or names the
// category. The flag word "valid" is not a category.
func (e Environment) Included(category string) bool {
	cats := 0
	for _, c := range e.Include {
		if c == "valid" {
			continue
		}
		cats++
		if c == category {
			return true
		}
	}
	return cats == 0
}

// PlainText returns the record text with each run of white space
// (including line breaks) reduced to one space.
func (r Record) PlainText() string {
	return strings.Join(strings.Fields(r.Text), " ")
}

// ConllU parses the record's CoNLL-U <Parse>. Errors name the records
// file, the line in it and the record id.
func (r Record) ConllU() (*conllu.Sentence, error) {
	file := r.File
	if r.ParseKind != ParseCoNLLU {
		return nil, newError(file, r.ParseLine, r.ID, "parse is %s, not CoNLL-U", r.ParseKind)
	}
	// Blank lines in front of the parse make the conllu reader's line
	// numbers those of the records file.
	var b strings.Builder
	for i := 1; i < r.ParseLine; i++ {
		b.WriteByte('\n')
	}
	for _, l := range strings.Split(r.Parse, "\n") {
		b.WriteString(strings.TrimRight(l, " \r"))
		b.WriteByte('\n')
	}
	ss, err := conllu.ReadAll(strings.NewReader(b.String()), file)
	if err != nil {
		// conllu says "file:line: msg"; put the record id after the line.
		msg := err.Error()
		if rest, ok := strings.CutPrefix(msg, file+":"); ok {
			if ln, m, ok := strings.Cut(rest, ": "); ok {
				return nil, fmt.Errorf("%s:%s: record %s: %s", file, ln, r.ID, m)
			}
		}
		return nil, fmt.Errorf("record %s: %w", r.ID, err)
	}
	switch len(ss) {
	case 0:
		return nil, newError(file, r.ParseLine, r.ID, "empty CoNLL-U parse")
	case 1:
		return ss[0], nil
	}
	return nil, newError(file, r.ParseLine, r.ID, "CoNLL-U parse holds %d sentences, want 1", len(ss))
}

// ReadRecords reads a PETRARCH records file. It copes with the known
// departures from XML (a <Sentence .../> that is self-closed and then
// closed again by </Sentence>, '#' header text outside comments) and keeps
// going past bad records, listing them in RecordFile.Errors. The error
// result is only for a failure to read r.
func ReadRecords(r io.Reader, name string) (*RecordFile, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parseRecords(src, name), nil
}

type recordsParser struct {
	sc      *scanner
	f       *RecordFile
	cur     *Record
	pending []Option
}

func parseRecords(src []byte, name string) *RecordFile {
	p := &recordsParser{sc: newScanner(src, name), f: &RecordFile{Name: name}}
	p.run()
	p.finish()
	p.f.Errors = append(p.f.Errors, p.sc.errs...)
	sortErrors(p.f.Errors)
	return p.f
}

func (p *recordsParser) errorf(line int, format string, args ...any) {
	id := ""
	if p.cur != nil {
		id = p.cur.ID
	}
	p.f.Errors = append(p.f.Errors, newError(p.f.Name, line, id, format, args...))
}

func attrMap(as []attr) map[string]string {
	m := make(map[string]string, len(as))
	for _, a := range as {
		m[a.Name] = a.Value
	}
	return m
}

func (p *recordsParser) run() {
	envSeen := false
	for {
		t := p.sc.next()
		switch t.kind {
		case tokEOF:
			return
		case tokText:
			if p.cur != nil && strings.TrimSpace(t.text) != "" {
				p.errorf(t.line, "stray text %q inside <Sentence>", clip(strings.TrimSpace(t.text), 40))
			}
			continue
		case tokComment:
			if p.cur != nil {
				p.cur.Comments = append(p.cur.Comments, strings.TrimSpace(t.text))
			}
			continue
		}
		switch t.name {
		case "Environment":
			if t.kind == tokOpen {
				if envSeen {
					p.errorf(t.line, "second <Environment>; later settings override")
				}
				envSeen = true
				p.environment(t.line)
			}
		case "Sentence":
			switch t.kind {
			case tokOpen, tokSelfClose:
				// A self-closed <Sentence/> is taken to open the record all
				// the same: the GSR file writes its records that way.
				p.finish()
				p.start(t)
			case tokClose:
				if p.cur == nil {
					p.errorf(t.line, "</Sentence> with no open <Sentence>")
				}
				p.finish()
			}
		case "Sentences":
			if t.kind == tokClose {
				p.finish()
			}
		case "Config":
			if t.kind != tokClose {
				m := attrMap(t.attrs)
				p.pending = append(p.pending, Option{Name: m["option"], Value: m["value"], Line: t.line})
			}
		case "EventCoding":
			if t.kind == tokClose {
				continue
			}
			if p.cur == nil {
				p.errorf(t.line, "<EventCoding> outside any <Sentence>")
				continue
			}
			p.coding(t)
		case "Text", "Parse":
			if t.kind == tokClose {
				if p.cur != nil {
					p.errorf(t.line, "stray </%s>", t.name)
				}
				continue
			}
			if p.cur == nil {
				p.errorf(t.line, "<%s> outside any <Sentence>", t.name)
			}
			text := ""
			if t.kind == tokOpen {
				var ok bool
				text, ok = p.sc.rawUntil(t.name, "<Sentence", "</Sentence")
				if !ok {
					p.errorf(t.line, "<%s> never closed (missing </%s>)", t.name, t.name)
				}
			}
			if p.cur == nil {
				continue
			}
			if t.name == "Text" {
				if p.cur.TextLine != 0 {
					p.errorf(t.line, "second <Text> in record; it replaces the first")
				}
				p.cur.Text = strings.TrimSpace(decodeEntities(text))
				p.cur.TextLine = t.line
			} else {
				if p.cur.ParseLine != 0 {
					p.errorf(t.line, "second <Parse> in record; it replaces the first")
				}
				p.cur.Parse = decodeEntities(text)
				p.cur.ParseLine = t.line
				p.cur.ParseKind = parseKind(p.cur.Parse)
				if p.cur.ParseKind == ParseNone && strings.TrimSpace(p.cur.Parse) != "" {
					p.errorf(t.line, "<Parse> is neither a Penn Treebank tree nor CoNLL-U")
				}
			}
		}
	}
}

// environment reads the children of <Environment> up to </Environment>.
func (p *recordsParser) environment(line int) {
	env := &p.f.Environment
	env.Line = line
	for {
		t := p.sc.next()
		switch t.kind {
		case tokEOF:
			p.errorf(line, "<Environment> never closed")
			return
		case tokText, tokComment:
			continue
		case tokClose:
			if t.name == "Environment" {
				return
			}
			continue
		}
		if t.name == "Config" {
			m := attrMap(t.attrs)
			env.Config = append(env.Config, Option{Name: m["option"], Value: m["value"], Line: t.line})
			continue
		}
		if t.name == "Sentences" || t.name == "Sentence" {
			p.errorf(line, "<Environment> never closed")
			// Put nothing back: a record start inside the environment is
			// handled by restarting the main loop on it.
			if t.name == "Sentence" {
				p.finish()
				p.start(t)
			}
			return
		}
		text := ""
		if t.kind == tokOpen {
			var ok bool
			text, ok = p.sc.rawUntil(t.name, "</Environment")
			if !ok {
				p.errorf(t.line, "<%s> never closed", t.name)
			}
		}
		text = strings.TrimSpace(decodeEntities(text))
		switch strings.ToLower(t.name) {
		case "verbfile":
			env.VerbFile = text
		case "actorfile":
			env.ActorFiles = nil
			for _, f := range strings.Split(text, ",") {
				if f = strings.TrimSpace(f); f != "" {
					env.ActorFiles = append(env.ActorFiles, f)
				}
			}
		case "agentfile":
			env.AgentFile = text
		case "discardfile":
			env.DiscardFile = text
		case "errorfile":
			env.ErrorFile = text
		case "picofile":
			env.PICOFile = text
		case "include":
			env.Include = strings.Fields(text)
		case "pause":
			env.Pause = text
		default:
			if env.Other == nil {
				env.Other = map[string]string{}
			}
			env.Other[t.name] = text
		}
	}
}

func (p *recordsParser) start(t token) {
	m := attrMap(t.attrs)
	r := &Record{ID: m["id"], Date: m["date"], Attrs: m, File: p.f.Name, Line: t.line, ParseKind: ParseNone}
	r.Category = m["category"]
	if r.Category == "" {
		r.Category = m["source"]
	}
	r.Config, p.pending = p.pending, nil
	p.cur = r
	if r.ID == "" {
		p.errorf(t.line, "<Sentence> has no id")
	}
	switch {
	case r.Date == "":
		p.errorf(t.line, "<Sentence> has no date")
	default:
		iso, err := parseRecordDate(r.Date)
		if err != nil {
			p.errorf(t.line, "%v", err)
		}
		r.ISODate = iso
	}
}

func (p *recordsParser) coding(t token) {
	m := attrMap(t.attrs)
	r := p.cur
	if v, ok := m["noevents"]; ok {
		if strings.EqualFold(v, "true") {
			r.NoEvents = true
		} else if !strings.EqualFold(v, "false") {
			p.errorf(t.line, "noevents=%q, want True or False", v)
		}
	}
	if v, ok := m["error"]; ok {
		r.ExpectError = v
	}
	code, hasCode := m["eventcode"]
	if !hasCode {
		if _, ok := m["noevents"]; !ok {
			if _, ok := m["error"]; !ok {
				p.errorf(t.line, "<EventCoding> has no eventcode, noevents or error attribute")
			}
		}
		return
	}
	ec := EventCoding{Source: m["sourcecode"], Target: m["targetcode"], Code: code, Attrs: m, Line: t.line}
	if code == "" {
		p.errorf(t.line, "<EventCoding> has an empty eventcode")
	}
	if _, ok := m["sourcecode"]; !ok {
		p.errorf(t.line, "<EventCoding> has no sourcecode")
	}
	if _, ok := m["targetcode"]; !ok {
		p.errorf(t.line, "<EventCoding> has no targetcode")
	}
	r.Gold = append(r.Gold, ec)
}

// finish closes the open record, if any.
func (p *recordsParser) finish() {
	r := p.cur
	if r == nil {
		return
	}
	p.cur = nil
	if r.TextLine == 0 {
		p.f.Errors = append(p.f.Errors, newError(p.f.Name, r.Line, r.ID, "record has no <Text>"))
	}
	if r.NoEvents && len(r.Gold) > 0 {
		p.f.Errors = append(p.f.Errors, newError(p.f.Name, r.Line, r.ID, "record says noevents but lists %d events", len(r.Gold)))
	}
	if r.ID == "" {
		return // reported in start; a record with no id cannot be referred to
	}
	p.f.Records = append(p.f.Records, *r)
}

// parseKind guesses what a parse holds from its first non-blank line.
func parseKind(s string) ParseKind {
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if l[0] == '(' {
			return ParsePenn
		}
		if l[0] >= '0' && l[0] <= '9' || l[0] == '#' {
			return ParseCoNLLU
		}
		return ParseNone
	}
	return ParseNone
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
