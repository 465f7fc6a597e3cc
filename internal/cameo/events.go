package cameo

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed eventcodes.tsv countries.tsv actorcodes.tsv
var files embed.FS

// Quad classes, as GDELT numbers them.
const (
	VerbalCooperation   = 1 // roots 01-05
	MaterialCooperation = 2 // roots 06-09
	VerbalConflict      = 3 // roots 10-14
	MaterialConflict    = 4 // roots 15-20
)

var quadNames = [...]string{"", "Verbal Cooperation", "Material Cooperation", "Verbal Conflict", "Material Conflict"}

// QuadName is the English name of quad class q (1-4), "" for any other value.
func QuadName(q int) string {
	if q < 1 || q >= len(quadNames) {
		return ""
	}
	return quadNames[q]
}

// QuadOfRoot is the quad class of a two-digit CAMEO root ("01".."20"), 0
// when root is not one.
func QuadOfRoot(root string) int {
	if len(root) != 2 || root[0] < '0' || root[0] > '9' || root[1] < '0' || root[1] > '9' {
		return 0
	}
	n := int(root[0]-'0')*10 + int(root[1]-'0')
	switch {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 9:
		return MaterialCooperation
	case n >= 10 && n <= 14:
		return VerbalConflict
	case n >= 15 && n <= 20:
		return MaterialConflict
	}
	return 0
}

// PLOVER is the PLOVER classification of a CAMEO code. Event is "" when
// the code has no PLOVER equivalent (root 01). Context may hold several
// contexts joined by ";" ("crime;corruption").
type PLOVER struct {
	Event   string `json:"event"`
	Mode    string `json:"mode,omitempty"`
	Context string `json:"context,omitempty"`
}

// Contexts splits Context into its parts; nil when there is none.
func (p PLOVER) Contexts() []string {
	if p.Context == "" {
		return nil
	}
	return strings.Split(p.Context, ";")
}

// EventCode is one CAMEO event code.
type EventCode struct {
	Code      string  `json:"code"`       // "04", "042", "0874": always with its leading zero
	Root      string  `json:"root"`       // the first two digits
	Name      string  `json:"name"`       // short English name
	Goldstein float64 `json:"goldstein"`  // -10 (most conflictual) .. +10 (most cooperative)
	QuadClass int     `json:"quad_class"` // 1-4, see QuadName
	PLOVER    PLOVER  `json:"plover"`
}

// Level is 1 for a root ("04"), 2 for a three-digit code ("042"), 3 for a
// four-digit code ("0874").
func (e EventCode) Level() int { return len(e.Code) - 1 }

// Parent is the code one level up ("0874" → "087", "087" → "08"), "" for a root.
func (e EventCode) Parent() string {
	if len(e.Code) <= 2 {
		return ""
	}
	return e.Code[:len(e.Code)-1]
}

// Ontology is dyad's CAMEO ontology: event codes and actor codes. It is
// read-only once loaded and safe for concurrent use.
type Ontology struct {
	events  []EventCode    // in file order (CAMEO order)
	byCode  map[string]int // code → index into events
	places  []Place        // countries, regions, historical states
	byPlace map[string]int
	actors  []ActorPart // roles, families, organisations, religions, ethnic groups
	byActor map[string]int
}

// load parses the embedded tables once; the result never changes after.
var load = sync.OnceValues(func() (*Ontology, error) {
	read := func(name string) []byte {
		b, _ := files.ReadFile(name) // embedded: present by construction; empty fails below
		return b
	}
	return build(read("eventcodes.tsv"), read("countries.tsv"), read("actorcodes.tsv"))
})

// build parses the three tables into an Ontology.
func build(events, places, actors []byte) (*Ontology, error) {
	o := &Ontology{}
	if err := o.readEvents("eventcodes.tsv", events); err != nil {
		return nil, err
	}
	if len(o.events) == 0 {
		return nil, fmt.Errorf("cameo: eventcodes.tsv: no event codes")
	}
	if err := o.readPlaces("countries.tsv", places); err != nil {
		return nil, err
	}
	if err := o.readActorParts("actorcodes.tsv", actors); err != nil {
		return nil, err
	}
	return o, nil
}

// Load returns the ontology built from dyad's embedded tables. The tables
// are parsed on the first call only; every call returns the same
// read-only value.
func Load() (*Ontology, error) { return load() }

// eachRecord calls f for every non-blank, non-comment line of data (the
// file name), split on tabs, with its line number.
func eachRecord(name string, data []byte, want int, f func(line int, fields []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != want {
			return fmt.Errorf("cameo: %s:%d: %d fields, want %d", name, n, len(fields), want)
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := f(n, fields); err != nil {
			return fmt.Errorf("cameo: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cameo: %s: %w", name, err)
	}
	return nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func (o *Ontology) readEvents(name string, data []byte) error {
	o.byCode = make(map[string]int)
	return eachRecord(name, data, 6, func(line int, f []string) error {
		code := f[0]
		if len(code) < 2 || len(code) > 4 || !isDigits(code) {
			return fmt.Errorf("bad event code %q", code)
		}
		if _, dup := o.byCode[code]; dup {
			return fmt.Errorf("event code %s listed twice", code)
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 {
			return fmt.Errorf("code %s: bad Goldstein score %q", code, f[1])
		}
		q := QuadOfRoot(code[:2])
		if q == 0 {
			return fmt.Errorf("code %s: root %s is not 01-20", code, code[:2])
		}
		if f[5] == "" || f[5] == "-" {
			return fmt.Errorf("code %s: empty name", code)
		}
		p := PLOVER{Event: dash(f[2]), Mode: dash(f[3]), Context: dash(f[4])}
		if p.Event == "" && (p.Mode != "" || p.Context != "") {
			return fmt.Errorf("code %s: PLOVER mode or context without an event", code)
		}
		o.byCode[code] = len(o.events)
		o.events = append(o.events, EventCode{
			Code: code, Root: code[:2], Name: f[5], Goldstein: g, QuadClass: q, PLOVER: p,
		})
		return nil
	})
}

// Normalize returns the canonical form of an event code: surrounding
// space removed and a leading zero restored where a numeric export dropped
// it ("874" → "0874", "42" → "042", "1" → "01"). A code that is valid as
// given is kept as it is ("10" stays root 10). ok is false when the code is
// not a CAMEO event code either way.
func (o *Ontology) Normalize(code string) (string, bool) {
	code = strings.TrimSpace(code)
	if !isDigits(code) || len(code) > 4 {
		return "", false
	}
	if _, ok := o.byCode[code]; ok {
		return code, true
	}
	if len(code) < 4 {
		if _, ok := o.byCode["0"+code]; ok {
			return "0" + code, true
		}
	}
	return "", false
}

// Event looks up a code, normalising it first.
func (o *Ontology) Event(code string) (EventCode, bool) {
	c, ok := o.Normalize(code)
	if !ok {
		return EventCode{}, false
	}
	return o.events[o.byCode[c]], true
}

// Valid reports whether code is a CAMEO event code (after normalisation).
func (o *Ontology) Valid(code string) bool {
	_, ok := o.Normalize(code)
	return ok
}

// Root is the two-digit root of code.
func (o *Ontology) Root(code string) (string, bool) {
	e, ok := o.Event(code)
	return e.Root, ok
}

// RootName is the name of a two-digit root ("14" → "Protest"), "" when
// root is not one.
func (o *Ontology) RootName(root string) string {
	if len(root) != 2 {
		return ""
	}
	e, ok := o.Event(root)
	if !ok {
		return ""
	}
	return e.Name
}

// Roots lists the twenty root codes in order.
func (o *Ontology) Roots() []EventCode {
	var out []EventCode
	for _, e := range o.events {
		if len(e.Code) == 2 {
			out = append(out, e)
		}
	}
	return out
}

// QuadClass is the quad class (1-4) of code.
func (o *Ontology) QuadClass(code string) (int, bool) {
	e, ok := o.Event(code)
	return e.QuadClass, ok
}

// Goldstein is the Goldstein score of code.
func (o *Ontology) Goldstein(code string) (float64, bool) {
	e, ok := o.Event(code)
	return e.Goldstein, ok
}

// PLOVER is the PLOVER classification of code. ok is false when code is
// unknown or has no PLOVER event (root 01, see the package doc).
func (o *Ontology) PLOVER(code string) (PLOVER, bool) {
	e, ok := o.Event(code)
	if !ok || e.PLOVER.Event == "" {
		return PLOVER{}, false
	}
	return e.PLOVER, true
}

// All returns every event code in CAMEO order (each root, then its codes).
// The slice is a copy: changing it does not change the ontology.
func (o *Ontology) All() []EventCode {
	return append([]EventCode(nil), o.events...)
}

// Children lists the codes one level below code ("087" → "0871".."0874").
func (o *Ontology) Children(code string) []EventCode {
	c, ok := o.Normalize(code)
	if !ok {
		return nil
	}
	var out []EventCode
	for _, e := range o.events {
		if e.Parent() == c {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
