-- 012: incremental merge. Each event mention gets its merge key (store.common.merge_key_sql, written
-- out here: the 63-bit key of its type, its pair of actors in either order — a person counts for the
-- state it acts for — its polarity and assertedness; a retelling (`retells`, migration 011) takes the pair of the mention it
-- retells, and its assertedness (a headline's question about an act the body tells); a mention without actors has a key of its own).
-- Mentions merge only within a merge group, and a group lies inside one key, so the writer records in
-- merge_dirty the keys of the mentions it stores or removes (and the events that lose a mention), and
-- the merge re-plans only those groups.
-- 'merge_full' says the next merge must re-plan the whole store: a store whose merge was pending when
-- it was migrated (its dirty keys were never recorded) gets it; so would a later migration that
-- changes the merge rules. 'merge_unordered' counts the events an incremental merge appended after
-- the events table was last written in its order (store.merge_tables.EVENT_ORDER_SQL).
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS merge_key BIGINT;
UPDATE event_mentions SET merge_key = k.merge_key FROM (
    SELECT m.mention_id, (md5_number_upper(
        CASE WHEN (CASE WHEN r.mention_id IS NULL THEN coalesce(m.source_via, m.source_id) ELSE coalesce(r.source_via, r.source_id) END) IS NULL
              AND (CASE WHEN r.mention_id IS NULL THEN coalesce(m.target_via, m.target_id) ELSE coalesce(r.target_via, r.target_id) END) IS NULL
             THEN 'mention|' || m.mention_id
             ELSE concat_ws('|', m.type,
                  least(coalesce(CASE WHEN r.mention_id IS NULL THEN coalesce(m.source_via, m.source_id) ELSE coalesce(r.source_via, r.source_id) END, ''),
                        coalesce(CASE WHEN r.mention_id IS NULL THEN coalesce(m.target_via, m.target_id) ELSE coalesce(r.target_via, r.target_id) END, '')),
                  greatest(coalesce(CASE WHEN r.mention_id IS NULL THEN coalesce(m.source_via, m.source_id) ELSE coalesce(r.source_via, r.source_id) END, ''),
                           coalesce(CASE WHEN r.mention_id IS NULL THEN coalesce(m.target_via, m.target_id) ELSE coalesce(r.target_via, r.target_id) END, '')),
                  coalesce(m.negated, false)::INTEGER,
                  coalesce((CASE WHEN r.mention_id IS NULL THEN m.modality ELSE r.modality END) IN ('asserted', 'reported'), false)::INTEGER) END) >> 1)::BIGINT AS merge_key
    FROM event_mentions m LEFT JOIN event_mentions r ON r.mention_id = m.retells AND r.doc_id = m.doc_id) k
WHERE event_mentions.mention_id = k.mention_id;
CREATE TABLE IF NOT EXISTS merge_dirty (   -- what changed since the last merge (repeats allowed)
    merge_key  BIGINT,              -- a merge key whose groups are to be re-planned, or
    event_id   VARCHAR              -- an event that lost a mention (its row is to be rewritten)
);
INSERT OR IGNORE INTO store_state SELECT 'merge_full', value FROM store_state WHERE key = 'merge_pending';
INSERT OR IGNORE INTO store_state VALUES ('merge_unordered', '0');
