-- 002: the act behind an intent ("will send aid" is PLOVER AGREE, act AID)
ALTER TABLE events ADD COLUMN act_type VARCHAR;
ALTER TABLE event_mentions ADD COLUMN act_type VARCHAR;
