-- Total size of the loaded models (extension owner and system administrators only).
SELECT pgx_inference.pgx_total_loaded_model_size()
