-- The groups slpm_ce made in this database, with their current role and schema names: a group is
-- recorded by role (regrole; oid before), so a role that only has a group's name is not one. model: 'slpm' or
-- 'spm' (slpm_ce releases without SPM have no such column, and only SLPM groups).
SELECT g.role::oid AS role,
       r.rolname,
       g.kind,
       coalesce(g.nsp::oid, 0) AS nsp,
       n.nspname,
       coalesce(pg_catalog.to_jsonb(g) ->> 'model', 'slpm') AS model
FROM slpm_ce.groups g
JOIN pg_catalog.pg_roles r ON r.oid = g.role
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = g.nsp
ORDER BY g.kind <> 'admin', n.nspname COLLATE "C",
         array_position(ARRAY['developer', 'writer', 'viewer'], g.kind::text)
