-- What installing pgx_inference_ce needs: a superuser, the extension's files on the server,
-- plpython3u for inference, and no pgx_inference already (ExtensionSetup::probe).
SELECT r.rolsuper,
       current_user,
       (SELECT a.default_version FROM pg_catalog.pg_available_extensions a WHERE a.name = 'pgx_inference_ce'),
       EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions a WHERE a.name = 'plpython3u'),
       EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'plpython3u'),
       EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname IN ('pgx_inference', 'pgx_inference_ce')),
       EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspname = 'pgx_inference'),
       CASE WHEN r.rolsuper
            THEN (SELECT c.setting FROM pg_catalog.pg_config c WHERE c.name = 'SHAREDIR') END
  FROM pg_catalog.pg_roles r
 WHERE r.rolname = current_user;
