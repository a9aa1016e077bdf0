-- Serialises RoleDesk appliers (a fixed advisory key, $1) for the rest of the transaction, and
-- tells whether the applying role may lock catalog rows (a superuser only: FOR UPDATE needs
-- UPDATE rights on the catalog tables).
SELECT pg_catalog.pg_advisory_xact_lock($1::bigint) IS NULL AS locked,
       coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user), false) AS superuser
