-- 008: reserved for the watch work (issue 21), which adds its own 008; this placeholder only keeps the
-- numbering 1..n on the incremental-merge branch and is dropped when the two are merged.
SELECT 1;
