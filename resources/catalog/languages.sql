-- Procedural languages, every pg_language row (internal, c and sql included: they carry ACLs
-- too). A language has no schema. A NULL lanacl means acldefault('l', owner): the owner and
-- PUBLIC have USAGE.
SELECT 'language' AS kind,
       l.oid,
       '' AS schema,
       l.lanname AS name,
       l.lanowner AS owner,
       (SELECT string_agg(a.grantee || ':' || a.grantor || ':' || a.privilege_type || ':' || a.is_grantable, ',')
          FROM aclexplode(coalesce(l.lanacl, acldefault('l', l.lanowner))) a) AS acl,
       l.lanacl IS NULL AS acl_is_default,
       0::oid AS parent,
       0 AS attnum
FROM pg_catalog.pg_language l
ORDER BY l.lanname
