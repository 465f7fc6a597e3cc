package output

import (
	"bufio"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
)

// PhoenixColumns are the 26 columns of the Phoenix event data set, in
// order:
//
//	 1 EventID               "<doc id>-<sentence index>-<n>", n counting the events of the sentence
//	 2 Date                  YYYYMMDD
//	 3 Year, 4 Month, 5 Day  integers
//	 6 SourceActorFull       full CAMEO actor code, e.g. USAGOV
//	 7 SourceActorEntity     its first three letters: country, IGO or region (USA)
//	 8 SourceActorRole       the next three letters: the primary role (GOV)
//	 9 SourceActorAttribute  the rest: further role codes
//	10-13 TargetActor...     the same four for the target
//	14 EventCode             CAMEO event code (e.g. 042)
//	15 EventRootCode         its two-digit root (04)
//	16 PentaClass            0 neutral (01-02), 1 verbal cooperation (03-05), 2 material
//	                         cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)
//	17 GoldsteinScore        -10 to 10
//	18 Issues                issue codes (empty: dyad codes none)
//	19 Lat, 20 Lon           coordinates of the location, empty when unknown
//	21 LocationName          the place named
//	22 StateName             first-level division (empty: not resolved)
//	23 CountryCode           ISO3 country of the location
//	24 SentenceID            "<doc id>_<sentence index>"
//	25 URLs                  the document URL
//	26 NewsSources           the document's publisher
var PhoenixColumns = []string{
	"EventID", "Date", "Year", "Month", "Day",
	"SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
	"TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
	"EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues",
	"Lat", "Lon", "LocationName", "StateName", "CountryCode",
	"SentenceID", "URLs", "NewsSources",
}

// PentaClass returns the Phoenix penta class of a CAMEO code or root,
// -1 when the code is not CAMEO.
func PentaClass(code string) int {
	if len(code) < 2 {
		return -1
	}
	root, err := strconv.Atoi(code[:2])
	if err != nil {
		return -1
	}
	switch {
	case root >= 1 && root <= 2:
		return 0
	case root >= 3 && root <= 5:
		return 1
	case root >= 6 && root <= 8:
		return 2
	case root >= 9 && root <= 13:
		return 3
	case root >= 14 && root <= 20:
		return 4
	}
	return -1
}

type phoenixWriter struct {
	bw       *bufio.Writer
	header   bool
	started  bool
	lastDoc  string
	lastSent int
	n        int
}

// splitActor cuts a CAMEO actor code into entity, role and attribute.
func splitActor(a *doc.Actor) (full, entity, role, attr string) {
	if a == nil {
		return
	}
	full = a.Code
	c := a.Code
	if len(c) >= 3 {
		entity, c = c[:3], c[3:]
	} else {
		entity, c = c, ""
	}
	if len(c) >= 3 {
		role, attr = c[:3], c[3:]
	} else {
		role = c
	}
	if role == "" && len(a.Roles) > 0 {
		role = a.Roles[0]
	}
	return
}

func clean(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

func (p *phoenixWriter) Write(r Row) error {
	e := r.Event
	if !p.started {
		p.started = true
		if p.header {
			p.bw.WriteString(strings.Join(PhoenixColumns, "\t") + "\n")
		}
	}
	if e.DocID == p.lastDoc && e.SentenceIndex == p.lastSent {
		p.n++
	} else {
		p.lastDoc, p.lastSent, p.n = e.DocID, e.SentenceIndex, 1
	}
	date, y, m, d := "", "", "", ""
	if len(e.Date) == 10 {
		date = e.Date[:4] + e.Date[5:7] + e.Date[8:]
		y, m, d = e.Date[:4], strings.TrimPrefix(e.Date[5:7], "0"), strings.TrimPrefix(e.Date[8:], "0")
	}
	sf, se, sr, sa := splitActor(e.Source)
	tf, te, tr, ta := splitActor(e.Target)
	root := e.Root
	if root == "" && len(e.CAMEO) >= 2 {
		root = e.CAMEO[:2]
	}
	penta := ""
	if pc := PentaClass(e.CAMEO); pc >= 0 {
		penta = strconv.Itoa(pc)
	}
	lat, lon, locName, country := "", "", "", ""
	if l := e.Location; l != nil {
		if l.Lat != 0 || l.Lon != 0 {
			lat, lon = strconv.FormatFloat(l.Lat, 'f', -1, 64), strconv.FormatFloat(l.Lon, 'f', -1, 64)
		}
		locName, country = l.Text, l.Country
	}
	sid := e.DocID + "_" + strconv.Itoa(e.SentenceIndex)
	cols := []string{
		e.DocID + "-" + strconv.Itoa(e.SentenceIndex) + "-" + strconv.Itoa(p.n), date, y, m, d,
		sf, se, sr, sa, tf, te, tr, ta,
		e.CAMEO, root, penta, strconv.FormatFloat(e.Goldstein, 'f', 1, 64), "",
		lat, lon, locName, "", country,
		sid, r.URL, r.Publisher,
	}
	for i, c := range cols {
		if i > 0 {
			p.bw.WriteByte('\t')
		}
		p.bw.WriteString(clean(c))
	}
	_, err := p.bw.WriteString("\n")
	return err
}

func (p *phoenixWriter) Close() error {
	if !p.started && p.header {
		p.bw.WriteString(strings.Join(PhoenixColumns, "\t") + "\n")
	}
	return p.bw.Flush()
}
