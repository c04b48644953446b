-- 001: initial schema
CREATE TABLE documents (
    doc_id            VARCHAR PRIMARY KEY,
    path              VARCHAR,
    content_hash      VARCHAR NOT NULL,
    title             VARCHAR,
    author            VARCHAR,
    published         VARCHAR,
    published_how     VARCHAR,
    published_earliest VARCHAR,
    published_latest  VARCHAR,
    published_evidence VARCHAR,
    fmt               VARCHAR,
    reliability       VARCHAR,
    n_chars           INTEGER,
    n_sentences       INTEGER,
    text              VARCHAR,
    ingested_at       TIMESTAMP DEFAULT current_timestamp
);
CREATE INDEX documents_hash ON documents (content_hash);

CREATE TABLE sentences (
    doc_id  VARCHAR NOT NULL,
    idx     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    VARCHAR NOT NULL
);

CREATE TABLE actors (
    actor_id  VARCHAR PRIMARY KEY,
    name      VARCHAR NOT NULL,
    kind      VARCHAR,
    country   VARCHAR,
    sector    VARCHAR,
    aliases   VARCHAR[],
    roles     VARCHAR,          -- JSON list of roles
    origin    VARCHAR           -- 'kb' or 'text'
);

CREATE TABLE actor_mentions (
    doc_id    VARCHAR NOT NULL,
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    actor_id  VARCHAR NOT NULL,
    text      VARCHAR,
    how       VARCHAR
);

-- canonical events: one row per real-world event, told by one or more mentions
CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY,
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    context         VARCHAR,
    source_id       VARCHAR,
    source_via      VARCHAR,
    target_id       VARCHAR,
    target_via      VARCHAR,
    date            VARCHAR,
    date_precision  VARCHAR,
    date_text       VARCHAR,
    date_anchor     VARCHAR,
    negated         BOOLEAN,
    modality        VARCHAR,
    intensity       DOUBLE,
    quad            INTEGER,
    merge_reason    VARCHAR
);

CREATE TABLE event_mentions (
    mention_id      VARCHAR PRIMARY KEY,
    event_id        VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL,
    sentence        INTEGER NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    trigger         VARCHAR,
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    context         VARCHAR,
    source_id       VARCHAR,
    source_text     VARCHAR,
    source_sector   VARCHAR,
    source_via      VARCHAR,
    target_id       VARCHAR,
    target_text     VARCHAR,
    target_sector   VARCHAR,
    target_via      VARCHAR,
    negated         BOOLEAN,
    modality        VARCHAR,
    reported_by     VARCHAR,
    date            VARCHAR,
    date_precision  VARCHAR,
    date_text       VARCHAR,
    date_anchor     VARCHAR
);

CREATE TABLE quotes (
    quote_id    VARCHAR PRIMARY KEY,
    doc_id      VARCHAR NOT NULL,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    speaker_id  VARCHAR,
    speaker_text VARCHAR,
    text        VARCHAR NOT NULL,
    direct      BOOLEAN,
    date        VARCHAR
);

CREATE TABLE claims (
    claim_id    VARCHAR PRIMARY KEY,
    doc_id      VARCHAR NOT NULL,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    subject     VARCHAR NOT NULL,
    attribute   VARCHAR NOT NULL,
    value       VARCHAR NOT NULL,
    text        VARCHAR,
    holder_id   VARCHAR
);
