-- Schemas that belong to an extension: the schema-group models leave them alone.
SELECT n.nspname
FROM pg_catalog.pg_namespace n
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objid = n.oid
                           AND d.deptype = 'e'
ORDER BY 1
