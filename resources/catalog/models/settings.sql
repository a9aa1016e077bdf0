-- The model extension's settings, NULL when unset: the total loaded model size limit in bytes, and
-- the inference server the database calls (URL, restricted-API header "Name: value", timeout in
-- milliseconds). Any session may read them.
SELECT nullif(pg_catalog.current_setting('pgx_inference.total_loaded_model_size_limit', true), '') AS size_limit,
       nullif(pg_catalog.current_setting('pgx_inference.triton_url', true), '') AS triton_url,
       nullif(pg_catalog.current_setting('pgx_inference.triton_restricted_header', true), '') AS triton_restricted_header,
       nullif(pg_catalog.current_setting('pgx_inference.triton_timeout_ms', true), '') AS triton_timeout_ms
