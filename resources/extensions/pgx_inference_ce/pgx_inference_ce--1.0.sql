-- pgx_inference_ce 1.0: the SQL surface of Fujitsu Enterprise Postgres' pgx_inference on community
-- PostgreSQL, with the privilege matrix of the vendor's manual (operations x extension owner /
-- model owner / system administrator / model user).
\echo Use "CREATE EXTENSION pgx_inference_ce" to load this file. \quit

-- Design: PostgreSQL decides who may do what
-- ------------------------------------------
-- Every decision is made by PostgreSQL's own checks against the role the calling code runs as
-- (current_user), never by session_user or a setting a user can change:
-- * Model roles are real group roles, pgx_model_owner and pgx_system_administrator (cluster-wide,
--   like every role; created here when absent). pgx_grant_model_role/pgx_revoke_model_role grant
--   and revoke membership; holding a model role is pg_has_role(..., 'USAGE').
-- * Each entry point is SECURITY INVOKER, and EXECUTE on it is granted only to those who may call
--   it (see the GRANTs at the end), so has_function_privilege tells the truth.
-- * The models live in pgx_inference.pgx_models: column privileges say which group may insert,
--   update which column, or delete, and row-level security, compared with current_user, says on
--   which rows ("only my model"; the model users: EXECUTE on the model's function).
-- * What needs more than the caller has (taking the model file over, creating the model's
--   functions, writing the inference server's files, HTTP) is done by SECURITY DEFINER trigger
--   functions, which nobody can call directly; the checks that need the caller run first, in
--   SECURITY INVOKER triggers (triggers fire in name order: pgx_models_1_* before pgx_models_2_*).
-- * The model file is a large object that passes to the extension on import: copied into a new
--   one owned by the extension owner (no ACL), the importer's removed, so that the importer keeps
--   no handle on it (no grant, and no descriptor opened before the import). An upload
--   (pgx_upload_begin / pgx_upload_write, not the vendor's) is written by the extension into a
--   large object of its own from the start, and taken without a copy. The file is read through a
--   per-model function that only the model's owner may execute (pgx_model_<id>_file), and used
--   through pgx_embedding_<id>(text): owned by the importer, SECURITY DEFINER, EXECUTE revoked
--   from PUBLIC (EXECUTE on it is "use model"), calling pgx_model_<id>_infer, which only the
--   importer may execute.
-- * Roles are stored as regrole (dumped by name), the id sequence is dumped, and the per-model
--   functions are ordinary objects with their owners and ACLs, so pg_dumpall -g + pg_dump restores
--   the same state in another cluster.
-- * The extension owner is a superuser (superuser = true in the control file): superusers bypass
--   every check here, as everywhere in PostgreSQL.
-- * Refusals raise SQLSTATE 42501 naming the model and what is missing; a role without EXECUTE on
--   an entry point meets PostgreSQL's own "permission denied for function ...".

-- The schema must be the one CREATE EXTENSION made for us now, or one a superuser made: empty,
-- without grants, and owned by a superuser. A schema someone created beforehand (say a database owner) would let its creator
-- plant objects that this extension's SECURITY DEFINER code finds: refuse it.
DO $check$
DECLARE
    nsp oid := pg_catalog.to_regnamespace('pgx_inference');
    nsp_owner oid;
BEGIN
    SELECT n.nspowner INTO nsp_owner FROM pg_catalog.pg_namespace n WHERE n.oid = nsp;
    IF NOT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid = nsp_owner), false)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                   WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.refobjid = nsp
                     AND d.classid <> 'pg_catalog.pg_extension'::pg_catalog.regclass)
       OR (SELECT n.nspacl FROM pg_catalog.pg_namespace n WHERE n.oid = nsp) IS NOT NULL THEN
        RAISE EXCEPTION 'schema pgx_inference already exists and was not created for pgx_inference_ce'
            USING ERRCODE = 'duplicate_schema',
                  DETAIL = format('It is owned by role "%s"%s. Its owner could plant objects that the extension''s '
                                  'privileged code would use.', pg_catalog.pg_get_userbyid(nsp_owner),
                                  CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                                     WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                                                       AND d.refobjid = nsp)
                                       THEN ' and holds objects' ELSE '' END),
                  HINT = 'Drop the schema (DROP SCHEMA pgx_inference CASCADE) after checking what it holds, then '
                         'CREATE EXTENSION pgx_inference_ce again; the extension creates the schema itself.';
    END IF;
END
$check$;

-- The model roles. They may exist already (pg_dumpall -g restores them before the databases, and a
-- second database of the cluster shares them); then they must be plain group roles.
DO $roles$
DECLARE
    group_name text;
BEGIN
    FOREACH group_name IN ARRAY ARRAY['pgx_model_owner', 'pgx_system_administrator'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = group_name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', group_name);
        ELSIF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = group_name
                         AND (r.rolcanlogin OR r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication
                              OR r.rolbypassrls)) THEN
            RAISE EXCEPTION 'role "%" exists and is not a plain group role', group_name
                USING ERRCODE = 'duplicate_object',
                      DETAIL = 'pgx_inference_ce uses it as a model role: it must be NOLOGIN, without SUPERUSER, '
                               'CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS.',
                      HINT = format('ALTER ROLE %I NOLOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION '
                                    'NOBYPASSRLS, or drop it.', group_name);
        END IF;
    END LOOP;
END
$roles$;
COMMENT ON ROLE pgx_model_owner IS
    'pgx_inference_ce model role: may import models and manage its own (granted by pgx_grant_model_role)';
COMMENT ON ROLE pgx_system_administrator IS
    'pgx_inference_ce model role: loads and unloads models, deletes any model (granted by pgx_grant_model_role)';

REVOKE ALL ON SCHEMA pgx_inference FROM PUBLIC;
GRANT USAGE ON SCHEMA pgx_inference TO pgx_model_owner, pgx_system_administrator;

-- The role the calling code runs as (current_user: SET ROLE's choice, or a SECURITY DEFINER
-- function's owner), as an oid. SECURITY INVOKER, so it answers for the caller.
CREATE FUNCTION pgx_inference.pgx_current_role() RETURNS regrole
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT r.oid::pg_catalog.regrole FROM pg_catalog.pg_roles r WHERE r.rolname = current_user
$$;

CREATE SEQUENCE pgx_inference.pgx_models_id_seq AS integer;

CREATE TABLE pgx_inference.pgx_models (
    id          integer NOT NULL DEFAULT pg_catalog.nextval('pgx_inference.pgx_models_id_seq') PRIMARY KEY,
    name        text NOT NULL UNIQUE
                CONSTRAINT pgx_models_name_check CHECK (
                    name ~ '^[A-Za-z0-9_.-]+$' AND name !~ '^\.' AND name !~ '\.$'
                    AND position('..' IN name) = 0 AND length(name) <= 128),
    owner       regrole NOT NULL DEFAULT pgx_inference.pgx_current_role(),  -- the importer
    model_file  oid NOT NULL UNIQUE,        -- large object holding the ONNX file (the extension's)
    metadata    jsonb NOT NULL DEFAULT '{}'
                CONSTRAINT pgx_models_metadata_check CHECK (octet_length(metadata::text) <= 1048576),
    size        bigint NOT NULL DEFAULT 0,
    loaded      boolean NOT NULL DEFAULT false,
    reason      text,
    registered  boolean NOT NULL DEFAULT false, -- set by the import trigger; true in restored rows
    created_at  timestamptz NOT NULL DEFAULT now()
);
ALTER SEQUENCE pgx_inference.pgx_models_id_seq OWNED BY pgx_inference.pgx_models.id;
COMMENT ON TABLE pgx_inference.pgx_models IS
    'Imported models. Row-level security shows each role the models it may see; changes go through the pgx_* functions (or the same INSERT/UPDATE/DELETE, checked alike)';
SELECT pg_catalog.pg_extension_config_dump('pgx_inference.pgx_models', '');
SELECT pg_catalog.pg_extension_config_dump('pgx_inference.pgx_models_id_seq', '');

REVOKE ALL ON pgx_inference.pgx_models, pgx_inference.pgx_models_id_seq FROM PUBLIC;
GRANT SELECT ON pgx_inference.pgx_models TO PUBLIC;
GRANT INSERT (name, model_file, metadata), UPDATE (model_file, metadata) ON pgx_inference.pgx_models TO pgx_model_owner;
GRANT UPDATE (loaded) ON pgx_inference.pgx_models TO pgx_system_administrator;
GRANT DELETE ON pgx_inference.pgx_models TO pgx_model_owner, pgx_system_administrator;
GRANT USAGE ON SEQUENCE pgx_inference.pgx_models_id_seq TO pgx_model_owner;

-- Who sees which model: its owner, a system administrator, and a role that may use it (EXECUTE
-- on its function). Who changes which: a model owner its own models (import, update, delete), a
-- system administrator any model (load/unload, delete). Superusers bypass row-level security.
ALTER TABLE pgx_inference.pgx_models ENABLE ROW LEVEL SECURITY;
CREATE POLICY pgx_models_see ON pgx_inference.pgx_models FOR SELECT TO PUBLIC
    USING (owner = pgx_inference.pgx_current_role()
           OR pg_catalog.pg_has_role(current_user, 'pgx_system_administrator', 'USAGE')
           OR coalesce(pg_catalog.has_function_privilege(
                  current_user, pg_catalog.to_regprocedure('pgx_inference.pgx_embedding_' || id || '(text)'), 'EXECUTE'),
                  false));
CREATE POLICY pgx_models_import ON pgx_inference.pgx_models FOR INSERT TO pgx_model_owner
    WITH CHECK (owner = pgx_inference.pgx_current_role());
CREATE POLICY pgx_models_update_own ON pgx_inference.pgx_models FOR UPDATE TO pgx_model_owner
    USING (owner = pgx_inference.pgx_current_role()) WITH CHECK (owner = pgx_inference.pgx_current_role());
CREATE POLICY pgx_models_update_any ON pgx_inference.pgx_models FOR UPDATE TO pgx_system_administrator
    USING (true) WITH CHECK (true);
CREATE POLICY pgx_models_delete_own ON pgx_inference.pgx_models FOR DELETE TO pgx_model_owner
    USING (owner = pgx_inference.pgx_current_role());
CREATE POLICY pgx_models_delete_any ON pgx_inference.pgx_models FOR DELETE TO pgx_system_administrator
    USING (true);

-- Uploads: a model file written part by part straight into a large object of the extension's
-- (pgx_upload_begin, pgx_upload_write), which pgx_import_model / pgx_update_model then take over
-- as it is, without the copy that a large object of the importer's needs (see pgx_take_file).
-- The importer never holds a descriptor or a privilege on it: each part is written by the
-- extension (lo_put, which opens and closes its own descriptor), and only through this table,
-- whose row-level security gives each model owner its own uploads only. An upload lives until it
-- is imported or deleted (or its transaction rolls back); deleting it removes its large object.
-- Not dumped: an upload is work in progress, not state.
CREATE TABLE pgx_inference.pgx_uploads (
    file   oid NOT NULL PRIMARY KEY,    -- the extension's large object being written
    owner  regrole NOT NULL DEFAULT pgx_inference.pgx_current_role(),
    size   bigint NOT NULL DEFAULT 0,
    part   bytea                        -- what an INSERT or UPDATE appends to the file; never stored
);
COMMENT ON TABLE pgx_inference.pgx_uploads IS
    'Model files being uploaded (pgx_upload_begin, pgx_upload_write); each model owner sees its own';
REVOKE ALL ON pgx_inference.pgx_uploads FROM PUBLIC;
GRANT SELECT, INSERT (part), UPDATE (part), DELETE ON pgx_inference.pgx_uploads TO pgx_model_owner;
ALTER TABLE pgx_inference.pgx_uploads ENABLE ROW LEVEL SECURITY;
CREATE POLICY pgx_uploads_own ON pgx_inference.pgx_uploads FOR ALL TO pgx_model_owner
    USING (owner = pgx_inference.pgx_current_role()) WITH CHECK (owner = pgx_inference.pgx_current_role());

-- ---------------------------------------------------------------------------------------------
-- Small helpers. The checks that run as the caller use these, so PUBLIC may execute them: they
-- read nothing a caller could not read and decide nothing by themselves.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION pgx_inference.pgx_deny(msg text, detail text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = msg, DETAIL = detail;
END
$$;

-- The vendor's model name rules, with a clear error.
CREATE FUNCTION pgx_inference.pgx_check_name(model_name text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF model_name IS NULL OR model_name !~ '^[A-Za-z0-9_.-]+$' OR model_name ~ '^\.' OR model_name ~ '\.$'
       OR position('..' IN model_name) > 0 OR length(model_name) > 128 THEN
        RAISE EXCEPTION 'invalid model name "%"', left(model_name, 200) USING ERRCODE = 'invalid_name',
            DETAIL = 'Model names are 1 to 128 characters of A-Z, a-z, 0-9, "_", "." and "-", do not start or end '
                     'with "." and contain no "..".';
    END IF;
END
$$;

-- Metadata is a JSON object of at most 1 MiB (as text).
CREATE FUNCTION pgx_inference.pgx_check_metadata(model_name text, metadata jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF octet_length(metadata::text) > 1048576 THEN
        RAISE EXCEPTION 'metadata of model "%" is too large', model_name USING ERRCODE = 'program_limit_exceeded',
            DETAIL = format('It takes %s bytes as text; the limit is 1048576 bytes (1 MiB).', octet_length(metadata::text));
    END IF;
END
$$;

-- Whether a model of this name exists, for error messages that tell "no such model" from "not
-- yours" (RLS hides other roles' models). Names only; no caller-dependent decision.
CREATE FUNCTION pgx_inference.pgx_model_exists(model_name text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pgx_inference.pgx_models m WHERE m.name = model_name)
$$;

-- Raises the refusal of \a action on a model the caller's statement did not reach: "does not
-- exist", or permission denied saying what the caller (current_user) lacks.
CREATE FUNCTION pgx_inference.pgx_refuse(action text, model_name text, needs text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pgx_inference.pgx_model_exists(model_name) THEN
        RAISE EXCEPTION 'model "%" does not exist', model_name USING ERRCODE = 'undefined_object';
    END IF;
    PERFORM pgx_inference.pgx_deny(format('permission denied to %s model "%s"', action, model_name),
                                   format('Role "%s" %s.', current_user, needs));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The inference server (KServe v2 over HTTP, e.g. Triton). Internal; EXECUTE revoked from PUBLIC.
-- ---------------------------------------------------------------------------------------------
-- Settings (custom GUCs; a superuser sets them, e.g. ALTER DATABASE ... SET):
--   pgx_inference.triton_url                        base URL, e.g. http://127.0.0.1:8000; empty or
--                                                   unset: no server (load/unload only record the
--                                                   state, inference is refused)
--   pgx_inference.triton_model_repository_path      the server's model repository folder, written by
--                                                   the database server's OS account on load
--   pgx_inference.triton_restricted_header          optional "Name:Value" sent with every request
--                                                   (the server's restricted-API header)
--   pgx_inference.triton_timeout_ms                 per request (default 10000)
--   pgx_inference.total_loaded_model_size_limit     bytes the loaded models may take together (unset,
--                                                   empty or <= 0: no limit)
-- The URL, the repository folder and the size limit decide where the database server connects and
-- writes files, and how much it loads, so only their configured values count: postgresql.conf or
-- ALTER SYSTEM, ALTER DATABASE ... SET, ALTER ROLE ... [IN DATABASE ...] SET for the session's
-- login role (for these custom settings all of them need a superuser, or SET granted on the
-- parameter). A session whose value differs (SET, set_config, PGOPTIONS) is refused, whoever it
-- is: the code that changed it may have run as anyone (see pgx_server_setting). Note that any
-- session can read these settings with SHOW, the restricted header's value included: it keeps
-- other clients of the server out, not database users.
-- HTTP and file writes need PL/Python (plpython3u, untrusted: a superuser creates it). Without it
-- the extension installs all the same; pgx_http and the file functions are then stubs, and the
-- first call after plpython3u appears replaces them (pgx_require_python). HTTP calls are not
-- transactional: a load or unload in a transaction that rolls back has still happened on the server.

-- The value of \a setting_name from the configuration (pg_db_role_setting for this database and
-- the session user, in PostgreSQL's order of precedence, then the configuration files).
CREATE FUNCTION pgx_inference.pgx_configured_setting(setting_name text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(
        (SELECT substr(c, length(setting_name) + 2)
           FROM pg_catalog.pg_db_role_setting s CROSS JOIN LATERAL unnest(s.setconfig) AS c
          WHERE s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database()))
            AND s.setrole IN (0, (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = session_user))
            AND left(c, length(setting_name) + 1) = setting_name || '='
          ORDER BY s.setrole = 0, s.setdatabase = 0
          LIMIT 1),
        (SELECT f.setting FROM pg_catalog.pg_file_settings f
          WHERE f.name = setting_name AND f.error IS NULL ORDER BY f.seqno DESC LIMIT 1))
$$;

-- The configured value of a setting that says where to connect or write, or how much to load
-- (NULL when unset or empty). Refused when this session's value differs from it (see above).
CREATE FUNCTION pgx_inference.pgx_server_setting(setting_name text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    configured text := nullif(pgx_inference.pgx_configured_setting(setting_name), '');
BEGIN
    IF nullif(current_setting(setting_name, true), '') IS DISTINCT FROM configured THEN
        RAISE EXCEPTION 'setting % differs from its configured value', setting_name
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('pgx_inference_ce uses only the configured value (%s) of this setting: it says where '
                                  'the database server connects or writes files, or how much it loads, so a value '
                                  'changed in a session (SET, set_config, PGOPTIONS) is refused.',
                                  coalesce('"' || configured || '"', 'unset')),
                  HINT = format('RESET %s; a superuser changes it with ALTER DATABASE, ALTER ROLE or ALTER SYSTEM.',
                                setting_name);
    END IF;
    RETURN configured;
END
$$;

-- Raises a clear error when plpython3u is missing; installs the PL/Python implementation when the
-- language has appeared since.
CREATE FUNCTION pgx_inference.pgx_require_python() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang
                WHERE p.oid = 'pgx_inference.pgx_http(text, text, text, text, text, integer)'::pg_catalog.regprocedure
                  AND l.lanname = 'plpython3u') THEN
        RETURN;
    END IF;
    IF pgx_inference.pgx_install_python() THEN
        RETURN;
    END IF;
    RAISE EXCEPTION 'pgx_inference_ce needs plpython3u in database "%" to use the inference server', current_database()
        USING ERRCODE = 'feature_not_supported',
              DETAIL = 'pgx_inference.triton_url is set: loading, unloading and inference go to the inference server '
                       'over HTTP, and loading writes the model files, through PL/Python (plpython3u).',
              HINT = 'A superuser runs CREATE EXTENSION plpython3u in this database (package postgresql-plpython3-15); '
                     'pgx_inference_ce uses it from the next call on. Or unset pgx_inference.triton_url.';
END
$$;

-- Stubs, replaced by pgx_install_python(); they keep their (revoked) privileges when replaced.
-- The PL/Python functions report failures as values (no "plpy.Error:" prefixes); pgx_request and
-- the callers raise them.
CREATE FUNCTION pgx_inference.pgx_http(method text, base_url text, path text, body text, header text,
                                       timeout_ms integer, OUT status integer, OUT answer text,
                                       OUT error_state text, OUT error_message text, OUT error_detail text,
                                       OUT error_hint text)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pgx_inference.pgx_require_python();
    SELECT * INTO status, answer, error_state, error_message, error_detail, error_hint
      FROM pgx_inference.pgx_http(method, base_url, path, body, header, timeout_ms);
END
$$;

CREATE FUNCTION pgx_inference.pgx_write_model_files(repository text, model_name text, model_file oid, config text,
                                                    marker text)
RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pgx_inference.pgx_require_python();
    RETURN pgx_inference.pgx_write_model_files(repository, model_name, model_file, config, marker);
END
$$;

CREATE FUNCTION pgx_inference.pgx_remove_model_files(repository text, model_name text, marker text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pgx_inference.pgx_require_python();
    RETURN pgx_inference.pgx_remove_model_files(repository, model_name, marker);
END
$$;

CREATE FUNCTION pgx_inference.pgx_model_folder_state(repository text, model_name text, marker text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pgx_inference.pgx_require_python();
    RETURN pgx_inference.pgx_model_folder_state(repository, model_name, marker);
END
$$;

-- Replaces the stubs above with PL/Python when the database has plpython3u; true when it did.
CREATE FUNCTION pgx_inference.pgx_install_python() RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $install$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_language WHERE lanname = 'plpython3u') THEN
        RETURN false;
    END IF;

    -- One HTTP request: the status and body, or an error (SQLSTATE, message naming the server, the
    -- request and the cause, detail, hint).
    EXECUTE $def$
    CREATE OR REPLACE FUNCTION pgx_inference.pgx_http(method text, base_url text, path text, body text,
                                                      header text, timeout_ms integer, OUT status integer,
                                                      OUT answer text, OUT error_state text, OUT error_message text,
                                                      OUT error_detail text, OUT error_hint text)
    LANGUAGE plpython3u SET search_path = pg_catalog, pg_temp AS $py$
import json
import urllib.error
import urllib.parse
import urllib.request

def failed(state, message, detail=None, hint=None):
    return (None, None, state, message, detail, hint)

base = (base_url or '').rstrip('/')
if urllib.parse.urlsplit(base).scheme not in ('http', 'https'):
    return failed('22023', 'pgx_inference.triton_url must be an http:// or https:// URL, not "%s"' % base_url)
wait_ms = timeout_ms if timeout_ms and timeout_ms > 0 else 10000
request = urllib.request.Request(base + path, data=None if body is None else body.encode('utf-8'), method=method)
request.add_header('Content-Type', 'application/json')
if header:
    name, colon, value = header.partition(':')
    if not colon or not name.strip():
        return failed('22023', 'pgx_inference.triton_restricted_header must be "Name:Value", not "%s"' % header)
    request.add_header(name.strip(), value.strip())
# Straight to the server: proxy variables in the database server's environment do not apply.
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
late = ('inference server %s did not answer %s %s within %d ms' % (base, method, path, wait_ms),
        'Raise pgx_inference.triton_timeout_ms, or check the server.')
try:
    with opener.open(request, timeout=wait_ms / 1000.0) as reply:
        return (reply.status, reply.read().decode('utf-8', 'replace'), None, None, None, None)
except urllib.error.HTTPError as e:
    text = e.read().decode('utf-8', 'replace').strip()
    try:
        text = json.loads(text).get('error') or text
    except Exception:
        pass
    message = 'inference server %s answered HTTP %d to %s %s: %s' % (base, e.code, method, path, text or e.reason)
    if e.code in (401, 403):
        return failed('28000', message, None,
                      'The server restricts this API: set pgx_inference.triton_restricted_header to the header '
                      'it expects ("Name:Value").')
    return failed('58000', message)
except urllib.error.URLError as e:
    if isinstance(e.reason, TimeoutError):
        return failed('08001', late[0], None, late[1])
    return failed('08001', 'inference server %s is unreachable: %s' % (base, e.reason),
                  '%s %s%s' % (method, base, path), 'Start the server, or correct pgx_inference.triton_url.')
except TimeoutError:
    return failed('08001', late[0], None, late[1])
except (OSError, ValueError) as e:
    return failed('08001', 'inference server %s: %s %s failed: %s' % (base, method, path, e))
    $py$
    $def$;

    -- REPOSITORY/NAME/config.pbtxt and REPOSITORY/NAME/1/model.onnx (the large object, exported by
    -- the server without passing through memory), each written under a temporary name and renamed;
    -- folders 0755, files 0644, so that a server running as another account can read them. The
    -- folder gets a marker file (.pgx_inference_ce, holding \a marker): a folder that exists without
    -- this marker belongs to someone else and is left alone. NULL, or what went wrong (after
    -- removing what was written).
    EXECUTE $def$
    CREATE OR REPLACE FUNCTION pgx_inference.pgx_write_model_files(repository text, model_name text,
                                                                   model_file oid, config text, marker text)
    RETURNS text
    LANGUAGE plpython3u SET search_path = pg_catalog, pg_temp AS $py$
import os

if not os.path.isdir(repository):
    return 'the model repository folder %s does not exist' % repository
folder = os.path.join(repository, model_name)
version = os.path.join(folder, '1')
mark = os.path.join(folder, '.pgx_inference_ce')
if os.path.lexists(folder):
    try:
        with open(mark, encoding='utf-8') as f:
            ours = f.read() == marker
    except OSError:
        ours = False
    if os.path.islink(folder) or not os.path.isdir(folder) or not ours:
        return ('the folder %s exists and was not made by pgx_inference_ce for this model: it is left alone '
                '(remove or rename it, or choose another model name)' % folder)
created = []
written = []
try:
    for d in (folder, version):
        if not os.path.isdir(d):
            os.mkdir(d, 0o755)
            created.append(d)
            os.chmod(d, 0o755)
    for final, write in ((mark, 'mark'), (os.path.join(version, 'model.onnx'), 'lo'),
                         (os.path.join(folder, 'config.pbtxt'), 'text')):
        tmp = os.path.join(os.path.dirname(final), '.%s.%d' % (os.path.basename(final), os.getpid()))
        written.append(tmp)
        if write == 'lo':
            plpy.execute(plpy.prepare('SELECT pg_catalog.lo_export($1, $2)', ['oid', 'text']), [model_file, tmp])
        else:
            with open(tmp, 'w', encoding='utf-8') as f:
                f.write(config if write == 'text' else marker)
        os.chmod(tmp, 0o644)
        os.replace(tmp, final)
        written[-1] = final
except (OSError, plpy.SPIError) as e:
    for p in reversed(written):
        try:
            os.unlink(p)
        except OSError:
            pass
    for d in reversed(created):
        try:
            os.rmdir(d)
        except OSError:
            pass
    return 'could not write the files of model "%s" into %s: %s' % (model_name, repository, e)
return None
    $py$
    $def$;

    -- 'absent', 'ours' (the folder carries this model's marker) or 'foreign'.
    EXECUTE $def$
    CREATE OR REPLACE FUNCTION pgx_inference.pgx_model_folder_state(repository text, model_name text, marker text)
    RETURNS text
    LANGUAGE plpython3u SET search_path = pg_catalog, pg_temp AS $py$
import os

folder = os.path.join(repository, model_name)
if not os.path.lexists(folder):
    return 'absent'
try:
    with open(os.path.join(folder, '.pgx_inference_ce'), encoding='utf-8') as f:
        ours = f.read() == marker
except OSError:
    ours = False
return 'ours' if ours and not os.path.islink(folder) else 'foreign'
    $py$
    $def$;

    -- Removes the files pgx_write_model_files writes, and the model's folders when empty, if the
    -- folder holds this model's marker; a folder without it is someone else's and is left alone.
    -- NULL when removed or absent, 'foreign' for someone else's folder, or what went wrong.
    EXECUTE $def$
    CREATE OR REPLACE FUNCTION pgx_inference.pgx_remove_model_files(repository text, model_name text, marker text)
    RETURNS text
    LANGUAGE plpython3u SET search_path = pg_catalog, pg_temp AS $py$
import os

folder = os.path.join(repository, model_name)
version = os.path.join(folder, '1')
mark = os.path.join(folder, '.pgx_inference_ce')
if not os.path.lexists(folder):
    return None
try:
    with open(mark, encoding='utf-8') as f:
        ours = f.read() == marker
except OSError:
    ours = False
if os.path.islink(folder) or not ours:
    return 'foreign'
try:
    for p in (os.path.join(version, 'model.onnx'), os.path.join(folder, 'config.pbtxt'), mark):
        if os.path.lexists(p):
            os.unlink(p)
    for d in (version, folder):
        if os.path.isdir(d) and not os.listdir(d):
            os.rmdir(d)
except OSError as e:
    return str(e)
return None
    $py$
    $def$;
    RETURN true;
END
$install$;

-- Raises an error with the given parts (RAISE refuses NULL options, so this sorts them out).
CREATE FUNCTION pgx_inference.pgx_raise(state text, msg text, detail text, hint text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF detail IS NULL OR detail = '' THEN
        IF hint IS NULL OR hint = '' THEN
            RAISE EXCEPTION USING ERRCODE = state, MESSAGE = msg;
        END IF;
        RAISE EXCEPTION USING ERRCODE = state, MESSAGE = msg, HINT = hint;
    END IF;
    IF hint IS NULL OR hint = '' THEN
        RAISE EXCEPTION USING ERRCODE = state, MESSAGE = msg, DETAIL = detail;
    END IF;
    RAISE EXCEPTION USING ERRCODE = state, MESSAGE = msg, DETAIL = detail, HINT = hint;
END
$$;

-- One request to the inference server: the answer's body, or the error pgx_http reported, its
-- message after \a failure ("could not load model ...: ") when that is given.
CREATE FUNCTION pgx_inference.pgx_request(method text, url text, header text, timeout_ms integer, path text,
                                          body text, failure text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
    state text;
    msg text;
    detail text;
    hint text;
BEGIN
    BEGIN
        PERFORM pgx_inference.pgx_require_python();
    EXCEPTION WHEN OTHERS THEN
        IF failure IS NULL THEN
            RAISE;
        END IF;
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL,
                                hint = PG_EXCEPTION_HINT;
        PERFORM pgx_inference.pgx_raise(state, failure || ': ' || msg, detail, hint);
    END;
    SELECT * INTO r FROM pgx_inference.pgx_http(method, url, path, body, header, timeout_ms);
    IF r.error_state IS NOT NULL THEN
        PERFORM pgx_inference.pgx_raise(r.error_state, concat_ws(': ', failure, r.error_message), r.error_detail,
                                        r.error_hint);
    END IF;
    RETURN r.answer;
END
$$;

-- The inference server's settings, or NULL when pgx_inference.triton_url is not set.
CREATE FUNCTION pgx_inference.pgx_server(OUT url text, OUT header text, OUT timeout_ms integer)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    timeout_text text := nullif(current_setting('pgx_inference.triton_timeout_ms', true), '');
BEGIN
    url := pgx_inference.pgx_server_setting('pgx_inference.triton_url');
    header := nullif(current_setting('pgx_inference.triton_restricted_header', true), '');
    IF timeout_text IS NULL THEN
        timeout_ms := 10000;
    ELSIF timeout_text ~ '^\s*[0-9]{1,9}\s*$' AND timeout_text::integer > 0 THEN
        timeout_ms := timeout_text::integer;
    ELSE
        RAISE EXCEPTION 'pgx_inference.triton_timeout_ms must be a positive number of milliseconds, not "%"',
            timeout_text USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

-- The config.pbtxt of a model for Triton's ONNX Runtime backend: text in, FP32 vectors of the
-- model's metadata "dimension" (default 384) out.
CREATE FUNCTION pgx_inference.pgx_model_config(m pgx_inference.pgx_models) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    dim_text text := coalesce(m.metadata ->> 'dimension', '384');
BEGIN
    IF dim_text !~ '^[0-9]{1,5}$' OR dim_text::integer NOT BETWEEN 1 AND 65536 THEN
        RAISE EXCEPTION 'could not load model "%"', m.name USING ERRCODE = 'invalid_parameter_value',
            DETAIL = format('The metadata key "dimension" must be a number from 1 to 65536, not %s.', m.metadata -> 'dimension');
    END IF;
    RETURN format(E'name: "%s"\nplatform: "onnxruntime_onnx"\nmax_batch_size: 0\n'
                  'input [\n  {\n    name: "TEXT"\n    data_type: TYPE_STRING\n    dims: [ -1 ]\n  }\n]\n'
                  'output [\n  {\n    name: "EMBEDDING"\n    data_type: TYPE_FP32\n    dims: [ -1, %s ]\n  }\n]\n',
                  m.name, dim_text::integer);
END
$$;

REVOKE ALL ON FUNCTION pgx_inference.pgx_configured_setting(text), pgx_inference.pgx_server_setting(text),
    pgx_inference.pgx_require_python(), pgx_inference.pgx_install_python(),
    pgx_inference.pgx_http(text, text, text, text, text, integer),
    pgx_inference.pgx_request(text, text, text, integer, text, text, text),
    pgx_inference.pgx_write_model_files(text, text, oid, text, text), pgx_inference.pgx_remove_model_files(text, text, text),
    pgx_inference.pgx_model_folder_state(text, text, text),
    pgx_inference.pgx_raise(text, text, text, text), pgx_inference.pgx_server(),
    pgx_inference.pgx_model_config(pgx_inference.pgx_models)
  FROM PUBLIC;


-- Chooses the implementation: PL/Python when the database has plpython3u, else the stubs.
SELECT pgx_inference.pgx_install_python();

-- ---------------------------------------------------------------------------------------------
-- Privileged internals (EXECUTE revoked from PUBLIC; reached only from the trigger functions and
-- the per-model functions below, which run as the extension owner)
-- ---------------------------------------------------------------------------------------------

-- What marks a model folder in the inference server's repository as this model's, in this
-- database of this cluster.
CREATE FUNCTION pgx_inference.pgx_marker(model_id integer) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT format('pgx_inference_ce %s %s %s', (SELECT c.system_identifier FROM pg_catalog.pg_control_system() c),
                  (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database()), model_id)
$$;

-- Takes a large object over as a model file: its bytes are copied into a new large object owned by
-- the extension owner (the role this runs as; no ACL), the given one is removed, and the new one's
-- oid and size are returned. A copy, not ALTER LARGE OBJECT ... OWNER and REVOKE: a descriptor
-- opened on the given object before the import (by the importer, or by a role it had granted
-- UPDATE, in a transaction still open) keeps writing through any later privilege change, so only
-- a new object leaves nobody a handle on the model file. Reads and writes in 1 MiB parts (a model
-- can exceed bytea's 1 GB).
-- An upload (pgx_uploads) is already the extension's, written by nobody else: it is taken as it is,
-- and its row removed once the model row is written (pgx_models_5_uploaded).
CREATE FUNCTION pgx_inference.pgx_take_file(lo oid, model_name text, OUT file oid, OUT file_size bigint)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    src integer;
    dst integer;
    part bytea;
BEGIN
    IF EXISTS (SELECT 1 FROM pgx_inference.pgx_uploads u WHERE u.file = lo) THEN
        file := lo;
        file_size := pgx_inference.pgx_file_size(file, model_name);
        RETURN;
    END IF;
    file := pg_catalog.lo_create(0);
    src := pg_catalog.lo_open(lo, 262144 /* INV_READ */);
    dst := pg_catalog.lo_open(file, 131072 /* INV_WRITE */);
    LOOP
        part := pg_catalog.loread(src, 1048576);
        EXIT WHEN pg_catalog.length(part) = 0;
        PERFORM pg_catalog.lowrite(dst, part);
    END LOOP;
    PERFORM pg_catalog.lo_close(src);
    PERFORM pg_catalog.lo_close(dst);
    PERFORM pg_catalog.lo_unlink(lo); -- also closes this session's descriptors on it
    IF current_setting('lo_compat_privileges')::boolean THEN
        RAISE WARNING 'lo_compat_privileges is on: every role can read and write every large object, model files included'
            USING HINT = 'A superuser turns it off (ALTER SYSTEM SET lo_compat_privileges = off).';
    END IF;
    file_size := pgx_inference.pgx_file_size(file, model_name);
END
$$;

CREATE FUNCTION pgx_inference.pgx_file_size(lo oid, model_name text) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    fd integer;
    file_size bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_largeobject_metadata l
                    WHERE l.oid = lo AND l.lomowner = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)) THEN
        RAISE EXCEPTION 'the file of model "%" (large object %) is missing or not the extension''s', model_name, lo
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    fd := pg_catalog.lo_open(lo, 262144 /* INV_READ */);
    file_size := pg_catalog.lo_lseek64(fd, 0, 2 /* SEEK_END */);
    PERFORM pg_catalog.lo_close(fd);
    RETURN file_size;
END
$$;

-- The model's functions: pgx_embedding_<id>(text), owned by the importer, SECURITY DEFINER, EXECUTE
-- revoked from PUBLIC (EXECUTE on it is "use model"; its owner grants it); and two that only the
-- importer may execute: pgx_model_<id>_infer (what pgx_embedding_<id> calls, as its owner) and
-- pgx_model_<id>_file (the model file, in parts).
CREATE FUNCTION pgx_inference.pgx_create_model_functions(model_id integer, importer regrole) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $create$
DECLARE
    infer_fn text := format('pgx_model_%s_infer', model_id);
    file_fn text := format('pgx_model_%s_file', model_id);
    use_fn text := format('pgx_embedding_%s', model_id);
BEGIN
    EXECUTE format($f$CREATE FUNCTION pgx_inference.%I(input text) RETURNS real[]
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
        BEGIN
            RETURN pgx_inference.pgx_infer(%s, input);
        END
        $body$$f$, infer_fn, model_id);
    EXECUTE format($f$CREATE FUNCTION pgx_inference.%I(start bigint, length integer) RETURNS bytea
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
        BEGIN
            RETURN pgx_inference.pgx_read_file(%s, start, length);
        END
        $body$$f$, file_fn, model_id);
    EXECUTE format($f$CREATE FUNCTION pgx_inference.%I(input text) RETURNS real[]
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
        BEGIN
            RETURN pgx_inference.%I(input);
        END
        $body$$f$, use_fn, infer_fn);
    EXECUTE format('REVOKE ALL ON FUNCTION pgx_inference.%I(text), pgx_inference.%I(bigint, integer), '
                   'pgx_inference.%I(text) FROM PUBLIC', infer_fn, file_fn, use_fn);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pgx_inference.%I(text), pgx_inference.%I(bigint, integer) TO %s',
                   infer_fn, file_fn, importer);
    EXECUTE format('ALTER FUNCTION pgx_inference.%I(text) OWNER TO %s', use_fn, importer);
END
$create$;

CREATE FUNCTION pgx_inference.pgx_drop_model_functions(model_id integer) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    EXECUTE format('DROP FUNCTION IF EXISTS pgx_inference.%I(text)', 'pgx_embedding_' || model_id);
    EXECUTE format('DROP FUNCTION IF EXISTS pgx_inference.%I(text)', 'pgx_model_' || model_id || '_infer');
    EXECUTE format('DROP FUNCTION IF EXISTS pgx_inference.%I(bigint, integer)', 'pgx_model_' || model_id || '_file');
END
$$;

-- A part of the model file (NULL start/length: all of it), for pgx_model_<id>_file, which only
-- the importer may execute. The importer must still hold model_owner (the manual's model owner).
CREATE FUNCTION pgx_inference.pgx_read_file(model_id integer, start bigint, length integer) RETURNS bytea
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    m pgx_inference.pgx_models;
BEGIN
    SELECT * INTO m FROM pgx_inference.pgx_models WHERE id = model_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'model % does not exist', model_id USING ERRCODE = 'undefined_object';
    END IF;
    IF NOT pg_catalog.pg_has_role(m.owner, 'pgx_model_owner', 'USAGE') THEN
        PERFORM pgx_inference.pgx_deny(format('permission denied to read the file of model "%s"', m.name),
            format('Its owner, role "%s", no longer holds the model_owner role.', m.owner));
    END IF;
    IF start IS NULL AND length IS NULL THEN
        RETURN pg_catalog.lo_get(m.model_file);
    END IF;
    IF start < 0 OR length < 0 THEN
        RAISE EXCEPTION 'invalid range % + % of the file of model "%"', start, length, m.name
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN pg_catalog.lo_get(m.model_file, coalesce(start, 0), coalesce(length, 0));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Triggers on pgx_models: checks as the caller first (pgx_models_1_*), then the privileged work
-- (pgx_models_2_*, pgx_models_3_*).
-- ---------------------------------------------------------------------------------------------

-- SECURITY INVOKER: current_user is the role whose statement changes the row.
CREATE FUNCTION pgx_inference.pgx_models_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me regrole := pgx_inference.pgx_current_role();
    su boolean := (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user);
    lo_owner oid;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.loaded THEN
            RAISE EXCEPTION 'model "%" is loaded', OLD.name USING ERRCODE = 'object_in_use',
                DETAIL = 'A loaded model cannot be deleted.',
                HINT = format('Unload it first: SELECT pgx_inference.pgx_unload_model(%L).', OLD.name);
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NOT su THEN
            NEW.owner := me;            -- the importer owns the model (policy pgx_models_import agrees)
            NEW.registered := false;    -- only a restore (a superuser's) brings registered rows
        END IF;
        PERFORM pgx_inference.pgx_check_name(NEW.name);
    END IF;
    PERFORM pgx_inference.pgx_check_metadata(NEW.name, NEW.metadata);
    IF TG_OP = 'UPDATE' AND NOT su
       AND (NEW.model_file, NEW.metadata) IS DISTINCT FROM (OLD.model_file, OLD.metadata)
       AND NOT (OLD.owner = me AND pg_catalog.pg_has_role(current_user, 'pgx_model_owner', 'USAGE')) THEN
        PERFORM pgx_inference.pgx_deny(format('permission denied to update model "%s"', OLD.name),
            format('Role "%s" must hold the model_owner role and own model "%s".', current_user, OLD.name));
    END IF;
    IF (TG_OP = 'INSERT' AND NOT NEW.registered)
       OR (TG_OP = 'UPDATE' AND NEW.model_file IS DISTINCT FROM OLD.model_file) THEN
        -- The file must be a large object of the caller's (a superuser may use any)...
        SELECT l.lomowner INTO lo_owner FROM pg_catalog.pg_largeobject_metadata l WHERE l.oid = NEW.model_file;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'large object % does not exist', NEW.model_file USING ERRCODE = 'undefined_object';
        END IF;
        -- Or an upload of the caller's (the policy shows the caller its own uploads only).
        IF NOT su AND lo_owner <> me
           AND NOT EXISTS (SELECT 1 FROM pgx_inference.pgx_uploads u WHERE u.file = NEW.model_file AND u.owner = me) THEN
            PERFORM pgx_inference.pgx_deny(
                format('permission denied to use large object %s as the file of model "%s"', NEW.model_file, NEW.name),
                format('Role "%s" must own the large object or have uploaded it (pgx_upload_begin); it is owned by "%s".', current_user,
                       pg_catalog.pg_get_userbyid(lo_owner)));
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- SECURITY DEFINER: import (take the file over, create the model's functions) and file
-- replacement. A row a restore brings (registered) keeps what it has: its functions and file were
-- restored with it; it comes back unloaded.
CREATE FUNCTION pgx_inference.pgx_models_register() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.registered THEN
            IF NEW.loaded THEN
                NEW.loaded := false;
                NEW.reason := 'restored: a system administrator loads it again';
            END IF;
            RETURN NEW;
        END IF;
        IF EXISTS (SELECT 1 FROM pgx_inference.pgx_models m WHERE m.name = NEW.name) THEN
            RAISE EXCEPTION 'model "%" already exists', NEW.name USING ERRCODE = 'duplicate_object';
        END IF;
        IF EXISTS (SELECT 1 FROM pgx_inference.pgx_models m WHERE m.model_file = NEW.model_file) THEN
            RAISE EXCEPTION 'large object % is already the file of another model', NEW.model_file
                USING ERRCODE = 'unique_violation';
        END IF;
        SELECT t.file, t.file_size INTO NEW.model_file, NEW.size
          FROM pgx_inference.pgx_take_file(NEW.model_file, NEW.name) t;
        NEW.loaded := false;
        NEW.reason := NULL;
        NEW.registered := true;
        PERFORM pgx_inference.pgx_create_model_functions(NEW.id, NEW.owner);
        RETURN NEW;
    END IF;
    IF NEW.model_file IS DISTINCT FROM OLD.model_file THEN
        IF EXISTS (SELECT 1 FROM pgx_inference.pgx_models m WHERE m.model_file = NEW.model_file) THEN
            RAISE EXCEPTION 'large object % is already the file of another model', NEW.model_file
                USING ERRCODE = 'unique_violation';
        END IF;
        SELECT t.file, t.file_size INTO NEW.model_file, NEW.size
          FROM pgx_inference.pgx_take_file(NEW.model_file, NEW.name) t;
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_largeobject_metadata l WHERE l.oid = OLD.model_file) THEN
            PERFORM pg_catalog.lo_unlink(OLD.model_file);
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- SECURITY DEFINER: load (size limit, files into the server's repository, load request) and unload
-- (unload request, files removed) when an UPDATE sets "loaded". Only folders that carry this
-- model's marker are touched.
CREATE FUNCTION pgx_inference.pgx_models_load() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    limit_text text;
    size_limit bigint;
    total bigint;
    server record;
    repository text;
    marker text := pgx_inference.pgx_marker(NEW.id);
    state text;
    msg text;
BEGIN
    IF NEW.loaded AND OLD.loaded THEN
        RETURN NEW;
    END IF;
    server := pgx_inference.pgx_server();
    IF server.url IS NOT NULL THEN
        repository := pgx_inference.pgx_server_setting('pgx_inference.triton_model_repository_path');
        IF repository IS NULL OR repository !~ '^/' THEN
            RAISE EXCEPTION 'could not % model "%"', CASE WHEN NEW.loaded THEN 'load' ELSE 'unload' END, NEW.name
                USING ERRCODE = 'object_not_in_prerequisite_state',
                DETAIL = format('pgx_inference.triton_url is set, so pgx_inference.triton_model_repository_path must '
                                'be the absolute path of the inference server''s model repository, not %s.',
                                coalesce('"' || repository || '"', 'unset')),
                HINT = 'A superuser sets it, e.g. ALTER DATABASE ... SET pgx_inference.triton_model_repository_path = ''/srv/models''.';
        END IF;
    END IF;

    IF NOT NEW.loaded THEN
        IF server.url IS NOT NULL THEN
            PERFORM pgx_inference.pgx_require_python();
            state := pgx_inference.pgx_model_folder_state(repository, NEW.name, marker);
            -- A model this extension never placed on the server is not asked to unload: a model of
            -- the same name there is someone else's.
            IF OLD.loaded OR state = 'ours' THEN
                PERFORM pgx_inference.pgx_request('POST', server.url, server.header, server.timeout_ms,
                                                  '/v2/repository/models/' || NEW.name || '/unload', '{}',
                                                  format('could not unload model "%s"', NEW.name));
            END IF;
            IF state = 'foreign' THEN
                RAISE WARNING 'model "%": the folder % in the model repository was not made by pgx_inference_ce for '
                              'this model and is left alone', NEW.name, repository || '/' || NEW.name;
            ELSIF state = 'ours' THEN
                msg := pgx_inference.pgx_remove_model_files(repository, NEW.name, marker);
                IF msg IS NOT NULL THEN
                    RAISE WARNING 'model "%" is unloaded, but its files stay in %: %', NEW.name, repository, msg;
                END IF;
            END IF;
        END IF;
        NEW.reason := 'unloaded';
        RETURN NEW;
    END IF;

    -- Load. The size is measured again: the file is the extension's, but the limit counts what
    -- is really there.
    NEW.size := pgx_inference.pgx_file_size(NEW.model_file, NEW.name);
    limit_text := pgx_inference.pgx_server_setting('pgx_inference.total_loaded_model_size_limit');
    IF limit_text IS NOT NULL THEN
        IF limit_text !~ '^\s*-?[0-9]{1,18}\s*$' THEN
            RAISE EXCEPTION 'could not load model "%"', NEW.name USING ERRCODE = 'invalid_parameter_value',
                DETAIL = format('pgx_inference.total_loaded_model_size_limit must be a number of bytes, not "%s".', limit_text);
        END IF;
        size_limit := limit_text::bigint;
        SELECT coalesce(sum(m.size), 0) INTO total FROM pgx_inference.pgx_models m WHERE m.loaded AND m.id <> NEW.id;
        IF size_limit > 0 AND total + NEW.size > size_limit THEN
            RAISE EXCEPTION 'could not load model "%"', NEW.name USING ERRCODE = 'program_limit_exceeded',
                DETAIL = format('Loading %s bytes would bring the total size of the loaded models to %s bytes, '
                                'over pgx_inference.total_loaded_model_size_limit (%s bytes).',
                                NEW.size, total + NEW.size, size_limit);
        END IF;
    END IF;
    IF server.url IS NULL THEN
        NEW.reason := 'no inference server is configured (pgx_inference.triton_url): only the state was recorded';
        RETURN NEW;
    END IF;
    PERFORM pgx_inference.pgx_require_python();
    msg := pgx_inference.pgx_write_model_files(repository, NEW.name, NEW.model_file, pgx_inference.pgx_model_config(NEW),
                                               marker);
    IF msg IS NOT NULL THEN
        RAISE EXCEPTION 'could not load model "%": %', NEW.name, msg USING ERRCODE = 'io_error',
            HINT = 'The model repository folder must exist and be writable by the database server''s '
                   'operating-system account.';
    END IF;
    BEGIN
        PERFORM pgx_inference.pgx_request('POST', server.url, server.header, server.timeout_ms,
                                          '/v2/repository/models/' || NEW.name || '/load', '{}',
                                          format('could not load model "%s"', NEW.name));
    EXCEPTION WHEN OTHERS THEN
        PERFORM pgx_inference.pgx_remove_model_files(repository, NEW.name, marker); -- what the load wrote
        RAISE;
    END;
    NEW.reason := NULL;
    RETURN NEW;
END
$$;

-- SECURITY DEFINER: a deleted model's functions and file go with it.
CREATE FUNCTION pgx_inference.pgx_models_drop() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pgx_inference.pgx_drop_model_functions(OLD.id);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_largeobject_metadata l WHERE l.oid = OLD.model_file) THEN
        PERFORM pg_catalog.lo_unlink(OLD.model_file);
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER pgx_models_1_check BEFORE INSERT OR UPDATE OR DELETE ON pgx_inference.pgx_models
    FOR EACH ROW EXECUTE FUNCTION pgx_inference.pgx_models_check();
CREATE TRIGGER pgx_models_2_register BEFORE INSERT OR UPDATE OF model_file ON pgx_inference.pgx_models
    FOR EACH ROW EXECUTE FUNCTION pgx_inference.pgx_models_register();
CREATE TRIGGER pgx_models_3_load BEFORE UPDATE OF loaded ON pgx_inference.pgx_models
    FOR EACH ROW EXECUTE FUNCTION pgx_inference.pgx_models_load();
CREATE TRIGGER pgx_models_4_drop AFTER DELETE ON pgx_inference.pgx_models
    FOR EACH ROW EXECUTE FUNCTION pgx_inference.pgx_models_drop();

-- SECURITY DEFINER: an upload that became a model's file is done; its row goes (the file stays).
CREATE FUNCTION pgx_inference.pgx_models_uploaded() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM pgx_inference.pgx_uploads u WHERE u.file = NEW.model_file;
    RETURN NULL;
END
$$;
CREATE TRIGGER pgx_models_5_uploaded AFTER INSERT OR UPDATE OF model_file ON pgx_inference.pgx_models
    FOR EACH ROW EXECUTE FUNCTION pgx_inference.pgx_models_uploaded();

-- SECURITY INVOKER: the caller's upload keeps its owner, file and size; only "part" is the caller's.
CREATE FUNCTION pgx_inference.pgx_uploads_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.owner := pgx_inference.pgx_current_role(); -- policy pgx_uploads_own agrees
        NEW.file := NULL;                              -- the extension makes the file
        NEW.size := 0;
    ELSE
        NEW.owner := OLD.owner;
        NEW.file := OLD.file;
        NEW.size := OLD.size;
    END IF;
    RETURN NEW;
END
$$;

-- SECURITY DEFINER: makes the upload's large object (the extension's, no ACL) and appends each part.
CREATE FUNCTION pgx_inference.pgx_uploads_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.file := pg_catalog.lo_create(0);
    END IF;
    IF NEW.part IS NOT NULL AND pg_catalog.octet_length(NEW.part) > 0 THEN
        PERFORM pg_catalog.lo_put(NEW.file, NEW.size, NEW.part);
        NEW.size := NEW.size + pg_catalog.octet_length(NEW.part);
    END IF;
    NEW.part := NULL;
    RETURN NEW;
END
$$;

-- SECURITY DEFINER: a deleted upload's file goes with it, unless it became a model's.
CREATE FUNCTION pgx_inference.pgx_uploads_drop() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pgx_inference.pgx_models m WHERE m.model_file = OLD.file)
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_largeobject_metadata l WHERE l.oid = OLD.file) THEN
        PERFORM pg_catalog.lo_unlink(OLD.file);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER pgx_uploads_1_check BEFORE INSERT OR UPDATE ON pgx_inference.pgx_uploads
    FOR EACH ROW EXECUTE FUNCTION pgx_inference.pgx_uploads_check();
CREATE TRIGGER pgx_uploads_2_write BEFORE INSERT OR UPDATE ON pgx_inference.pgx_uploads
    FOR EACH ROW EXECUTE FUNCTION pgx_inference.pgx_uploads_write();
CREATE TRIGGER pgx_uploads_3_drop AFTER DELETE ON pgx_inference.pgx_uploads
    FOR EACH ROW EXECUTE FUNCTION pgx_inference.pgx_uploads_drop();

-- Inference for pgx_model_<id>_infer: POST /v2/models/<name>/infer with the text as one BYTES
-- element; the FP32 vector back. Who may use the model was decided by PostgreSQL (EXECUTE on
-- pgx_embedding_<id>) before this runs.
CREATE FUNCTION pgx_inference.pgx_infer(model_id integer, input text) RETURNS real[]
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    m pgx_inference.pgx_models;
    server record;
    answer text;
    reply jsonb;
    output jsonb;
    result real[];
BEGIN
    SELECT * INTO m FROM pgx_inference.pgx_models WHERE id = model_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'model % does not exist', model_id USING ERRCODE = 'undefined_object';
    END IF;
    IF input IS NULL THEN
        RETURN NULL;
    END IF;
    server := pgx_inference.pgx_server();
    IF server.url IS NULL THEN
        RAISE EXCEPTION 'could not run model "%": no inference server configured (pgx_inference.triton_url)', m.name
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'A superuser sets it, e.g. ALTER DATABASE ... SET pgx_inference.triton_url = ''http://127.0.0.1:8000'', '
                         'and a system administrator loads the model.';
    END IF;
    IF NOT m.loaded THEN
        RAISE EXCEPTION 'could not run model "%": the model is not loaded', m.name
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = format('A system administrator loads it: SELECT pgx_inference.pgx_load_model(%L).', m.name);
    END IF;
    answer := pgx_inference.pgx_request(
        'POST', server.url, server.header, server.timeout_ms, '/v2/models/' || m.name || '/infer',
        jsonb_build_object('inputs', jsonb_build_array(jsonb_build_object(
            'name', 'TEXT', 'shape', jsonb_build_array(1), 'datatype', 'BYTES', 'data', jsonb_build_array(input))))::text);
    BEGIN
        reply := answer::jsonb;
    EXCEPTION WHEN invalid_text_representation THEN
        RAISE EXCEPTION 'inference server % sent an answer for model "%" that is not JSON', server.url, m.name
            USING ERRCODE = 'system_error', DETAIL = left(answer, 200);
    END;
    IF jsonb_typeof(reply -> 'outputs') = 'array' THEN
        SELECT o INTO output FROM jsonb_array_elements(reply -> 'outputs') AS o
         ORDER BY o ->> 'name' IS NOT DISTINCT FROM 'EMBEDDING' DESC LIMIT 1;
    END IF;
    IF jsonb_typeof(output) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'inference server % sent no output for model "%"', server.url, m.name
            USING ERRCODE = 'system_error', DETAIL = left(answer, 200);
    END IF;
    IF output ->> 'datatype' IS DISTINCT FROM 'FP32' THEN
        RAISE EXCEPTION 'inference server % sent datatype % for model "%", not FP32', server.url,
            coalesce(output ->> 'datatype', 'none'), m.name USING ERRCODE = 'system_error';
    END IF;
    IF jsonb_typeof(output -> 'data') IS DISTINCT FROM 'array' OR jsonb_array_length(output -> 'data') = 0
       OR output -> 'shape' IS DISTINCT FROM jsonb_build_array(1, jsonb_array_length(output -> 'data'))
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(output -> 'data') AS e WHERE jsonb_typeof(e) <> 'number') THEN
        RAISE EXCEPTION 'inference server % sent shape % with % values for model "%"', server.url,
            coalesce(output -> 'shape', 'null'),
            CASE WHEN jsonb_typeof(output -> 'data') = 'array' THEN jsonb_array_length(output -> 'data') ELSE 0 END, m.name
            USING ERRCODE = 'system_error', DETAIL = 'Expected shape [1, N] with N numbers.';
    END IF;
    SELECT array_agg(e::real ORDER BY i) INTO result
      FROM jsonb_array_elements_text(output -> 'data') WITH ORDINALITY AS t(e, i);
    RETURN result;
END
$$;

REVOKE ALL ON FUNCTION pgx_inference.pgx_marker(integer), pgx_inference.pgx_take_file(oid, text),
    pgx_inference.pgx_file_size(oid, text), pgx_inference.pgx_create_model_functions(integer, regrole),
    pgx_inference.pgx_drop_model_functions(integer), pgx_inference.pgx_read_file(integer, bigint, integer),
    pgx_inference.pgx_models_register(), pgx_inference.pgx_models_load(), pgx_inference.pgx_models_drop(),
    pgx_inference.pgx_models_uploaded(), pgx_inference.pgx_uploads_write(), pgx_inference.pgx_uploads_drop(),
    pgx_inference.pgx_infer(integer, text)
  FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Entry points: SECURITY INVOKER; EXECUTE granted below to those who may call them.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION pgx_inference.pgx_grant_model_role(username name, role text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF role IS NULL OR role NOT IN ('model_owner', 'system_administrator') THEN
        RAISE EXCEPTION 'invalid model role "%"', role USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Valid roles are model_owner and system_administrator.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = username) THEN
        RAISE EXCEPTION 'role "%" does not exist', username USING ERRCODE = 'undefined_object';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a
                       WHERE a.roleid = ('pgx_' || role)::regrole
                         AND a.member = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = username)) THEN
        EXECUTE format('GRANT %I TO %I', 'pgx_' || role, username);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA pgx_inference TO %I', username);
END
$$;

-- Revoking leaves USAGE on the schema in place: the role may still be a model user, and USAGE
-- alone grants nothing (the vendor's manual says it may be granted in advance).
CREATE FUNCTION pgx_inference.pgx_revoke_model_role(username name, role text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF role IS NULL OR role NOT IN ('model_owner', 'system_administrator') THEN
        RAISE EXCEPTION 'invalid model role "%"', role USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Valid roles are model_owner and system_administrator.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = username) THEN
        RAISE EXCEPTION 'role "%" does not exist', username USING ERRCODE = 'undefined_object';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a
                WHERE a.roleid = ('pgx_' || role)::regrole
                  AND a.member = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = username)) THEN
        EXECUTE format('REVOKE %I FROM %I', 'pgx_' || role, username);
    END IF;
END
$$;

-- Not the vendor's: a model file written in parts into a large object of the extension's, for
-- pgx_import_model / pgx_update_model to take without a copy (pgx_uploads). pgx_upload_begin
-- returns the upload's large object oid; pgx_upload_write appends a part and returns the size so far.
CREATE FUNCTION pgx_inference.pgx_upload_begin() RETURNS oid
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    upload oid;
BEGIN
    INSERT INTO pgx_inference.pgx_uploads AS u DEFAULT VALUES RETURNING u.file INTO upload;
    RETURN upload;
END
$$;

CREATE FUNCTION pgx_inference.pgx_upload_write(upload oid, part bytea) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    written bigint;
BEGIN
    UPDATE pgx_inference.pgx_uploads u SET part = pgx_upload_write.part WHERE u.file = upload
        RETURNING u.size INTO written;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'permission denied to write upload %', upload USING ERRCODE = 'insufficient_privilege',
            DETAIL = format('Upload %s does not exist or is not an upload of role "%s".', upload, current_user),
            HINT = 'Start an upload of your own with pgx_inference.pgx_upload_begin().';
    END IF;
    RETURN written;
END
$$;

CREATE FUNCTION pgx_inference.pgx_import_model(name text, lo oid, metadata jsonb DEFAULT '{}')
RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    new_id integer;
BEGIN
    PERFORM pgx_inference.pgx_check_name(pgx_import_model.name);
    INSERT INTO pgx_inference.pgx_models AS m (name, model_file, metadata)
        VALUES (pgx_import_model.name, lo, coalesce(pgx_import_model.metadata, '{}'))
        RETURNING m.id INTO new_id;
    RETURN new_id;
END
$$;

CREATE FUNCTION pgx_inference.pgx_update_model(name text, lo oid DEFAULT NULL, metadata jsonb DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE pgx_inference.pgx_models m
       SET model_file = coalesce(lo, m.model_file), metadata = coalesce(pgx_update_model.metadata, m.metadata)
     WHERE m.name = pgx_update_model.name;
    IF NOT FOUND THEN
        PERFORM pgx_inference.pgx_refuse('update', pgx_update_model.name,
                                         'must hold the model_owner role and own the model');
    END IF;
END
$$;

CREATE FUNCTION pgx_inference.pgx_drop_model(name text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM pgx_inference.pgx_models m WHERE m.name = pgx_drop_model.name;
    IF NOT FOUND THEN
        PERFORM pgx_inference.pgx_refuse('delete', pgx_drop_model.name,
                                         'must hold the model_owner role and own the model, or hold the '
                                         'system_administrator role');
    END IF;
END
$$;

-- The model file, or a part of it (whole files can exceed bytea's 1 GB: clients stream it with
-- pgx_read_model_file: \a length bytes from byte \a start, 0-based; empty past the end). Through
-- pgx_model_<id>_file, which only the model's owner may execute.
CREATE FUNCTION pgx_inference.pgx_read_model_file(name text, start bigint, length integer) RETURNS bytea
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    model_id integer;
    fn regprocedure;
    result bytea;
BEGIN
    SELECT m.id INTO model_id FROM pgx_inference.pgx_models m WHERE m.name = pgx_read_model_file.name;
    fn := pg_catalog.to_regprocedure(format('pgx_inference.pgx_model_%s_file(bigint, integer)', model_id));
    IF fn IS NULL OR NOT pg_catalog.has_function_privilege(current_user, fn, 'EXECUTE') THEN
        PERFORM pgx_inference.pgx_refuse('read the file of', pgx_read_model_file.name,
                                         'must hold the model_owner role and own the model');
    END IF;
    EXECUTE format('SELECT pgx_inference.%I($1, $2)', 'pgx_model_' || model_id || '_file')
        INTO result USING start, length;
    RETURN result;
END
$$;

CREATE FUNCTION pgx_inference.pgx_get_model_file(name text) RETURNS bytea
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    SELECT pgx_inference.pgx_read_model_file(name, NULL, NULL)
$$;

CREATE FUNCTION pgx_inference.pgx_load_model(name text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE pgx_inference.pgx_models m SET loaded = true WHERE m.name = pgx_load_model.name;
    IF NOT FOUND THEN
        PERFORM pgx_inference.pgx_refuse('load', pgx_load_model.name, 'must hold the system_administrator role');
    END IF;
END
$$;

CREATE FUNCTION pgx_inference.pgx_unload_model(name text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE pgx_inference.pgx_models m SET loaded = false WHERE m.name = pgx_unload_model.name;
    IF NOT FOUND THEN
        PERFORM pgx_inference.pgx_refuse('unload', pgx_unload_model.name, 'must hold the system_administrator role');
    END IF;
END
$$;

CREATE FUNCTION pgx_inference.pgx_total_loaded_model_size() RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(sum(m.size), 0)::bigint FROM pgx_inference.pgx_models m WHERE m.loaded
$$;

CREATE FUNCTION pgx_inference.pgx_get_model_metadata(name text) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    SELECT m.metadata INTO result FROM pgx_inference.pgx_models m WHERE m.name = pgx_get_model_metadata.name;
    IF NOT FOUND THEN
        PERFORM pgx_inference.pgx_refuse('read the metadata of', pgx_get_model_metadata.name,
                                         'needs EXECUTE on the model''s function, ownership of the model, or the '
                                         'system_administrator role');
    END IF;
    RETURN result;
END
$$;

CREATE FUNCTION pgx_inference.pgx_get_function_by_model_name(name text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    model_id integer;
BEGIN
    SELECT m.id INTO model_id FROM pgx_inference.pgx_models m WHERE m.name = pgx_get_function_by_model_name.name;
    IF NOT FOUND THEN
        PERFORM pgx_inference.pgx_refuse('look up the function of', pgx_get_function_by_model_name.name,
                                         'needs EXECUTE on the model''s function, ownership of the model, or the '
                                         'system_administrator role');
    END IF;
    RETURN 'pgx_embedding_' || model_id;
END
$$;

-- The models the caller may see (row-level security of pgx_models).
CREATE FUNCTION pgx_inference.pgx_list_model_metadata()
RETURNS TABLE (id integer, name text, owner name, metadata jsonb, size bigint, loaded boolean)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT m.id, m.name, pg_catalog.pg_get_userbyid(m.owner), m.metadata, m.size, m.loaded
      FROM pgx_inference.pgx_models m
     ORDER BY m.id
$$;

CREATE FUNCTION pgx_inference.pgx_model_status()
RETURNS TABLE (name text, availability text, reason text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT m.name, CASE WHEN m.loaded THEN 'READY' ELSE 'UNAVAILABLE' END, m.reason
      FROM pgx_inference.pgx_models m
     ORDER BY m.id
$$;

CREATE VIEW pgx_inference.pgx_triton_model_status WITH (security_invoker = true) AS
    SELECT m.name, CASE WHEN m.loaded THEN 'READY' ELSE 'UNAVAILABLE' END AS availability, m.reason
      FROM pgx_inference.pgx_models m;

-- Who may call what (the extension owner is a superuser and may call everything).
REVOKE ALL ON FUNCTION pgx_inference.pgx_grant_model_role(name, text), pgx_inference.pgx_revoke_model_role(name, text),
    pgx_inference.pgx_import_model(text, oid, jsonb), pgx_inference.pgx_update_model(text, oid, jsonb),
    pgx_inference.pgx_drop_model(text), pgx_inference.pgx_read_model_file(text, bigint, integer),
    pgx_inference.pgx_get_model_file(text), pgx_inference.pgx_load_model(text), pgx_inference.pgx_unload_model(text),
    pgx_inference.pgx_total_loaded_model_size(), pgx_inference.pgx_upload_begin(), pgx_inference.pgx_upload_write(oid, bytea)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pgx_inference.pgx_import_model(text, oid, jsonb), pgx_inference.pgx_update_model(text, oid, jsonb),
    pgx_inference.pgx_read_model_file(text, bigint, integer), pgx_inference.pgx_get_model_file(text),
    pgx_inference.pgx_upload_begin(), pgx_inference.pgx_upload_write(oid, bytea)
  TO pgx_model_owner;
GRANT EXECUTE ON FUNCTION pgx_inference.pgx_drop_model(text) TO pgx_model_owner, pgx_system_administrator;
GRANT EXECUTE ON FUNCTION pgx_inference.pgx_load_model(text), pgx_inference.pgx_unload_model(text),
    pgx_inference.pgx_total_loaded_model_size()
  TO pgx_system_administrator;
-- Metadata, function names, lists and status: anyone with USAGE on the schema, filtered by
-- row-level security to what the caller may see.
GRANT SELECT ON pgx_inference.pgx_triton_model_status TO PUBLIC;
