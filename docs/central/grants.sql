-- Tenarai central progress store: what the PCs' role may do. See docs/central-database.md.
-- Run as tenarai_owner after every `tenarai-cli db migrate` (it is safe to run again):
--   psql -h DBHOST -U tenarai_owner -d tenarai -f grants.sql

-- Reading: reports, and the PCs fetching their learners' history.
GRANT SELECT ON meta, events, profiles, attempts, completions, workshop_sessions TO tenarai_client;
-- Appending progress.
GRANT INSERT ON events, profiles, attempts, completions, workshop_sessions TO tenarai_client;
-- A later change to a profile, an earlier completion arriving late and a workshop session's end
-- update the row they concern (INSERT … ON CONFLICT DO UPDATE).
GRANT UPDATE ON profiles, completions, workshop_sessions TO tenarai_client;
-- No DELETE, TRUNCATE, or anything on meta beyond reading: a PC can never remove progress.
