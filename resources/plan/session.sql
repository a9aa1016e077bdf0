-- Serialises RoleDesk appliers (a fixed advisory key, $1) for the rest of the transaction, and
-- tells whether the applying role may lock catalog rows (a superuser only: FOR UPDATE needs
-- UPDATE rights on the catalog tables), and who and where it applies: the applying role and the
-- database identity (system identifier + database oid) the plan must have been made on.
SELECT pg_catalog.pg_advisory_xact_lock($1::bigint) IS NULL AS locked,
       coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user), false) AS superuser,
       session_user AS session_user,
       current_database() AS database,
       (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database()) AS database_oid,
       CASE WHEN pg_catalog.has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')
            THEN (SELECT c.system_identifier::text FROM pg_catalog.pg_control_system() c)
            ELSE '' END AS system_identifier
