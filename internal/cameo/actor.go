package cameo

import (
	"errors"
	"fmt"
	"strings"
)

// Kinds of place codes (countries.tsv).
const (
	KindCountry    = "country"    // ISO 3166-1 alpha-3
	KindRegion     = "region"     // CAMEO region
	KindTerritory  = "territory"  // CAMEO code for a territory with no ISO code
	KindLegacy     = "legacy"     // older code for a country now coded otherwise
	KindHistorical = "historical" // a state that no longer exists
)

// Kinds of the other actor codes (actorcodes.tsv).
const (
	KindRole         = "role"
	KindFamily       = "family"
	KindOrg          = "org"
	KindReligion     = "religion"
	KindDenomination = "denomination"
	KindEthnic       = "ethnic"
	KindArea         = "area" // a part of a country, after its code (PSEGZA)
)

// Place is a country, region or historical state code.
type Place struct {
	Code string `json:"code"`
	Kind string `json:"kind"`
	Name string `json:"name"`
}

// ActorPart is a three-letter actor code that is not a place: a role, a
// family (IGO, NGO, ...), an organisation, a religion or denomination, or
// an ethnic group.
type ActorPart struct {
	Code string `json:"code"`
	Kind string `json:"kind"`
	Name string `json:"name"`
}

func validCode3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func (o *Ontology) readPlaces(name string, data []byte) error {
	o.byPlace = make(map[string]int)
	return eachRecord(name, data, 3, func(line int, f []string) error {
		if !validCode3(f[0]) {
			return fmt.Errorf("bad place code %q", f[0])
		}
		switch f[1] {
		case KindCountry, KindRegion, KindTerritory, KindLegacy, KindHistorical:
		default:
			return fmt.Errorf("code %s: unknown kind %q", f[0], f[1])
		}
		if _, dup := o.byPlace[f[0]]; dup {
			return fmt.Errorf("place code %s listed twice", f[0])
		}
		o.byPlace[f[0]] = len(o.places)
		o.places = append(o.places, Place{Code: f[0], Kind: f[1], Name: f[2]})
		return nil
	})
}

func (o *Ontology) readActorParts(name string, data []byte) error {
	o.byActor = make(map[string]int)
	return eachRecord(name, data, 3, func(line int, f []string) error {
		if !validCode3(f[0]) {
			return fmt.Errorf("bad actor code %q", f[0])
		}
		switch f[1] {
		case KindRole, KindFamily, KindOrg, KindReligion, KindDenomination, KindEthnic, KindArea:
		default:
			return fmt.Errorf("code %s: unknown kind %q", f[0], f[1])
		}
		if _, dup := o.byActor[f[0]]; dup {
			return fmt.Errorf("actor code %s listed twice", f[0])
		}
		// A religion code may share its letters with a country (Phoenix's MUS
		// for Muslims is Mauritius's ISO code): it is read as the religion
		// only after a code's first part.
		if _, clash := o.byPlace[f[0]]; clash && f[1] != KindReligion {
			return fmt.Errorf("actor code %s is also a place code", f[0])
		}
		o.byActor[f[0]] = len(o.actors)
		o.actors = append(o.actors, ActorPart{Code: f[0], Kind: f[1], Name: f[2]})
		return nil
	})
}

// Place looks up a country, region or historical state code (any case).
func (o *Ontology) Place(code string) (Place, bool) {
	i, ok := o.byPlace[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Place{}, false
	}
	return o.places[i], true
}

// Places returns every place code in table order (a copy).
func (o *Ontology) Places() []Place { return append([]Place(nil), o.places...) }

// ActorPart looks up a non-place actor code (any case).
func (o *Ontology) ActorPart(code string) (ActorPart, bool) {
	i, ok := o.byActor[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return ActorPart{}, false
	}
	return o.actors[i], true
}

// ActorParts returns every non-place actor code in table order (a copy).
func (o *Ontology) ActorParts() []ActorPart { return append([]ActorPart(nil), o.actors...) }

// ActorCode is a CAMEO actor code taken apart. "USAGOV" is Country USA with
// role GOV; "IGOUNO" is family IGO, organisation UNO; "IGOEUREEC" is family
// IGO, region EUR, organisation EEC; "IRQMOSSHI" is Iraq, religion MOS,
// denomination SHI; "REB" alone is rebels of unknown country.
type ActorCode struct {
	Country string   `json:"country,omitempty"` // country, region or historical state; "" when none
	Family  string   `json:"family,omitempty"`  // IGO, NGO, NGM, MNC or IMG when the code is one
	Org     string   `json:"org,omitempty"`     // named organisation, e.g. UNO
	Roles   []string `json:"roles,omitempty"`   // further codes in order: roles, religions, denominations, ethnic groups

	parts []string // the three-letter parts as parsed, for String
}

// Errors that ParseActor wraps, for errors.Is.
var (
	ErrActorEmpty   = errors.New("empty actor code")
	ErrActorLength  = errors.New("code length must be a multiple of 3")
	ErrActorCountry = errors.New("unknown country/region code")
	ErrActorPart    = errors.New("unknown actor code part")
)

// ParseActor takes a CAMEO actor code apart and checks every part against
// dyad's tables. Case and surrounding space are ignored; "---" stands for
// an unknown country. Errors name the offending part.
func (o *Ontology) ParseActor(code string) (ActorCode, error) {
	c := strings.ToUpper(strings.TrimSpace(code))
	if c == "" {
		return ActorCode{}, ErrActorEmpty
	}
	if len(c)%3 != 0 {
		return ActorCode{}, fmt.Errorf("actor code %q: %w (it has %d characters)", code, ErrActorLength, len(c))
	}
	var a ActorCode
	for i := 0; i < len(c); i += 3 {
		p := c[i : i+3]
		a.parts = append(a.parts, p)
		if i == 0 && p == "---" {
			continue
		}
		if !validCode3(p) {
			return ActorCode{}, fmt.Errorf("actor code %q: part %q at %d is not three letters", code, p, i)
		}
		if ap, ok := o.byActor[p]; ok && o.actors[ap].Kind == KindReligion && (i > 0 || len(c) > 3 && o.kindOf(c[3:6]) == KindDenomination) {
			// After the first part, or before a denomination, a religion
			// code is the religion, even when it is also a place's (MUS).
			a.Roles = append(a.Roles, p)
			continue
		}
		if pl, ok := o.byPlace[p]; ok {
			// A place comes first, or right after a family code (IGOEUREEC).
			if i == 0 || (a.Country == "" && len(a.parts) == 2 && a.Family != "") {
				a.Country = o.places[pl].Code
				continue
			}
			return ActorCode{}, fmt.Errorf("actor code %q: place %s at %d must come first", code, p, i)
		}
		ap, ok := o.byActor[p]
		if !ok {
			if i == 0 {
				return ActorCode{}, fmt.Errorf("actor code %q: %w %s", code, ErrActorCountry, p)
			}
			return ActorCode{}, fmt.Errorf("actor code %q: %w %s at %d", code, ErrActorPart, p, i)
		}
		part := o.actors[ap]
		switch part.Kind {
		case KindFamily:
			if i == 0 {
				a.Family = p
			} else {
				a.Roles = append(a.Roles, p)
			}
		case KindOrg:
			// A second organisation names a body of the first, after
			// roles (IGOUNOREFHCR): it is kept with the roles.
			if a.Org != "" {
				a.Roles = append(a.Roles, p)
				continue
			}
			a.Org = p
		case KindDenomination:
			if len(a.Roles) == 0 || o.kindOf(a.Roles[len(a.Roles)-1]) != KindReligion {
				return ActorCode{}, fmt.Errorf("actor code %q: denomination %s at %d must follow a religion code", code, p, i)
			}
			a.Roles = append(a.Roles, p)
		default:
			a.Roles = append(a.Roles, p)
		}
	}
	return a, nil
}

func (o *Ontology) kindOf(code string) string {
	if i, ok := o.byActor[code]; ok {
		return o.actors[i].Kind
	}
	if i, ok := o.byPlace[code]; ok {
		return o.places[i].Kind
	}
	return ""
}

// ValidActor reports whether code parses.
func (o *Ontology) ValidActor(code string) bool {
	_, err := o.ParseActor(code)
	return err == nil
}

// String is the code as parsed (upper case). A value built by hand is
// written Family, Country, Org, Roles.
func (a ActorCode) String() string {
	if a.parts != nil {
		return strings.Join(a.parts, "")
	}
	var b strings.Builder
	b.WriteString(a.Family)
	b.WriteString(a.Country)
	b.WriteString(a.Org)
	for _, r := range a.Roles {
		b.WriteString(r)
	}
	return b.String()
}

// HasRole reports whether role is one of the code's roles.
func (a ActorCode) HasRole(role string) bool {
	for _, r := range a.Roles {
		if r == role {
			return true
		}
	}
	return false
}

// IsIGO reports whether the actor is an intergovernmental organisation
// (IGO... or a country code with the IGO role).
func (a ActorCode) IsIGO() bool { return a.Family == "IGO" || a.HasRole("IGO") }

// IsNGO reports whether the actor is a non-governmental organisation.
func (a ActorCode) IsNGO() bool { return a.Family == "NGO" || a.HasRole("NGO") }

// IsMNC reports whether the actor is a multinational corporation.
func (a ActorCode) IsMNC() bool { return a.Family == "MNC" || a.HasRole("MNC") }

// IsState reports whether the actor acts for a state: a country code
// with a state role (GOV, MIL, COP, JUD, LEG, SPY) or no role at all.
func (a ActorCode) IsState() bool {
	if a.Country == "" || a.Family != "" {
		return false
	}
	if len(a.Roles) == 0 {
		return true
	}
	switch a.Roles[0] {
	case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
		return true
	}
	return false
}

// IsCountry reports whether code is a country code: a current ISO one, a
// legacy CAMEO one or a historical state; not a region.
func (o *Ontology) IsCountry(code string) bool {
	p, ok := o.Place(code)
	return ok && (p.Kind == KindCountry || p.Kind == KindLegacy || p.Kind == KindHistorical || p.Kind == KindTerritory)
}

// IsRegion reports whether code is a CAMEO region code.
func (o *Ontology) IsRegion(code string) bool {
	p, ok := o.Place(code)
	return ok && p.Kind == KindRegion
}

// IsCountry reports whether the actor's place is a country (current,
// legacy, historical or a territory), not a region or no place at all.
func (a ActorCode) IsCountry() bool {
	o, err := Load()
	return err == nil && a.Country != "" && o.IsCountry(a.Country)
}

// IsRegion reports whether the actor's place is a CAMEO region.
func (a ActorCode) IsRegion() bool {
	o, err := Load()
	return err == nil && a.Country != "" && o.IsRegion(a.Country)
}

// PlacePart is the place at the head of an actor code: its first three
// letters, or six when an area follows the country (PSEGZA, Gaza). It
// checks nothing else; codes shorter than three letters come back whole.
func PlacePart(code string) string {
	if len(code) < 3 {
		return code
	}
	if len(code) >= 6 {
		if o, err := Load(); err == nil && o.kindOf(code[3:6]) == KindArea {
			return code[:6]
		}
	}
	return code[:3]
}

// ParseActor is Ontology.ParseActor on the embedded ontology.
func ParseActor(code string) (ActorCode, error) {
	o, err := Load()
	if err != nil {
		return ActorCode{}, err
	}
	return o.ParseActor(code)
}

// Religion is the actor's first religion code and the denomination that
// follows it ("MOS", "SHI"); both "" when there is none.
func (o *Ontology) Religion(a ActorCode) (religion, denomination string) {
	for i, r := range a.Roles {
		if o.kindOf(r) == KindReligion {
			if i+1 < len(a.Roles) && o.kindOf(a.Roles[i+1]) == KindDenomination {
				return r, a.Roles[i+1]
			}
			return r, ""
		}
	}
	return "", ""
}

// Ethnic is the actor's first ethnic-group code, "" when none.
func (o *Ontology) Ethnic(a ActorCode) string {
	for _, r := range a.Roles {
		if o.kindOf(r) == KindEthnic {
			return r
		}
	}
	return ""
}

// ActorName is an English description of a parsed code, e.g. "Kazakhstan:
// Government" or "Intergovernmental organisation: United Nations".
func (o *Ontology) ActorName(a ActorCode) string {
	var head []string
	if a.Family != "" {
		if p, ok := o.ActorPart(a.Family); ok {
			head = append(head, p.Name)
		}
	}
	if a.Country != "" {
		if p, ok := o.Place(a.Country); ok {
			head = append(head, p.Name)
		}
	}
	if a.Org != "" {
		if p, ok := o.ActorPart(a.Org); ok {
			head = append(head, p.Name)
		}
	}
	var roles []string
	for _, r := range a.Roles {
		if p, ok := o.ActorPart(r); ok {
			roles = append(roles, p.Name)
		}
	}
	s := strings.Join(head, ", ")
	if s == "" {
		s = "Unknown country"
	}
	if len(roles) > 0 {
		s += ": " + strings.Join(roles, ", ")
	}
	return s
}
