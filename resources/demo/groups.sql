-- The schema-groups demo database (roledesk_groups, made by app/run.sh's sandbox): Hologres'
-- schema-level permission model (SLPM) on community PostgreSQL through slpm_ce, enabled and
-- migrated, with users placed through the procedures as a Hologres script does. Every demo login
-- has the password 'demo'.
CREATE SCHEMA sales;
CREATE SCHEMA marketing;
CREATE SCHEMA "Finance EU";
CREATE TABLE sales.orders (id serial PRIMARY KEY, customer text, amount numeric);
CREATE TABLE sales.customers (id serial PRIMARY KEY, name text);
CREATE VIEW sales.big_orders AS SELECT * FROM sales.orders WHERE amount > 1000;
CREATE TABLE marketing.campaigns (id serial PRIMARY KEY, name text, budget numeric);
CREATE FUNCTION marketing.roi(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT $1 / nullif($2, 0)';
CREATE TABLE "Finance EU"."Ledger" (id bigint, posted date, amount numeric);

CREATE EXTENSION slpm_ce;
CALL slpm_enable();
CALL slpm_migrate(0);
CALL slpm_migrate(0);

-- The demo's people (roledesk_demo made them; roles are cluster-wide) placed through the procedures.
CALL slpm_grant('roledesk_groups.admin', 'grace');
CALL slpm_grant('roledesk_groups.sales.developer', 'dave');
CALL slpm_grant('roledesk_groups.sales.writer', 'erin');
CALL slpm_grant('roledesk_groups.marketing.writer', 'dave');
CALL slpm_grant('roledesk_groups.marketing.viewer', 'heidi');
-- A team role in a group, and a member who holds the level through it.
CREATE ROLE bi_team NOLOGIN;
CALL slpm_grant('"roledesk_groups.Finance EU.viewer"', 'bi_team');
GRANT bi_team TO judy;
-- A login made straight into a group, as slpm_create_user does.
CALL slpm_create_user('sg_nadia', '"roledesk_groups.Finance EU.writer"');
ALTER ROLE sg_nadia PASSWORD 'demo';
-- A NOINHERIT login in a group: the page marks its level "SET ROLE" (its rights only after SET ROLE).
CALL slpm_create_user('sg_oscar', 'roledesk_groups.marketing.writer');
ALTER ROLE sg_oscar NOINHERIT PASSWORD 'demo';
