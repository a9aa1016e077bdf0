-- What installing slpm_ce needs: a superuser, the extension's files on the server, no slpm_ce
-- already and no schema slpm_ce of someone else's (SlpmSetup::probe).
SELECT r.rolsuper,
       current_user,
       (SELECT a.default_version FROM pg_catalog.pg_available_extensions a WHERE a.name = 'slpm_ce'),
       EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'slpm_ce'),
       EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspname = 'slpm_ce'),
       CASE WHEN r.rolsuper
            THEN (SELECT c.setting FROM pg_catalog.pg_config c WHERE c.name = 'SHAREDIR') END
  FROM pg_catalog.pg_roles r
 WHERE r.rolname = current_user;
