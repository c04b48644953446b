-- 003: cross-document merging — user merge/split decisions, and what a mention needs
-- to rebuild its canonical event
CREATE TABLE merge_overrides (
    a           VARCHAR NOT NULL,   -- mention id
    b           VARCHAR NOT NULL,   -- mention id
    action      VARCHAR NOT NULL,   -- 'merge' or 'split'
    created_at  TIMESTAMP DEFAULT current_timestamp
);
ALTER TABLE event_mentions ADD COLUMN intensity DOUBLE;
ALTER TABLE event_mentions ADD COLUMN quad INTEGER;
