-- The databases a sweep reads: every database that accepts connections and is not a template,
-- by name. pg_database is readable by every role, so the list does not depend on CONNECT.
SELECT datname
FROM pg_catalog.pg_database
WHERE datallowconn AND NOT datistemplate
ORDER BY datname COLLATE "C"
