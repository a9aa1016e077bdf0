-- Types with privileges of their own: base, composite (free-standing), domain, enum and range.
-- Array types and multiranges take their element's or range's privileges; a table's row type
-- follows the table.
SELECT 'type' AS kind,
       t.oid,
       n.nspname AS schema,
       t.typname AS name,
       t.typowner AS owner,
       (SELECT string_agg(a.grantee || ':' || a.grantor || ':' || a.privilege_type || ':' || a.is_grantable, ',')
          FROM aclexplode(coalesce(t.typacl, acldefault('T', t.typowner))) a) AS acl,
       t.typacl IS NULL AS acl_is_default,
       0::oid AS parent,
       0 AS attnum
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r')
  AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem AND el.typarray = t.oid)
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname, t.typname
