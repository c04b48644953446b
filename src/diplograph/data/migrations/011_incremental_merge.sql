-- 011: incremental merge. Each event mention gets its merge key (store.common.merge_key_sql, written
-- out here: the 63-bit key of its type, its pair of actors in either order — a person counts for the
-- state it acts for — its polarity and assertedness; a mention without actors has a key of its own).
-- Mentions merge only within a merge group, and a group lies inside one key, so the writer records in
-- merge_dirty the keys of the mentions it stores or removes (and the events that lose a mention), and
-- the merge re-plans only those groups.
-- 'merge_full' says the next merge must re-plan the whole store: a store whose merge was pending when
-- it was migrated (its dirty keys were never recorded) gets it; so would a later migration that
-- changes the merge rules. 'merge_unordered' counts the events an incremental merge appended after
-- the events table was last written in its order (store.merge_tables.EVENT_ORDER_SQL).
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS merge_key BIGINT;
UPDATE event_mentions SET merge_key = (md5_number_upper(
    CASE WHEN coalesce(source_via, source_id) IS NULL AND coalesce(target_via, target_id) IS NULL
         THEN 'mention|' || mention_id
         ELSE concat_ws('|', type,
                        least(coalesce(coalesce(source_via, source_id), ''), coalesce(coalesce(target_via, target_id), '')),
                        greatest(coalesce(coalesce(source_via, source_id), ''), coalesce(coalesce(target_via, target_id), '')),
                        coalesce(negated, false)::INTEGER,
                        coalesce(modality IN ('asserted', 'reported'), false)::INTEGER) END) >> 1)::BIGINT;
CREATE TABLE IF NOT EXISTS merge_dirty (   -- what changed since the last merge (repeats allowed)
    merge_key  BIGINT,              -- a merge key whose groups are to be re-planned, or
    event_id   VARCHAR              -- an event that lost a mention (its row is to be rewritten)
);
INSERT OR IGNORE INTO store_state SELECT 'merge_full', value FROM store_state WHERE key = 'merge_pending';
INSERT OR IGNORE INTO store_state VALUES ('merge_unordered', '0');
