-- 010: watched sources (`diplograph watch`: folders and RSS/Atom feeds) and what the rounds saw of
-- each item (a page URL or a file path), so a restarted watch resumes without fetching again what has
-- not changed. An item's state is written only once its document is committed (or when it is found
-- unchanged or failing), so a watch killed mid-round leaves nothing that claims a missing document.
-- Times are TIMESTAMPTZ (documents.ingested_at, when a document arrived, is local time).
CREATE TABLE IF NOT EXISTS watch_sources (
    source         VARCHAR PRIMARY KEY,   -- a feed URL or a folder's absolute path
    kind           VARCHAR NOT NULL,      -- 'feed' or 'folder'
    etag           VARCHAR,               -- the feed's ETag and Last-Modified, for a conditional GET
    last_modified  VARCHAR,
    added_at       TIMESTAMPTZ,
    checked_at     TIMESTAMPTZ,           -- the start of the last round that reached it
    result         VARCHAR,               -- 'ok', 'not modified' or 'failed'
    error          VARCHAR                -- why it failed, one line
);
CREATE TABLE IF NOT EXISTS watch_items (
    source         VARCHAR NOT NULL,
    item           VARCHAR NOT NULL,      -- a page URL, or a file's absolute path
    listed         BOOLEAN,               -- in the feed's latest listing (always true for files)
    title          VARCHAR,               -- the feed's title, publication date and updated stamp
    published      VARCHAR,
    updated        VARCHAR,
    etag           VARCHAR,               -- of the page's last answer
    last_modified  VARCHAR,
    mtime_ns       BIGINT,                -- of the file when last read
    size           BIGINT,
    content_hash   VARCHAR,               -- of the stored (or refused) content
    doc_id         VARCHAR,
    result         VARCHAR,               -- 'added', 'replaced', 'unchanged' or 'failed'
    error          VARCHAR,
    retry          BOOLEAN,               -- a failure worth trying again (time-out, 5xx)
    first_seen     TIMESTAMPTZ,
    checked_at     TIMESTAMPTZ,
    changed_at     TIMESTAMPTZ            -- when its document was last added or replaced
);
