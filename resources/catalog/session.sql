-- Who and where: one row.
SELECT current_user AS current_user,
       current_database() AS database,
       d.datdba AS database_owner,
       current_setting('server_version') AS server_version,
       current_setting('server_version_num')::int AS server_version_num
FROM pg_catalog.pg_database d
WHERE d.datname = current_database()
