package server

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/input"
)

// paramError is a bad query parameter: the API answers 400 naming it.
type paramError struct {
	Param string
	Msg   string
}

func (e *paramError) Error() string { return e.Param + ": " + e.Msg }

func badParam(name, format string, args ...any) *paramError {
	return &paramError{Param: name, Msg: fmt.Sprintf(format, args...)}
}

// Limits on paging.
const (
	defaultLimit = 100
	maxLimit     = 10000
	maxOffset    = 100_000_000
	maxTowards   = 12
	maxTop       = 200
)

// params reads and checks query parameters. The first error sticks;
// later reads are no-ops returning zero values.
type params struct {
	v   url.Values
	o   *cameo.Ontology
	err *paramError
}

func (p *params) fail(e *paramError) {
	if p.err == nil {
		p.err = e
	}
}

// single returns a parameter's value; repeating a parameter is an error.
func (p *params) single(name string) string {
	vs := p.v[name]
	if len(vs) > 1 {
		p.fail(badParam(name, "given %d times; give it once", len(vs)))
		return ""
	}
	if len(vs) == 0 {
		return ""
	}
	return strings.TrimSpace(vs[0])
}

func (p *params) date(name string) string {
	s := p.single(name)
	if s == "" || p.err != nil {
		return ""
	}
	d, err := input.NormalizeDate(s)
	if err != nil {
		p.fail(badParam(name, "malformed date %q (want YYYY-MM-DD)", s))
		return ""
	}
	return d
}

// actor checks a CAMEO actor code (or a prefix of one, in whole
// three-letter parts) and returns it in upper case.
func (p *params) actor(name string) string {
	s := p.single(name)
	if s == "" || p.err != nil {
		return ""
	}
	return p.actorCode(name, s)
}

func (p *params) actorCode(name, s string) string {
	if len(s) > 60 {
		p.fail(badParam(name, "actor code too long"))
		return ""
	}
	a, err := p.o.ParseActor(s)
	if err != nil {
		p.fail(badParam(name, "unknown actor code %q: %v", s, err))
		return ""
	}
	return a.String()
}

// country checks an ISO3 country or CAMEO region code.
func (p *params) country(name string) string {
	s := p.single(name)
	if s == "" || p.err != nil {
		return ""
	}
	return p.placeCode(name, s)
}

func (p *params) placeCode(name, s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if _, ok := p.o.Place(s); !ok {
		p.fail(badParam(name, "unknown country code %q (want ISO 3166-1 alpha-3 or a CAMEO region)", s))
		return ""
	}
	return s
}

// eventCode checks a CAMEO event code or root and returns it normalised.
func (p *params) eventCode(name string) string {
	s := p.single(name)
	if s == "" || p.err != nil {
		return ""
	}
	c, ok := p.o.Normalize(s)
	if !ok {
		p.fail(badParam(name, "unknown CAMEO event code %q", s))
		return ""
	}
	return c
}

func (p *params) intIn(name string, def, lo, hi int) int {
	s := p.single(name)
	if s == "" || p.err != nil {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		p.fail(badParam(name, "not an integer: %q", s))
		return def
	}
	if n < lo {
		p.fail(badParam(name, "must be at least %d, got %d", lo, n))
		return def
	}
	if n > hi {
		p.fail(badParam(name, "must be at most %d, got %d", hi, n))
		return def
	}
	return n
}

func (p *params) boolean(name string) bool {
	s := strings.ToLower(p.single(name))
	switch s {
	case "", "0", "false", "no", "off":
		return false
	case "1", "true", "yes", "on":
		return true
	}
	p.fail(badParam(name, "not a boolean: %q (want true or false)", s))
	return false
}

func (p *params) oneOf(name, def string, allowed ...string) string {
	s := strings.ToLower(p.single(name))
	if s == "" || p.err != nil {
		return def
	}
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	p.fail(badParam(name, "%q is not one of %s", s, strings.Join(allowed, ", ")))
	return def
}

func (p *params) interval() string {
	return p.oneOf("interval", "month", "day", "week", "month", "year")
}

// text is a free-text parameter with a length cap.
func (p *params) text(name string, max int) string {
	s := p.single(name)
	if len(s) > max {
		p.fail(badParam(name, "longer than %d bytes", max))
		return ""
	}
	return s
}

// dateRange checks that from is not after to.
func (p *params) dateRange(from, to string) {
	if p.err == nil && from != "" && to != "" && from > to {
		p.fail(badParam("from", "from %s is after to %s", from, to))
	}
}

// known rejects parameters the endpoint does not take, so a typo
// ("souce=USA") is not silently ignored.
func (p *params) known(names ...string) {
	if p.err != nil {
		return
	}
	keys := make([]string, 0, len(p.v))
	for k := range p.v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ok := false
		for _, n := range names {
			if k == n {
				ok = true
				break
			}
		}
		if !ok {
			p.fail(badParam(k, "unknown parameter (this endpoint takes %s)", strings.Join(names, ", ")))
			return
		}
	}
}
