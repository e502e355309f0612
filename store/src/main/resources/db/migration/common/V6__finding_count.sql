-- How many findings a run wrote (its districts' and its roll-ups'), recorded with the run: `educheck archive verify`
-- and the crash harness hold the finding rows a run has to it. Null for runs recorded before V6, whose districts are
-- then each required to have findings. Plain SQL that PostgreSQL and SQLite both run (db/migration/common).
ALTER TABLE runs ADD COLUMN finding_count INTEGER;
