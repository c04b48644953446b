-- 008: reserved for the watch state (issue 21, branch `watch`). A placeholder on the `alerts` branch
-- so that 010 follows 1..n; the integrator keeps the watch branch's 008 and drops this file.
SELECT 1;
