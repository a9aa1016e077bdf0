-- Columns that carry column-level grants. Other columns follow their table and are not listed.
SELECT 'column' AS kind,
       c.oid,
       n.nspname AS schema,
       c.relname || '.' || a.attname AS name,
       c.relowner AS owner,
       (SELECT string_agg(x.grantee || ':' || x.grantor || ':' || x.privilege_type || ':' || x.is_grantable, ',')
          FROM aclexplode(a.attacl) x) AS acl,
       false AS acl_is_default,
       c.oid AS parent,
       a.attnum::int AS attnum,
       a.attname AS column_name
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE a.attacl IS NOT NULL
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname, c.relname, a.attnum
