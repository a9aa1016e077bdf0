-- Types with privileges of their own: base, free-standing composite, domain, enum, range and
-- multirange. Array types take their element's privileges and are left out. A table's row type
-- has an ACL of its own, but nobody grants on it; it is left out too.
-- A multirange keeps its own ACL up to PostgreSQL 15; from 16 on its range type's ACL applies.
SELECT 'type' AS kind,
       t.oid,
       n.nspname AS schema,
       t.typname AS name,
       t.typowner AS owner,
       (SELECT string_agg(a.grantee || ':' || a.grantor || ':' || a.privilege_type || ':' || a.is_grantable, ',')
          FROM aclexplode(coalesce(eff.typacl, acldefault('T', eff.typowner))) a) AS acl,
       eff.typacl IS NULL AS acl_is_default,
       0::oid AS parent,
       0 AS attnum
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
CROSS JOIN LATERAL (
    SELECT coalesce(rt.typacl, t.typacl) AS typacl, coalesce(rt.typowner, t.typowner) AS typowner
    FROM (SELECT 1) one
    LEFT JOIN pg_catalog.pg_range r
           ON t.typtype = 'm' AND r.rngmultitypid = t.oid
          AND current_setting('server_version_num')::int >= 160000
    LEFT JOIN pg_catalog.pg_type rt ON rt.oid = r.rngtypid
) eff
WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm')
  AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem AND el.typarray = t.oid)
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname, t.typname
