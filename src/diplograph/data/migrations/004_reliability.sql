-- 004: source reliability. The publication a document comes from (HTML metadata: site name or
-- host), and the Admiralty-style grade (A completely reliable ... E unreliable, F reliability
-- cannot be judged) the user sets per publication or per document; ungraded sources are F.
ALTER TABLE documents ADD COLUMN publication VARCHAR;
CREATE TABLE source_grades (
    source  VARCHAR PRIMARY KEY,   -- a publication name (lowercase) or a document id
    grade   VARCHAR NOT NULL,      -- A, B, C, D, E or F
    set_at  TIMESTAMP DEFAULT current_timestamp
);
