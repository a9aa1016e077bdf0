-- The groups of Hologres' models, found by name (Hologres keeps no list of them; its own backup
-- tool reads pg_roles the same way): SLPM {db}.admin and {db}.{schema}.developer|writer|viewer
-- for every schema that is not the system's, SPM {db}_admin|developer|writer|viewer.
SELECT r.oid AS role, r.rolname, x.kind, coalesce(x.nsp, 0) AS nsp, x.nspname, x.model
FROM (
    SELECT 'slpm' AS model, 'admin' AS kind, NULL::oid AS nsp, NULL::name AS nspname,
           pg_catalog.current_database() || '.admin' AS name
    UNION ALL
    SELECT 'slpm', k.kind, n.oid, n.nspname,
           pg_catalog.current_database() || '.' || n.nspname || '.' || k.kind
    FROM pg_catalog.pg_namespace n
    CROSS JOIN pg_catalog.unnest(ARRAY['developer', 'writer', 'viewer']) AS k(kind)
    WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
    UNION ALL
    SELECT 'spm', k.kind, NULL, NULL, pg_catalog.current_database() || '_' || k.kind
    FROM pg_catalog.unnest(ARRAY['admin', 'developer', 'writer', 'viewer']) AS k(kind)
) x
JOIN pg_catalog.pg_roles r ON r.rolname = x.name
ORDER BY x.kind <> 'admin', x.nspname COLLATE "C",
         array_position(ARRAY['developer', 'writer', 'viewer'], x.kind)
