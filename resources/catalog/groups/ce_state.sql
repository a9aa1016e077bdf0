-- slpm_ce's state: one row, readable by anyone, written only by the extension's code. model is
-- 'slpm' or 'spm' while a model is enabled, NULL otherwise.
SELECT s.enabled, s.model, s.migrated
FROM slpm_ce.state s
