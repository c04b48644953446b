-- 011: in-document identity (extract/events/identity.py). A mention that retells an act told earlier
-- in its document names the mention of the first telling (`retells`) and why (`retell_reason`); the
-- merge plan puts it with that mention, whichever side it leaves unsaid.
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS retells VARCHAR;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS retell_reason VARCHAR;
-- The speech act (its mention) whose content this act is: what a demand asks, a threat threatens, an
-- accusation alleges (extract/events/content.py). The act stays an event of its own, with its value.
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS content_of VARCHAR;
