-- Role memberships. PostgreSQL 16 records inheritance per grant (inherit_option); before that it
-- is the member's rolinherit. to_jsonb() reads the column where it exists without failing where
-- it does not, so one query serves every version.
SELECT m.roleid,
       m.member,
       m.grantor,
       m.admin_option,
       coalesce((to_jsonb(m) ->> 'inherit_option')::boolean, mr.rolinherit) AS inherit
FROM pg_catalog.pg_auth_members m
JOIN pg_catalog.pg_roles mr ON mr.oid = m.member
