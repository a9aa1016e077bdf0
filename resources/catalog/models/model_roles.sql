-- Holders of the model roles in pgx_inference_ce (needs SELECT on pgx_inference.pgx_model_roles).
-- Rows whose role was dropped are left out.
SELECT m.roleid, r.rolname, m.kind
FROM pgx_inference.pgx_model_roles m
JOIN pg_catalog.pg_roles r ON r.oid = m.roleid
ORDER BY r.rolname, m.kind
