package server

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/input"
)

func (s *Server) params(r *http.Request) *params {
	return &params{v: r.URL.Query(), o: s.onto}
}

// check answers 400 when a parameter was bad and reports whether the
// handler may go on.
func check(w http.ResponseWriter, p *params) bool {
	if p.err != nil {
		writeError(w, http.StatusBadRequest, p.err.Param, p.err.Error())
		return false
	}
	return true
}

func (s *Server) queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
}

type healthResponse struct {
	Status   string            `json:"status"`
	Version  string            `json:"version,omitempty"`
	Versions map[string]string `json:"versions,omitempty"`
	ReadOnly bool              `json:"read_only"`
	Store    *Info             `json:"store,omitempty"`
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	p := s.params(r)
	p.known()
	if !check(w, p) {
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	resp := healthResponse{Status: "ok", Version: s.cfg.Version, ReadOnly: s.cfg.Token == "", Versions: map[string]string{}}
	if s.cfg.Coder != nil {
		for k, v := range s.cfg.Coder.Versions() {
			resp.Versions[k] = v
		}
	}
	info, err := s.cfg.Backend.Info(ctx)
	if err != nil {
		s.cfg.Logger.Error("health", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, healthResponse{Status: "store unavailable: " + err.Error(), Version: s.cfg.Version})
		return
	}
	resp.Store = &info
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	p := s.params(r)
	p.known("from", "to", "source", "target", "actor", "country", "cameo", "quad", "text", "dedup", "limit", "offset")
	q := EventQuery{
		From:    p.date("from"),
		To:      p.date("to"),
		Source:  p.actor("source"),
		Target:  p.actor("target"),
		Actor:   p.actor("actor"),
		Country: p.country("country"),
		CAMEO:   p.eventCode("cameo"),
		Quad:    p.intIn("quad", 0, 1, 4),
		Text:    p.text("text", 200),
		Dedup:   p.oneOf("dedup", "none", "none", "oneaday", "cluster"),
		Limit:   p.intIn("limit", defaultLimit, 0, maxLimit),
		Offset:  p.intIn("offset", 0, 0, maxOffset),
	}
	p.dateRange(q.From, q.To)
	if !check(w, p) {
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	page, err := s.cfg.Backend.Events(ctx, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if page.Events == nil {
		page.Events = []EventRecord{}
	}
	writeJSON(w, http.StatusOK, page)
}

type seriesResponse struct {
	Source   string        `json:"source"`
	Target   string        `json:"target"`
	Interval string        `json:"interval"`
	Both     bool          `json:"both"`
	Points   []SeriesPoint `json:"points"`
}

func (s *Server) series(w http.ResponseWriter, r *http.Request) {
	p := s.params(r)
	p.known("source", "target", "interval", "both", "from", "to")
	q := SeriesQuery{
		Source:   p.actor("source"),
		Target:   p.actor("target"),
		Interval: p.interval(),
		Both:     p.boolean("both"),
		From:     p.date("from"),
		To:       p.date("to"),
	}
	if p.err == nil && q.Source == "" {
		p.fail(badParam("source", "required"))
	}
	if p.err == nil && q.Target == "" {
		p.fail(badParam("target", "required"))
	}
	p.dateRange(q.From, q.To)
	if !check(w, p) {
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	pts, err := s.cfg.Backend.Series(ctx, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if pts == nil {
		pts = []SeriesPoint{}
	}
	writeJSON(w, http.StatusOK, seriesResponse{Source: q.Source, Target: q.Target, Interval: q.Interval, Both: q.Both, Points: pts})
}

type alignmentResponse struct {
	Country  string           `json:"country"`
	Towards  []string         `json:"towards"`
	Interval string           `json:"interval"`
	Points   []AlignmentPoint `json:"points"`
}

func (s *Server) alignment(w http.ResponseWriter, r *http.Request) {
	p := s.params(r)
	p.known("country", "towards", "interval", "from", "to")
	q := AlignmentQuery{
		Country:  p.country("country"),
		Interval: p.interval(),
		From:     p.date("from"),
		To:       p.date("to"),
	}
	towards := p.single("towards")
	if p.err == nil && q.Country == "" {
		p.fail(badParam("country", "required"))
	}
	if p.err == nil {
		for _, t := range strings.Split(towards, ",") {
			if t = strings.TrimSpace(t); t != "" {
				q.Towards = append(q.Towards, p.placeCode("towards", t))
			}
		}
		switch {
		case p.err != nil:
		case len(q.Towards) == 0:
			p.fail(badParam("towards", "required: a comma-separated list of country codes"))
		case len(q.Towards) > maxTowards:
			p.fail(badParam("towards", "at most %d partners", maxTowards))
		}
	}
	p.dateRange(q.From, q.To)
	if !check(w, p) {
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	pts, err := s.cfg.Backend.Alignment(ctx, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if pts == nil {
		pts = []AlignmentPoint{}
	}
	writeJSON(w, http.StatusOK, alignmentResponse{Country: q.Country, Towards: q.Towards, Interval: q.Interval, Points: pts})
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request) {
	p := s.params(r)
	p.known("from", "to", "interval", "top")
	q := OverviewQuery{
		From:     p.date("from"),
		To:       p.date("to"),
		Interval: p.interval(),
		Top:      p.intIn("top", 10, 1, maxTop),
	}
	p.dateRange(q.From, q.To)
	if !check(w, p) {
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	ov, err := s.cfg.Backend.Overview(ctx, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if ov.Periods == nil {
		ov.Periods = []PeriodCount{}
	}
	if ov.TopDyads == nil {
		ov.TopDyads = []DyadCount{}
	}
	if ov.TopActors == nil {
		ov.TopActors = []ActorHit{}
	}
	for i := range ov.TopActors {
		if ov.TopActors[i].Name == "" {
			ov.TopActors[i].Name = s.actorName(ov.TopActors[i].Code)
		}
	}
	writeJSON(w, http.StatusOK, ov)
}

type actorsResponse struct {
	Actors []ActorHit `json:"actors"`
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	p := s.params(r)
	p.known("q", "limit")
	q := p.text("q", 100)
	limit := p.intIn("limit", 20, 0, 200)
	if !check(w, p) {
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	hits, err := s.cfg.Backend.Actors(ctx, q, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for i := range hits {
		if hits[i].Name == "" {
			hits[i].Name = s.actorName(hits[i].Code)
		}
	}
	if hits == nil {
		hits = []ActorHit{}
	}
	writeJSON(w, http.StatusOK, actorsResponse{Actors: hits})
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	p := s.params(r)
	p.known()
	if p.err == nil && (id == "" || len(id) > 1000 || !utf8.ValidString(id)) {
		p.fail(badParam("id", "not a document id"))
	}
	if !check(w, p) {
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	d, err := s.cfg.Backend.Document(ctx, id)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			writeError(w, http.StatusNotFound, "id", "no document with id "+quote(id))
			return
		}
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.annotated(d, false))
}

func quote(s string) string {
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return `"` + s + `"`
}

// codeRequest is the JSON form of a POST /api/code body.
type codeRequest struct {
	Text string `json:"text"`
	Date string `json:"date"`
	ID   string `json:"id"`
}

func (s *Server) code(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Coder == nil {
		writeError(w, http.StatusServiceUnavailable, "", "this server has no coder")
		return
	}
	p := s.params(r)
	p.known("date")
	date := p.date("date")
	if !check(w, p) {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxCodeBytes))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			writeError(w, http.StatusRequestEntityTooLarge, "body", "the text is over the limit of "+byteSize(mb.Limit))
			return
		}
		writeError(w, http.StatusBadRequest, "body", "reading the body: "+err.Error())
		return
	}
	d := &doc.Document{ID: "text", Date: date}
	ct := strings.ToLower(r.Header.Get("Content-Type"))
	if strings.HasPrefix(ct, "application/json") {
		var cr codeRequest
		if err := decodeStrict(body, &cr); err != nil {
			writeError(w, http.StatusBadRequest, "body", "bad JSON: "+err.Error())
			return
		}
		d.Text = cr.Text
		if cr.ID != "" {
			d.ID = cr.ID
		}
		if cr.Date != "" {
			iso, err := input.NormalizeDate(cr.Date)
			if err != nil {
				writeError(w, http.StatusBadRequest, "date", "malformed date "+quote(cr.Date)+" (want YYYY-MM-DD)")
				return
			}
			d.Date = iso
		}
	} else {
		d.Text = string(body)
	}
	switch {
	case strings.TrimSpace(d.Text) == "":
		writeError(w, http.StatusBadRequest, "body", "no text to code")
		return
	case !utf8.ValidString(d.Text):
		writeError(w, http.StatusBadRequest, "body", "the text is not valid UTF-8")
		return
	case strings.IndexByte(d.Text, 0) >= 0:
		writeError(w, http.StatusBadRequest, "body", "the text holds NUL bytes")
		return
	}
	if err := s.process(r.Context(), d); err != nil {
		s.codingFailed(w, err)
		return
	}
	writeJSON(w, http.StatusOK, s.annotated(d, true))
}

type ingestSkip struct {
	ID    string `json:"id,omitempty"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

type ingestResponse struct {
	Documents int          `json:"documents"`
	Events    int          `json:"events"`
	Skipped   []ingestSkip `json:"skipped"`
}

func (s *Server) ingest(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Token == "" {
		writeError(w, http.StatusForbidden, "", "this server is read-only: start it with --token or $DYAD_TOKEN to allow ingest")
		return
	}
	if !s.bearer(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
		writeError(w, http.StatusUnauthorized, "", "ingest needs the header Authorization: Bearer <token>")
		return
	}
	p := s.params(r)
	p.known()
	if !check(w, p) {
		return
	}
	if s.cfg.Coder == nil {
		writeError(w, http.StatusServiceUnavailable, "", "this server has no coder")
		return
	}
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxIngestBytes)
	in, err := input.Open([]string{"-"}, input.Options{Format: input.JSONL, Stdin: body})
	if err != nil {
		writeError(w, http.StatusInternalServerError, "", err.Error())
		return
	}
	defer in.Close()
	resp := ingestResponse{Skipped: []ingestSkip{}}
	rc := http.NewResponseController(w)
	for {
		// A long body is read and coded document by document: each one
		// gets the server's read and write timeouts afresh.
		deadline := time.Now().Add(2 * time.Minute)
		rc.SetReadDeadline(deadline)
		rc.SetWriteDeadline(deadline)
		d, err := in.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				writeError(w, http.StatusRequestEntityTooLarge, "body", "the body is over the limit of "+byteSize(mb.Limit)+"; send it in parts")
				return
			}
			sk := ingestSkip{Error: err.Error()}
			var ie *input.Error
			if errors.As(err, &ie) {
				sk = ingestSkip{ID: ie.ID, Line: ie.Line, Error: ie.Err.Error()}
			}
			resp.Skipped = append(resp.Skipped, sk)
			continue
		}
		if err := s.process(r.Context(), d); err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, errBusy) {
				s.codingFailed(w, err)
				return
			}
			resp.Skipped = append(resp.Skipped, ingestSkip{ID: d.ID, Error: "coding: " + err.Error()})
			continue
		}
		ctx, cancel := s.queryContext(r)
		err = s.cfg.Backend.Put(ctx, d, s.cfg.Coder.Versions())
		cancel()
		if err != nil {
			s.fail(w, r, err)
			return
		}
		resp.Documents++
		for _, sn := range d.Sentences {
			resp.Events += len(sn.Events)
		}
	}
	writeJSON(w, http.StatusOK, resp)
}
