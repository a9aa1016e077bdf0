-- Every role with its attributes. pg_roles is readable by everyone (passwords are masked).
SELECT r.oid,
       r.rolname,
       r.rolsuper,
       r.rolinherit,
       r.rolcreaterole,
       r.rolcreatedb,
       r.rolcanlogin,
       r.rolreplication,
       r.rolbypassrls,
       r.rolconnlimit,
       to_char(r.rolvaliduntil AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS rolvaliduntil,
       coalesce(array_to_json(r.rolconfig)::text, '[]') AS rolconfig,
       coalesce(pg_catalog.shobj_description(r.oid, 'pg_authid'), '') AS description,
       (r.oid < 16384 AND r.rolname LIKE 'pg\_%') AS predefined
FROM pg_catalog.pg_roles r
ORDER BY r.rolname
