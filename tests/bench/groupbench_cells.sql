-- roledesk-groupbench, the peer of the schema-group matrix: every cell (user x column: admin and
-- each schema with groups) with the highest level the user holds directly and through other
-- roles, from slpm_ce.groups and the pg_auth_members closure. Rows are the roles that can log in
-- or are direct members of a group, neither groups nor predefined roles, as the planner's rows.
-- Levels: 0 none, 1 viewer, 2 writer, 3 developer, 4 admin.
WITH RECURSIVE grp AS (
    SELECT g.role, coalesce(g.nsp, 0) AS nsp,
           CASE g.kind WHEN 'viewer' THEN 1 WHEN 'writer' THEN 2 WHEN 'developer' THEN 3 ELSE 4 END AS level
      FROM slpm_ce.groups g
     WHERE g.model = 'slpm' AND (g.nsp IS NULL OR EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.oid = g.nsp))
), cols AS (
    SELECT DISTINCT nsp FROM grp
), users AS (
    SELECT r.oid, r.rolname FROM pg_catalog.pg_roles r
     WHERE r.rolname !~ '^pg_' AND NOT EXISTS (SELECT 1 FROM grp WHERE grp.role = r.oid)
       AND (r.rolcanlogin OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN grp ON grp.role = m.roleid
                                      WHERE m.member = r.oid))
), reach(usr, role, direct) AS (
    SELECT m.member, m.roleid, true FROM pg_catalog.pg_auth_members m JOIN users u ON u.oid = m.member
    UNION
    SELECT r.usr, m.roleid, false
      FROM reach r JOIN pg_catalog.pg_auth_members m ON m.member = r.role
      JOIN pg_catalog.pg_roles x ON x.oid = r.role
     WHERE x.rolinherit
), levels AS (
    SELECT r.usr, g.nsp, max(g.level) FILTER (WHERE r.direct) AS direct,
           max(g.level) FILTER (WHERE NOT r.direct) AS inherited
      FROM reach r JOIN grp g ON g.role = r.role
     GROUP BY r.usr, g.nsp
)
SELECT u.rolname, c.nsp, coalesce(l.direct, 0), coalesce(l.inherited, 0)
  FROM users u CROSS JOIN cols c LEFT JOIN levels l ON l.usr = u.oid AND l.nsp = c.nsp
 ORDER BY u.rolname, c.nsp
