-- V1: documents with their analysis, and the tables queries run on.
-- The documents table is the source of truth; the Lucene index is rebuilt from it when they disagree.

CREATE TABLE documents (
  doc_key      INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,      -- SHA-256 of the text: re-ingesting the same text adds nothing
  title        TEXT,
  url          TEXT,
  source       TEXT,
  date         TEXT,                      -- publication date, YYYY-MM-DD
  text         TEXT NOT NULL,             -- the untouched text all offsets refer to
  analysis     TEXT NOT NULL,             -- the contract JSON of rasd analyze, as analyzed
  origin       TEXT,                      -- where it was read from (path, path:LINE, feed item)
  ingested_at  TEXT NOT NULL
);

CREATE TABLE sentences (
  doc_key INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  idx     INTEGER NOT NULL,
  start   INTEGER NOT NULL,
  "end"   INTEGER NOT NULL,
  PRIMARY KEY (doc_key, idx)
) WITHOUT ROWID;

-- One row per distinct identity; country and sector are '' rather than NULL so UNIQUE holds.
CREATE TABLE actors (
  actor_key INTEGER PRIMARY KEY,
  name      TEXT NOT NULL,
  country   TEXT NOT NULL DEFAULT '',
  sector    TEXT NOT NULL DEFAULT '',     -- sector codes joined by spaces
  wikidata  TEXT,
  UNIQUE (name, country, sector)
);

CREATE TABLE entities (
  doc_key       INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  sentence      INTEGER NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  text          TEXT NOT NULL,
  type          TEXT NOT NULL,
  actor_key     INTEGER REFERENCES actors (actor_key),
  place_name    TEXT,
  place_country TEXT,
  lat           REAL,
  lon           REAL,
  confidence    REAL NOT NULL
);
CREATE INDEX entities_by_doc ON entities (doc_key);
CREATE INDEX entities_by_actor ON entities (actor_key);

CREATE TABLE events (
  event_key     INTEGER PRIMARY KEY,
  doc_key       INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,         -- position in the document's event list
  sentence      INTEGER NOT NULL,
  event_type    TEXT NOT NULL,
  quad_class    INTEGER NOT NULL,
  mode          TEXT,
  date          TEXT,                     -- the event's date, else the document's
  cameo         TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end   INTEGER NOT NULL,
  trigger_text  TEXT NOT NULL,
  confidence    REAL NOT NULL,
  rule          TEXT,
  json          TEXT NOT NULL             -- the contract JSON of the event
);
CREATE INDEX events_by_doc ON events (doc_key);
CREATE INDEX events_by_date ON events (date);
CREATE INDEX events_by_type_date ON events (event_type, date);

CREATE TABLE event_actors (
  event_key INTEGER NOT NULL REFERENCES events (event_key) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  actor_key INTEGER NOT NULL REFERENCES actors (actor_key),
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  text      TEXT NOT NULL
);
CREATE INDEX event_actors_by_event ON event_actors (event_key);
CREATE INDEX event_actors_by_actor ON event_actors (actor_key);

CREATE TABLE event_places (
  event_key INTEGER NOT NULL REFERENCES events (event_key) ON DELETE CASCADE,
  name      TEXT NOT NULL,
  country   TEXT,
  lat       REAL,
  lon       REAL,
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  text      TEXT NOT NULL
);
CREATE INDEX event_places_by_event ON event_places (event_key);

-- What could not be read or analyzed; one row per (origin, reason), so re-ingesting does not pile up.
CREATE TABLE failures (
  failure_key INTEGER PRIMARY KEY,
  origin      TEXT NOT NULL,
  doc_id      TEXT,
  reason      TEXT NOT NULL,
  first_seen  TEXT NOT NULL,
  last_seen   TEXT NOT NULL,
  UNIQUE (origin, reason)
);

-- generation: bumped by every committed write batch; the Lucene commit records the generation it matches.
CREATE TABLE store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO store_meta (key, value) VALUES ('generation', '0');
