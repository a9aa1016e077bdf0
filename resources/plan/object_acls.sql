-- The ACLs of the objects a plan grants on or revokes from, resolved by name (never by oid, so a
-- plan made on one snapshot finds its objects again). $1: a JSON array of
-- {"i": n, "kind": "table"|..., "schema": s, "name": n, "args": "integer, s.t", "col": c}.
-- $2: false to only find the objects (their catalog rows, to lock them), the ACL column NULL.
-- A NULL ACL is resolved with acldefault() as in resources/catalog/*.sql; a column's NULL ACL is
-- NULL (empty). The ACL comes back as a JSON array of its aclitems as the server prints them
-- ("grantee=r*w/grantor", the grantee empty for PUBLIC, names double-quoted when they need it), so
-- a renamed role shows as a difference. Objects that do not exist are missing from the result.
-- The aclitems are printed, not exploded and joined to pg_roles per object: a plan can touch tens
-- of thousands of objects, and the server names the roles from its cache.
WITH k AS (
    SELECT * FROM json_to_recordset($1::json) AS k(i int, kind text, schema text, name text, args text, col text)
),
x AS (
    SELECT k.i, 'database' AS catalog, d.oid, 0::int2 AS attnum,
           coalesce(d.datacl, acldefault('d', d.datdba)) AS acl
    FROM k JOIN pg_catalog.pg_database d ON d.datname = k.name
    WHERE k.kind = 'database'
    UNION ALL
    SELECT k.i, 'namespace', n.oid, 0::int2, coalesce(n.nspacl, acldefault('n', n.nspowner))
    FROM k JOIN pg_catalog.pg_namespace n ON n.nspname = k.name
    WHERE k.kind = 'schema'
    UNION ALL
    SELECT k.i, 'class', c.oid, 0::int2,
           coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))
    FROM k
    JOIN pg_catalog.pg_namespace n ON n.nspname = k.schema
    JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = k.name
    WHERE k.kind IN ('table', 'view', 'materialized_view', 'sequence', 'foreign_table')
      AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    UNION ALL
    SELECT k.i, 'attribute', c.oid, a.attnum, a.attacl
    FROM k
    JOIN pg_catalog.pg_namespace n ON n.nspname = k.schema
    JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = k.name
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = k.col AND a.attnum > 0 AND NOT a.attisdropped
    WHERE k.kind = 'column'
    UNION ALL
    SELECT k.i, 'proc', p.oid, 0::int2, coalesce(p.proacl, acldefault('f', p.proowner))
    FROM k
    JOIN pg_catalog.pg_proc p ON p.oid = pg_catalog.to_regprocedure(format('%I.%I(%s)', k.schema, k.name, k.args))
    WHERE k.kind IN ('function', 'procedure')
    UNION ALL
    SELECT k.i, 'type', t.oid, 0::int2, coalesce(t.typacl, acldefault('T', t.typowner))
    FROM k
    JOIN pg_catalog.pg_namespace n ON n.nspname = k.schema
    JOIN pg_catalog.pg_type t ON t.typnamespace = n.oid AND t.typname = k.name
    WHERE k.kind = 'type'
    UNION ALL
    SELECT k.i, 'language', l.oid, 0::int2, coalesce(l.lanacl, acldefault('l', l.lanowner))
    FROM k JOIN pg_catalog.pg_language l ON l.lanname = k.name
    WHERE k.kind = 'language'
)
SELECT x.i,
       x.catalog,
       x.oid,
       x.attnum,
       CASE WHEN $2::boolean THEN pg_catalog.to_json(x.acl::text[])::text END AS acl
FROM x
