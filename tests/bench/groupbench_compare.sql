-- roledesk-groupbench: a digest of ownership and rights, to check that RoleDesk's copy (slpm_ce's
-- enable + migrate) and the peer's copy (the psql script) ended up alike. Both copies come from
-- one template, so objects keep their oids; role names are compared with the copy's own database
-- name replaced by "DB" (its groups are "{db}.admin", "{db}.{schema}.developer", ...). Objects of
-- the system, of schema slpm_ce and of extensions are left out: only RoleDesk's copy has them.
-- One row per part: part, rows, md5 of the rows in order.
WITH names AS (
    SELECT r.oid,
           CASE WHEN pg_catalog.starts_with(r.rolname, pg_catalog.current_database() || '.')
                THEN 'DB.' || pg_catalog.substr(r.rolname, pg_catalog.length(pg_catalog.current_database()) + 2)
                ELSE r.rolname END AS name
      FROM pg_catalog.pg_roles r
    UNION ALL
    SELECT 0, 'PUBLIC'
), objs AS (
    SELECT 'pg_class' AS cat, c.oid AS objid, c.relnamespace AS nsp, c.relowner AS owner, c.relacl AS acl,
           'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid
      FROM pg_catalog.pg_class c WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
    UNION ALL
    SELECT 'pg_proc', p.oid, p.pronamespace, p.proowner, p.proacl, 'pg_catalog.pg_proc'::pg_catalog.regclass::oid
      FROM pg_catalog.pg_proc p
    UNION ALL
    SELECT 'pg_namespace', n.oid, n.oid, n.nspowner, n.nspacl, 'pg_catalog.pg_namespace'::pg_catalog.regclass::oid
      FROM pg_catalog.pg_namespace n
), kept AS (
    SELECT o.* FROM objs o JOIN pg_catalog.pg_namespace n ON n.oid = o.nsp
     WHERE n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'slpm_ce')
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = o.classid AND d.objid = o.objid AND d.deptype = 'e')
    UNION ALL
    SELECT 'pg_database', 0, 0, d.datdba, d.datacl, 0
      FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()
), owners AS (
    SELECT r.name || ' ' || k.cat || ' ' || pg_catalog.count(*) AS line
      FROM kept k JOIN names r ON r.oid = k.owner GROUP BY r.name, k.cat
), acl AS (
    SELECT k.cat || ' ' || k.objid || ' ' || ge.name || ' ' || gr.name || ' ' || a.privilege_type
           || CASE WHEN a.is_grantable THEN ' *' ELSE '' END AS line
      FROM kept k CROSS JOIN LATERAL pg_catalog.aclexplode(k.acl) a
      JOIN names ge ON ge.oid = a.grantee JOIN names gr ON gr.oid = a.grantor
), members AS (
    SELECT g.name || ' > ' || m.name AS line
      FROM pg_catalog.pg_auth_members a JOIN names g ON g.oid = a.roleid JOIN names m ON m.oid = a.member
     WHERE pg_catalog.starts_with(g.name, 'DB.') AND pg_catalog.starts_with(m.name, 'DB.')
)
SELECT 'objects per owner' AS part, pg_catalog.count(*), pg_catalog.md5(pg_catalog.string_agg(line, E'\n' ORDER BY line))
  FROM owners
UNION ALL
SELECT 'acl entries', pg_catalog.count(*), pg_catalog.md5(pg_catalog.string_agg(line, E'\n' ORDER BY line)) FROM acl
UNION ALL
SELECT 'group memberships', pg_catalog.count(*), pg_catalog.md5(pg_catalog.string_agg(line, E'\n' ORDER BY line))
  FROM members
UNION ALL
SELECT 'objects', pg_catalog.count(*), '' FROM kept
