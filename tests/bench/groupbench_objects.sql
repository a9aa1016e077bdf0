-- roledesk-groupbench: what the peer's psql script must change, read from a fresh copy of the
-- benchmark catalog before it is timed. The same choice as slpm_ce's objects view and
-- managed_schemas(): schemas that are not the system's nor an extension's; their tables, views,
-- materialized views, foreign tables, sequences, routines, types and domains, without extension
-- members; a sequence owned by a column follows its table (no ALTER ... OWNER of its own).
-- One row per schema (kind 'SCHEMA', identity NULL), then one per object, by schema name.
WITH schemas AS (
    SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
     WHERE n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'slpm_ce')
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objid = n.oid
                          AND d.deptype = 'e')
), objects AS (
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid AS classid, c.oid AS objid, c.relnamespace AS nsp,
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
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass::oid, p.oid, p.pronamespace,
           CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, false
      FROM pg_catalog.pg_proc p
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass::oid, t.oid, t.typnamespace,
           CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, false
      FROM pg_catalog.pg_type t
     WHERE t.typtype IN ('d', 'e', 'r')
        OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
)
SELECT s.nspname, 'SCHEMA' AS keyword, NULL AS identity, false AS follows, 0 AS classid, 0::oid AS objid
  FROM schemas s
UNION ALL
SELECT s.nspname, o.keyword, (pg_catalog.pg_identify_object(o.classid, o.objid, 0)).identity, o.follows,
       o.classid, o.objid
  FROM objects o JOIN schemas s ON s.oid = o.nsp
 WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = o.classid AND d.objid = o.objid AND d.deptype = 'e')
 ORDER BY 1, 5, 6
