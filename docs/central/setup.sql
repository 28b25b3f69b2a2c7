-- Tenarai central progress store: roles and database. See docs/central-database.md.
-- Run once as a PostgreSQL superuser:  psql -h DBHOST -U postgres -f setup.sql
-- Then set the two passwords with psql's \password (never in this file), run
-- `tenarai-cli db migrate` as tenarai_owner, and finally grants.sql as tenarai_owner.

-- Owns the tables and alone may change them: used by IT for `tenarai-cli db migrate` only.
CREATE ROLE tenarai_owner LOGIN;
-- What every PC connects as: reads and appends progress, never deletes or alters the schema.
CREATE ROLE tenarai_client LOGIN;

CREATE DATABASE tenarai OWNER tenarai_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE tenarai FROM PUBLIC;
GRANT CONNECT ON DATABASE tenarai TO tenarai_client;

\connect tenarai
-- PostgreSQL 15 already keeps other roles from creating objects in "public"; say so for older ones.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO tenarai_client;
