package store

// migrations bring a SQLite store from schema version i to i+1
// (migrations[i]); PRAGMA user_version holds the version reached. Add new
// migrations at the end; never edit one that has shipped.
var migrations = []string{
	// 1: documents (their texts apart, so that the rows events join
	// stay small), sentences, events (clustered by dyad and date),
	// versions.
	`CREATE TABLE versions (
		id         INTEGER PRIMARY KEY,
		json       TEXT NOT NULL UNIQUE,
		first_used TEXT NOT NULL
	);
	CREATE TABLE documents (
		id         TEXT PRIMARY KEY,
		date       TEXT NOT NULL DEFAULT '',
		title      TEXT NOT NULL DEFAULT '',
		url        TEXT NOT NULL DEFAULT '',
		source     TEXT NOT NULL DEFAULT '',
		version_id INTEGER REFERENCES versions(id),
		stored_at  TEXT NOT NULL
	);
	CREATE INDEX documents_date ON documents(date);
	CREATE TABLE texts (
		doc_id TEXT PRIMARY KEY,
		text   TEXT NOT NULL
	);
	CREATE TABLE sentences (
		doc_id  TEXT NOT NULL,
		idx     INTEGER NOT NULL,
		sent_id TEXT NOT NULL DEFAULT '',
		start   INTEGER NOT NULL,
		end     INTEGER NOT NULL,
		text    TEXT NOT NULL,
		newpar  INTEGER NOT NULL DEFAULT 0,
		conllu  TEXT, -- the sentence's parse when it was supplied with the input
		PRIMARY KEY (doc_id, idx)
	) WITHOUT ROWID;
	-- Events are stored in the order of their primary key: by dyad
	-- (first three letters of each actor code), then date, so that a
	-- dyad's events over a date range are one contiguous run.
	CREATE TABLE events (
		doc_id         TEXT NOT NULL,
		sentence_index INTEGER NOT NULL,
		seq            INTEGER NOT NULL,
		date           TEXT NOT NULL DEFAULT '',
		src3           TEXT NOT NULL DEFAULT '', -- first three letters of source_code, for indexed prefixes
		tgt3           TEXT NOT NULL DEFAULT '',
		has_source     INTEGER NOT NULL,
		source_code    TEXT NOT NULL DEFAULT '',
		source_country TEXT NOT NULL DEFAULT '',
		source_roles   TEXT NOT NULL DEFAULT '',
		source_text    TEXT NOT NULL DEFAULT '',
		source_start   INTEGER NOT NULL DEFAULT -1,
		source_end     INTEGER NOT NULL DEFAULT -1,
		has_target     INTEGER NOT NULL,
		target_code    TEXT NOT NULL DEFAULT '',
		target_country TEXT NOT NULL DEFAULT '',
		target_roles   TEXT NOT NULL DEFAULT '',
		target_text    TEXT NOT NULL DEFAULT '',
		target_start   INTEGER NOT NULL DEFAULT -1,
		target_end     INTEGER NOT NULL DEFAULT -1,
		cameo          TEXT NOT NULL,
		root           TEXT NOT NULL DEFAULT '',
		quad_class     INTEGER NOT NULL DEFAULT 0,
		goldstein      REAL NOT NULL DEFAULT 0,
		plover         TEXT, -- JSON object or NULL
		factuality     TEXT NOT NULL DEFAULT '',
		magnitude      TEXT, -- JSON object or NULL
		location       TEXT, -- JSON object or NULL
		loc_country    TEXT NOT NULL DEFAULT '',
		ev_sentence    TEXT NOT NULL DEFAULT '',
		predicate      TEXT NOT NULL DEFAULT '',
		pred_start     INTEGER NOT NULL DEFAULT -1,
		pred_end       INTEGER NOT NULL DEFAULT -1,
		rule           TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (src3, tgt3, date, doc_id, sentence_index, seq)
	) WITHOUT ROWID;
	CREATE INDEX events_doc ON events(doc_id);
	CREATE INDEX events_target ON events(tgt3, date);
	CREATE INDEX events_countries ON events(source_country, target_country, date, quad_class, goldstein);
	CREATE INDEX events_date ON events(date);`,
	// 2: the date index in the stable output order, so that an
	// unfiltered or date-only query streams without a sort.
	`DROP INDEX events_date;
	CREATE INDEX events_date ON events(date, doc_id, sentence_index, seq);`,
	// 3: a narrow index for series over a dyad: the aggregates read it
	// alone instead of the wide event rows.
	`CREATE INDEX events_series ON events(src3, tgt3, date, quad_class, goldstein);`,
	// 4: events by target country, so that a country on either side
	// (--country) is two index searches rather than a scan.
	`CREATE INDEX events_target_country ON events(target_country, date);`,
	// 5: a full-text index of sentence texts for the Text filter. It is
	// contentless (the texts stay in sentences); its rowid names the
	// sentence: the document's rowid << 20 | the sentence index
	// (ftsKey). Sentences from index 2^20 on are not indexed.
	`CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='', contentless_delete=1);
	INSERT INTO sentences_fts(rowid, text)
		SELECT (d.rowid << 20) | s.idx, s.text FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE s.idx < 1048576;`,
	// 6: dated events per day and quad class with their Goldstein sum,
	// kept by Put and Delete in the same transaction, so that counts and
	// series over dates alone (the overview) read a few thousand rows.
	`CREATE TABLE day_counts (
		date  TEXT NOT NULL,
		quad  INTEGER NOT NULL,
		n     INTEGER NOT NULL,
		gsum  REAL NOT NULL,
		PRIMARY KEY (date, quad)
	) WITHOUT ROWID;
	INSERT INTO day_counts(date, quad, n, gsum)
		SELECT date, quad_class, count(*), total(goldstein) FROM events WHERE date != '' GROUP BY date, quad_class;`,
	// 7: a covering index for rankings over a date range (top dyads and
	// actors): the ranking reads it alone.
	`CREATE INDEX events_rank ON events(date, source_code, target_code, quad_class, goldstein);`,
	// 8: events by dyad (full codes) then date: a ranking over much of
	// the store groups them without a sort, and the top dyads' figures
	// are a search each.
	`CREATE INDEX IF NOT EXISTS events_dyads ON events(source_code, target_code, date, quad_class, goldstein);`,
	// 9: the events of a sentence with what counts and rankings read, so
	// that a text filter (the full-text matches, then their events) need
	// not look up the wide event rows.
	`DROP INDEX events_doc;
	CREATE INDEX events_doc ON events(doc_id, sentence_index, source_code, target_code, quad_class, goldstein);`,
	// 10: the day counts by CAMEO root (the first two characters of the
	// event code) too, so that counts of a root or a cameo category
	// ("19", "1") read them rather than every event.
	`DROP TABLE day_counts;
	CREATE TABLE day_counts (
		date  TEXT NOT NULL,
		quad  INTEGER NOT NULL,
		root  TEXT NOT NULL,
		n     INTEGER NOT NULL,
		gsum  REAL NOT NULL,
		PRIMARY KEY (date, quad, root)
	) WITHOUT ROWID;
	` + recountDays,
}

// recountDays fills day_counts from the events (migration 10; after a
// bulk load). Migration 10 uses it: change it only with a migration.
const recountDays = `DELETE FROM day_counts;
	INSERT INTO day_counts(date, quad, root, n, gsum)
		SELECT date, quad_class, substr(cameo, 1, 2), count(*), total(goldstein) FROM events WHERE date != '' GROUP BY 1, 2, 3;`

// ftsShift: the full-text rowid of sentence i of the document with rowid
// r is r<<ftsShift | i; sentences from 1<<ftsShift on are not indexed.
const ftsShift = 20
