-- 007: the end of a dated span ("1996-2001", "last week"; '..' for an open end: "since 2015") and its
-- precision; `date` stays the start. date_anchor now also says explicit | relative | discourse |
-- publication | event (how the date was obtained).
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_end VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_end_precision VARCHAR;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS date_end VARCHAR;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS date_end_precision VARCHAR;
