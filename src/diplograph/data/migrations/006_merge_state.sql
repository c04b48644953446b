-- 006: whether the cross-document merge is behind the stored mentions. Every batch the writer
-- stores (and every deletion) sets it, in the same transaction; re-planning the merges clears it.
-- An ingest killed between a batch and the final merge leaves it set, so the next ingest merges
-- even when it has nothing new to store.
CREATE TABLE store_state (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL
);
INSERT INTO store_state VALUES ('merge_pending', '0');
