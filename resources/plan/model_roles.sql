-- The model roles a plan grants or revokes that are held now, in pgx_inference_ce (its
-- pgx_inference.pgx_model_roles table; the vendor's pgx_inference keeps them elsewhere).
-- $1: a JSON array of {"i": n, "role": r, "kind": "model_owner"|"system_administrator"}.
-- One row per held pair; a pair without a row is not held (or its role does not exist).
WITH k AS (
    SELECT * FROM json_to_recordset($1::json) AS k(i int, role text, kind text)
)
SELECT k.i
FROM k
JOIN pg_catalog.pg_roles r ON r.rolname = k.role
JOIN pgx_inference.pgx_model_roles m ON m.roleid = r.oid AND m.kind = k.kind
