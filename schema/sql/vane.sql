-- vane's relational schema: the tables and views `vane analyze -o FILE.sqlite`
-- and `vane analyze -o postgresql://...` create, one row per document and
-- one per channel mention, claim, claim kind, claim subject, quantity and
-- evidence span. Meaning of every table and view: docs/sql-schema.md.
--
-- schema_version: 1
-- (core/output/sql_schema.hpp, kSqlSchemaVersion; bump both together when a
-- change would break a query written against the previous version.)
--
-- Portable by design: the same text runs on SQLite (3.25 or later, for the
-- window function in labels_per_language) and PostgreSQL (10 or later).
-- Types are TEXT, INTEGER, BIGINT and DOUBLE PRECISION (REAL is 4 bytes in
-- PostgreSQL); flags are INTEGER 0/1; no AUTOINCREMENT, no WITHOUT ROWID, no
-- IF NOT EXISTS on views. Column names avoid reserved words (start_char and
-- end_char, not start and end). Offsets are code points into the original
-- text, end exclusive, as in the JSON record. The vane_schema row is
-- inserted by the sink, with parameters.

CREATE TABLE vane_schema (
  schema_version        INTEGER NOT NULL,  -- this file's version
  record_schema_version INTEGER NOT NULL,  -- schema/record.schema.json's version
  vane_version          TEXT    NOT NULL   -- the vane that created the database
);

CREATE TABLE documents (
  id               TEXT PRIMARY KEY,
  input_seq        BIGINT NOT NULL,   -- position in the input of the run that wrote it, from 0
  status           TEXT NOT NULL,     -- ok | empty | unsupported_language | error
  lang_code        TEXT,
  lang_confidence  DOUBLE PRECISION,
  lang_source      TEXT,              -- detected | hint | forced
  plugin_name      TEXT,
  plugin_version   TEXT,
  push_pull        TEXT,              -- push | pull | mixed | none (status ok only)
  push_score       DOUBLE PRECISION,
  pull_score       DOUBLE PRECISION,
  inbound_outbound TEXT,              -- inbound | outbound | mixed | none (status ok only)
  inbound_score    DOUBLE PRECISION,
  outbound_score   DOUBLE PRECISION,
  chars            INTEGER,
  sentences        INTEGER,
  words            INTEGER,
  error_code       TEXT,              -- status other than ok
  error_message    TEXT,
  error_offset     BIGINT,
  meta             TEXT               -- kept input fields, a JSON object
);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_lang ON documents (lang_code);
CREATE INDEX documents_push_pull ON documents (push_pull);
CREATE INDEX documents_inbound_outbound ON documents (inbound_outbound);

CREATE TABLE channel_mentions (
  document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,  -- 1.. over the document's mentions
  channel_id  TEXT    NOT NULL,  -- SPEC.md channel id: tv, seo, ...
  direction   TEXT    NOT NULL,  -- inbound | outbound | neutral
  start_char  INTEGER NOT NULL,
  end_char    INTEGER NOT NULL,
  span_text   TEXT    NOT NULL,
  PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX channel_mentions_channel ON channel_mentions (channel_id);

CREATE TABLE claims (
  document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  claim_no    INTEGER NOT NULL,  -- 1.. within the document
  kind        TEXT    NOT NULL,  -- main kind: roi | measurability | cost | performance
  polarity    TEXT    NOT NULL,  -- positive | negative | neutral
  comparative INTEGER NOT NULL,  -- 1 when it ranks one approach or channel against another
  start_char  INTEGER NOT NULL,
  end_char    INTEGER NOT NULL,
  span_text   TEXT    NOT NULL,  -- the sentence
  PRIMARY KEY (document_id, claim_no)
);
CREATE INDEX claims_kind_polarity ON claims (kind, polarity);

CREATE TABLE claim_kinds (
  document_id TEXT    NOT NULL,
  claim_no    INTEGER NOT NULL,
  kind        TEXT    NOT NULL,
  kind_rank   INTEGER NOT NULL,  -- 1 is the claim's main kind
  PRIMARY KEY (document_id, claim_no, kind),
  FOREIGN KEY (document_id, claim_no) REFERENCES claims (document_id, claim_no) ON DELETE CASCADE
);
CREATE INDEX claim_kinds_kind ON claim_kinds (kind);

CREATE TABLE claim_subjects (
  document_id TEXT    NOT NULL,
  claim_no    INTEGER NOT NULL,
  subject     TEXT    NOT NULL,  -- a channel id or an axis label (outbound, pull, ...)
  PRIMARY KEY (document_id, claim_no, subject),
  FOREIGN KEY (document_id, claim_no) REFERENCES claims (document_id, claim_no) ON DELETE CASCADE
);
CREATE INDEX claim_subjects_subject ON claim_subjects (subject);

CREATE TABLE quantities (
  document_id   TEXT    NOT NULL,
  claim_no      INTEGER NOT NULL,
  ordinal       INTEGER NOT NULL,  -- 1.. within the claim
  quantity_type TEXT    NOT NULL,  -- percent | money | multiplier | number
  value         DOUBLE PRECISION,  -- NULL for "many times"
  currency      TEXT,              -- ISO 4217, money only
  start_char    INTEGER NOT NULL,
  end_char      INTEGER NOT NULL,
  span_text     TEXT    NOT NULL,
  PRIMARY KEY (document_id, claim_no, ordinal),
  FOREIGN KEY (document_id, claim_no) REFERENCES claims (document_id, claim_no) ON DELETE CASCADE
);
CREATE INDEX quantities_type ON quantities (quantity_type);

CREATE TABLE evidence (
  document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  axis        TEXT    NOT NULL,  -- push_pull | inbound_outbound
  ordinal     INTEGER NOT NULL,  -- 1.. within the axis
  side        TEXT    NOT NULL,  -- the side it supports: push, pull, inbound, outbound
  cue         TEXT    NOT NULL,  -- the lexicon cue id
  weight      DOUBLE PRECISION NOT NULL,
  start_char  INTEGER NOT NULL,
  end_char    INTEGER NOT NULL,
  span_text   TEXT    NOT NULL,
  PRIMARY KEY (document_id, axis, ordinal)
);

-- Documents per language and label, both axes in one long table (axis,
-- label), with each label's share of its language's analysed documents.
CREATE VIEW labels_per_language AS
SELECT lang_code, axis, label, documents,
       CAST(documents AS DOUBLE PRECISION)
         / CAST(SUM(documents) OVER (PARTITION BY lang_code, axis) AS DOUBLE PRECISION) AS share
FROM (
  SELECT lang_code, 'push_pull' AS axis, push_pull AS label, COUNT(*) AS documents
  FROM documents WHERE status = 'ok' GROUP BY lang_code, push_pull
  UNION ALL
  SELECT lang_code, 'inbound_outbound' AS axis, inbound_outbound AS label, COUNT(*) AS documents
  FROM documents WHERE status = 'ok' GROUP BY lang_code, inbound_outbound
) AS counted;

-- How many documents (and mentions) name each channel, per language and the
-- channel's direction.
CREATE VIEW channel_frequency_by_direction AS
SELECT d.lang_code, m.direction, m.channel_id,
       COUNT(DISTINCT m.document_id) AS documents,
       COUNT(*) AS mentions
FROM channel_mentions m
JOIN documents d ON d.id = m.document_id
GROUP BY d.lang_code, m.direction, m.channel_id;

-- Claims per language, kind and polarity. A claim counts under every kind
-- that applies to it (claim_kinds), so kinds can add up to more than claims.
CREATE VIEW claims_by_kind_and_polarity AS
SELECT d.lang_code, k.kind, c.polarity,
       COUNT(*) AS claims,
       SUM(c.comparative) AS comparative_claims,
       COUNT(DISTINCT c.document_id) AS documents
FROM claim_kinds k
JOIN claims c ON c.document_id = k.document_id AND c.claim_no = k.claim_no
JOIN documents d ON d.id = c.document_id
GROUP BY d.lang_code, k.kind, c.polarity;

-- Figures per language, claim main kind, quantity type and currency, with
-- the range of their values ("many times" has none and is not averaged).
CREATE VIEW quantities_by_kind AS
SELECT d.lang_code, c.kind AS claim_kind, q.quantity_type, q.currency,
       COUNT(*) AS quantities,
       COUNT(q.value) AS with_value,
       MIN(q.value) AS min_value,
       AVG(q.value) AS avg_value,
       MAX(q.value) AS max_value
FROM quantities q
JOIN claims c ON c.document_id = q.document_id AND c.claim_no = q.claim_no
JOIN documents d ON d.id = c.document_id
GROUP BY d.lang_code, c.kind, q.quantity_type, q.currency;
