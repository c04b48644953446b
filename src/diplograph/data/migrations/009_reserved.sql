-- 009: reserved (issue 21, a parallel branch). A placeholder on the `alerts` branch so that 010
-- follows 1..n; the integrator keeps the other branch's 009 and drops this file.
SELECT 1;
