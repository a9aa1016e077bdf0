-- New pg_auth_members and pg_default_acl rows cannot be row-locked before they exist: a plan that
-- changes memberships or default privileges holds these tables against writers (GRANT role,
-- REVOKE role, ALTER DEFAULT PRIVILEGES take ROW EXCLUSIVE) until it commits. Superusers only.
LOCK TABLE pg_catalog.pg_auth_members, pg_catalog.pg_default_acl IN SHARE ROW EXCLUSIVE MODE
