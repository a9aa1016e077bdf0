-- The models the extension's functions let the connected user see (no SELECT on the table needed;
-- USAGE on schema pgx_inference is).
SELECT l.id,
       l.name,
       l.owner::text AS owner,
       l.size,
       l.metadata::text AS metadata,
       l.loaded,
       coalesce(s.availability, CASE WHEN l.loaded THEN 'READY' ELSE 'UNAVAILABLE' END) AS availability,
       s.reason,
       'pgx_embedding_' || l.id AS function_name,
       p.oid AS function_oid
FROM pgx_inference.pgx_list_model_metadata() l
LEFT JOIN pgx_inference.pgx_triton_model_status s ON s.name = l.name
LEFT JOIN pg_catalog.pg_proc p
       ON p.pronamespace = 'pgx_inference'::regnamespace
      AND p.proname = 'pgx_embedding_' || l.id
      AND p.proargtypes = '25'::pg_catalog.oidvector
ORDER BY l.id
