-- The pg_default_acl rows a plan's default-privileges changes touch. $1: a JSON array of
-- {"i": n, "role": r, "schema": s ("" for the global entry), "objtype": "r"|"S"|"f"|"T"|"n"}.
-- The ACL as in object_acls.sql; a missing row means the built-in defaults.
WITH k AS (
    SELECT * FROM json_to_recordset($1::json) AS k(i int, role text, schema text, objtype text)
)
SELECT k.i,
       d.oid,
       (SELECT coalesce(json_agg(json_build_array(coalesce(ge.rolname, ''), coalesce(gr.rolname, ''),
                                                  e.privilege_type, e.is_grantable)), '[]')
          FROM aclexplode(d.defaclacl) e
          LEFT JOIN pg_catalog.pg_roles ge ON ge.oid = e.grantee
          LEFT JOIN pg_catalog.pg_roles gr ON gr.oid = e.grantor)::text AS acl
FROM k
JOIN pg_catalog.pg_roles r ON r.rolname = k.role
JOIN pg_catalog.pg_default_acl d ON d.defaclrole = r.oid AND d.defaclobjtype = k.objtype::"char"
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
WHERE coalesce(n.nspname, '') = k.schema
