-- Schemas, without the system and temporary ones.
SELECT 'schema' AS kind,
       n.oid,
       '' AS schema,
       n.nspname AS name,
       n.nspowner AS owner,
       (SELECT string_agg(a.grantee || ':' || a.grantor || ':' || a.privilege_type || ':' || a.is_grantable, ',')
          FROM aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a) AS acl,
       n.nspacl IS NULL AS acl_is_default,
       0::oid AS parent,
       0 AS attnum
FROM pg_catalog.pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname
