-- The pg_roles rows of the roles a plan creates, alters or drops. $1: a JSON array of names.
-- Columns as in resources/catalog/roles.sql; a role that does not exist is missing.
SELECT r.rolname,
       r.oid,
       r.rolsuper,
       r.rolinherit,
       r.rolcreaterole,
       r.rolcreatedb,
       r.rolcanlogin,
       r.rolreplication,
       r.rolbypassrls,
       r.rolconnlimit,
       to_char(r.rolvaliduntil AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS rolvaliduntil
FROM pg_catalog.pg_roles r
WHERE r.rolname IN (SELECT json_array_elements_text($1::json))
