-- Whom a target binds and how firmly (issue 25): each rule's @binds and @force, and whether its rule set reads a
-- draft text (征求意见稿), once per run and rule in finding_rules; whether each standard is a draft text's and whether
-- it counted towards the district's verdict, in standards. Runs archived before this read as district, binding,
-- adopted and deciding, which is what they were judged as. Plain SQL that SQLite and PostgreSQL both run (common/).
-- V20, not V6: V6-V19 were set aside for changes made at the same time.

INSERT INTO finding_statuses (code, status) VALUES (7, 'SHORT_OF_AIM');

ALTER TABLE finding_rules ADD COLUMN target_binds VARCHAR(10);
ALTER TABLE finding_rules ADD COLUMN target_force VARCHAR(12);
ALTER TABLE finding_rules ADD COLUMN draft_text BOOLEAN;

ALTER TABLE standards ADD COLUMN draft_text BOOLEAN;
ALTER TABLE standards ADD COLUMN decides BOOLEAN;
