-- How many objects slpm_migrate still has to hand to their developer groups (slpm_ce only; the
-- caller checks first that slpm_ce.objects exists). Sequences owned by a column follow their table.
SELECT pg_catalog.count(*) AS left_to_migrate
FROM slpm_ce.objects o
WHERE o.owner <> o.developer AND NOT o.follows
