-- Holders of pgx_inference_ce's model roles, which are the group roles pgx_model_owner and
-- pgx_system_administrator: their members, directly (a pg_auth_members row: what
-- pgx_grant_model_role and GRANT make, and what REVOKE takes back) or through the roles they
-- inherit from (pg_has_role(..., 'USAGE'), what the extension asks). pg_auth_members is readable
-- by everyone. A superuser passes every pg_has_role, so it is listed only when it is a member.
WITH RECURSIVE k(kind, grp) AS (
    SELECT k.kind, g.oid
    FROM (VALUES ('model_owner', 'pgx_model_owner'),
                 ('system_administrator', 'pgx_system_administrator')) AS k(kind, grpname)
    JOIN pg_catalog.pg_roles g ON g.rolname = k.grpname
), reach(kind, grp, member) AS (
    SELECT k.kind, k.grp, m.member
    FROM k
    JOIN pg_catalog.pg_auth_members m ON m.roleid = k.grp
    UNION
    SELECT reach.kind, reach.grp, m.member
    FROM reach
    JOIN pg_catalog.pg_auth_members m ON m.roleid = reach.member
)
SELECT r.oid AS roleid,
       r.rolname,
       h.kind,
       h.direct
FROM (SELECT reach.kind, reach.grp, reach.member,
             EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members d
                     WHERE d.roleid = reach.grp AND d.member = reach.member) AS direct
      FROM reach
      GROUP BY reach.kind, reach.grp, reach.member) h
JOIN pg_catalog.pg_roles r ON r.oid = h.member
WHERE h.direct OR (NOT r.rolsuper AND pg_catalog.pg_has_role(r.oid, h.grp, 'USAGE'))
ORDER BY r.rolname, h.kind
