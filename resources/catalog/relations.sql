-- Tables (plain and partitioned), views, materialized views, sequences and foreign tables.
SELECT CASE c.relkind
         WHEN 'v' THEN 'view'
         WHEN 'm' THEN 'materialized_view'
         WHEN 'S' THEN 'sequence'
         WHEN 'f' THEN 'foreign_table'
         ELSE 'table'
       END AS kind,
       c.oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relowner AS owner,
       (SELECT string_agg(a.grantee || ':' || a.grantor || ':' || a.privilege_type || ':' || a.is_grantable, ',')
          FROM aclexplode(coalesce(c.relacl,
                                   acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char",
                                              c.relowner))) a) AS acl,
       c.relacl IS NULL AS acl_is_default,
       0::oid AS parent,
       0 AS attnum
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname, c.relname
