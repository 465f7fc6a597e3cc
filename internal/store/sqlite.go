package store

import (
	"container/heap"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

// SQLite is the embedded store: one SQLite file in WAL mode.
type SQLite struct {
	db   *sql.DB
	path string
}

var _ Store = (*SQLite)(nil)

// OpenSQLite opens (creating it when absent) the store at path and brings
// its schema up to date.
func OpenSQLite(path string) (*SQLite, error) {
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(10000)", "foreign_keys(0)", "cache_size(-65536)", "mmap_size(1073741824)", "wal_autocheckpoint(4096)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	// Keep connections (and their page caches) between queries.
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(0)
	s := &SQLite{db: db, path: path}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// SchemaVersion is the schema version this code writes.
func SchemaVersion() int { return len(migrations) }

func (s *SQLite) migrate() error {
	// Up to date: no write transaction needed (a reader must not wait
	// for a writer, nor need write access).
	var cur int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&cur); err != nil {
		return fmt.Errorf("not a SQLite database: %w", err)
	}
	if cur == len(migrations) {
		return nil
	}
	for {
		// The version is read inside the write transaction, so that two
		// processes opening a new store at once migrate it once.
		tx, err := s.db.Begin()
		if err != nil {
			return fmt.Errorf("not a SQLite database: %w", err)
		}
		var v int
		if err := tx.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
			tx.Rollback()
			return fmt.Errorf("not a SQLite database: %w", err)
		}
		if v > len(migrations) {
			tx.Rollback()
			return fmt.Errorf("schema version %d is newer than this dyad's %d: upgrade dyad", v, len(migrations))
		}
		if v == len(migrations) {
			return tx.Commit()
		}
		if _, err := tx.Exec(migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
}

// Close closes the store, letting SQLite refresh its query planner
// statistics where they are stale (PRAGMA optimize).
func (s *SQLite) Close() error {
	s.db.Exec("PRAGMA optimize")
	return s.db.Close()
}

// DB exposes the database, for tests and benchmarks.
func (s *SQLite) DB() *sql.DB { return s.db }

func (s *SQLite) versionID(ctx context.Context, tx *sql.Tx, v Versions) (any, error) {
	if v == nil {
		return nil, nil
	}
	b, _ := json.Marshal(map[string]string(v)) // keys sorted: one JSON per set
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM versions WHERE json = ?", string(b)).Scan(&id)
	if err == sql.ErrNoRows {
		res, err := tx.ExecContext(ctx, "INSERT INTO versions(json, first_used) VALUES(?, ?)", string(b), time.Now().UTC().Format(time.RFC3339))
		if err != nil {
			return nil, err
		}
		return res.LastInsertId()
	}
	return id, err
}

func nullJSON(v any, isNil bool) any {
	if isNil {
		return nil
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func first3(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

const insertEvent = `INSERT INTO events(doc_id, sentence_index, seq, date, src3, tgt3,
	has_source, source_code, source_country, source_roles, source_text, source_start, source_end,
	has_target, target_code, target_country, target_roles, target_text, target_start, target_end,
	cameo, root, quad_class, goldstein, plover, factuality, magnitude, location, loc_country,
	ev_sentence, predicate, pred_start, pred_end, rule)
	VALUES(?,?,?,?,?,?, ?,?,?,?,?,?,?, ?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?, ?,?,?,?,?)`

// txRun runs statements in a transaction, preparing each once.
type txRun struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (t *txRun) prep(q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(t.ctx, q)
	if err != nil {
		return nil, err
	}
	t.stmts[q] = st
	return st, nil
}

func (t *txRun) exec(q string, args ...any) (sql.Result, error) {
	st, err := t.prep(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

func (t *txRun) query(q string, args ...any) (*sql.Rows, error) {
	st, err := t.prep(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(t.ctx, args...)
}

// dayKey and dayDelta: a change to day_counts.
type dayKey struct {
	date string
	quad int
	root string // the event code's first two characters
}

// cameoRoot is SQL's substr(code, 1, 2).
func cameoRoot(code string) string {
	n := 0
	for i := range code {
		if n == 2 {
			return code[:i]
		}
		n++
	}
	return code
}

type dayDelta struct {
	n    int
	gsum float64
}

// remove deletes a document's sentences (with their full-text entries)
// and events, noting the events taken away in days. It returns the
// document's rowid, or ok false when it is not stored; the documents and
// texts rows stay.
func (t *txRun) remove(id string, days map[dayKey]*dayDelta) (rowid int64, ok bool, err error) {
	rows, err := t.query("SELECT rowid FROM documents WHERE id = ?", id)
	if err != nil {
		return 0, false, err
	}
	if rows.Next() {
		ok = true
		err = rows.Scan(&rowid)
	}
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil || !ok {
		return 0, false, err
	}
	// Full-text entries of the stored sentences.
	var idxs []int64
	rows, err = t.query("SELECT idx FROM sentences WHERE doc_id = ? AND idx < ?", id, 1<<ftsShift)
	if err != nil {
		return 0, false, err
	}
	for rows.Next() {
		var i int64
		if err = rows.Scan(&i); err != nil {
			break
		}
		idxs = append(idxs, i)
	}
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return 0, false, fmt.Errorf("sentences: %w", err)
	}
	for _, i := range idxs {
		if _, err := t.exec("DELETE FROM sentences_fts WHERE rowid = ?", rowid<<ftsShift|i); err != nil {
			return 0, false, fmt.Errorf("full-text index: %w", err)
		}
	}
	// The events' share of the day counts.
	rows, err = t.query("SELECT date, quad_class, substr(cameo, 1, 2), count(*), total(goldstein) FROM events WHERE doc_id = ? AND date != '' GROUP BY 1, 2, 3", id)
	if err != nil {
		return 0, false, err
	}
	for rows.Next() {
		var k dayKey
		var n int
		var g float64
		if err = rows.Scan(&k.date, &k.quad, &k.root, &n, &g); err != nil {
			break
		}
		addDay(days, k, -n, -g)
	}
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return 0, false, fmt.Errorf("day counts: %w", err)
	}
	if _, err := t.exec("DELETE FROM events WHERE doc_id = ?", id); err != nil {
		return 0, false, err
	}
	if _, err := t.exec("DELETE FROM sentences WHERE doc_id = ?", id); err != nil {
		return 0, false, err
	}
	return rowid, true, nil
}

func addDay(days map[dayKey]*dayDelta, k dayKey, n int, g float64) {
	d := days[k]
	if d == nil {
		d = &dayDelta{}
		days[k] = d
	}
	d.n += n
	d.gsum += g
}

// applyDays adds the changes to day_counts, dropping days that are left
// without events (so that no rounding residue stays behind).
func (t *txRun) applyDays(days map[dayKey]*dayDelta) error {
	for k, d := range days {
		if d.n == 0 && d.gsum == 0 {
			continue
		}
		if _, err := t.exec(`INSERT INTO day_counts(date, quad, root, n, gsum) VALUES(?, ?, ?, ?, ?)
			ON CONFLICT(date, quad, root) DO UPDATE SET n = n + excluded.n, gsum = gsum + excluded.gsum`, k.date, k.quad, k.root, d.n, d.gsum); err != nil {
			return fmt.Errorf("day counts: %w", err)
		}
		if d.n < 0 {
			if _, err := t.exec("DELETE FROM day_counts WHERE date = ? AND quad = ? AND root = ? AND n <= 0", k.date, k.quad, k.root); err != nil {
				return fmt.Errorf("day counts: %w", err)
			}
		}
	}
	return nil
}

// Put stores docs in one transaction, replacing stored documents with
// the same ids.
func (s *SQLite) Put(ctx context.Context, docs []*doc.Document, v Versions) error {
	if len(docs) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	vid, err := s.versionID(ctx, tx, v)
	if err != nil {
		return fmt.Errorf("store: versions: %w", err)
	}
	t := &txRun{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}}
	exec := func(q string, args ...any) error {
		_, err := t.exec(q, args...)
		return err
	}
	days := map[dayKey]*dayDelta{}
	now := time.Now().UTC().Format(time.RFC3339)
	for _, d := range docs {
		if d.ID == "" {
			return errors.New("store: document without an id")
		}
		fail := func(err error) error { return fmt.Errorf("store: document %q: %w", d.ID, err) }
		rowid, stored, err := t.remove(d.ID, days)
		if err != nil {
			return fail(err)
		}
		// The rowid stays when a document is replaced: the full-text keys
		// hang on it.
		if stored {
			err = exec(`UPDATE documents SET date = ?, title = ?, url = ?, source = ?, version_id = ?, stored_at = ? WHERE rowid = ?`,
				d.Date, d.Title, d.URL, d.Source, vid, now, rowid)
		} else {
			var res sql.Result
			res, err = t.exec(`INSERT INTO documents(id, date, title, url, source, version_id, stored_at) VALUES(?,?,?,?,?,?,?)`,
				d.ID, d.Date, d.Title, d.URL, d.Source, vid, now)
			if err == nil {
				rowid, err = res.LastInsertId()
			}
		}
		if err != nil {
			return fail(err)
		}
		if err := exec(`INSERT OR REPLACE INTO texts(doc_id, text) VALUES(?,?)`, d.ID, d.Text); err != nil {
			return fail(err)
		}
		for si := range d.Sentences {
			sent := &d.Sentences[si]
			var parse any
			if sent.Start < 0 && len(sent.Tokens) > 0 {
				// Sentences that did not come from the text (supplied
				// parses) keep their tree, so that recoding can use it.
				var b strings.Builder
				if err := conllu.Write(&b, conllu.FromDoc(sent)); err == nil {
					parse = b.String()
				}
			}
			if err := exec(`INSERT INTO sentences(doc_id, idx, sent_id, start, end, text, newpar, conllu) VALUES(?,?,?,?,?,?,?,?)`,
				d.ID, si, sent.ID, sent.Start, sent.End, sent.Text, sent.NewPar, parse); err != nil {
				return fail(err)
			}
			if si < 1<<ftsShift {
				if err := exec(`INSERT INTO sentences_fts(rowid, text) VALUES(?, ?)`, rowid<<ftsShift|int64(si), sent.Text); err != nil {
					return fail(fmt.Errorf("full-text index: %w", err))
				}
			}
			for ei := range sent.Events {
				e := &sent.Events[ei]
				date := e.Date
				if date == "" {
					date = d.Date
				}
				src, tgt := e.Source, e.Target
				var sa, ta doc.Actor
				if src != nil {
					sa = *src
				} else {
					sa.Start, sa.End = -1, -1
				}
				if tgt != nil {
					ta = *tgt
				} else {
					ta.Start, ta.End = -1, -1
				}
				locCountry := ""
				if e.Location != nil {
					locCountry = e.Location.Country
				}
				if err := exec(insertEvent, d.ID, si, ei, date, first3(sa.Code), first3(ta.Code),
					src != nil, sa.Code, sa.Country, strings.Join(sa.Roles, " "), sa.Text, sa.Start, sa.End,
					tgt != nil, ta.Code, ta.Country, strings.Join(ta.Roles, " "), ta.Text, ta.Start, ta.End,
					e.CAMEO, e.Root, e.QuadClass, e.Goldstein, nullJSON(e.PLOVER, e.PLOVER == nil), e.Factuality,
					nullJSON(e.Magnitude, e.Magnitude == nil), nullJSON(e.Location, e.Location == nil), locCountry,
					e.Evidence.Sentence, e.Evidence.Predicate, e.Evidence.Start, e.Evidence.End, e.Evidence.Rule); err != nil {
					return fail(err)
				}
				if date != "" {
					addDay(days, dayKey{date, e.QuadClass, cameoRoot(e.CAMEO)}, 1, e.Goldstein)
				}
			}
		}
	}
	if err := t.applyDays(days); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// Delete removes documents by id in one transaction.
func (s *SQLite) Delete(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	t := &txRun{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}}
	days := map[dayKey]*dayDelta{}
	for _, id := range ids {
		rowid, stored, err := t.remove(id, days)
		if err == nil && stored {
			if _, err = t.exec("DELETE FROM documents WHERE rowid = ?", rowid); err == nil {
				_, err = t.exec("DELETE FROM texts WHERE doc_id = ?", id)
			}
		}
		if err != nil {
			return fmt.Errorf("store: deleting document %q: %w", id, err)
		}
	}
	if err := t.applyDays(days); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// Has reports which ids are stored.
func (s *SQLite) Has(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		chunk := ids[:n]
		ids = ids[n:]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, "SELECT id FROM documents WHERE id IN (?"+strings.Repeat(",?", len(chunk)-1)+")", args...)
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// DocumentIDs calls fn with every document id in id order, a page at a time.
func (s *SQLite) DocumentIDs(ctx context.Context, fn func(string) error) error {
	last := ""
	first := true
	for {
		rows, err := s.db.QueryContext(ctx, "SELECT id FROM documents WHERE ? OR id > ? ORDER BY id LIMIT 1000", first, last)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		var page []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			page = append(page, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		first = false
		last = page[len(page)-1]
		for _, id := range page {
			if err := fn(id); err != nil {
				return err
			}
		}
	}
}

// Document returns a stored document with its sentences and events.
func (s *SQLite) Document(ctx context.Context, id string) (*doc.Document, error) {
	d := &doc.Document{ID: id}
	err := s.db.QueryRowContext(ctx, "SELECT d.date, d.title, d.url, d.source, coalesce(t.text, '') FROM documents d LEFT JOIN texts t ON t.doc_id = d.id WHERE d.id = ?", id).
		Scan(&d.Date, &d.Title, &d.URL, &d.Source, &d.Text)
	if err == sql.ErrNoRows {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, "SELECT idx, sent_id, start, end, text, newpar, conllu FROM sentences WHERE doc_id = ? ORDER BY idx", id)
	if err != nil {
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	for rows.Next() {
		var idx int
		var sent doc.Sentence
		var parse sql.NullString
		if err := rows.Scan(&idx, &sent.ID, &sent.Start, &sent.End, &sent.Text, &sent.NewPar, &parse); err != nil {
			rows.Close()
			return nil, err
		}
		if parse.Valid {
			if ss, err := conllu.ReadAll(strings.NewReader(parse.String), id); err == nil && len(ss) == 1 {
				parsed := conllu.ToDoc(ss[0])
				sent.Tokens = parsed.Tokens
			}
		}
		for len(d.Sentences) < idx {
			d.Sentences = append(d.Sentences, doc.Sentence{Start: -1, End: -1})
		}
		d.Sentences = append(d.Sentences, sent)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	err = s.events(ctx, Filter{}, func(e *Event) error {
		if e.SentenceIndex >= 0 && e.SentenceIndex < len(d.Sentences) {
			d.Sentences[e.SentenceIndex].Events = append(d.Sentences[e.SentenceIndex].Events, e.Event)
		}
		return nil
	}, withDoc(id))
	if err != nil {
		return nil, err
	}
	return d, nil
}

// eventOption narrows an internal Events call.
type eventOption func(*query)

type query struct {
	where []string
	args  []any
	nargs []int // the number of args of each condition
	// either is the index in where of the Actor condition (source side
	// OR target side; -1 none), sides and sideArgs its two sides.
	either   int
	sides    [2]string
	sideArgs [2][]any
	// match is the full-text query of the Text filter ("" none); it is
	// joined in by from.
	match string
	// datesOnly: the filter has no condition but dates and quad class;
	// dayCounts: nor any but those and a CAMEO prefix of at most two
	// characters (day_counts answers).
	datesOnly, dayCounts bool
	// covered: its conditions (but the text's) read only columns that
	// the events_doc index holds.
	covered bool
	f       Filter // the filter it was built from
}

func (q *query) add(cond string, args ...any) {
	q.where = append(q.where, cond)
	q.args = append(q.args, args...)
	q.nargs = append(q.nargs, len(args))
}

// union is the query's events as the UNION ALL of two disjoint
// branches, one per side of its either-side condition (Actor): the
// source side, then the target side less the source side. Each branch
// reads one index without looking up event rows, where a single query
// with OR would look up every row. cols are the columns (of events e)
// each branch selects. ok is false without an either-side condition.
func (q *query) union(cols string) (from string, args []any, ok bool) {
	if q.either < 0 {
		return "", nil, false
	}
	branch := func(side string, sideArgs []any) (string, []any) {
		var where []string
		var args []any
		k := 0
		for i, w := range q.where {
			a := q.args[k : k+q.nargs[i]]
			k += q.nargs[i]
			if i == q.either {
				where = append(where, side)
				args = append(args, sideArgs...)
				continue
			}
			where = append(where, w)
			args = append(args, a...)
		}
		return "SELECT " + cols + " FROM events e WHERE " + strings.Join(where, " AND "), args
	}
	a, aa := branch(q.sides[0], q.sideArgs[0])
	b, ba := branch(q.sides[1]+" AND NOT "+q.sides[0], append(append([]any{}, q.sideArgs[1]...), q.sideArgs[0]...))
	return " FROM (" + a + " UNION ALL " + b + ") e", append(aa, ba...), true
}

func withDoc(id string) eventOption {
	return func(q *query) { q.add("e.doc_id = ?", id) }
}

// upper returns the smallest string greater than every string with
// prefix p ("" for none).
func upper(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return ""
}

// prefix adds the condition "col starts with p", using an indexed column
// of the first three letters (col3) where there is one.
func (q *query) prefix(col, col3, p string) {
	if p == "" {
		return
	}
	cond, args := prefixCond(col, col3, p)
	q.add(cond, args...)
}

func prefixCond(col, col3, p string) (string, []any) {
	if col3 != "" {
		if len(p) == 3 {
			return col3 + " = ?", []any{p}
		}
		if len(p) > 3 {
			return "(" + col3 + " = ? AND " + col + " >= ? AND " + col + " < ?)", []any{p[:3], p, upper(p)}
		}
		col = col3
	}
	return "(" + col + " >= ? AND " + col + " < ?)", []any{p, upper(p)}
}

// countryCond matches a country prefix; a whole ISO3 code is an equality,
// which the country index can use column after column.
func countryCond(col, p string) (string, []any) {
	if len(p) == 3 {
		return col + " = ?", []any{p}
	}
	return prefixCond(col, "", p)
}

func (q *query) country(col, p string) {
	if p != "" {
		cond, args := countryCond(col, p)
		q.add(cond, args...)
	}
}

func buildQuery(f Filter, opts ...eventOption) *query {
	q := &query{either: -1}
	if f.From != "" {
		q.add("e.date >= ?", f.From)
	}
	if f.To != "" {
		q.add("e.date < ?", upper(f.To))
	}
	q.prefix("e.source_code", "e.src3", f.Source)
	q.prefix("e.target_code", "e.tgt3", f.Target)
	if f.Actor != "" {
		c1, a1 := prefixCond("e.source_code", "e.src3", f.Actor)
		c2, a2 := prefixCond("e.target_code", "e.tgt3", f.Actor)
		q.either = len(q.where)
		q.sides, q.sideArgs = [2]string{c1, c2}, [2][]any{a1, a2}
		q.add("("+c1+" OR "+c2+")", append(append([]any{}, a1...), a2...)...)
	}
	q.country("e.source_country", f.SourceCountry)
	q.country("e.target_country", f.TargetCountry)
	if f.Country != "" {
		c1, a1 := countryCond("e.source_country", f.Country)
		c2, a2 := countryCond("e.target_country", f.Country)
		q.add("("+c1+" OR "+c2+")", append(a1, a2...)...)
	}
	q.prefix("e.cameo", "", f.CAMEO)
	if f.Quad != 0 {
		q.add("e.quad_class = ?", f.Quad)
	}
	var phrases []string
	for _, w := range strings.Fields(f.Text) {
		if p := ftsPhrase(w); p != "" {
			phrases = append(phrases, p)
			continue
		}
		esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(w)
		q.add(`EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = e.doc_id AND s.idx = e.sentence_index AND s.text LIKE ? ESCAPE '\')`, "%"+esc+"%")
	}
	q.match = strings.Join(phrases, " AND ")
	q.f = f
	q.covered = f.CAMEO == "" && f.SourceCountry == "" && f.TargetCountry == "" && f.Country == "" && len(phrases) == len(strings.Fields(f.Text))
	q.dayCounts = f.Source == "" && f.Target == "" && f.Actor == "" && f.SourceCountry == "" && f.TargetCountry == "" &&
		f.Country == "" && len(f.CAMEO) <= 2 && f.Text == "" && useDayCounts
	q.datesOnly = q.dayCounts && f.CAMEO == ""
	for _, o := range opts {
		o(q)
	}
	return q
}

// dayQuery is the condition on day_counts (alias e) for a filter of
// dates, quad class and a CAMEO prefix of at most two characters alone.
func dayQuery(f Filter) *query {
	d := &query{}
	if f.From != "" {
		d.add("e.date >= ?", f.From)
	}
	if f.To != "" {
		d.add("e.date < ?", upper(f.To))
	}
	if f.Quad != 0 {
		d.add("e.quad = ?", f.Quad)
	}
	if len(f.CAMEO) == 2 {
		d.add("e.root = ?", f.CAMEO)
	} else if f.CAMEO != "" {
		cond, args := prefixCond("e.root", "", f.CAMEO)
		d.add(cond, args...)
	}
	d.add("e.date != ''")
	return d
}

// useDayCounts: answer counts from day_counts where they can (false in
// tests, to compare with the events).
var useDayCounts = true

// ftsPhrase is the full-text query for one word of a Text filter: its
// letter-and-digit runs as a phrase whose last word is a prefix
// ("U.S." → "u s"*); "" for a word without letters or digits.
func ftsPhrase(w string) string {
	toks := strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r) })
	if len(toks) == 0 {
		return ""
	}
	return `"` + strings.Join(toks, " ") + `"*`
}

// A text filter with few matching sentences is answered from the
// full-text index outwards (the matches, then their events); with more,
// the events are read in order and each is looked up in the set of
// matches, so that a LIMIT stops early. Few is ftsDriveAll (five times
// that when every match is read) when the other conditions read only
// what the events_doc index holds (no event row to look up per match),
// else ftsDriveMax. Variables for the tests.
var ftsDriveMax, ftsDriveAll = 20000, 200000

// fromEvents is the FROM clause over events (alias e) for q, with its
// arguments: a text filter joins the full-text index in, driving the
// query when it matches few sentences.
//
// With all (every match is read: counts, series, rankings) and no
// condition but dates and quad class beside the text, the matches drive
// too while they are no more than the events in the date range.
func (s *SQLite) fromEvents(ctx context.Context, q *query, all bool) (string, []any, error) {
	if q.match == "" {
		return " FROM events e", nil, nil
	}
	driveMax := ftsDriveMax
	if q.covered {
		driveMax = ftsDriveAll
		if all {
			// Every match is read anyway: reading them through the
			// index beats scanning the events of most filters.
			driveMax = 5 * ftsDriveAll
		}
	}
	if f := q.f; all && q.covered && f.Source == "" && f.Target == "" && f.Actor == "" {
		dq := dayQuery(Filter{From: f.From, To: f.To, Quad: f.Quad})
		var in int
		if err := s.db.QueryRowContext(ctx, "SELECT coalesce(sum(e.n), 0) FROM day_counts e"+dq.whereSQL(), dq.args...).Scan(&in); err != nil {
			return "", nil, fmt.Errorf("text search %q: %w", q.match, err)
		}
		driveMax = max(driveMax, in)
	}
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)", q.match, driveMax+1).Scan(&n)
	if err != nil {
		return "", nil, fmt.Errorf("text search %q: %w", q.match, err)
	}
	if n <= driveMax {
		return fmt.Sprintf(` FROM sentences_fts m CROSS JOIN documents md ON md.rowid = m.rowid >> %d
			CROSS JOIN events e ON e.doc_id = md.id AND e.sentence_index = (m.rowid & %d) AND m.sentences_fts MATCH ?`, ftsShift, 1<<ftsShift-1), []any{q.match}, nil
	}
	q.add(fmt.Sprintf(`e.sentence_index < %d AND ((SELECT md.rowid FROM documents md WHERE md.id = e.doc_id) << %d | e.sentence_index)
		IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)`, 1<<ftsShift, ftsShift), q.match)
	return " FROM events e", nil, nil
}

func (q *query) whereSQL() string {
	if len(q.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.where, " AND ")
}

const eventColumns = `e.doc_id, e.sentence_index, e.date,
	e.has_source, e.source_code, e.source_country, e.source_roles, e.source_text, e.source_start, e.source_end,
	e.has_target, e.target_code, e.target_country, e.target_roles, e.target_text, e.target_start, e.target_end,
	e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.factuality, e.magnitude, e.location,
	e.ev_sentence, e.predicate, e.pred_start, e.pred_end, e.rule, d.url, d.source`

// Events calls fn with each matching event in the stable order.
func (s *SQLite) Events(ctx context.Context, f Filter, fn func(*Event) error) error {
	return s.events(ctx, f, fn)
}

func (s *SQLite) events(ctx context.Context, f Filter, fn func(*Event) error, opts ...eventOption) error {
	if err := f.Normalize(); err != nil {
		return err
	}
	q := buildQuery(f, opts...)
	// A page stops early only when the events come in date order: with
	// an actor code, they come by dyad and are sorted, every match read.
	from, args, err := s.fromEvents(ctx, q, f.Limit == 0 || f.Source != "" || f.Target != "" || f.Actor != "")
	if err != nil {
		return fmt.Errorf("store: events: %w", err)
	}
	// CROSS JOIN keeps events the outer loop (after the full-text
	// matches, when they lead): the filters and the order are theirs.
	const order = " ORDER BY e.date, e.doc_id, e.sentence_index, e.seq"
	sqlText := "SELECT " + eventColumns + from + " CROSS JOIN documents d ON d.id = e.doc_id" + q.whereSQL() + order
	if f.Limit > 0 {
		// A page: the keys of its events first (from an index, where
		// one holds what the filter reads), then their rows; looking up
		// a wide event row costs far more than reading an index entry.
		keys := "SELECT e.src3, e.tgt3, e.date, e.doc_id, e.sentence_index, e.seq" + from + q.whereSQL()
		if u, uargs, ok := q.union("e.src3, e.tgt3, e.date, e.doc_id, e.sentence_index, e.seq"); ok && len(args) == 0 {
			keys, args, q.args = "SELECT e.src3, e.tgt3, e.date, e.doc_id, e.sentence_index, e.seq"+u, nil, uargs
		}
		sqlText = "SELECT " + eventColumns + " FROM (" + keys + order +
			fmt.Sprintf(" LIMIT %d) k", f.Limit) +
			` CROSS JOIN events e ON e.src3 = k.src3 AND e.tgt3 = k.tgt3 AND e.date = k.date AND e.doc_id = k.doc_id AND e.sentence_index = k.sentence_index AND e.seq = k.seq
			CROSS JOIN documents d ON d.id = e.doc_id` + order
	}
	rows, err := s.db.QueryContext(ctx, sqlText, append(args, q.args...)...)
	if err != nil {
		return fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e Event
		var hasSrc, hasTgt bool
		var sa, ta doc.Actor
		var sroles, troles string
		var plover, magnitude, location sql.NullString
		ev := &e.Event
		if err := rows.Scan(&ev.DocID, &ev.SentenceIndex, &ev.Date,
			&hasSrc, &sa.Code, &sa.Country, &sroles, &sa.Text, &sa.Start, &sa.End,
			&hasTgt, &ta.Code, &ta.Country, &troles, &ta.Text, &ta.Start, &ta.End,
			&ev.CAMEO, &ev.Root, &ev.QuadClass, &ev.Goldstein, &plover, &ev.Factuality, &magnitude, &location,
			&ev.Evidence.Sentence, &ev.Evidence.Predicate, &ev.Evidence.Start, &ev.Evidence.End, &ev.Evidence.Rule,
			&e.URL, &e.Publisher); err != nil {
			return fmt.Errorf("store: events: %w", err)
		}
		if hasSrc {
			if sroles != "" {
				sa.Roles = strings.Fields(sroles)
			}
			ev.Source = &sa
		}
		if hasTgt {
			if troles != "" {
				ta.Roles = strings.Fields(troles)
			}
			ev.Target = &ta
		}
		if plover.Valid {
			ev.PLOVER = &doc.PLOVER{}
			json.Unmarshal([]byte(plover.String), ev.PLOVER)
		}
		if magnitude.Valid {
			ev.Magnitude = &doc.Magnitude{}
			json.Unmarshal([]byte(magnitude.String), ev.Magnitude)
		}
		if location.Valid {
			ev.Location = &doc.Location{}
			json.Unmarshal([]byte(location.String), ev.Location)
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Aggregate counts the dated events matching f per period.
func (s *SQLite) Aggregate(ctx context.Context, f Filter, interval Interval) ([]Bucket, error) {
	if err := f.Normalize(); err != nil {
		return nil, err
	}
	var period string
	switch interval {
	case Day:
		period = "e.date"
	case Week:
		period = "date(e.date, '-6 days', 'weekday 1')"
	case Month:
		period = "substr(e.date, 1, 7)"
	case Year:
		period = "substr(e.date, 1, 4)"
	default:
		return nil, fmt.Errorf("store: unknown interval %q", interval)
	}
	q := buildQuery(f)
	var sqlText string
	var args []any
	if q.dayCounts {
		// Dates, quad class and CAMEO root alone: the day counts answer.
		d := dayQuery(f)
		sqlText = "SELECT " + period + " AS p, sum(e.n), sum(e.n * (e.quad = 1)), sum(e.n * (e.quad = 2)), sum(e.n * (e.quad = 3)), sum(e.n * (e.quad = 4)), total(e.gsum)" +
			" FROM day_counts e" + d.whereSQL() + " GROUP BY p ORDER BY p"
		args = d.args
	} else {
		q.add("e.date != ''")
		from, fargs, err := s.fromEvents(ctx, q, true)
		if err != nil {
			return nil, fmt.Errorf("store: aggregate: %w", err)
		}
		where, qargs := q.whereSQL(), q.args
		if u, uargs, ok := q.union("e.date, e.quad_class, e.goldstein"); ok && len(fargs) == 0 {
			from, where, qargs = u, "", uargs
		}
		sqlText = "SELECT " + period + " AS p, count(*), sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), sum(e.quad_class = 4), total(e.goldstein)" +
			from + where + " GROUP BY p ORDER BY p"
		args = append(fargs, qargs...)
	}
	rows, err := s.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, fmt.Errorf("store: aggregate: %w", err)
	}
	defer rows.Close()
	var out []Bucket
	for rows.Next() {
		var b Bucket
		var p sql.NullString
		if err := rows.Scan(&p, &b.Events, &b.Quad[1], &b.Quad[2], &b.Quad[3], &b.Quad[4], &b.GoldsteinSum); err != nil {
			return nil, fmt.Errorf("store: aggregate: %w", err)
		}
		if !p.Valid {
			continue // an unreadable date
		}
		b.Period = p.String
		b.Quad[0] = b.Events - b.Quad[1] - b.Quad[2] - b.Quad[3] - b.Quad[4]
		out = append(out, b)
	}
	return out, rows.Err()
}

// Rank ranks the dyads and actors of the dated events matching f. One
// pass counts the events of every dyad (GROUP BY dyad, count only: the
// actors are summed from it); a second reads the quad classes and
// Goldstein scores of the top dyads alone. With dates alone, the index
// is chosen by how much of the store the range holds: the dyad-ordered
// index (no sort) for much of it, the date-ordered one for a little.
func (s *SQLite) Rank(ctx context.Context, f Filter, dyads, actors int) (*Ranking, error) {
	f.Limit = 0
	if err := f.Normalize(); err != nil {
		return nil, err
	}
	if dyads < 0 || actors < 0 {
		return nil, fmt.Errorf("store: rank: bad count %d, %d", dyads, actors)
	}
	q := buildQuery(f)
	q.add("e.date != ''")
	from, args, err := s.fromEvents(ctx, q, true)
	if err != nil {
		return nil, fmt.Errorf("store: rank: %w", err)
	}
	r := &Ranking{}
	cols := "e.source_code, e.target_code, count(*), min(e.date), max(e.date)"
	packed := false
	// A text filter: one pass with every figure (a second pass would
	// search the text again per dyad).
	onePass := q.match != ""
	if onePass {
		cols += ", sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), sum(e.quad_class = 4), total(e.goldstein)"
	}
	if q.datesOnly && q.match == "" {
		// The first and last dates from the day counts; the index by the
		// share of the events in the range.
		dq := dayQuery(f)
		var in, all int
		err := s.db.QueryRowContext(ctx, "SELECT coalesce(min(e.date), ''), coalesce(max(e.date), ''), coalesce(sum(e.n), 0), (SELECT coalesce(sum(n), 0) FROM day_counts)"+
			" FROM day_counts e"+dq.whereSQL(), dq.args...).Scan(&r.First, &r.Last, &in, &all)
		if err != nil {
			return nil, fmt.Errorf("store: rank: %w", err)
		}
		if in == 0 {
			return r, nil
		}
		// One text column a dyad: the byte length of the source code,
		// the two codes, the count. Rows cross from SQLite to Go far
		// faster as one value than as three (a store has many dyads).
		cols = "length(CAST(e.source_code AS BLOB)) || ' ' || e.source_code || e.target_code || ' ' || count(*)"
		packed = true
		if in*4 > all {
			from = " FROM events e INDEXED BY events_dyads"
		} else {
			from = " FROM events e INDEXED BY events_rank"
		}
	}
	rows, err := s.db.QueryContext(ctx, "SELECT "+cols+from+q.whereSQL()+" GROUP BY e.source_code, e.target_code", append(args, q.args...)...)
	if err != nil {
		return nil, fmt.Errorf("store: rank: %w", err)
	}
	defer rows.Close()
	counts := map[string]int{}
	var top dyadHeap
	for rows.Next() {
		var d DyadCount
		var first, last string
		if packed {
			var line string
			if err := rows.Scan(&line); err != nil {
				return nil, fmt.Errorf("store: rank: %w", err)
			}
			var ok bool
			if d.Source, d.Target, d.Events, ok = unpackDyad(line); !ok {
				return nil, fmt.Errorf("store: rank: unreadable dyad count %q", line)
			}
		} else {
			dest := []any{&d.Source, &d.Target, &d.Events, &first, &last}
			if onePass {
				dest = append(dest, &d.Quad[1], &d.Quad[2], &d.Quad[3], &d.Quad[4], &d.GoldsteinSum)
			}
			if err := rows.Scan(dest...); err != nil {
				return nil, fmt.Errorf("store: rank: %w", err)
			}
		}
		d.Quad[0] = d.Events - d.Quad[1] - d.Quad[2] - d.Quad[3] - d.Quad[4]
		if first != "" && (r.First == "" || first < r.First) {
			r.First = first
		}
		if last > r.Last {
			r.Last = last
		}
		if d.Source != "" {
			counts[d.Source] += d.Events
		}
		if d.Target != "" {
			counts[d.Target] += d.Events
		}
		if d.Source != "" && d.Target != "" && dyads > 0 {
			// Keep the top dyads only: a min-heap of the best so far.
			if len(top) < dyads {
				heap.Push(&top, d)
			} else if dyadBefore(&d, &top[0]) {
				top[0] = d
				heap.Fix(&top, 0)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: rank: %w", err)
	}
	rows.Close()
	r.Dyads = top
	sort.Slice(r.Dyads, func(i, j int) bool { return dyadBefore(&r.Dyads[i], &r.Dyads[j]) })
	if actors > 0 {
		for c, k := range counts {
			r.Actors = append(r.Actors, ActorCount{Code: c, Events: k})
		}
		sort.Slice(r.Actors, func(i, j int) bool {
			x, y := r.Actors[i], r.Actors[j]
			if x.Events != y.Events {
				return x.Events > y.Events
			}
			return x.Code < y.Code
		})
		r.Actors = r.Actors[:min(actors, len(r.Actors))]
	}
	// The top dyads' quad classes and Goldstein sums.
	if len(r.Dyads) > 0 && !onePass {
		q.add("e.source_code = ? AND e.target_code = ?", "", "")
		base := len(q.args) - 2
		from, args, err := s.fromEvents(ctx, q, true)
		if err != nil {
			return nil, fmt.Errorf("store: rank: %w", err)
		}
		st, err := s.db.PrepareContext(ctx, "SELECT count(*), sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), sum(e.quad_class = 4), total(e.goldstein)"+
			from+q.whereSQL())
		if err != nil {
			return nil, fmt.Errorf("store: rank: %w", err)
		}
		defer st.Close()
		for i := range r.Dyads {
			d := &r.Dyads[i]
			q.args[base], q.args[base+1] = d.Source, d.Target
			var n int
			var q1, q2, q3, q4 sql.NullInt64
			if err := st.QueryRowContext(ctx, append(args, q.args...)...).Scan(&n, &q1, &q2, &q3, &q4, &d.GoldsteinSum); err != nil {
				return nil, fmt.Errorf("store: rank: dyad %s %s: %w", d.Source, d.Target, err)
			}
			d.Quad = [5]int{0, int(q1.Int64), int(q2.Int64), int(q3.Int64), int(q4.Int64)}
			d.Quad[0] = d.Events - d.Quad[1] - d.Quad[2] - d.Quad[3] - d.Quad[4]
		}
	}
	return r, nil
}

// dyadBefore: x ranks before y (more events, then codes in order).
func dyadBefore(x, y *DyadCount) bool {
	if x.Events != y.Events {
		return x.Events > y.Events
	}
	if x.Source != y.Source {
		return x.Source < y.Source
	}
	return x.Target < y.Target
}

// dyadHeap is a min-heap of dyads: the root ranks last.
type dyadHeap []DyadCount

func (h dyadHeap) Len() int           { return len(h) }
func (h dyadHeap) Less(i, j int) bool { return dyadBefore(&h[j], &h[i]) }
func (h dyadHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *dyadHeap) Push(x any)        { *h = append(*h, x.(DyadCount)) }
func (h *dyadHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// unpackDyad reads "LEN SOURCETARGET COUNT" (LEN: the source's length in
// bytes).
func unpackDyad(line string) (src, tgt string, n int, ok bool) {
	sp, last := strings.IndexByte(line, ' '), strings.LastIndexByte(line, ' ')
	if sp < 0 || last <= sp {
		return "", "", 0, false
	}
	l, err1 := strconv.Atoi(line[:sp])
	n, err2 := strconv.Atoi(line[last+1:])
	body := line[sp+1 : last]
	if err1 != nil || err2 != nil || l < 0 || l > len(body) {
		return "", "", 0, false
	}
	return body[:l], body[l:], n, true
}

// SentenceTexts looks up the texts of the named sentences.
func (s *SQLite) SentenceTexts(ctx context.Context, keys []SentenceKey) (map[SentenceKey]string, error) {
	out := map[SentenceKey]string{}
	if len(keys) == 0 {
		return out, nil
	}
	st, err := s.db.PrepareContext(ctx, "SELECT text FROM sentences WHERE doc_id = ? AND idx = ?")
	if err != nil {
		return nil, fmt.Errorf("store: sentence texts: %w", err)
	}
	defer st.Close()
	for _, k := range keys {
		if _, ok := out[k]; ok {
			continue
		}
		var text string
		err := st.QueryRowContext(ctx, k.DocID, k.Index).Scan(&text)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("store: sentence %d of %q: %w", k.Index, k.DocID, err)
		}
		out[k] = text
	}
	return out, nil
}

// Info counts the store's contents.
func (s *SQLite) Info(ctx context.Context) (*Info, error) {
	in := &Info{Backend: "sqlite", Location: s.path}
	row := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),
		(SELECT coalesce(min(date), '') FROM documents WHERE date != ''), (SELECT coalesce(max(date), '') FROM documents WHERE date != '')`)
	if err := row.Scan(&in.Documents, &in.Sentences, &in.Events, &in.FirstDate, &in.LastDate); err != nil {
		return nil, fmt.Errorf("store: info: %w", err)
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&in.SchemaVersion); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT v.json, v.first_used, count(d.id) FROM versions v LEFT JOIN documents d ON d.version_id = v.id GROUP BY v.id`)
	if err != nil {
		return nil, fmt.Errorf("store: info: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var js string
		var vc VersionCount
		if err := rows.Scan(&js, &vc.FirstUsed, &vc.Documents); err != nil {
			return nil, err
		}
		if vc.Documents == 0 {
			continue
		}
		json.Unmarshal([]byte(js), &vc.Versions)
		in.Versions = append(in.Versions, vc)
	}
	sort.SliceStable(in.Versions, func(i, j int) bool { return in.Versions[i].Documents > in.Versions[j].Documents })
	return in, rows.Err()
}
