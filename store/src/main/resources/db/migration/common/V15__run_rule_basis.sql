-- Why a run used the rules it used, as its report says: bundled, in-force (the archive's latest version, what every
-- archived check is judged by unless told otherwise), --rules (a folder) or --rules-version (a version chosen on
-- purpose). Null for runs recorded before; they read back as bundled when their origin says so, else by their origin
-- (StoredRun). Plain SQL for SQLite and PostgreSQL alike. Never edit once landed.
-- (V15: V6–V14 belong to other changes made at the same time.)
ALTER TABLE runs ADD COLUMN rule_basis VARCHAR(20);
