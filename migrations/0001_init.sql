-- 0001_init: the first schema of kzcorpus (see DESIGN.md, "Schema").
-- Every extracted row points to its article and to character (Unicode scalar) offsets
-- into articles.body, so body[start:end] returns the span exactly.

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    bytes       INTEGER NOT NULL,
    format      TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    headline    TEXT,
    outlet      TEXT,
    published   TEXT,            -- ISO date (YYYY-MM-DD) or NULL when the page gives none
    dateline    TEXT,
    language    TEXT NOT NULL DEFAULT 'en',
    body        TEXT NOT NULL,
    doc_start   INTEGER NOT NULL, -- character offsets of the article in the document text
    doc_end     INTEGER NOT NULL,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE media (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    caption    TEXT
);
CREATE INDEX media_article ON media(article_id);

CREATE TABLE speakers (
    id        INTEGER PRIMARY KEY,
    canonical TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    country   TEXT
);
CREATE INDEX speakers_canonical ON speakers(canonical);

CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,
    UNIQUE (speaker_id, alias)
);
CREATE INDEX speaker_aliases_key ON speaker_aliases(alias_key);

CREATE TABLE speaker_titles (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    UNIQUE (speaker_id, title)
);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_speaker ON mentions(speaker_id);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id   INTEGER REFERENCES speakers(id),
    text         TEXT NOT NULL,
    speaker_text TEXT,
    cue          TEXT,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    malformed    INTEGER NOT NULL DEFAULT 0 CHECK (malformed IN (0, 1)),
    confidence   REAL NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date           TEXT,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'relative-unresolved')),
    type           TEXT NOT NULL,
    location       TEXT,
    evidence       TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type ON events(type);

CREATE TABLE event_participants (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    PRIMARY KEY (event_id, speaker_id)
);
CREATE INDEX event_participants_speaker ON event_participants(speaker_id);

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    what          TEXT NOT NULL,
    value         INTEGER NOT NULL,
    value_max     INTEGER,          -- upper bound of a range ("$2-3 billion"), else NULL
    qualifier     TEXT,
    subject       TEXT,
    attributed_to TEXT,
    evidence      TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_what ON claims(what);

CREATE TABLE build_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Full-text search: external-content FTS5 tables kept in sync by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(headline, body, content='articles', content_rowid='id');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
    INSERT INTO articles_fts(rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_au AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Views for the shell.
CREATE VIEW quote_view AS
SELECT q.id AS quote_id,
       q.text AS text,
       s.canonical AS speaker,
       q.speaker_text AS speaker_text,
       q.cue AS cue,
       a.outlet AS outlet,
       a.published AS published,
       a.headline AS headline,
       q.article_id AS article_id,
       q.start AS start,
       q."end" AS "end",
       q.malformed AS malformed,
       q.confidence AS confidence
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id;

CREATE VIEW timeline AS
SELECT e.date AS date,
       e.date_precision AS date_precision,
       e.type AS type,
       e.location AS location,
       (SELECT group_concat(s.canonical, '; ')
          FROM event_participants p JOIN speakers s ON s.id = p.speaker_id
         WHERE p.event_id = e.id) AS participants,
       a.outlet AS outlet,
       a.headline AS headline,
       e.evidence AS evidence,
       e.id AS event_id,
       e.article_id AS article_id
FROM events e
JOIN articles a ON a.id = e.article_id
ORDER BY e.date IS NULL, e.date, e.id;

CREATE VIEW claim_comparison AS
SELECT c.what AS what,
       c.value AS value,
       c.value_max AS value_max,
       c.qualifier AS qualifier,
       c.attributed_to AS attributed_to,
       a.outlet AS outlet,
       a.published AS published,
       a.headline AS headline,
       c.evidence AS evidence,
       c.id AS claim_id,
       c.article_id AS article_id
FROM claims c
JOIN articles a ON a.id = c.article_id
ORDER BY c.what, c.value DESC, a.outlet;
