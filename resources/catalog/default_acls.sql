-- Default privileges (ALTER DEFAULT PRIVILEGES): for objects a role creates later.
SELECT d.defaclrole AS role,
       coalesce(n.nspname, '') AS schema,
       d.defaclobjtype AS objtype,
       (SELECT string_agg(a.grantee || ':' || a.grantor || ':' || a.privilege_type || ':' || a.is_grantable, ',')
          FROM aclexplode(d.defaclacl) a) AS acl
FROM pg_catalog.pg_default_acl d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
ORDER BY 1, 2, 3
