-- Databases. Each object query returns the same columns: kind, oid, schema, name, owner,
-- acl (grantee:grantor:PRIVILEGE:grantable, comma-separated, NULL resolved by acldefault),
-- acl_is_default, parent (table oid for columns), attnum.
SELECT 'database' AS kind,
       d.oid,
       '' AS schema,
       d.datname AS name,
       d.datdba AS owner,
       (SELECT string_agg(a.grantee || ':' || a.grantor || ':' || a.privilege_type || ':' || a.is_grantable, ',')
          FROM aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a) AS acl,
       d.datacl IS NULL AS acl_is_default,
       0::oid AS parent,
       0 AS attnum
FROM pg_catalog.pg_database d
ORDER BY d.datname
