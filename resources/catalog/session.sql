-- Who and where: one row. The database identity is system_identifier + database_oid.
SELECT current_user AS current_user,
       current_database() AS database,
       d.datdba AS database_owner,
       current_setting('server_version') AS server_version,
       current_setting('server_version_num')::int AS server_version_num,
       d.oid AS database_oid,
       -- The server's identity; pg_control_system() may be closed to non-superusers: then ''.
       CASE WHEN pg_catalog.has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')
            THEN (SELECT c.system_identifier::text FROM pg_catalog.pg_control_system() c)
            ELSE '' END AS system_identifier
FROM pg_catalog.pg_database d
WHERE d.datname = current_database()
