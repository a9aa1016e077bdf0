-- A plan that grants or revokes model roles holds pgx_inference_ce's holder table against
-- writers (pgx_grant_model_role inserts, pgx_revoke_model_role deletes: ROW EXCLUSIVE) from its
-- conflict check until it commits. Superusers only, like lock_tables.sql.
LOCK TABLE pgx_inference.pgx_model_roles IN SHARE ROW EXCLUSIVE MODE
