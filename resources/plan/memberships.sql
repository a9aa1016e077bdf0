-- The pg_auth_members rows of the memberships a plan adds or removes, by role names.
-- $1: a JSON array of {"i": n, "grp": group, "member": member}. One row per grant (PostgreSQL 16
-- can hold several grantors for one pair); pairs without a row are missing.
WITH k AS (
    SELECT * FROM json_to_recordset($1::json) AS k(i int, grp text, member text)
)
SELECT k.i,
       coalesce(gr.rolname, '') AS grantor,
       m.admin_option
FROM k
JOIN pg_catalog.pg_roles g ON g.rolname = k.grp
JOIN pg_catalog.pg_roles r ON r.rolname = k.member
JOIN pg_catalog.pg_auth_members m ON m.roleid = g.oid AND m.member = r.oid
LEFT JOIN pg_catalog.pg_roles gr ON gr.oid = m.grantor
