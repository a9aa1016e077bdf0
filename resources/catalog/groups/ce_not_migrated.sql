-- Objects slpm_ce's migrate has not handed to their schema's developer group yet (slpm_ce's own
-- list, which knows what belongs to an extension and which sequences follow their table).
SELECT (pg_catalog.pg_identify_object(o.classid, o.objid, 0)).type AS kind,
       (pg_catalog.pg_identify_object(o.classid, o.objid, 0)).identity AS identity,
       pg_catalog.pg_get_userbyid(o.owner) AS owner,
       pg_catalog.pg_get_userbyid(o.developer) AS developer
FROM slpm_ce.objects o
WHERE o.owner <> o.developer AND NOT o.follows
ORDER BY 1, 2
