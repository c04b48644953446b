-- 005: integer lookup keys. A 63-bit key made from a string id (see store.key_sql) beside the
-- id it stands for, so the read side finds the mentions of a set of events, and the sentences of
-- a set of documents, by probing integers instead of strings (several times cheaper on a large
-- store). The writer fills them; the readers still join on the string ids, so a key collision can
-- only bring in rows that the string join then drops.
ALTER TABLE event_mentions ADD COLUMN event_ikey BIGINT;
UPDATE event_mentions SET event_ikey = (md5_number_upper(event_id) >> 1)::BIGINT;
ALTER TABLE sentences ADD COLUMN doc_ikey BIGINT;
UPDATE sentences SET doc_ikey = (md5_number_upper(doc_id) >> 1)::BIGINT;
