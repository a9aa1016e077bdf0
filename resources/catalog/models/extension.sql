-- Which model extension is installed: the vendor's pgx_inference or RoleDesk's pgx_inference_ce
-- (at most one: both create schema pgx_inference). Also what the connected user may read directly,
-- and whether pgx_inference_ce's model roles (the group roles pgx_model_owner and
-- pgx_system_administrator, whose members anyone may list) are there.
SELECT e.extname AS name,
       pg_catalog.pg_get_userbyid(e.extowner) AS owner,
       e.extversion AS version,
       coalesce(pg_catalog.has_schema_privilege(pg_catalog.to_regnamespace('pgx_inference'), 'USAGE'), false)
           AS schema_usage,
       coalesce(pg_catalog.has_table_privilege(pg_catalog.to_regclass('pgx_inference.pgx_models'), 'SELECT'), false)
           AS models_readable,
       pg_catalog.to_regrole('pgx_model_owner') IS NOT NULL
           AND pg_catalog.to_regrole('pgx_system_administrator') IS NOT NULL AS model_roles_exist
FROM pg_catalog.pg_extension e
WHERE e.extname IN ('pgx_inference', 'pgx_inference_ce')
ORDER BY e.extname = 'pgx_inference' DESC
LIMIT 1
