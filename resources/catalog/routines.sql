-- Functions (including aggregates and window functions) and procedures. The name is what
-- regprocedure prints (the session's search_path is pg_catalog, so it is schema-qualified and
-- the schema prefix is cut off here). base_name and arguments (input types, as SQL: user types
-- are schema-qualified because the search_path is pg_catalog) name it in GRANT statements.
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END AS kind,
       p.oid,
       n.nspname AS schema,
       substr(p.oid::regprocedure::text, length(quote_ident(n.nspname)) + 2) AS name,
       p.proowner AS owner,
       (SELECT string_agg(a.grantee || ':' || a.grantor || ':' || a.privilege_type || ':' || a.is_grantable, ',')
          FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a) AS acl,
       p.proacl IS NULL AS acl_is_default,
       0::oid AS parent,
       0 AS attnum,
       p.proname AS base_name,
       pg_catalog.oidvectortypes(p.proargtypes) AS arguments
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname, p.proname, p.oid
