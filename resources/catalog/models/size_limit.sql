-- The total loaded model size limit in bytes, NULL when unset.
SELECT nullif(pg_catalog.current_setting('pgx_inference.total_loaded_model_size_limit', true), '') AS size_limit
