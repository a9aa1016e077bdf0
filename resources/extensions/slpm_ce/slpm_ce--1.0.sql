-- slpm_ce 1.0: the SQL surface of Hologres' two simple permission models on community PostgreSQL
-- 15, one per database at a time:
-- * SLPM (schema level): groups {db}.admin and {db}.{schema}.developer|writer|viewer, the
--   procedures slpm_enable, slpm_migrate, slpm_create_user, slpm_grant, slpm_revoke, slpm_disable,
--   slpm_rename_schema and slpm_cleanup;
-- * SPM (database level): groups {db}_admin, {db}_developer, {db}_writer and {db}_viewer with the
--   same rights over every schema, the procedures spm_enable, spm_migrate, spm_create_user,
--   spm_grant, spm_revoke, spm_disable and spm_cleanup;
-- and event triggers that hand new objects to their developer group and refuse what Hologres
-- refuses. One body of code serves both: the internal functions take the model ('slpm' or 'spm').
-- Specification: shared/reference/hologres-slpm-schema-groups.txt and slpm-spm-procedures.md.
\echo Use "CREATE EXTENSION slpm_ce" to load this file. \quit

-- Where things live
-- -----------------
-- * Schema slpm_ce (the extension's own, created by CREATE EXTENSION; USAGE for PUBLIC) holds the
--   state, the list of groups and the internal code. Hologres answers "is SLPM on?" with
--   SHOW hg_enable_slpm; a custom setting needs a dot and anyone could SET it, so here the answer is
--   a table that anyone may read and nobody but the extension's code may write:
--       SELECT enabled, model, migrated FROM slpm_ce.state;  -- model 'slpm' or 'spm' while on
--       SELECT role, kind, nsp, model FROM slpm_ce.groups;  -- regrole, regnamespace; SPM: nsp NULL
--       SELECT * FROM slpm_ce.objects WHERE owner <> developer AND NOT follows;  -- migrate needed
-- * The procedures users call live in schema public, so that the unqualified CALL slpm_grant(...)
--   of a Hologres script finds them through the default search_path ("$user", public). Who may
--   call them is decided by EXECUTE alone: revoked from PUBLIC; slpm_create_user, slpm_grant,
--   slpm_revoke and slpm_rename_schema granted to {db}.admin by slpm_enable; spm_create_user,
--   spm_grant, spm_revoke and spm_migrate granted to {db}_admin by spm_enable; superusers bypass
--   the check (slpm_enable, slpm_migrate, slpm_disable, slpm_cleanup, spm_enable, spm_disable and
--   spm_cleanup are theirs alone). After enabling, PUBLIC has no USAGE on schema public any more,
--   but admin owns it (it owns every schema), so admin members still find the procedures;
--   superusers always do.
--   The procedures are members
--   of the extension: nobody, the schema's owner included, can drop or replace them without
--   dropping the extension. A superuser's unqualified CALL searches "$user" and public, where
--   admin and developer members may create (admin may even make a schema named after a
--   superuser); a routine named slpm_* or spm_* there would run with the superuser's rights. So
--   creating or renaming a routine to such a name is refused in every schema, for everyone,
--   whether a model is on or not (ddl_command_end). (As with any schema on a superuser's
--   search_path, they can still create functions of other names there that a superuser's
--   unqualified calls may find; call those schema-qualified.)
-- * Installing refuses a schema slpm_ce that someone else created, and routines named slpm_* or
--   spm_* that already stand in any schema (an overload planted beforehand could catch the calls).
-- * Names given to the procedures (groups, users, schemas, databases) are taken as PostgreSQL takes
--   identifiers: folded to lower case, unless the whole name is double-quoted inside the literal
--   ('"MYDB.sales.viewer"', '"MYDB_viewer"', '"Mixed Case"').
--
-- PostgreSQL decides who may do what
-- ----------------------------------
-- * Entry points are SECURITY DEFINER, owned by the extension owner (a superuser: superuser = true
--   in the control file), with search_path pinned to pg_catalog, pg_temp; every identifier goes
--   through format('%I'), every value is a bound value or a literal through format('%L').
--   The right to call them is EXECUTE, checked by PostgreSQL against the role the calling code runs
--   as: inside somebody's SECURITY DEFINER function that is that function's owner, not the admin
--   member who called it. Nothing consults session_user or a setting. One exception: slpm_cleanup
--   and spm_cleanup are SECURITY INVOKER, because they hand the groups' objects to their caller
--   (current_user); only superusers may call them, so they run with a superuser's rights all the
--   same. The internal code they all call (slpm_ce.enable, migrate, create_user, grant_group,
--   revoke_group, disable, cleanup) is no entry point: EXECUTE on it is granted to nobody, and the
--   model it acts on is the wrapper's constant, never a caller's value.
-- * While a model is on, event triggers (ENABLE ALWAYS, so session_replication_role does not
--   silence them) refuse GRANT / REVOKE and ALTER DEFAULT PRIVILEGES (ddl_command_start; at
--   ddl_command_end when written inside CREATE SCHEMA), and ALTER ... OWNER TO and ALTER SCHEMA
--   ... RENAME / OWNER TO (ddl_command_end, judged by the outcome: an object of a schema with
--   groups must stay with its developer group, a schema with admin and its recorded name), even
--   for superusers. Before the model's migrate has completed, an object's old
--   owner may still alter it (ALTER TABLE ... ADD COLUMN) unless the statement's text contains the
--   word OWNER. The messages name the enabled model's procedures (slpm_grant or spm_grant, ...).
--   SPM records no schema names, so under SPM every ALTER SCHEMA of a schema with rights is refused
--   (it can only rename or change the owner): a schema is renamed while SPM is off.
-- * The extension's own statements pass those triggers by a marker that only its code can set: a
--   row (backend pid, transaction id) in the unlogged table slpm_ce.marker, which only the
--   extension owner may write; it is removed when the code is done and goes with a rollback.
-- * Objects created later in a schema with groups are handed to its developer group at once, get
--   the writer and viewer grants and lose PUBLIC's EXECUTE (ddl_command_end, SECURITY DEFINER); a
--   schema created later gets its three groups at once (the vendor does not say so; the model
--   implies it); under SPM a schema created later gets the database groups' rights at once.
-- * One model per database: slpm_enable is refused while SPM is on, spm_enable while SLPM is on,
--   and either while the other model's groups are still listed (disabled, not cleaned up); the
--   message says what to do: disable, cleanup, then enable the other (and migrate).
--
-- Group rights, as built here
-- ---------------------------
-- {db}.admin: owns the database and every schema with groups, member of every developer group.
-- {db}.{s}.developer: USAGE + CREATE on s, owns s's tables, views, materialized views, foreign
--   tables, sequences, functions, procedures, aggregates, types and domains; member of writer.
-- {db}.{s}.writer: USAGE on s; SELECT, INSERT, UPDATE, DELETE on s's tables, views and foreign
--   tables; USAGE, SELECT, UPDATE on its sequences (to insert into serial columns); EXECUTE on its
--   routines. {db}.{s}.viewer: USAGE on s; SELECT on the tables, views and sequences; EXECUTE.
-- SPM: {db}_admin, {db}_developer, {db}_writer and {db}_viewer have the same rights over every
--   schema that SLPM would give groups (admin owns them all, developer owns every object in them
--   and has USAGE + CREATE on each, ...); developer is a member of writer, admin of developer.
-- Every group has CONNECT on the database; PUBLIC has no right on the database or the schemas.
-- Schemas of the system (pg_*, information_schema), slpm_ce, and schemas that belong to another
-- extension get no groups (no rights, under SPM) and are left alone; so are objects that belong to
-- an extension.
--
-- Renaming and cleaning up
-- ------------------------
-- slpm_rename_schema(old, new) renames a schema with groups and its three groups in place (oids
-- stay, so members, ownership and grants stay); it refuses a schema without groups, a new name
-- that a schema has, a group name over 63 bytes or taken by another role, and schema public,
-- where the procedures live (renamed, unqualified calls would no longer find them).
-- slpm_cleanup(db [, batch]) (superusers, after slpm_disable) hands what the groups own to its
-- caller in batches, then takes their rights and drops them (see the procedure for what it
-- refuses). For a database that was dropped, its list of groups (slpm_ce.groups) went with it:
-- from any database with slpm_ce, slpm_cleanup('<dropped db>') drops only roles that are beyond
-- doubt slpm_ce's groups of it: named {db}.admin or {db}.{schema}.developer|writer|viewer, with
-- the COMMENT slpm_ce gives every group it creates ('slpm_ce group (<kind>) of database <db>',
-- the kind matching the name), no LOGIN, no superuser, and owning nothing and holding no right
-- anywhere; if one of them still owns or holds something the call is refused and names it.
-- (COMMENT ON ROLE needs CREATEROLE, which can drop such roles anyway.) slpm_enable('t') is
-- Hologres' re-enable after cleanup; here it is slpm_enable(), which makes the groups anew, and
-- like any enable it is followed by slpm_migrate().
-- spm_cleanup(db [, batch]) is the same for SPM's groups; for a dropped database it drops only
-- roles named {db}_admin|developer|writer|viewer with the COMMENT 'slpm_ce spm group (<kind>) of
-- database <db>' and the same conditions. There is no spm_rename_schema (Hologres has none).
--
-- Not here yet (slpm_ce 1.0)
-- --------------------------
-- Schema-less objects (foreign servers, wrappers, languages: not handed to admin), collations,
-- operators, text search objects and conversions (not handed over), the enabled state in a dump (a restore brings the model back off),
-- renaming a schema while SPM is on (refused; no procedure), and the console's side.
--
-- Limits of community PostgreSQL
-- ------------------------------
-- Statements on roles and databases (GRANT role TO user, CREATE/ALTER/DROP ROLE of a group, ALTER
-- DATABASE, GRANT ... ON DATABASE) and REASSIGN OWNED fire no event trigger and cannot be refused:
-- the console reports their effects as drift. (REASSIGN OWNED BY "{db}.{s}.developer" or
-- {db}_developer TO oneself is open to every developer member: PostgreSQL lets a member act as the
-- role it inherits from.) Extensions are best installed before enabling: their scripts' GRANTs are
-- refused like anybody's while a model is on. DROP EXTENSION slpm_ce while a model is on leaves the
-- groups and rights as they are, with nothing to keep them: call slpm_disable() or spm_disable()
-- first.

-- The schema must be the one CREATE EXTENSION made for us now, or one a superuser made: empty,
-- without grants, and owned by a superuser. A schema someone else created beforehand would let its
-- creator plant objects near the extension's privileged code: refuse it.
DO $check$
DECLARE
    nsp oid := pg_catalog.to_regnamespace('slpm_ce');
    nsp_owner oid;
BEGIN
    SELECT n.nspowner INTO nsp_owner FROM pg_catalog.pg_namespace n WHERE n.oid = nsp;
    IF NOT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid = nsp_owner), false)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                   WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.refobjid = nsp
                     AND d.classid <> 'pg_catalog.pg_extension'::pg_catalog.regclass)
       OR (SELECT n.nspacl FROM pg_catalog.pg_namespace n WHERE n.oid = nsp) IS NOT NULL THEN
        RAISE EXCEPTION 'schema slpm_ce already exists and was not created for slpm_ce'
            USING ERRCODE = 'duplicate_schema',
                  DETAIL = format('It is owned by role "%s". Its owner could plant objects that the extension''s '
                                  'privileged code would use.', pg_catalog.pg_get_userbyid(nsp_owner)),
                  HINT = 'Drop the schema (DROP SCHEMA slpm_ce CASCADE) after checking what it holds, then '
                         'CREATE EXTENSION slpm_ce again; the extension creates the schema itself.';
    END IF;
    IF pg_catalog.to_regnamespace('public') IS NULL THEN
        RAISE EXCEPTION 'slpm_ce needs schema public'
            USING ERRCODE = 'invalid_schema_name',
                  DETAIL = 'The slpm_* and spm_* procedures live in schema public, so that unqualified calls find them.',
                  HINT = 'CREATE SCHEMA public, then CREATE EXTENSION slpm_ce again.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
                WHERE p.proname LIKE 'slpm\_%' OR p.proname LIKE 'spm\_%') THEN
        RAISE EXCEPTION 'routines named slpm_* or spm_* already exist (schema public or another schema)'
            USING ERRCODE = 'duplicate_function',
                  DETAIL = 'They could catch the unqualified calls meant for slpm_ce''s procedures: '
                           || (SELECT string_agg(p.oid::pg_catalog.regprocedure::text, ', ')
                                 FROM pg_catalog.pg_proc p
                                WHERE p.proname LIKE 'slpm\_%' OR p.proname LIKE 'spm\_%'),
                  HINT = 'Drop them after checking what they are, then CREATE EXTENSION slpm_ce again.';
    END IF;
END
$check$;

-- The state: one row. Written only by the extension's code (the extension owner); read by anyone.
CREATE TABLE slpm_ce.state (
    id          boolean PRIMARY KEY DEFAULT true CHECK (id),
    enabled     boolean NOT NULL DEFAULT false,
    model       text CHECK (model IN ('slpm', 'spm')), -- the model while enabled, NULL otherwise
    migrated    boolean NOT NULL DEFAULT false,       -- {model}_migrate answered COMPLETED since enabling
    changed_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CHECK (enabled = (model IS NOT NULL))
);
INSERT INTO slpm_ce.state DEFAULT VALUES;
COMMENT ON TABLE slpm_ce.state IS
    'slpm_ce state of this database: enabled, model (slpm or spm while enabled), migrated. Changed only by slpm_/spm_enable, _disable and _migrate';

-- The groups slpm_ce made in this database (roles are cluster-wide; this table says which are ours,
-- of which model and of which schema). A role with a group's name that is not listed here is
-- somebody else's. The groups of one model only are listed at a time: enabling one model is
-- refused while the other's groups are still here (its cleanup removes them).
CREATE TABLE slpm_ce.groups (
    role        regrole PRIMARY KEY,                  -- the group (dumped by name)
    kind        text NOT NULL CHECK (kind IN ('admin', 'developer', 'writer', 'viewer')),
    nsp         regnamespace,                         -- the schema (NULL for admin and for SPM's groups)
    nspname     name,                                 -- its name when the groups were made
    model       text NOT NULL CHECK (model IN ('slpm', 'spm')),
    CHECK (CASE model WHEN 'slpm' THEN (kind = 'admin') = (nsp IS NULL) ELSE nsp IS NULL END)
);
CREATE UNIQUE INDEX groups_slpm_schema_kind ON slpm_ce.groups (nsp, kind) WHERE model = 'slpm' AND nsp IS NOT NULL;
CREATE UNIQUE INDEX groups_slpm_admin ON slpm_ce.groups (kind) WHERE model = 'slpm' AND nsp IS NULL;
CREATE UNIQUE INDEX groups_spm_kind ON slpm_ce.groups (model, kind) WHERE model = 'spm';
COMMENT ON TABLE slpm_ce.groups IS
    'Groups made by slpm_ce in this database: role, kind (admin, developer, writer, viewer), schema and its name (SLPM; NULL for SPM), model (slpm, spm)';
-- pg_dump writes the list with the role and schema names (regrole, regnamespace), so that a restore
-- into another cluster, whose roles and schemas have other OIDs, finds the same groups. The state
-- is not dumped: a restored database comes back with its groups, their members and rights, and the
-- model off (the restore's own GRANT and ALTER ... OWNER statements would be refused while it is
-- on); a superuser turns it on again with CALL slpm_enable() (or spm_enable()), which takes the
-- listed groups as they are, and its migrate.
SELECT pg_catalog.pg_extension_config_dump('slpm_ce.groups', '');

-- The marker that lets the extension's own statements through its refusals.
CREATE UNLOGGED TABLE slpm_ce.marker (
    pid   integer NOT NULL,
    xact  xid8 NOT NULL,
    PRIMARY KEY (pid, xact)
);

-- True while the extension's code runs in this transaction of this backend.
CREATE FUNCTION slpm_ce.marked() RETURNS boolean
LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM slpm_ce.marker m
                    WHERE m.pid = pg_catalog.pg_backend_pid() AND m.xact = pg_catalog.pg_current_xact_id_if_assigned())
$$;

-- Sets the marker; true when this call set it (nested calls leave it to the outermost).
CREATE FUNCTION slpm_ce.enter() RETURNS boolean
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO slpm_ce.marker VALUES (pg_catalog.pg_backend_pid(), pg_catalog.pg_current_xact_id())
        ON CONFLICT DO NOTHING;
    RETURN FOUND;
END
$$;

CREATE FUNCTION slpm_ce.leave(entered boolean) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF entered THEN
        DELETE FROM slpm_ce.marker m
         WHERE m.pid = pg_catalog.pg_backend_pid() AND m.xact = pg_catalog.pg_current_xact_id();
    END IF;
END
$$;

-- Refuses unless the model the_model ('slpm' or 'spm') is on.
CREATE FUNCTION slpm_ce.require_enabled(the_model text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st record;
BEGIN
    SELECT * INTO st FROM slpm_ce.state;
    IF NOT coalesce(st.enabled, false) THEN
        RAISE EXCEPTION 'current database is NOT in simple privilege mode'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = format('A superuser enables it with CALL %s_enable().', the_model);
    END IF;
    IF st.model <> the_model THEN
        RAISE EXCEPTION 'current database is in % mode, not %: use the %_* procedures', upper(st.model), upper(the_model), st.model
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = format('To switch: CALL %s_disable(); CALL %s_cleanup(%L) until COMPLETED; CALL %s_enable(); CALL %s_migrate().',
                                st.model, st.model, pg_catalog.current_database(), the_model, the_model);
    END IF;
END
$$;

-- The name of a group: SLPM {db}.admin or {db}.{schema}.{kind}; SPM {db}_{kind}.
CREATE FUNCTION slpm_ce.group_name(the_model text, nspname name, kind text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN the_model = 'spm' THEN pg_catalog.current_database() || '_' || kind
                WHEN kind = 'admin' THEN pg_catalog.current_database() || '.admin'
                ELSE pg_catalog.current_database() || '.' || nspname || '.' || kind END
$$;

-- The comment slpm_ce gives every group it makes (slpm_cleanup of a dropped database trusts it).
CREATE FUNCTION slpm_ce.group_comment(the_model text, kind text, db text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE the_model WHEN 'spm' THEN format('slpm_ce spm group (%s) of database %s', kind, db)
                          ELSE format('slpm_ce group (%s) of database %s', kind, db) END
$$;

-- The group of a model: of schema nsp (SLPM's schema groups), or admin with nsp NULL; SPM's
-- groups serve every schema. Its oid, or NULL.
CREATE FUNCTION slpm_ce.group_role(the_model text, nsp oid, kind text) RETURNS oid
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT g.role::oid FROM slpm_ce.groups g
     WHERE g.model = $1 AND g.kind = $3 AND (g.model = 'spm' OR g.nsp IS NOT DISTINCT FROM $2)
$$;

-- The current name of the group of a schema (or admin with nsp NULL), or NULL: of the model whose
-- groups are listed (one model's at a time; the enabled one first all the same).
CREATE FUNCTION slpm_ce.group_of(nsp oid, kind text) RETURNS name
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT r.rolname FROM slpm_ce.groups g JOIN pg_catalog.pg_roles r ON r.oid = g.role
     WHERE g.kind = $2 AND (g.model = 'spm' OR g.nsp IS NOT DISTINCT FROM $1)
     ORDER BY g.model IS NOT DISTINCT FROM (SELECT s.model FROM slpm_ce.state s) DESC
     LIMIT 1
$$;

-- A name as the procedures take it: a role name double-quoted inside the literal is taken as it
-- is ('"MYDB.lisa.viewer"', with "" for a quote); otherwise it is folded to lower case, as
-- PostgreSQL folds an unquoted identifier.
CREATE FUNCTION slpm_ce.parse_name(raw text, what text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    inner_text text;
BEGIN
    IF raw IS NULL OR raw = '' OR raw = '""' THEN
        RAISE EXCEPTION '% name must not be empty', what USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(raw) >= 2 AND left(raw, 1) = '"' AND right(raw, 1) = '"' THEN
        inner_text := substr(raw, 2, length(raw) - 2);
        IF position('"' IN replace(inner_text, '""', '')) > 0 THEN
            RAISE EXCEPTION 'invalid % name: %', what, raw
                USING ERRCODE = 'invalid_name', HINT = 'Inside a quoted name, write a double quote twice.';
        END IF;
        RETURN replace(inner_text, '""', '"');
    END IF;
    RETURN translate(raw, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
END
$$;

-- Makes (or finds) one group of a model; refuses a role of that name that slpm_ce did not make.
CREATE FUNCTION slpm_ce.ensure_group(the_model text, group_name text, kind text, nsp oid) RETURNS oid
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    role_oid oid;
BEGIN
    IF octet_length(group_name) > 63 THEN
        RAISE EXCEPTION 'group name "%" is longer than 63 bytes', group_name
            USING ERRCODE = 'name_too_long',
                  DETAIL = 'PostgreSQL would cut it short, and two groups could end up with one name.',
                  HINT = 'Use a shorter schema (or database) name.';
    END IF;
    -- The schema's group under another name: the schema was renamed while SLPM was off. The
    -- group follows the schema's name (as slpm_rename_schema will do), when that name is free.
    SELECT g.role INTO role_oid FROM slpm_ce.groups g
     WHERE ensure_group.nsp IS NOT NULL AND g.nsp = ensure_group.nsp AND g.kind = ensure_group.kind
       AND g.model = the_model AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.oid = g.role AND r.rolname <> group_name);
    IF role_oid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = group_name) THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I', pg_catalog.pg_get_userbyid(role_oid), group_name);
        UPDATE slpm_ce.groups g SET nspname = (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = ensure_group.nsp)
         WHERE g.role = role_oid;
        RETURN role_oid;
    END IF;
    SELECT r.oid INTO role_oid FROM pg_catalog.pg_roles r WHERE r.rolname = group_name;
    IF role_oid IS NULL THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', group_name);
        SELECT r.oid INTO role_oid FROM pg_catalog.pg_roles r WHERE r.rolname = group_name;
        INSERT INTO slpm_ce.groups (role, kind, nsp, nspname, model)
             VALUES (role_oid, kind, nsp, (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = nsp), the_model);
        EXECUTE format('COMMENT ON ROLE %I IS %L', group_name, slpm_ce.group_comment(the_model, kind, current_database()));
    ELSIF EXISTS (SELECT 1 FROM slpm_ce.groups g
                   WHERE g.role = role_oid AND g.kind = ensure_group.kind AND g.model = the_model) THEN
        -- Ours (kept by slpm_disable, or of a schema dropped and made again under the same name).
        UPDATE slpm_ce.groups g SET nsp = ensure_group.nsp,
               nspname = (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = ensure_group.nsp)
         WHERE g.role = role_oid;
    ELSE
        RAISE EXCEPTION 'role "%" already exists and was not made by slpm_ce', group_name
            USING ERRCODE = 'duplicate_object',
                  DETAIL = format('Its name is the name of an %s group of this database; its members would get the group''s rights.',
                                  upper(the_model)),
                  HINT = 'Rename or drop that role, then try again.';
    END IF;
    RETURN role_oid;
END
$$;

-- Grants membership unless it is there already (PostgreSQL would say so in a NOTICE).
CREATE FUNCTION slpm_ce.add_member(group_oid oid, member_oid oid) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a WHERE a.roleid = group_oid AND a.member = member_oid) THEN
        EXECUTE format('GRANT %I TO %I', pg_catalog.pg_get_userbyid(group_oid), pg_catalog.pg_get_userbyid(member_oid));
    END IF;
END
$$;

-- Schemas that get groups: not the system's, not ours, not another extension's.
CREATE FUNCTION slpm_ce.managed_schemas() RETURNS SETOF oid
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT n.oid FROM pg_catalog.pg_namespace n
     WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
       AND n.oid <> 'slpm_ce'::pg_catalog.regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objid = n.oid
                          AND d.deptype = 'e')
     ORDER BY n.nspname
$$;

-- Gives a schema its rights: admin owns it, PUBLIC has nothing on it, the developer group has USAGE
-- and CREATE, writer and viewer USAGE. Under SLPM the schema gets its own three groups first; under
-- SPM the database's groups (made by spm_enable) serve every schema.
CREATE FUNCTION slpm_ce.setup_schema(the_model text, nsp oid) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    schema_name name := (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = nsp);
    admin_oid oid := slpm_ce.group_role(the_model, NULL, 'admin');
    developer oid;
    writer oid;
    viewer oid;
BEGIN
    IF admin_oid IS NULL THEN
        RAISE EXCEPTION 'no % admin group in database "%"', upper(the_model), current_database() USING ERRCODE = 'internal_error';
    END IF;
    IF the_model = 'slpm' THEN
        developer := slpm_ce.ensure_group(the_model, slpm_ce.group_name(the_model, schema_name, 'developer'), 'developer', nsp);
        writer := slpm_ce.ensure_group(the_model, slpm_ce.group_name(the_model, schema_name, 'writer'), 'writer', nsp);
        viewer := slpm_ce.ensure_group(the_model, slpm_ce.group_name(the_model, schema_name, 'viewer'), 'viewer', nsp);
        PERFORM slpm_ce.add_member(writer, developer);
        PERFORM slpm_ce.add_member(developer, admin_oid);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I', current_database(),
                       pg_catalog.pg_get_userbyid(developer), pg_catalog.pg_get_userbyid(writer),
                       pg_catalog.pg_get_userbyid(viewer));
    ELSE
        developer := slpm_ce.group_role(the_model, NULL, 'developer');
        writer := slpm_ce.group_role(the_model, NULL, 'writer');
        viewer := slpm_ce.group_role(the_model, NULL, 'viewer');
    END IF;
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', schema_name);
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', schema_name, pg_catalog.pg_get_userbyid(admin_oid));
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', schema_name, pg_catalog.pg_get_userbyid(developer));
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I', schema_name, pg_catalog.pg_get_userbyid(writer),
                   pg_catalog.pg_get_userbyid(viewer));
END
$$;

-- The owner of an object of pg_class, pg_proc or pg_type: one index lookup.
CREATE FUNCTION slpm_ce.owner_of(classid oid, objid oid) RETURNS oid
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE classid
        WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = objid)
        WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN (SELECT p.proowner FROM pg_catalog.pg_proc p WHERE p.oid = objid)
        WHEN 'pg_catalog.pg_type'::pg_catalog.regclass THEN (SELECT t.typowner FROM pg_catalog.pg_type t WHERE t.oid = objid)
    END
$$;

-- The developer group of each schema that has one: SLPM's of its own schema, SPM's of every schema
-- that gets groups.
CREATE VIEW slpm_ce.developer_groups AS
    SELECT g.nsp::oid AS nsp, g.role::oid AS role FROM slpm_ce.groups g
     WHERE g.model = 'slpm' AND g.kind = 'developer'
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.oid = g.nsp)
    UNION ALL
    SELECT m.nsp, g.role::oid FROM slpm_ce.groups g CROSS JOIN slpm_ce.managed_schemas() m(nsp)
     WHERE g.model = 'spm' AND g.kind = 'developer';

-- The objects of the schemas with groups that their developer group should own (under SPM: of every
-- schema that gets groups, with the database's developer group): one row each,
-- with the keyword that ALTER and GRANT take for it. Extension members, indexes, row types and array
-- types are left out; a sequence that belongs to a column follows its table's owner (follows).
-- A view, not a function: a condition on classid and objid reaches each branch's index, so looking
-- up one object costs an index scan, not a pass over the catalog.
CREATE VIEW slpm_ce.objects AS
    WITH dev AS (SELECT d.nsp, d.role FROM slpm_ce.developer_groups d), objects AS (
        SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid, c.oid AS objid, c.relnamespace AS nsp,
               c.relowner AS owner,
               CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE' WHEN 'v' THEN 'VIEW'
                              WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                              WHEN 'S' THEN 'SEQUENCE' END AS keyword,
               c.relkind = 'S' AND EXISTS (
                   SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')) AS follows
          FROM pg_catalog.pg_class c
         WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
        UNION ALL
        SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass::oid, p.oid, p.pronamespace, p.proowner,
               CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, false
          FROM pg_catalog.pg_proc p
        UNION ALL
        SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, t.oid, t.typnamespace, t.typowner,
               CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, false
          FROM pg_catalog.pg_type t
         WHERE (t.typtype IN ('d', 'e', 'r')
                OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c'))
    )
    SELECT o.classid, o.objid, o.nsp, o.owner, dev.role AS developer, o.keyword, o.follows
      FROM objects o JOIN dev ON dev.nsp = o.nsp
     WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = o.classid AND d.objid = o.objid AND d.deptype = 'e');

-- The objects that migrate still has to hand over (slpm_ce.objects WHERE owner <> developer AND
-- NOT follows), shaped for a pass over the whole catalog rather than for one object: the owner is
-- compared in the join with the developer groups, before anything else is looked at, and the
-- extension members and following sequences are two hashed lists, each read once per query.
CREATE VIEW slpm_ce.not_migrated AS
    WITH dev AS (SELECT d.nsp, d.role FROM slpm_ce.developer_groups d), objects AS (
        SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid, c.oid AS objid, c.relnamespace AS nsp,
               c.relowner AS owner, c.relkind = 'S' AS sequence,
               CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE' WHEN 'v' THEN 'VIEW'
                              WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                              WHEN 'S' THEN 'SEQUENCE' END AS keyword
          FROM pg_catalog.pg_class c
         WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
        UNION ALL
        SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass::oid, p.oid, p.pronamespace, p.proowner, false,
               CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END
          FROM pg_catalog.pg_proc p
        UNION ALL
        SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, t.oid, t.typnamespace, t.typowner, false,
               CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END
          FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_class r ON r.oid = t.typrelid
         WHERE t.typtype IN ('d', 'e', 'r') OR (t.typtype = 'c' AND r.relkind = 'c')
    )
    SELECT o.classid, o.objid, o.nsp, o.owner, dev.role AS developer, o.keyword
      FROM objects o JOIN dev ON dev.nsp = o.nsp AND o.owner <> dev.role
     WHERE (o.classid, o.objid) NOT IN (SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e')
       AND NOT (o.sequence AND o.objid IN (
               SELECT d.objid FROM pg_catalog.pg_depend d
                WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')));

-- Hands one object to its developer group (a following sequence goes with its table). Does
-- nothing for an object not listed in slpm_ce.objects.
CREATE FUNCTION slpm_ce.take_over(obj_class oid, obj_id oid) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    o record;
    identity text;
BEGIN
    SELECT * INTO o FROM slpm_ce.objects s WHERE s.classid = obj_class AND s.objid = obj_id;
    IF NOT FOUND OR o.owner = o.developer OR o.follows THEN
        RETURN;
    END IF;
    identity := (pg_catalog.pg_identify_object(obj_class, obj_id, 0)).identity;
    EXECUTE format('ALTER %s %s OWNER TO %I', o.keyword, identity, pg_catalog.pg_get_userbyid(o.developer));
    IF slpm_ce.owner_of(obj_class, obj_id) IS DISTINCT FROM o.developer THEN
        RAISE EXCEPTION 'could not hand % % to %', lower(o.keyword), identity, pg_catalog.pg_get_userbyid(o.developer)
            USING ERRCODE = 'internal_error';
    END IF;
END
$$;

-- Gives objects (classids[i], objids[i]) the writer and viewer grants of their schema's groups and
-- takes PUBLIC's EXECUTE from routines: one GRANT per schema, kind and group for all of them, not
-- one per object (each statement also runs the event triggers). Objects not listed in
-- slpm_ce.objects are left alone; types and domains keep PUBLIC's USAGE, as in plain PostgreSQL.
CREATE FUNCTION slpm_ce.grant_rights(classids oid[], objids oid[]) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    x record;
    writer name;
    viewer name;
BEGIN
    FOR x IN SELECT o.nsp, k.kind,
                    string_agg((pg_catalog.pg_identify_object(o.classid, o.objid, 0)).identity, ', ' ORDER BY o.objid) AS list
               FROM unnest(classids, objids) u(classid, objid)
               JOIN slpm_ce.objects o ON o.classid = u.classid AND o.objid = u.objid
               CROSS JOIN LATERAL (SELECT CASE WHEN o.keyword IN ('TABLE', 'VIEW', 'MATERIALIZED VIEW', 'FOREIGN TABLE') THEN 'TABLE'
                                               WHEN o.keyword = 'SEQUENCE' THEN 'SEQUENCE'
                                               WHEN o.keyword IN ('FUNCTION', 'PROCEDURE', 'AGGREGATE') THEN 'ROUTINE' END) k(kind)
              WHERE k.kind IS NOT NULL
              GROUP BY o.nsp, k.kind LOOP
        writer := slpm_ce.group_of(x.nsp, 'writer');
        viewer := slpm_ce.group_of(x.nsp, 'viewer');
        CASE x.kind
            WHEN 'TABLE' THEN
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %s TO %I', x.list, writer);
                EXECUTE format('GRANT SELECT ON TABLE %s TO %I', x.list, viewer);
            WHEN 'SEQUENCE' THEN
                EXECUTE format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE %s TO %I', x.list, writer);
                EXECUTE format('GRANT SELECT ON SEQUENCE %s TO %I', x.list, viewer);
            ELSE
                EXECUTE format('REVOKE EXECUTE ON ROUTINE %s FROM PUBLIC', x.list);
                EXECUTE format('GRANT EXECUTE ON ROUTINE %s TO %I, %I', x.list, writer, viewer);
        END CASE;
    END LOOP;
END
$$;

-- Gives one object the writer and viewer grants (and takes PUBLIC's EXECUTE from a routine); with
-- take, hands it to the developer group first. Does nothing for an object not listed above.
CREATE FUNCTION slpm_ce.hand_over(obj_class oid, obj_id oid, take boolean) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF take THEN
        PERFORM slpm_ce.take_over(obj_class, obj_id);
    END IF;
    PERFORM slpm_ce.grant_rights(ARRAY[obj_class], ARRAY[obj_id]);
END
$$;

-- An object that ALTER ... SET SCHEMA moved into a schema with groups (SLPM): the old schema's
-- groups lose what they held on it (and on the sequences that follow a table), and it is handed to
-- its new schema's developer group with the writer and viewer grants there. Recognised by its
-- owner or grantees being groups of another schema, and the statement saying SET SCHEMA; an
-- ALTER ... OWNER TO is left to on_ddl_end_2_check, which refuses it.
CREATE FUNCTION slpm_ce.rehome(obj_class oid, obj_id oid) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    o record;
    x record;
    g record;
    objects oid[];
BEGIN
    SELECT * INTO o FROM slpm_ce.objects s WHERE s.classid = obj_class AND s.objid = obj_id;
    IF NOT FOUND OR current_query() !~* '(^|[^a-z0-9_$])set\s+schema([^a-z0-9_$]|$)' OR slpm_ce.mentions_owner(current_query()) THEN
        RETURN;
    END IF;
    -- The object and, for a table, the sequences that follow it (they moved with it).
    objects := ARRAY[obj_id] || CASE WHEN obj_class = 'pg_catalog.pg_class'::pg_catalog.regclass THEN ARRAY(
        SELECT d.objid FROM pg_catalog.pg_depend d
         WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refobjid = obj_id AND d.deptype IN ('a', 'i')
           AND (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = d.objid) = 'S') ELSE '{}'::oid[] END;
    IF NOT EXISTS (SELECT 1 FROM slpm_ce.groups sg
                    WHERE sg.model = 'slpm' AND sg.nsp IS NOT NULL AND sg.nsp::oid <> o.nsp AND sg.role::oid = o.owner) THEN
        RETURN; -- not another schema's developer group's: nothing moved from a schema with groups
    END IF;
    PERFORM slpm_ce.hand_over(obj_class, obj_id, true);
    FOR x IN SELECT u.id, s.keyword FROM unnest(objects) u(id) JOIN slpm_ce.objects s ON s.classid = obj_class AND s.objid = u.id LOOP
        FOR g IN SELECT DISTINCT a.grantee
                   FROM slpm_ce.groups sg,
                        LATERAL pg_catalog.aclexplode(CASE obj_class
                            WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN (SELECT c.relacl FROM pg_catalog.pg_class c WHERE c.oid = x.id)
                            WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN (SELECT p.proacl FROM pg_catalog.pg_proc p WHERE p.oid = x.id)
                            ELSE (SELECT t.typacl FROM pg_catalog.pg_type t WHERE t.oid = x.id) END) a
                  WHERE a.grantee = sg.role::oid AND sg.model = 'slpm' AND sg.nsp IS NOT NULL AND sg.nsp::oid <> o.nsp LOOP
            EXECUTE format('REVOKE ALL ON %s %s FROM %I',
                           CASE WHEN x.keyword IN ('VIEW', 'MATERIALIZED VIEW', 'FOREIGN TABLE') THEN 'TABLE'
                                WHEN x.keyword IN ('FUNCTION', 'PROCEDURE', 'AGGREGATE') THEN 'ROUTINE' ELSE x.keyword END,
                           (pg_catalog.pg_identify_object(obj_class, x.id, 0)).identity, pg_catalog.pg_get_userbyid(g.grantee));
        END LOOP;
        IF x.id <> obj_id THEN
            PERFORM slpm_ce.hand_over(obj_class, x.id, true); -- a following sequence: the new writer and viewer grants
        END IF;
    END LOOP;
END
$$;

-- True when a statement's text holds the word OWNER where a keyword could stand (outside a longer
-- identifier). Deliberately coarse: OWNER TO cannot be written without it.
CREATE FUNCTION slpm_ce.mentions_owner(query text) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(query ~* '(^|[^a-z0-9_$])owner([^a-z0-9_$]|$)', true)
$$;

-- The refusal of GRANT, REVOKE and ALTER DEFAULT PRIVILEGES, naming the model's procedures.
CREATE FUNCTION slpm_ce.refuse_grant(the_model text, tag text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    groups text := CASE the_model WHEN 'spm' THEN '{db}_admin, {db}_developer, {db}_writer and {db}_viewer'
                                  ELSE '{db}.admin and {db}.{schema}.developer, writer and viewer' END;
BEGIN
    IF tag = 'ALTER DEFAULT PRIVILEGES' THEN
        RAISE EXCEPTION 'ALTER DEFAULT PRIVILEGES is not supported in Simple Privilege Mode: use CALL %_grant(group, user)', the_model
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = CASE the_model WHEN 'spm' THEN 'New objects pass to the developer group at once, with the writer and viewer groups'' rights.'
                           ELSE 'New objects of a schema pass to its developer group at once, with the writer and viewer groups'' rights.' END;
    END IF;
    RAISE EXCEPTION '% is not supported in Simple Privilege Mode: use CALL %_grant(group, user) or CALL %_revoke(group, user)',
                    tag, the_model, the_model
        USING ERRCODE = 'feature_not_supported',
              DETAIL = format('Rights come from the groups %s; membership is the only unit of granting.', groups);
END
$$;

-- ddl_command_start: GRANT, REVOKE and ALTER DEFAULT PRIVILEGES are refused while a model is on,
-- except for the extension's own statements.
CREATE FUNCTION slpm_ce.on_ddl_start() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st record;
BEGIN
    SELECT * INTO st FROM slpm_ce.state;
    IF NOT coalesce(st.enabled, false) OR slpm_ce.marked() THEN
        RETURN;
    END IF;
    IF tg_tag IN ('GRANT', 'REVOKE', 'ALTER DEFAULT PRIVILEGES') THEN
        PERFORM slpm_ce.refuse_grant(st.model, tg_tag);
    END IF;
END
$$;

-- ddl_command_end, first: new schemas get their groups (SLPM) or rights (SPM), new objects go to
-- their developer group, and under SLPM an object moved in from another schema (ALTER ... SET
-- SCHEMA) goes to its new schema's groups. SECURITY DEFINER: the creator may not be allowed to make roles or hand
-- objects over.
CREATE FUNCTION slpm_ce.on_ddl_end_1_hand_over() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    cmd record;
    entered boolean;
    the_model text;
BEGIN
    SELECT s.model INTO the_model FROM slpm_ce.state s WHERE s.enabled;
    IF the_model IS NULL OR slpm_ce.marked() THEN
        RETURN;
    END IF;
    entered := slpm_ce.enter();
    FOR cmd IN SELECT DISTINCT c.objid FROM pg_catalog.pg_event_trigger_ddl_commands() c
                WHERE c.command_tag = 'CREATE SCHEMA' AND NOT c.in_extension
                  AND c.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                  AND c.objid IN (SELECT slpm_ce.managed_schemas()) LOOP
        PERFORM slpm_ce.setup_schema(the_model, cmd.objid);
    END LOOP;
    FOR cmd IN SELECT DISTINCT c.classid, c.objid FROM pg_catalog.pg_event_trigger_ddl_commands() c
                WHERE (c.command_tag LIKE 'CREATE %' OR c.command_tag IN ('SELECT INTO', 'IMPORT FOREIGN SCHEMA'))
                  AND NOT c.in_extension
                  AND c.classid <> 'pg_catalog.pg_namespace'::pg_catalog.regclass LOOP
        PERFORM slpm_ce.hand_over(cmd.classid, cmd.objid, true);
    END LOOP;
    IF the_model = 'slpm' THEN
        FOR cmd IN SELECT DISTINCT c.classid, c.objid FROM pg_catalog.pg_event_trigger_ddl_commands() c
                    WHERE c.command_tag LIKE 'ALTER %' AND NOT c.in_extension
                      AND c.classid <> 'pg_catalog.pg_namespace'::pg_catalog.regclass LOOP
            PERFORM slpm_ce.rehome(cmd.classid, cmd.objid);
        END LOOP;
    END IF;
    PERFORM slpm_ce.leave(entered);
END
$$;

-- ddl_command_end, second: refuses ALTER ... OWNER TO and ALTER SCHEMA ... RENAME by their outcome,
-- and the GRANTs written inside CREATE SCHEMA (subcommands fire no ddl_command_start). Whether a
-- model is on or not, it refuses a routine created or renamed to a name of the extension's
-- procedures (slpm_*, spm_*) in any schema: a superuser's unqualified CALL spm_grant(...) searches
-- "$user" and public, where admin and developer members (and, while no model is on, PUBLIC, in
-- public) may create, and such a routine would run with the superuser's rights.
-- SECURITY INVOKER: it must know who ran the statement (current_user).
CREATE FUNCTION slpm_ce.on_ddl_end_2_check() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    st record;
    cmd record;
    o record;
    me oid := (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user);
    me_super boolean := (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user);
    recorded name;
    planted text;
BEGIN
    SELECT string_agg(c.object_identity, ', ') INTO planted
      FROM pg_catalog.pg_event_trigger_ddl_commands() c JOIN pg_catalog.pg_proc p ON p.oid = c.objid
     WHERE c.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND NOT c.in_extension
       AND (p.proname LIKE 'slpm\_%' OR p.proname LIKE 'spm\_%');
    IF planted IS NOT NULL THEN
        RAISE EXCEPTION 'routine names slpm_* and spm_* are reserved for slpm_ce''s procedures: %', planted
            USING ERRCODE = 'duplicate_function',
                  DETAIL = 'A superuser''s unqualified CALL of a procedure could find this routine first (search_path "$user", public) '
                           'and run it with a superuser''s rights.',
                  HINT = 'Choose another name.';
    END IF;
    SELECT * INTO st FROM slpm_ce.state;
    IF NOT coalesce(st.enabled, false) OR slpm_ce.marked() THEN
        RETURN;
    END IF;
    -- A GRANT written inside CREATE SCHEMA is a subcommand: ddl_command_start did not see it.
    SELECT c.command_tag INTO recorded FROM pg_catalog.pg_event_trigger_ddl_commands() c
     WHERE c.command_tag IN ('GRANT', 'REVOKE', 'ALTER DEFAULT PRIVILEGES') LIMIT 1;
    IF FOUND THEN
        PERFORM slpm_ce.refuse_grant(st.model, recorded);
    END IF;
    FOR cmd IN SELECT DISTINCT c.classid, c.objid, c.command_tag, c.object_identity
                 FROM pg_catalog.pg_event_trigger_ddl_commands() c
                WHERE c.command_tag LIKE 'ALTER %' AND NOT c.in_extension LOOP
        IF cmd.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND st.model = 'spm' THEN
            -- SPM records no schema names: ALTER SCHEMA does nothing but RENAME and OWNER TO, and
            -- every schema with rights must stay with admin under its name, so any ALTER SCHEMA of
            -- such a schema is refused (OWNER TO its owner, which changes nothing, included).
            IF cmd.objid NOT IN (SELECT slpm_ce.managed_schemas()) THEN
                CONTINUE;
            END IF;
            IF (SELECT n.nspowner FROM pg_catalog.pg_namespace n WHERE n.oid = cmd.objid)
               IS DISTINCT FROM slpm_ce.group_role('spm', NULL, 'admin') OR slpm_ce.mentions_owner(current_query()) THEN
                RAISE EXCEPTION 'ALTER SCHEMA ... OWNER TO is not supported in Simple Privilege Mode: use CALL spm_grant(group, user)'
                    USING ERRCODE = 'feature_not_supported',
                          DETAIL = format('Every schema belongs to %s.', quote_ident(slpm_ce.group_of(NULL, 'admin')));
            END IF;
            RAISE EXCEPTION 'ALTER SCHEMA ... RENAME is not supported in Simple Privilege Mode: CALL spm_disable(), rename, then CALL spm_enable()'
                USING ERRCODE = 'feature_not_supported',
                      DETAIL = 'Hologres refuses ALTER SCHEMA ... RENAME while SPM is on.',
                      HINT = 'A superuser renames a schema while SPM is off: CALL spm_disable(); ALTER SCHEMA ... RENAME TO ...; '
                             'CALL spm_enable(); CALL spm_migrate().';
        END IF;
        IF cmd.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass THEN
            SELECT g.nspname INTO recorded FROM slpm_ce.groups g
             WHERE g.model = 'slpm' AND g.nsp = cmd.objid AND g.kind = 'developer';
            IF NOT FOUND THEN
                CONTINUE;
            END IF;
            IF recorded <> (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = cmd.objid) THEN
                RAISE EXCEPTION 'ALTER SCHEMA ... RENAME is not supported in Simple Privilege Mode: use CALL slpm_rename_schema(old, new)'
                    USING ERRCODE = 'feature_not_supported',
                          DETAIL = format('Schema %s has the groups %s, %s and %s, which would keep the old name.',
                                          quote_ident(recorded), quote_ident(slpm_ce.group_of(cmd.objid, 'developer')),
                                          quote_ident(slpm_ce.group_of(cmd.objid, 'writer')),
                                          quote_ident(slpm_ce.group_of(cmd.objid, 'viewer'))),
                          HINT = format('A superuser or a member of %s renames a schema with its groups: CALL slpm_rename_schema(%L, %L).',
                                        quote_ident(slpm_ce.group_of(NULL, 'admin')), quote_ident(recorded),
                                        quote_ident((SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = cmd.objid)));
            END IF;
            IF (SELECT n.nspowner FROM pg_catalog.pg_namespace n WHERE n.oid = cmd.objid)
               IS DISTINCT FROM slpm_ce.group_role('slpm', NULL, 'admin') THEN
                RAISE EXCEPTION 'ALTER SCHEMA ... OWNER TO is not supported in Simple Privilege Mode: use CALL slpm_grant(group, user)'
                    USING ERRCODE = 'feature_not_supported',
                          DETAIL = format('Every schema belongs to %s.', quote_ident(slpm_ce.group_of(NULL, 'admin')));
            END IF;
            CONTINUE;
        END IF;
        SELECT * INTO o FROM slpm_ce.objects s WHERE s.classid = cmd.classid AND s.objid = cmd.objid;
        IF NOT FOUND OR o.owner = o.developer OR o.follows THEN
            CONTINUE;
        END IF;
        -- Not with its developer group. Before migration has completed the object's old owner
        -- (or a superuser) may still alter it, but never with the word OWNER in the statement.
        IF st.migrated OR slpm_ce.mentions_owner(current_query()) OR (o.owner <> me AND NOT me_super) THEN
            RAISE EXCEPTION '% ... OWNER TO is not supported in Simple Privilege Mode: use CALL %_grant(group, user)', cmd.command_tag, st.model
                USING ERRCODE = 'feature_not_supported',
                      DETAIL = format('%s must stay with the developer group %s%s; make a user a developer with %s_grant.',
                                      cmd.object_identity, quote_ident(pg_catalog.pg_get_userbyid(o.developer)),
                                      CASE st.model WHEN 'slpm' THEN ' of its schema' ELSE '' END, st.model);
        END IF;
    END LOOP;
END
$$;

CREATE EVENT TRIGGER slpm_ce_ddl_start ON ddl_command_start
    WHEN TAG IN ('GRANT', 'REVOKE', 'ALTER DEFAULT PRIVILEGES')
    EXECUTE FUNCTION slpm_ce.on_ddl_start();
CREATE EVENT TRIGGER slpm_ce_ddl_end_1_hand_over ON ddl_command_end
    EXECUTE FUNCTION slpm_ce.on_ddl_end_1_hand_over();
CREATE EVENT TRIGGER slpm_ce_ddl_end_2_check ON ddl_command_end
    EXECUTE FUNCTION slpm_ce.on_ddl_end_2_check();
ALTER EVENT TRIGGER slpm_ce_ddl_start ENABLE ALWAYS;
ALTER EVENT TRIGGER slpm_ce_ddl_end_1_hand_over ENABLE ALWAYS;
ALTER EVENT TRIGGER slpm_ce_ddl_end_2_check ENABLE ALWAYS;

-- A role named by a procedure's group argument: one of this database's groups of the model, or an
-- error (a group of another database, or of the other model, is refused).
CREATE FUNCTION slpm_ce.resolve_group(the_model text, raw text) RETURNS oid
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    group_name text := slpm_ce.parse_name(raw, 'group');
    prefix text := current_database() || CASE the_model WHEN 'spm' THEN '_' ELSE '.' END;
    role_oid oid;
BEGIN
    SELECT g.role::oid INTO role_oid FROM slpm_ce.groups g JOIN pg_catalog.pg_roles r ON r.oid = g.role
     WHERE r.rolname = group_name AND g.model = the_model
       AND (g.nsp IS NULL OR EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.oid = g.nsp));
    IF role_oid IS NOT NULL THEN
        RETURN role_oid;
    END IF;
    IF left(group_name, length(prefix)) <> prefix THEN
        RAISE EXCEPTION 'group "%" is not a group of database "%"', group_name, current_database()
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Manage a database''s groups while connected to that database.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = group_name) THEN
        RAISE EXCEPTION 'role "%" is not an % group of database "%"', group_name, upper(the_model), current_database()
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'slpm_ce did not make it as a group of this database (see slpm_ce.groups).';
    END IF;
    RAISE EXCEPTION 'group "%" does not exist in database "%"', group_name, current_database()
        USING ERRCODE = 'undefined_object',
              HINT = CASE the_model
                  WHEN 'spm' THEN 'Groups are {db}_admin, {db}_developer, {db}_writer and {db}_viewer; double-quote the whole '
                                  'name inside the literal when it has capitals: ''"MYDB_viewer"''.'
                  ELSE 'Groups are {db}.admin and {db}.{schema}.developer, writer and viewer; double-quote the whole '
                       'name inside the literal when it has capitals: ''"MYDB.sales.viewer"''.' END;
END
$$;

-- Refuses a user name that Hologres reserves for groups.
CREATE FUNCTION slpm_ce.check_user_name(user_name text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF lower(user_name) ~ '(admin|developer|writer|viewer|all_users)$' THEN
        RAISE EXCEPTION 'user name "%" is reserved: it must not end in admin, developer, writer, viewer or all_users', user_name
            USING ERRCODE = 'reserved_name';
    END IF;
    IF user_name ~ '^pg_' OR lower(user_name) = 'public' THEN
        RAISE EXCEPTION 'user name "%" is reserved', user_name USING ERRCODE = 'reserved_name';
    END IF;
END
$$;

-- A role named by a procedure's user argument: an existing role that is no group, or an error.
CREATE FUNCTION slpm_ce.resolve_user(raw text) RETURNS oid
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    user_name text := slpm_ce.parse_name(raw, 'user');
    role_oid oid;
BEGIN
    PERFORM slpm_ce.check_user_name(user_name);
    SELECT r.oid INTO role_oid FROM pg_catalog.pg_roles r WHERE r.rolname = user_name;
    IF role_oid IS NULL THEN
        RAISE EXCEPTION 'user "%" does not exist', user_name
            USING ERRCODE = 'undefined_object', HINT = 'Create it with CALL slpm_create_user or spm_create_user(user [, group]).';
    END IF;
    IF EXISTS (SELECT 1 FROM slpm_ce.groups g WHERE g.role = role_oid) THEN
        RAISE EXCEPTION '"%" is a group, not a user', user_name USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN role_oid;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The code of the procedures, for both models (the_model 'slpm' or 'spm'). Not SECURITY DEFINER and
-- executable by nobody: the public procedures below call it, as the extension owner (or, for
-- cleanup, as the superuser who calls it).
-- ---------------------------------------------------------------------------------------------

-- Enables a model. One model per database: refused while the other is on, and while the other's
-- groups are still listed (its cleanup drops them).
CREATE FUNCTION slpm_ce.enable(the_model text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp SET jit = off AS $$
DECLARE
    entered boolean;
    st record;
    other text := CASE the_model WHEN 'spm' THEN 'slpm' ELSE 'spm' END;
    admin_oid oid;
    developer oid;
    writer oid;
    viewer oid;
    nsp oid;
    o record;
    busy text;
BEGIN
    SELECT * INTO st FROM slpm_ce.state;
    IF st.enabled AND st.model = the_model THEN
        RAISE EXCEPTION 'current database is already in simple privilege mode' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF st.enabled THEN
        RAISE EXCEPTION '%', format('current database is in %s mode (one model per database): CALL %s_disable(), then CALL %s_cleanup(%L) '
                                    'until it answers COMPLETED, then CALL %s_enable()',
                                    upper(st.model), st.model, st.model, current_database(), the_model)
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = format('After %s_enable(), CALL %s_migrate() until it answers COMPLETED.', the_model, the_model);
    END IF;
    IF EXISTS (SELECT 1 FROM slpm_ce.groups g WHERE g.model = other) THEN
        RAISE EXCEPTION '%', format('the %s groups of database %I are still there (one model per database): CALL %s_cleanup(%L) '
                                    'until it answers COMPLETED, then CALL %s_enable()',
                                    upper(other), current_database(), other, current_database(), the_model)
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('%s was disabled but its groups were not cleaned up.', upper(other)),
                  HINT = format('After %s_enable(), CALL %s_migrate() until it answers COMPLETED.', the_model, the_model);
    END IF;
    SELECT string_agg(a.pid::text, ', ') INTO busy FROM pg_catalog.pg_stat_activity a
     WHERE a.datname = current_database() AND a.pid <> pg_catalog.pg_backend_pid()
       AND a.backend_type = 'client backend' AND a.state IS DISTINCT FROM 'idle';
    IF busy IS NOT NULL THEN
        RAISE EXCEPTION 'other sessions are running SQL in database "%"', current_database()
            USING ERRCODE = 'object_in_use', DETAIL = 'Backend process ids: ' || busy || '.',
                  HINT = format('Enable %s while no other session works in the database.', upper(the_model));
    END IF;
    entered := slpm_ce.enter();
    admin_oid := slpm_ce.ensure_group(the_model, slpm_ce.group_name(the_model, NULL, 'admin'), 'admin', NULL);
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), pg_catalog.pg_get_userbyid(admin_oid));
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), pg_catalog.pg_get_userbyid(admin_oid));
    IF the_model = 'spm' THEN
        developer := slpm_ce.ensure_group(the_model, slpm_ce.group_name(the_model, NULL, 'developer'), 'developer', NULL);
        writer := slpm_ce.ensure_group(the_model, slpm_ce.group_name(the_model, NULL, 'writer'), 'writer', NULL);
        viewer := slpm_ce.ensure_group(the_model, slpm_ce.group_name(the_model, NULL, 'viewer'), 'viewer', NULL);
        PERFORM slpm_ce.add_member(writer, developer);
        PERFORM slpm_ce.add_member(developer, admin_oid);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I', current_database(),
                       pg_catalog.pg_get_userbyid(developer), pg_catalog.pg_get_userbyid(writer),
                       pg_catalog.pg_get_userbyid(viewer));
    END IF;
    FOR nsp IN SELECT slpm_ce.managed_schemas() LOOP
        PERFORM slpm_ce.setup_schema(the_model, nsp);
    END LOOP;
    PERFORM slpm_ce.grant_rights(ARRAY(SELECT s.classid FROM slpm_ce.objects s ORDER BY s.nsp, s.classid, s.objid),
                                 ARRAY(SELECT s.objid FROM slpm_ce.objects s ORDER BY s.nsp, s.classid, s.objid));
    IF the_model = 'spm' THEN
        EXECUTE format('GRANT EXECUTE ON PROCEDURE public.spm_create_user(text, text), public.spm_grant(text, text), '
                       'public.spm_revoke(text, text), public.spm_migrate(integer, text) TO %I',
                       pg_catalog.pg_get_userbyid(admin_oid));
    ELSE
        EXECUTE format('GRANT EXECUTE ON PROCEDURE public.slpm_create_user(text, text), public.slpm_grant(text, text), '
                       'public.slpm_revoke(text, text), public.slpm_rename_schema(text, text) TO %I',
                       pg_catalog.pg_get_userbyid(admin_oid));
    END IF;
    UPDATE slpm_ce.state SET enabled = true, model = the_model, changed_at = pg_catalog.now(),
           migrated = NOT EXISTS (SELECT 1 FROM slpm_ce.not_migrated);
    PERFORM slpm_ce.leave(entered);
END
$$;

-- Hands up to batch objects to their developer group; 'COMPLETED' or 'DONE BUT NOT COMPLETED'.
CREATE FUNCTION slpm_ce.migrate(the_model text, batch integer) RETURNS text
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp SET jit = off AS $$
DECLARE
    classids oid[] := '{}';
    objids oid[] := '{}';
    identity text;
    entered boolean;
    o record;
    handed integer := 0;
    remaining bigint;
    result text;
BEGIN
    PERFORM slpm_ce.require_enabled(the_model);
    IF batch IS NULL OR batch < 0 THEN
        RAISE EXCEPTION 'batch must be 0 or more, not %', coalesce(batch::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF batch = 0 THEN
        batch := current_setting('max_locks_per_transaction')::integer;
    END IF;
    entered := slpm_ce.enter();
    -- One pass over the catalog per call: the batch, and how many there are in all.
    remaining := 0;
    FOR o IN SELECT s.classid, s.objid, s.developer, s.keyword, pg_catalog.count(*) OVER () AS total
               FROM slpm_ce.not_migrated s ORDER BY s.nsp, s.classid, s.objid LIMIT batch LOOP
        identity := (pg_catalog.pg_identify_object(o.classid, o.objid, 0)).identity;
        EXECUTE format('ALTER %s %s OWNER TO %I', o.keyword, identity, pg_catalog.pg_get_userbyid(o.developer));
        IF slpm_ce.owner_of(o.classid, o.objid) IS DISTINCT FROM o.developer THEN
            RAISE EXCEPTION 'could not hand % % to %', lower(o.keyword), identity, pg_catalog.pg_get_userbyid(o.developer)
                USING ERRCODE = 'internal_error';
        END IF;
        classids := classids || o.classid;
        objids := objids || o.objid;
        handed := handed + 1;
        remaining := o.total - handed;
    END LOOP;
    PERFORM slpm_ce.grant_rights(classids, objids);
    IF remaining = 0 THEN
        result := 'COMPLETED';
        UPDATE slpm_ce.state SET migrated = true, changed_at = pg_catalog.now();
    ELSE
        result := 'DONE BUT NOT COMPLETED';
    END IF;
    PERFORM slpm_ce.leave(entered);
    RAISE NOTICE '%', result USING DETAIL = format('%s objects handed over, %s left.', handed, remaining);
    RETURN result;
END
$$;

CREATE FUNCTION slpm_ce.create_user(the_model text, user_name text, group_name text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    entered boolean;
    new_name text;
    group_oid oid;
BEGIN
    PERFORM slpm_ce.require_enabled(the_model);
    new_name := slpm_ce.parse_name(user_name, 'user');
    PERFORM slpm_ce.check_user_name(new_name);
    IF group_name IS NOT NULL THEN
        group_oid := slpm_ce.resolve_group(the_model, group_name);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = new_name) THEN
        RAISE EXCEPTION 'role "%" already exists', new_name
            USING ERRCODE = 'duplicate_object', HINT = format('Add it to a group with CALL %s_grant(group, user).', the_model);
    END IF;
    IF octet_length(new_name) > 63 THEN
        RAISE EXCEPTION 'user name "%" is longer than 63 bytes', new_name USING ERRCODE = 'name_too_long';
    END IF;
    entered := slpm_ce.enter();
    EXECUTE format('CREATE ROLE %I LOGIN', new_name);
    IF group_oid IS NOT NULL THEN
        PERFORM slpm_ce.add_member(group_oid, (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = new_name));
    END IF;
    PERFORM slpm_ce.leave(entered);
END
$$;

CREATE FUNCTION slpm_ce.grant_group(the_model text, group_name text, user_name text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    entered boolean;
    group_oid oid;
    user_oid oid;
BEGIN
    PERFORM slpm_ce.require_enabled(the_model);
    group_oid := slpm_ce.resolve_group(the_model, group_name);
    user_oid := slpm_ce.resolve_user(user_name);
    entered := slpm_ce.enter();
    PERFORM slpm_ce.add_member(group_oid, user_oid);
    PERFORM slpm_ce.leave(entered);
END
$$;

CREATE FUNCTION slpm_ce.revoke_group(the_model text, group_name text, user_name text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    entered boolean;
    group_oid oid;
    user_oid oid;
BEGIN
    PERFORM slpm_ce.require_enabled(the_model);
    group_oid := slpm_ce.resolve_group(the_model, group_name);
    user_oid := slpm_ce.resolve_user(user_name);
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a WHERE a.roleid = group_oid AND a.member = user_oid) THEN
        RAISE NOTICE 'user "%" is not a member of group "%"', pg_catalog.pg_get_userbyid(user_oid),
                     pg_catalog.pg_get_userbyid(group_oid);
        RETURN;
    END IF;
    entered := slpm_ce.enter();
    EXECUTE format('REVOKE %I FROM %I', pg_catalog.pg_get_userbyid(group_oid), pg_catalog.pg_get_userbyid(user_oid));
    PERFORM slpm_ce.leave(entered);
END
$$;

CREATE FUNCTION slpm_ce.disable(the_model text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    entered boolean;
    o record;
BEGIN
    PERFORM slpm_ce.require_enabled(the_model);
    entered := slpm_ce.enter();
    UPDATE slpm_ce.state SET enabled = false, model = NULL, migrated = false, changed_at = pg_catalog.now();
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', current_database());
    IF pg_catalog.to_regnamespace('public') IS NOT NULL THEN
        GRANT USAGE, CREATE ON SCHEMA public TO PUBLIC;
    END IF;
    FOR o IN SELECT s.classid, s.objid FROM slpm_ce.objects s
              WHERE s.keyword IN ('FUNCTION', 'PROCEDURE', 'AGGREGATE') LOOP
        EXECUTE format('GRANT EXECUTE ON ROUTINE %s TO PUBLIC', (pg_catalog.pg_identify_object(o.classid, o.objid, 0)).identity);
    END LOOP;
    PERFORM slpm_ce.leave(entered);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The procedures (schema public; see the header)
-- ---------------------------------------------------------------------------------------------

-- CALL slpm_enable(): superusers only (EXECUTE granted to nobody). CALL slpm_enable('t'), Hologres'
-- re-enable after slpm_cleanup, is the same here: the groups that cleanup dropped are made anew and
-- the objects it handed to its caller wait for slpm_migrate, as after any enable.
CREATE PROCEDURE public.slpm_enable(after_cleanup boolean DEFAULT false)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.enable('slpm');
END
$$;

-- CALL spm_enable(): superusers only (EXECUTE granted to nobody).
CREATE PROCEDURE public.spm_enable()
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.enable('spm');
END
$$;

-- CALL slpm_migrate([batch]): superusers only; CALL spm_migrate([batch]): superusers and members of
-- {db}_admin. Hands up to batch objects (default 64; 0 means max_locks_per_transaction) that
-- existed before enabling to their developer group.
-- A procedure returns a value in PostgreSQL 15 only through an INOUT parameter: result, which a
-- caller leaves out (CALL slpm_migrate() or CALL slpm_migrate(2)) and which CALL returns as a row
-- of one column "result": 'DONE BUT NOT COMPLETED' until a call answers 'COMPLETED'. The same
-- text is raised as a NOTICE, for psql scripts that do not look at results.
CREATE PROCEDURE public.slpm_migrate(batch integer DEFAULT 64, INOUT result text DEFAULT NULL)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    result := slpm_ce.migrate('slpm', batch);
END
$$;

CREATE PROCEDURE public.spm_migrate(batch integer DEFAULT 64, INOUT result text DEFAULT NULL)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    result := slpm_ce.migrate('spm', batch);
END
$$;

-- CALL slpm_create_user(user [, group]): superusers and members of {db}.admin;
-- CALL spm_create_user(user [, group]): superusers and members of {db}_admin.
CREATE PROCEDURE public.slpm_create_user(user_name text, group_name text DEFAULT NULL)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.create_user('slpm', user_name, group_name);
END
$$;

CREATE PROCEDURE public.spm_create_user(user_name text, group_name text DEFAULT NULL)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.create_user('spm', user_name, group_name);
END
$$;

-- CALL slpm_grant(group, user) / spm_grant(group, user): superusers and members of the model's admin.
CREATE PROCEDURE public.slpm_grant(group_name text, user_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.grant_group('slpm', group_name, user_name);
END
$$;

CREATE PROCEDURE public.spm_grant(group_name text, user_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.grant_group('spm', group_name, user_name);
END
$$;

-- CALL slpm_revoke(group, user) / spm_revoke(group, user): superusers and members of the model's admin.
CREATE PROCEDURE public.slpm_revoke(group_name text, user_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.revoke_group('slpm', group_name, user_name);
END
$$;

CREATE PROCEDURE public.spm_revoke(group_name text, user_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.revoke_group('spm', group_name, user_name);
END
$$;

-- CALL slpm_disable() / spm_disable(): superusers only. Groups stay, with their rights on existing
-- objects; PUBLIC gets back CONNECT and TEMPORARY on the database, USAGE and CREATE on schema
-- public and EXECUTE on the routines of the schemas with groups (not on the extension's own).
CREATE PROCEDURE public.slpm_disable()
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.disable('slpm');
END
$$;

CREATE PROCEDURE public.spm_disable()
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM slpm_ce.disable('spm');
END
$$;

-- CALL slpm_rename_schema(old, new): superusers and members of {db}.admin. Renames a schema with
-- groups and its three groups ({db}.{old}.developer becomes {db}.{new}.developer, ...). Roles and
-- schemas are renamed in place: memberships, ownership and grants refer to oids and stay.
CREATE PROCEDURE public.slpm_rename_schema(old_name text, new_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    entered boolean;
    old_schema text;
    new_schema text;
    schema_oid oid;
    g record;
    new_group text;
BEGIN
    PERFORM slpm_ce.require_enabled('slpm');
    old_schema := slpm_ce.parse_name(old_name, 'schema');
    new_schema := slpm_ce.parse_name(new_name, 'schema');
    SELECT n.oid INTO schema_oid FROM pg_catalog.pg_namespace n WHERE n.nspname = old_schema;
    IF schema_oid IS NULL THEN
        RAISE EXCEPTION 'schema "%" does not exist', old_schema
            USING ERRCODE = 'invalid_schema_name',
                  HINT = 'Double-quote the whole name inside the literal when it has capitals: ''"Sales"''.';
    END IF;
    IF schema_oid = (SELECT p.pronamespace FROM pg_catalog.pg_proc p WHERE p.oid = 'public.slpm_grant(text, text)'::pg_catalog.regprocedure) THEN
        RAISE EXCEPTION 'schema "%" holds the slpm_* procedures and cannot be renamed', old_schema
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = 'Unqualified calls such as CALL slpm_grant(...) find the procedures through the default search_path ("$user", public).';
    END IF;
    IF (SELECT count(*) FROM slpm_ce.groups sg JOIN pg_catalog.pg_roles r ON r.oid = sg.role
         WHERE sg.nsp = schema_oid) <> 3 THEN
        RAISE EXCEPTION 'schema "%" has no SLPM groups', old_schema
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'slpm_rename_schema renames the schemas that have developer, writer and viewer groups; '
                           'schemas of the system, of slpm_ce and of other extensions have none.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n WHERE n.nspname = new_schema) THEN
        RAISE EXCEPTION 'schema "%" already exists', new_schema USING ERRCODE = 'duplicate_schema';
    END IF;
    -- Every new name first, so that nothing is renamed when one of them cannot be had.
    FOR g IN SELECT sg.role, sg.kind FROM slpm_ce.groups sg WHERE sg.nsp = schema_oid ORDER BY sg.kind LOOP
        new_group := slpm_ce.group_name('slpm', new_schema, g.kind);
        IF octet_length(new_group) > 63 THEN
            RAISE EXCEPTION 'group name "%" is longer than 63 bytes', new_group
                USING ERRCODE = 'name_too_long',
                      DETAIL = 'PostgreSQL would cut it short, and two groups could end up with one name.',
                      HINT = 'Use a shorter schema name.';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = new_group) THEN
            RAISE EXCEPTION 'role "%" already exists', new_group
                USING ERRCODE = 'duplicate_object',
                      DETAIL = format('Schema %s would need that name for its %s group.', quote_ident(new_schema), g.kind),
                      HINT = 'Rename or drop that role, or choose another schema name.';
        END IF;
    END LOOP;
    entered := slpm_ce.enter();
    EXECUTE format('ALTER SCHEMA %I RENAME TO %I', old_schema, new_schema);
    FOR g IN SELECT sg.role, sg.kind FROM slpm_ce.groups sg WHERE sg.nsp = schema_oid LOOP
        EXECUTE format('ALTER ROLE %I RENAME TO %I', pg_catalog.pg_get_userbyid(g.role), slpm_ce.group_name('slpm', new_schema, g.kind));
    END LOOP;
    UPDATE slpm_ce.groups sg SET nspname = new_schema WHERE sg.nsp = schema_oid;
    PERFORM slpm_ce.leave(entered);
END
$$;

-- What a database's groups own there, one row per object that ALTER ... OWNER TO hands over by
-- itself (with the keyword it takes): relations (not sequences that follow their table), routines,
-- types and domains (not row and array types, which follow), schemas and the database. Anything
-- else they own goes over with REASSIGN OWNED at the end of slpm_cleanup.
CREATE FUNCTION slpm_ce.owned_by(roles oid[]) RETURNS TABLE (classid oid, objid oid, keyword text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT s.classid, s.objid,
           CASE s.classid
               WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
                   (SELECT CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE' WHEN 'v' THEN 'VIEW'
                                          WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                                          WHEN 'S' THEN 'SEQUENCE' END
                      FROM pg_catalog.pg_class c WHERE c.oid = s.objid
                       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                                          AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                          AND d.deptype IN ('a', 'i')))
               WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN
                   (SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END
                      FROM pg_catalog.pg_proc p WHERE p.oid = s.objid)
               WHEN 'pg_catalog.pg_type'::pg_catalog.regclass THEN
                   (SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END
                      FROM pg_catalog.pg_type t WHERE t.oid = s.objid)
               WHEN 'pg_catalog.pg_namespace'::pg_catalog.regclass THEN 'SCHEMA'
               WHEN 'pg_catalog.pg_database'::pg_catalog.regclass THEN 'DATABASE'
           END
      FROM pg_catalog.pg_shdepend s
     WHERE s.refclassid = 'pg_catalog.pg_authid'::pg_catalog.regclass AND s.refobjid = ANY (roles) AND s.deptype = 'o'
       AND ((s.dbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
             AND s.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_proc'::pg_catalog.regclass,
                               'pg_catalog.pg_type'::pg_catalog.regclass, 'pg_catalog.pg_namespace'::pg_catalog.regclass))
            OR (s.dbid = 0 AND s.classid = 'pg_catalog.pg_database'::pg_catalog.regclass
                AND s.objid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())))
$$;

-- What holds roles back from being dropped, as text: objects they own and rights they hold in
-- any database and on shared objects; with except_here, not in the current database and not on
-- it (slpm_cleanup takes those itself).
CREATE FUNCTION slpm_ce.held_elsewhere(roles oid[], except_here boolean) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT string_agg(DISTINCT format('%s (%s)', quote_ident(pg_catalog.pg_get_userbyid(s.refobjid)),
                                      CASE WHEN s.dbid = 0 THEN pg_catalog.pg_describe_object(s.classid, s.objid, 0)
                                           ELSE 'objects in database ' || quote_ident(d.datname) END), ', ')
      FROM pg_catalog.pg_shdepend s LEFT JOIN pg_catalog.pg_database d ON d.oid = s.dbid
     WHERE s.refclassid = 'pg_catalog.pg_authid'::pg_catalog.regclass AND s.refobjid = ANY (roles)
       AND NOT (except_here AND coalesce(d.datname, '') = pg_catalog.current_database())
       AND NOT (except_here AND s.dbid = 0 AND s.classid = 'pg_catalog.pg_database'::pg_catalog.regclass
                AND s.objid = (SELECT x.oid FROM pg_catalog.pg_database x WHERE x.datname = pg_catalog.current_database()))
$$;

-- CALL slpm_cleanup(db [, batch]): superusers only, after slpm_disable(). Drops the groups of
-- database db and hands what they owned to the caller, batch objects per call (default 64; 0 means
-- max_locks_per_transaction), answering 'DONE BUT NOT COMPLETED' until 'COMPLETED' (INOUT result,
-- as slpm_migrate). SECURITY INVOKER, unlike the other entry points: the caller, who receives the
-- objects, is current_user; EXECUTE is granted to nobody, so only superusers get in, and the code
-- runs with their rights.
-- * db is the current database: its groups (slpm_ce.groups) hand their objects over batch by
--   batch; the last call reassigns whatever else they own here (REASSIGN OWNED), takes their rights
--   (DROP OWNED) and drops them. Refused while SLPM is on, while a group owns objects or holds
--   rights in another database (dropping it would fail there), and while a group owns a SECURITY
--   DEFINER routine (a developer member's code would run as the superuser who receives it).
--   Whatever else passes to the caller runs with a superuser's rights where PostgreSQL runs code
--   as the owner (views' table access, index expressions during VACUUM and ANALYZE), as after
--   REASSIGN OWNED: review the objects, or hand them on to a role that is no superuser.
-- * db is another database that exists: refused with the vendor's text.
-- * db is a database that was dropped: its list of groups went with it, so only roles that are
--   beyond doubt slpm_ce's groups of that database are dropped, batch roles per call: a name
--   {db}.admin or {db}.{schema}.developer|writer|viewer, the comment that slpm_ce gave each group
--   at creation ('slpm_ce group (<kind>) of database <db>', the kind matching the name's end), no
--   LOGIN, no superuser, and nothing owned or granted anywhere (no pg_shdepend row: DROP DATABASE
--   removed the dropped database's). A candidate that owns or holds anything refuses the call,
--   naming it; roles without the comment are never touched.
-- spm_cleanup(db [, batch]) is the same for SPM's groups ({db}_admin, _developer, _writer,
-- _viewer; comment 'slpm_ce spm group (<kind>) of database <db>'). The code of both:
CREATE FUNCTION slpm_ce.cleanup(the_model text, db text, batch integer) RETURNS text
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    entered boolean;
    result text;
    db_name text := slpm_ce.parse_name(db, 'database');
    caller name := current_user;
    roles oid[];
    o record;
    handed integer := 0;
    remaining bigint;
    held text;
BEGIN
    IF batch IS NULL OR batch < 0 THEN
        RAISE EXCEPTION 'batch must be 0 or more, not %', coalesce(batch::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF batch = 0 THEN
        batch := current_setting('max_locks_per_transaction')::integer;
    END IF;
    IF db_name <> current_database() THEN
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_database d WHERE d.datname = db_name) THEN
            RAISE EXCEPTION 'Permission Denied. execute in database %, or drop database before call %_cleanup.', db_name, the_model
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- The groups of a dropped database (see above).
        SELECT array_agg(r.oid ORDER BY r.rolname) INTO roles
          FROM pg_catalog.pg_roles r
          JOIN pg_catalog.pg_shdescription c ON c.objoid = r.oid AND c.classoid = 'pg_catalog.pg_authid'::pg_catalog.regclass
          CROSS JOIN LATERAL (SELECT k.kind FROM unnest(ARRAY['admin', 'developer', 'writer', 'viewer']) k(kind)
                               WHERE c.description = slpm_ce.group_comment(the_model, k.kind, db_name)) k
         WHERE NOT r.rolcanlogin AND NOT r.rolsuper
           AND CASE WHEN the_model = 'spm' THEN r.rolname = db_name || '_' || k.kind
                    WHEN k.kind = 'admin' THEN r.rolname = db_name || '.admin'
                    ELSE left(r.rolname, length(db_name) + 1) = db_name || '.'
                         AND right(r.rolname, length(k.kind) + 1) = '.' || k.kind
                         AND length(r.rolname) > length(db_name) + length(k.kind) + 2 END;
        held := slpm_ce.held_elsewhere(roles, false);
        IF held IS NOT NULL THEN
            RAISE EXCEPTION 'groups of dropped database "%" still own objects or hold rights: %', db_name, held
                USING ERRCODE = 'dependent_objects_still_exist',
                      HINT = format('In each database named, REASSIGN OWNED BY the group TO another role and DROP OWNED BY the group; then call %s_cleanup again.', the_model);
        END IF;
        FOR o IN SELECT x.role FROM unnest(roles) x(role) LIMIT batch LOOP
            EXECUTE format('DROP ROLE %I', pg_catalog.pg_get_userbyid(o.role));
            handed := handed + 1;
        END LOOP;
        remaining := coalesce(cardinality(roles), 0) - handed;
        result := CASE WHEN remaining = 0 THEN 'COMPLETED' ELSE 'DONE BUT NOT COMPLETED' END;
        RAISE NOTICE '%', result USING DETAIL = format('%s groups of dropped database %s dropped, %s left.', handed,
                                                       quote_ident(db_name), remaining);
        RETURN result;
    END IF;
    IF coalesce((SELECT s.enabled AND s.model = the_model FROM slpm_ce.state s), false) THEN
        RAISE EXCEPTION 'current database is in simple privilege mode: call %_disable() before %_cleanup', the_model, the_model
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = format('CALL %s_disable(); then CALL %s_cleanup(%L) until it answers COMPLETED.', the_model, the_model, db);
    END IF;
    SELECT array_agg(g.role::oid) INTO roles FROM slpm_ce.groups g
     WHERE g.model = the_model AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.oid = g.role);
    held := slpm_ce.held_elsewhere(roles, true);
    IF held IS NOT NULL THEN
        RAISE EXCEPTION 'groups of database "%" own objects or hold rights elsewhere: %', db_name, held
            USING ERRCODE = 'dependent_objects_still_exist',
                  HINT = format('In each database named, REASSIGN OWNED BY the group TO another role and DROP OWNED BY the group; then call %s_cleanup again.', the_model);
    END IF;
    -- A SECURITY DEFINER routine that a developer member wrote would run as its new owner, a
    -- superuser, for everyone who may call it (PUBLIC, since slpm_disable): not handed over blindly.
    SELECT string_agg(p.oid::pg_catalog.regprocedure::text, ', ' ORDER BY p.oid) INTO held
      FROM pg_catalog.pg_proc p WHERE p.prosecdef AND p.proowner = ANY (roles);
    IF held IS NOT NULL THEN
        RAISE EXCEPTION 'groups of database "%" own SECURITY DEFINER routines: %', db_name, held
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('Handed to %s, a superuser, they would run with a superuser''s rights for whoever may call them.',
                                  quote_ident(caller)),
                  HINT = format('Review them; then ALTER FUNCTION ... SECURITY INVOKER, hand them to a role that is no superuser '
                                '(ALTER FUNCTION ... OWNER TO) or drop them, and call %s_cleanup again.', the_model);
    END IF;
    entered := slpm_ce.enter();
    FOR o IN SELECT w.classid, w.objid, w.keyword FROM slpm_ce.owned_by(roles) w WHERE w.keyword IS NOT NULL
              ORDER BY w.classid = 'pg_catalog.pg_database'::pg_catalog.regclass,
                       w.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass, w.classid, w.objid
              LIMIT batch LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', o.keyword, (pg_catalog.pg_identify_object(o.classid, o.objid, 0)).identity, caller);
        handed := handed + 1;
    END LOOP;
    SELECT count(*) INTO remaining FROM slpm_ce.owned_by(roles) w WHERE w.keyword IS NOT NULL;
    IF remaining = 0 THEN
        FOR o IN SELECT x.role FROM unnest(roles) x(role) LOOP
            EXECUTE format('REASSIGN OWNED BY %I TO %I', pg_catalog.pg_get_userbyid(o.role), caller);
            EXECUTE format('DROP OWNED BY %I', pg_catalog.pg_get_userbyid(o.role));
        END LOOP;
        FOR o IN SELECT x.role FROM unnest(roles) x(role) LOOP
            EXECUTE format('DROP ROLE %I', pg_catalog.pg_get_userbyid(o.role));
        END LOOP;
        DELETE FROM slpm_ce.groups g WHERE g.model = the_model;
        result := 'COMPLETED';
    ELSE
        result := 'DONE BUT NOT COMPLETED';
    END IF;
    PERFORM slpm_ce.leave(entered);
    RAISE NOTICE '%', result USING DETAIL = format('%s objects handed to %s, %s left.', handed, quote_ident(caller), remaining);
    RETURN result;
END
$$;

CREATE PROCEDURE public.slpm_cleanup(db text, batch integer DEFAULT 64, INOUT result text DEFAULT NULL)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    result := slpm_ce.cleanup('slpm', db, batch);
END
$$;

-- CALL spm_cleanup(db [, batch]): superusers only, after spm_disable(); as slpm_cleanup.
CREATE PROCEDURE public.spm_cleanup(db text, batch integer DEFAULT 64, INOUT result text DEFAULT NULL)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    result := slpm_ce.cleanup('spm', db, batch);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges of the extension's own objects
-- ---------------------------------------------------------------------------------------------
REVOKE ALL ON SCHEMA slpm_ce FROM PUBLIC;
GRANT USAGE ON SCHEMA slpm_ce TO PUBLIC;
REVOKE ALL ON slpm_ce.state, slpm_ce.groups, slpm_ce.marker, slpm_ce.developer_groups, slpm_ce.objects, slpm_ce.not_migrated FROM PUBLIC;
GRANT SELECT ON slpm_ce.state, slpm_ce.groups, slpm_ce.marker, slpm_ce.developer_groups, slpm_ce.objects, slpm_ce.not_migrated TO PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA slpm_ce FROM PUBLIC;
-- What the SECURITY INVOKER event triggers use while running as the user whose statement fired them.
GRANT EXECUTE ON FUNCTION slpm_ce.marked(), slpm_ce.group_of(oid, text), slpm_ce.group_role(text, oid, text),
    slpm_ce.managed_schemas(), slpm_ce.refuse_grant(text, text),
    slpm_ce.mentions_owner(text), slpm_ce.on_ddl_start(), slpm_ce.on_ddl_end_2_check() TO PUBLIC;
REVOKE ALL ON PROCEDURE public.slpm_enable(boolean), public.slpm_migrate(integer, text), public.slpm_create_user(text, text),
    public.slpm_grant(text, text), public.slpm_revoke(text, text), public.slpm_disable(),
    public.slpm_rename_schema(text, text), public.slpm_cleanup(text, integer, text) FROM PUBLIC;
REVOKE ALL ON PROCEDURE public.spm_enable(), public.spm_migrate(integer, text), public.spm_create_user(text, text),
    public.spm_grant(text, text), public.spm_revoke(text, text), public.spm_disable(),
    public.spm_cleanup(text, integer, text) FROM PUBLIC;
