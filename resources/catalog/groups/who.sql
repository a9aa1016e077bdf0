-- Who performs a schema-group operation and where, as the server says it: for the journal.
SELECT session_user AS session_user,
       pg_catalog.current_database() AS database,
       CASE WHEN pg_catalog.has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')
            THEN (SELECT c.system_identifier::text FROM pg_catalog.pg_control_system() c)
            ELSE '' END AS system_identifier
