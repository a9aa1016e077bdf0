-- A large, realistic catalog for the RoleDesk benchmark. Run as a superuser in an empty database:
--
--   psql -X -v ON_ERROR_STOP=1 -v scale=1 -v prefix=bench_ -d roledesk_bench -f generate_catalog.sql
--
-- At scale 1: 1,000 roles, 200 schemas, 20,000 tables, 5,000 functions; memberships nested six
-- deep (user > team > department > division > org > all-readers > schema reader), NOINHERIT
-- users, schema USAGE/CREATE to groups, table rights through default privileges, direct table
-- grants, column grants, EXECUTE revoked from PUBLIC and granted to groups. Smaller scales shrink
-- every count (with small minimums), so a tiny catalog can run as a test. Roles are cluster-wide:
-- their names start with :prefix so that they can be dropped again (drop_roles.sql).
--
-- Statements are generated server-side in DO blocks; the object loop commits per schema so that
-- no transaction holds tens of thousands of locks.

\if :{?scale}
\else
\set scale 1
\endif
\if :{?prefix}
\else
\set prefix bench_
\endif

SELECT set_config('roledesk.scale', :'scale', false) AS bench_scale,
       set_config('roledesk.prefix', :'prefix', false) AS bench_prefix \gset

-- Sizes, derived once and kept in session settings for the blocks below.
DO $$
DECLARE
    s numeric := current_setting('roledesk.scale')::numeric;
    schemas int := greatest(2, round(200 * s));
    teams int := greatest(4, round(80 * s));
    depts int := greatest(2, round(20 * s));
    divisions int := greatest(1, round(5 * s));
    roles int := greatest(30, round(1000 * s));
    users int;
BEGIN
    users := roles - (2 * schemas + teams + depts + divisions + 3);
    IF users < 5 THEN
        users := 5;
    END IF;
    PERFORM set_config('roledesk.schemas', schemas::text, false),
            set_config('roledesk.tables', greatest(10, round(20000 * s))::text, false),
            set_config('roledesk.functions', greatest(5, round(5000 * s))::text, false),
            set_config('roledesk.teams', teams::text, false),
            set_config('roledesk.depts', depts::text, false),
            set_config('roledesk.divisions', divisions::text, false),
            set_config('roledesk.users', users::text, false);
END
$$;

-- Roles and memberships.
DO $$
DECLARE
    p text := current_setting('roledesk.prefix');
    schemas int := current_setting('roledesk.schemas')::int;
    teams int := current_setting('roledesk.teams')::int;
    depts int := current_setting('roledesk.depts')::int;
    divisions int := current_setting('roledesk.divisions')::int;
    users int := current_setting('roledesk.users')::int;
BEGIN
    EXECUTE format('CREATE ROLE %I NOLOGIN', p || 'owner');
    EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), p || 'owner');
    EXECUTE format('CREATE ROLE %I NOLOGIN', p || 'org');
    EXECUTE format('CREATE ROLE %I NOLOGIN', p || 'all_read');
    EXECUTE format('GRANT %I TO %I', p || 'all_read', p || 'org');
    FOR i IN 1..schemas LOOP
        EXECUTE format('CREATE ROLE %I NOLOGIN', format('%ss%s_read', p, i));
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', format('%ss%s_write', p, i), format('%ss%s_read', p, i));
        IF i % 10 = 1 THEN -- the all-readers group reads a tenth of the schemas
            EXECUTE format('GRANT %I TO %I', format('%ss%s_read', p, i), p || 'all_read');
        END IF;
    END LOOP;
    FOR i IN 1..divisions LOOP
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', format('%sdiv%s', p, i), p || 'org');
    END LOOP;
    FOR i IN 1..depts LOOP
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', format('%sdept%s', p, i),
                       format('%sdiv%s', p, 1 + i % divisions));
    END LOOP;
    FOR i IN 1..teams LOOP
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I, %I, %I', format('%steam%s', p, i),
                       format('%sdept%s', p, 1 + i % depts),
                       format('%ss%s_write', p, 1 + (i * 3) % schemas),
                       format('%ss%s_read', p, 1 + (i * 7 + 1) % schemas));
    END LOOP;
    FOR i IN 1..users LOOP
        EXECUTE format('CREATE ROLE %I LOGIN %s IN ROLE %I', format('%suser%s', p, i),
                       CASE WHEN i % 17 = 0 THEN 'NOINHERIT' ELSE 'INHERIT' END,
                       format('%steam%s', p, 1 + i % teams));
        IF i % 5 = 0 THEN -- some users also read one schema directly
            EXECUTE format('GRANT %I TO %I', format('%ss%s_read', p, 1 + (i * 11) % schemas),
                           format('%suser%s', p, i));
        END IF;
    END LOOP;
END
$$;

-- Objects are created by the owner role, so that its default privileges apply to them.
SELECT format('SET ROLE %I', :'prefix' || 'owner') AS set_owner \gset
:set_owner;

-- Functions never run for PUBLIC: EXECUTE goes to the schema readers.
DO $$
BEGIN
    ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
END
$$;

DO $$
DECLARE
    p text := current_setting('roledesk.prefix');
    schemas int := current_setting('roledesk.schemas')::int;
    tables int := current_setting('roledesk.tables')::int;
    functions int := current_setting('roledesk.functions')::int;
    users int := current_setting('roledesk.users')::int;
    teams int := current_setting('roledesk.teams')::int;
    sch text;
    tbl text;
    t int := 0;
    f int := 0;
BEGIN
    FOR i IN 1..schemas LOOP
        sch := format('%sschema_%s', p, i);
        EXECUTE format('CREATE SCHEMA %I', sch);
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', sch, format('%ss%s_read', p, i));
        EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', sch, format('%ss%s_write', p, i));
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I',
                       sch, format('%ss%s_read', p, i));
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT INSERT, UPDATE, DELETE ON TABLES TO %I',
                       sch, format('%ss%s_write', p, i));
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT EXECUTE ON FUNCTIONS TO %I',
                       sch, format('%ss%s_read', p, i));
        -- This schema's share of the tables and functions.
        WHILE t < (tables::bigint * i) / schemas LOOP
            t := t + 1;
            tbl := format('t%s', t);
            EXECUTE format('CREATE TABLE %I.%I (id integer PRIMARY KEY, val text, amount numeric(12,2), created timestamptz)',
                           sch, tbl);
            IF t % 7 = 0 THEN
                EXECUTE format('GRANT SELECT ON %I.%I TO %I', sch, tbl, format('%suser%s', p, 1 + t % users));
            END IF;
            IF t % 20 = 0 THEN
                EXECUTE format('GRANT SELECT (id, val) ON %I.%I TO %I', sch, tbl, format('%suser%s', p, 1 + (t * 3) % users));
                EXECUTE format('GRANT UPDATE (val) ON %I.%I TO %I', sch, tbl, format('%steam%s', p, 1 + t % teams));
            END IF;
            IF t % 50 = 0 THEN
                EXECUTE format('GRANT TRUNCATE ON %I.%I TO %I WITH GRANT OPTION', sch, tbl, format('%ss%s_write', p, i));
            END IF;
        END LOOP;
        WHILE f < (functions::bigint * i) / schemas LOOP
            f := f + 1;
            EXECUTE format('CREATE FUNCTION %I.%I(integer, text) RETURNS integer LANGUAGE sql IMMUTABLE AS %L',
                           sch, format('f%s', f), 'SELECT $1');
            IF f % 10 = 0 THEN
                EXECUTE format('GRANT EXECUTE ON FUNCTION %I.%I(integer, text) TO %I', sch, format('f%s', f),
                               format('%suser%s', p, 1 + f % users));
            END IF;
        END LOOP;
        COMMIT; -- keep the lock table small
    END LOOP;
END
$$;

RESET ROLE;
ANALYZE;
