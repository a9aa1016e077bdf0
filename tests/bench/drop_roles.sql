-- Drops the roles generate_catalog.sql created (names starting with :prefix). Drop the databases
-- that hold their objects first; roles are cluster-wide and outlive them.
\if :{?prefix}
\else
\set prefix bench_
\endif
SELECT format('DROP ROLE %I', rolname) AS stmt
FROM pg_catalog.pg_roles
WHERE starts_with(rolname, :'prefix')
ORDER BY rolname
\gexec
