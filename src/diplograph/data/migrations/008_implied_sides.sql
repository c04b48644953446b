-- 008: a side the clause leaves unsaid and the discourse gives (extract/events/implicit.py) is
-- stored with the mention and flagged, so analysts can weigh it.
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS source_implied BOOLEAN DEFAULT FALSE;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS target_implied BOOLEAN DEFAULT FALSE;
