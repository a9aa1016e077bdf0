-- Every model, read from the table (needs SELECT on pgx_inference.pgx_models). Availability and
-- reason come from the status view when it answers for the model, else from the table.
SELECT m.id,
       m.name,
       pg_catalog.pg_get_userbyid(m.owner) AS owner,
       m.size,
       m.metadata::text AS metadata,
       m.loaded,
       coalesce(s.availability, CASE WHEN m.loaded THEN 'READY' ELSE 'UNAVAILABLE' END) AS availability,
       coalesce(s.reason, m.reason) AS reason,
       'pgx_embedding_' || m.id AS function_name,
       p.oid AS function_oid
FROM pgx_inference.pgx_models m
LEFT JOIN pgx_inference.pgx_triton_model_status s ON s.name = m.name
LEFT JOIN pg_catalog.pg_proc p
       ON p.pronamespace = 'pgx_inference'::regnamespace
      AND p.proname = 'pgx_embedding_' || m.id
      AND p.proargtypes = '25'::pg_catalog.oidvector
ORDER BY m.id
