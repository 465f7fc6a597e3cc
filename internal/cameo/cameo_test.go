package cameo

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestGoldsteinSample(t *testing.T) {
	o := mustLoad(t)
	for code, want := range map[string]float64{
		"010": 0, "018": 3.4, "020": 3.0, "036": 4.0, "042": 1.9, "043": 2.8, "057": 8.0,
		"072": 8.3, "0874": 10.0, "090": -2.0, "112": -2.0, "130": -4.4, "138": -7.0,
		"145": -7.5, "163": -8.0, "171": -9.2, "182": -9.5, "190": -10.0, "204": -10.0,
	} {
		got, ok := o.Goldstein(code)
		if !ok || got != want {
			t.Errorf("Goldstein(%s) = %v, %v; want %v", code, got, ok, want)
		}
	}
	if _, ok := o.Goldstein("999"); ok {
		t.Error("Goldstein(999) ok")
	}
}

func TestQuadClassAtRootBoundaries(t *testing.T) {
	o := mustLoad(t)
	for code, want := range map[string]int{
		"01": 1, "019": 1, "05": 1, "057": 1, "06": 2, "060": 2, "09": 2, "094": 2,
		"10": 3, "100": 3, "14": 3, "1454": 3, "15": 4, "150": 4, "20": 4, "2042": 4,
	} {
		got, ok := o.QuadClass(code)
		if !ok || got != want {
			t.Errorf("QuadClass(%s) = %d, %v; want %d", code, got, ok, want)
		}
	}
	for _, root := range []string{"00", "21", "1", "ab", ""} {
		if q := QuadOfRoot(root); q != 0 {
			t.Errorf("QuadOfRoot(%q) = %d, want 0", root, q)
		}
	}
	want := []string{"", "Verbal Cooperation", "Material Cooperation", "Verbal Conflict", "Material Conflict", ""}
	for q := 0; q <= 5; q++ {
		if got := QuadName(q); got != want[q] {
			t.Errorf("QuadName(%d) = %q, want %q", q, got, want[q])
		}
	}
	if QuadName(-1) != "" {
		t.Error("QuadName(-1) not empty")
	}
}

func TestTableShape(t *testing.T) {
	o := mustLoad(t)
	all := o.All()
	if len(all) < 300 {
		t.Fatalf("%d event codes, want about 310", len(all))
	}
	roots := o.Roots()
	if len(roots) != 20 {
		t.Fatalf("%d roots, want 20", len(roots))
	}
	for i, r := range roots {
		if want := string(rune('0'+(i+1)/10)) + string(rune('0'+(i+1)%10)); r.Code != want {
			t.Errorf("root %d is %s, want %s", i, r.Code, want)
		}
		x0, ok := o.Event(r.Code + "0")
		if !ok {
			t.Errorf("root %s has no %s0 code", r.Code, r.Code)
			continue
		}
		// A root carries the score and PLOVER of its "not specified" code,
		// except that the x0 code may narrow the PLOVER mode.
		if r.Goldstein != x0.Goldstein {
			t.Errorf("root %s Goldstein %v, its x0 code %v", r.Code, r.Goldstein, x0.Goldstein)
		}
		if r.PLOVER.Event != x0.PLOVER.Event {
			t.Errorf("root %s PLOVER %q, its x0 code %q", r.Code, r.PLOVER.Event, x0.PLOVER.Event)
		}
		if o.RootName(r.Code) == "" {
			t.Errorf("root %s has no name", r.Code)
		}
	}
	for _, e := range all {
		if e.Root != e.Code[:2] {
			t.Errorf("%s: root %s, want its first two digits", e.Code, e.Root)
		}
		if e.QuadClass != QuadOfRoot(e.Root) {
			t.Errorf("%s: quad %d, root %s has %d", e.Code, e.QuadClass, e.Root, QuadOfRoot(e.Root))
		}
		if p := e.Parent(); p != "" && !o.Valid(p) {
			t.Errorf("%s: parent %s is not in the table", e.Code, p)
		}
		if e.Parent() != "" {
			if got, _ := o.Normalize(e.Parent()); got != e.Parent() {
				t.Errorf("%s: parent %s normalises to %s", e.Code, e.Parent(), got)
			}
		}
		if e.Goldstein < -10 || e.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", e.Code, e.Goldstein)
		}
		if strings.TrimSpace(e.Name) == "" {
			t.Errorf("%s: no name", e.Code)
		}
	}
	if n := len(o.Children("087")); n != 4 {
		t.Errorf("Children(087) = %d codes, want 4 (0871-0874)", n)
	}
	if n := len(o.Children("08")); n != 8 {
		t.Errorf("Children(08) = %d codes, want 8 (080-087)", n)
	}
	all[0].Name = "changed"
	if o.All()[0].Name == "changed" {
		t.Error("All returns the ontology's own slice")
	}
}

// ploverEvents are PLOVER's sixteen event types.
var ploverEvents = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true, "AID": true,
	"RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}

// noPLOVER: codes that have no PLOVER event, by documented decision (doc.go).
func noPLOVER(code string) bool { return strings.HasPrefix(code, "01") }

func TestEveryCodeHasPLOVER(t *testing.T) {
	o := mustLoad(t)
	for _, e := range o.All() {
		p, ok := o.PLOVER(e.Code)
		if noPLOVER(e.Code) {
			if ok || e.PLOVER != (PLOVER{}) {
				t.Errorf("%s: PLOVER %+v, want none (root 01 has no PLOVER event)", e.Code, e.PLOVER)
			}
			continue
		}
		if !ok || !ploverEvents[p.Event] {
			t.Errorf("%s: PLOVER event %q, %v; want one of PLOVER's 16", e.Code, p.Event, ok)
		}
		for _, c := range p.Contexts() {
			if c == "" || strings.ContainsAny(c, " ,") {
				t.Errorf("%s: bad PLOVER context %q", e.Code, c)
			}
		}
	}
	for code, want := range map[string]PLOVER{
		"0231": {Event: "REQUEST", Mode: "assist", Context: "economic"},
		"042":  {Event: "CONSULT", Mode: "visit"},
		"091":  {Event: "ACCUSE", Mode: "investigate", Context: "crime;corruption"},
		"1823": {Event: "ASSAULT"},
		"0871": {Event: "RETREAT", Mode: "ceasefire", Context: "military"},
	} {
		if got, ok := o.PLOVER(code); !ok || got != want {
			t.Errorf("PLOVER(%s) = %+v, %v; want %+v", code, got, ok, want)
		}
	}
	if got := (PLOVER{Context: "crime;corruption"}).Contexts(); !reflect.DeepEqual(got, []string{"crime", "corruption"}) {
		t.Errorf("Contexts = %q", got)
	}
}

func TestNormalize(t *testing.T) {
	o := mustLoad(t)
	for in, want := range map[string]string{
		"0874": "0874", "874": "0874", " 042 ": "042", "42": "042", "1": "01", "01": "01",
		"10": "10", "100": "100", "20": "20", "2042": "2042", "231": "0231", "21": "021",
	} {
		got, ok := o.Normalize(in)
		if !ok || got != want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "0", "00", "000", "29", "215", "0875", "99999", "abc", "04a", "-42", "+42", "4.2", "08740"} {
		if got, ok := o.Normalize(in); ok {
			t.Errorf("Normalize(%q) = %q, ok; want not ok", in, got)
		}
		if o.Valid(in) {
			t.Errorf("Valid(%q)", in)
		}
	}
	e, ok := o.Event("874")
	if !ok || e.Code != "0874" || e.Root != "08" || e.Level() != 3 || e.Parent() != "087" {
		t.Errorf("Event(874) = %+v, %v", e, ok)
	}
	if r, ok := o.Root("1823"); !ok || r != "18" {
		t.Errorf("Root(1823) = %q, %v", r, ok)
	}
	if got := o.RootName("14"); got != "Protest" {
		t.Errorf("RootName(14) = %q", got)
	}
	if got := o.RootName("140"); got != "" {
		t.Errorf("RootName(140) = %q, want empty", got)
	}
}

func TestBuildErrorsCarryFileAndLine(t *testing.T) {
	places := []byte("USA\tcountry\tUnited States\n")
	actors := []byte("GOV\trole\tGovernment\n")
	for name, tc := range map[string]struct {
		events, places, actors string
		want                   string
	}{
		"fields":       {"# c\n042\t1.9\tCONSULT\tvisit\tMake a visit\n", "", "", "eventcodes.tsv:2: 5 fields, want 6"},
		"code":         {"4a\t1.9\t-\t-\t-\tx\n", "", "", `eventcodes.tsv:1: bad event code "4a"`},
		"dup":          {"04\t1\t-\t-\t-\tx\n04\t1\t-\t-\t-\tx\n", "", "", "eventcodes.tsv:2: event code 04 listed twice"},
		"goldstein":    {"04\t11\t-\t-\t-\tx\n", "", "", "bad Goldstein score"},
		"root":         {"21\t1\t-\t-\t-\tx\n", "", "", "root 21 is not 01-20"},
		"mode":         {"04\t1\t-\tvisit\t-\tx\n", "", "", "mode or context without an event"},
		"empty":        {"# nothing\n", "", "", "no event codes"},
		"place kind":   {"04\t1\t-\t-\t-\tx\n", "USA\tstate\tUS\n", "", `countries.tsv:1: code USA: unknown kind "state"`},
		"place code":   {"04\t1\t-\t-\t-\tx\n", "US\tcountry\tUS\n", "", `bad place code "US"`},
		"clash":        {"04\t1\t-\t-\t-\tx\n", string(places), "USA\trole\tx\n", "actor code USA is also a place code"},
		"actor kind":   {"04\t1\t-\t-\t-\tx\n", string(places), "GOV\tboss\tx\n", `actorcodes.tsv:1: code GOV: unknown kind "boss"`},
		"actor dup":    {"04\t1\t-\t-\t-\tx\n", string(places), string(actors) + string(actors), "actor code GOV listed twice"},
		"long line ok": {"04\t1\t-\t-\t-\t" + strings.Repeat("x", 1000) + "\n", string(places), "", ""},
	} {
		_, err := build([]byte(tc.events), []byte(tc.places), []byte(tc.actors))
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to contain %q", name, err, tc.want)
		}
	}
}

func TestCountries(t *testing.T) {
	o := mustLoad(t)
	kinds := map[string]int{}
	for _, p := range o.Places() {
		kinds[p.Kind]++
		if p.Name == "" {
			t.Errorf("%s: no name", p.Code)
		}
	}
	if kinds[KindCountry] != 249 {
		t.Errorf("%d ISO 3166-1 countries, want 249", kinds[KindCountry])
	}
	for code, want := range map[string]string{
		"USA": "United States", "KAZ": "Kazakhstan", "CAS": "Central Asia", "WSB": "West Bank",
		"USR": "Soviet Union", "kaz": "Kazakhstan", "DEU": "Germany",
	} {
		if p, ok := o.Place(code); !ok || p.Name != want {
			t.Errorf("Place(%s) = %+v, %v; want %s", code, p, ok, want)
		}
	}
	if !o.IsCountry("KAZ") || o.IsCountry("CAS") || !o.IsRegion("CAS") || o.IsRegion("KAZ") || o.IsCountry("GOV") {
		t.Error("IsCountry/IsRegion mix up KAZ, CAS, GOV")
	}
	if !o.IsCountry("YUG") {
		t.Error("historical YUG is not a country")
	}
}

func TestParseActor(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want ActorCode
		str  string
	}{
		{"USAGOV", ActorCode{Country: "USA", Roles: []string{"GOV"}}, "USAGOV"},
		{" kazmil ", ActorCode{Country: "KAZ", Roles: []string{"MIL"}}, "KAZMIL"},
		{"KAZ", ActorCode{Country: "KAZ"}, "KAZ"},
		{"CASREB", ActorCode{Country: "CAS", Roles: []string{"REB"}}, "CASREB"},
		{"REB", ActorCode{Roles: []string{"REB"}}, "REB"},
		{"---GOV", ActorCode{Roles: []string{"GOV"}}, "---GOV"},
		{"IGOUNO", ActorCode{Family: "IGO", Org: "UNO"}, "IGOUNO"},
		{"IGOEUREEC", ActorCode{Family: "IGO", Country: "EUR", Org: "EEC"}, "IGOEUREEC"},
		{"NGOAMN", ActorCode{Family: "NGO", Org: "AMN"}, "NGOAMN"},
		{"IRQMOSSHI", ActorCode{Country: "IRQ", Roles: []string{"MOS", "SHI"}}, "IRQMOSSHI"},
		// Phoenix's codes: MUS is the religion after the first part (alone
		// it is Mauritius), Gaza is PSE with the area GZA, a second
		// organisation names a body of the first.
		{"EGYOPPMUS", ActorCode{Country: "EGY", Roles: []string{"OPP", "MUS"}}, "EGYOPPMUS"},
		{"MUS", ActorCode{Country: "MUS"}, "MUS"},
		{"MUSSUN", ActorCode{Roles: []string{"MUS", "SUN"}}, "MUSSUN"},
		{"IMGMUSISI", ActorCode{Family: "IMG", Org: "ISI", Roles: []string{"MUS"}}, "IMGMUSISI"},
		{"PSEGZACVL", ActorCode{Country: "PSE", Roles: []string{"GZA", "CVL"}}, "PSEGZACVL"},
		{"IGOUNOREFHCR", ActorCode{Family: "IGO", Org: "UNO", Roles: []string{"REF", "HCR"}}, "IGOUNOREFHCR"},
		{"SYROPPREBRAD", ActorCode{Country: "SYR", Roles: []string{"OPP", "REB", "RAD"}}, "SYROPPREBRAD"},
		{"TURKURSEP", ActorCode{Country: "TUR", Roles: []string{"KUR", "SEP"}}, "TURKURSEP"},
	} {
		got, err := ParseActor(tc.in)
		if err != nil {
			t.Errorf("ParseActor(%q): %v", tc.in, err)
			continue
		}
		if got.Country != tc.want.Country || got.Family != tc.want.Family || got.Org != tc.want.Org ||
			!reflect.DeepEqual(got.Roles, tc.want.Roles) {
			t.Errorf("ParseActor(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
		if got.String() != tc.str {
			t.Errorf("ParseActor(%q).String() = %q, want %q", tc.in, got.String(), tc.str)
		}
	}
	for in, want := range map[string]string{
		"":       "empty actor code",
		"USAGO":  "code length must be a multiple of 3",
		"QQQGOV": "unknown country/region code QQQ",
		"USAXYZ": "unknown actor code part XYZ at 3",
		"USAKAZ": "place KAZ at 3 must come first",
		"USASHI": "denomination SHI at 3 must follow a religion code",
		"US1GOV": `part "US1" at 0 is not three letters`,
		"USA---": `part "---" at 3 is not three letters`,
		"ÄÖÜ":    "is not three letters",
	} {
		_, err := ParseActor(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseActor(%q) error %v, want %q", in, err, want)
		}
	}
	if _, err := ParseActor("QQQ"); !errors.Is(err, ErrActorCountry) {
		t.Errorf("ParseActor(QQQ) = %v, want ErrActorCountry", err)
	}
	if _, err := ParseActor("USAG"); !errors.Is(err, ErrActorLength) {
		t.Errorf("ParseActor(USAG) = %v, want ErrActorLength", err)
	}
}

func TestActorHelpers(t *testing.T) {
	o := mustLoad(t)
	parse := func(s string) ActorCode {
		a, err := o.ParseActor(s)
		if err != nil {
			t.Fatalf("ParseActor(%s): %v", s, err)
		}
		return a
	}
	if a := parse("IGOUNO"); !a.IsIGO() || a.IsNGO() || a.IsCountry() || a.IsState() {
		t.Errorf("IGOUNO helpers wrong: %+v", a)
	}
	if a := parse("KAZGOV"); !a.IsCountry() || !a.IsState() || a.IsIGO() || a.IsRegion() {
		t.Errorf("KAZGOV helpers wrong")
	}
	if a := parse("CASREB"); a.IsCountry() || !a.IsRegion() || a.IsState() {
		t.Errorf("CASREB helpers wrong")
	}
	if a := parse("USABUS"); a.IsState() || !a.HasRole("BUS") || a.HasRole("GOV") {
		t.Errorf("USABUS helpers wrong")
	}
	if a := parse("NGOMSF"); !a.IsNGO() || a.IsMNC() {
		t.Errorf("NGOMSF helpers wrong")
	}
	if r, d := o.Religion(parse("IRQMOSSHI")); r != "MOS" || d != "SHI" {
		t.Errorf("Religion(IRQMOSSHI) = %s, %s", r, d)
	}
	if r, d := o.Religion(parse("USAGOV")); r != "" || d != "" {
		t.Errorf("Religion(USAGOV) = %s, %s", r, d)
	}
	if e := o.Ethnic(parse("TURKURSEP")); e != "KUR" {
		t.Errorf("Ethnic(TURKURSEP) = %q", e)
	}
	if got := o.ActorName(parse("KAZGOV")); got != "Kazakhstan: Government" {
		t.Errorf("ActorName(KAZGOV) = %q", got)
	}
	if got := o.ActorName(parse("IGOUNO")); got != "Intergovernmental organisation, United Nations" {
		t.Errorf("ActorName(IGOUNO) = %q", got)
	}
	hand := ActorCode{Country: "USA", Roles: []string{"GOV", "MIL"}}
	if hand.String() != "USAGOVMIL" {
		t.Errorf("hand-built String() = %q", hand.String())
	}
	if !o.ValidActor("usagov") || o.ValidActor("USAG") {
		t.Error("ValidActor")
	}
}

// FuzzParseActor: no input makes ParseActor panic, and a parsed code
// prints back as its upper-cased, trimmed input.
func FuzzParseActor(f *testing.F) {
	for _, s := range []string{"USAGOV", "IGOEUREEC", "---", "", "ÄÖÜ", "usa", "IRQMOSSHI", "\x00\x00\x00"} {
		f.Add(s)
	}
	o, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := o.ParseActor(s)
		if err == nil && a.String() != strings.ToUpper(strings.TrimSpace(s)) {
			t.Errorf("ParseActor(%q).String() = %q", s, a.String())
		}
	})
}

// FuzzNormalize: no input makes Normalize panic; what it returns is valid
// and normalises to itself.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"874", "0874", "", "1", "99999", "x"} {
		f.Add(s)
	}
	o, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := o.Normalize(s)
		if !ok {
			return
		}
		if again, ok2 := o.Normalize(c); !ok2 || again != c {
			t.Errorf("Normalize(%q) = %q, which normalises to %q, %v", s, c, again, ok2)
		}
	})
}

func BenchmarkEvent(b *testing.B) {
	o, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		o.Event("874")
	}
}

func BenchmarkParseActor(b *testing.B) {
	o, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_, _ = o.ParseActor("IRQMOSSHI")
	}
}

func TestPlacePart(t *testing.T) {
	for in, want := range map[string]string{
		"PSEGZACVL": "PSEGZA", "PSEGZA": "PSEGZA", "PSECVL": "PSE", "USAGOV": "USA",
		"KAZ": "KAZ", "IGOUNO": "IGO", "GO": "GO", "": "",
	} {
		if got := PlacePart(in); got != want {
			t.Errorf("PlacePart(%q) = %q, want %q", in, got, want)
		}
	}
}
