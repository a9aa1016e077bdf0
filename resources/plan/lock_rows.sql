-- Locks the catalog rows a plan's conflict check read, so that no other session can change them
-- between the check and the commit: GRANT, REVOKE, ALTER ROLE, DROP ROLE and ALTER DEFAULT
-- PRIVILEGES update or delete these rows and wait for the lock. Superusers only.
-- $1 pg_class, $2 pg_proc, $3 pg_type, $4 pg_namespace, $5 pg_database, $6 pg_default_acl oids,
-- $7 pg_attribute as [[attrelid, attnum], ...], $8 pg_authid role names, $9 pg_language oids; all
-- JSON arrays.
SELECT (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_class
         WHERE oid IN (SELECT json_array_elements_text($1::json)::oid) FOR UPDATE) l1) AS classes,
       (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_proc
         WHERE oid IN (SELECT json_array_elements_text($2::json)::oid) FOR UPDATE) l2) AS procs,
       (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_type
         WHERE oid IN (SELECT json_array_elements_text($3::json)::oid) FOR UPDATE) l3) AS types,
       (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_namespace
         WHERE oid IN (SELECT json_array_elements_text($4::json)::oid) FOR UPDATE) l4) AS namespaces,
       (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_database
         WHERE oid IN (SELECT json_array_elements_text($5::json)::oid) FOR UPDATE) l5) AS databases,
       (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_default_acl
         WHERE oid IN (SELECT json_array_elements_text($6::json)::oid) FOR UPDATE) l6) AS default_acls,
       (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_attribute
         WHERE (attrelid, attnum) IN (SELECT (e ->> 0)::oid, (e ->> 1)::int2 FROM json_array_elements($7::json) e)
         FOR UPDATE) l7) AS attributes,
       (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_authid
         WHERE rolname IN (SELECT json_array_elements_text($8::json)) FOR UPDATE) l8) AS roles,
       (SELECT count(*) FROM (SELECT 1 FROM pg_catalog.pg_language
         WHERE oid IN (SELECT json_array_elements_text($9::json)::oid) FOR UPDATE) l9) AS languages
