-- Which schema-group model the database may be in, and where it would come from: RoleDesk's
-- compat extension slpm_ce (its version; its state is read next), or Hologres itself, which
-- answers SHOW hg_enable_slpm / SHOW hg_experimental_enable_spm with 'on' (NULL elsewhere:
-- current_setting(..., true) does not fail on a setting the server does not know).
SELECT (SELECT e.extversion FROM pg_catalog.pg_extension e WHERE e.extname = 'slpm_ce') AS ce_version,
       pg_catalog.current_setting('hg_enable_slpm', true) AS hg_slpm,
       pg_catalog.current_setting('hg_experimental_enable_spm', true) AS hg_spm
