-- Narrow finding rows. A national run writes about 4.5 M findings, so whatever a finding row repeats is paid millions
-- of times, in write time and in bytes (docs/benchmarks.md, "The archive"). What every finding of one rule repeats (the
-- comparator, the field measured, the ratio's scale, the unit and remedy of a shortfall, the words its message begins
-- with) moves to finding_kinds, once per run and kind; a finding row keeps only what is its own, its status as a
-- small code. The rows move from V3's findings table to finding_rows. Plain SQL for H2 and PostgreSQL. Never edit
-- once landed: later changes go in V5__….
--
-- PostgreSQL runs this in one transaction. H2 commits at every CREATE or DROP, so a migration cut short (the process
-- killed) can leave new tables beside V3's findings, which stays whole until the last statement: the next attempt
-- drops them and starts again.
COMMENT ON TABLE findings IS 'V3 findings: moved to finding_rows by V4, then dropped';
DROP TABLE IF EXISTS finding_rows;
DROP TABLE IF EXISTS finding_kinds;
DROP TABLE IF EXISTS finding_statuses;

-- What finding_rows.status means; reports print the names.
CREATE TABLE finding_statuses (
    code   SMALLINT PRIMARY KEY,
    status VARCHAR(20) NOT NULL UNIQUE
);
INSERT INTO finding_statuses (code, status) VALUES (0, 'PASS'), (1, 'FAIL'), (2, 'WARN'), (3, 'NOT_ASSESSED'),
    (4, 'WAIVED'), (5, 'INFO'), (6, 'ERROR');

-- What the findings of one kind share: their rule (finding_rules: ID, due year, DRL file, source, names) and how the
-- rule measured. A finding's message is message_prefix followed by the row's message (the prefix is the rule's
-- label and ': ', the same for every finding of the rule; '' for the findings of archives written at V3).
-- measured_field is null for a finding with no measured value; scale is a ratio's (1 for other values).
CREATE TABLE finding_kinds (
    run_id         BIGINT NOT NULL,
    kind_pos       INTEGER NOT NULL,
    rule_pos       INTEGER NOT NULL,
    comparator     VARCHAR(4),
    measured_field VARCHAR(1000),
    scale          DOUBLE PRECISION,
    unit           VARCHAR(100),
    whole_units    BOOLEAN,
    remedy         VARCHAR(30),
    message_prefix VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, kind_pos),
    FOREIGN KEY (run_id, rule_pos) REFERENCES finding_rules (run_id, rule_pos) ON DELETE CASCADE
);

INSERT INTO finding_kinds (run_id, kind_pos, rule_pos, comparator, measured_field, scale, unit, whole_units, remedy,
                           message_prefix)
SELECT run_id, ROW_NUMBER() OVER (PARTITION BY run_id ORDER BY rule_pos, comparator, measured_field, scale, unit,
                                  whole_units, remedy) - 1,
       rule_pos, comparator, measured_field, scale, unit, whole_units, remedy, ''
FROM (SELECT DISTINCT run_id, rule_pos, comparator, measured_field, scale, unit, whole_units, remedy FROM findings) k;

-- Only for matching the V3 rows to their kind below: a run's kinds of one rule are few.
CREATE INDEX finding_kinds_by_rule ON finding_kinds (run_id, rule_pos);

-- Every finding, PASS included, keyed as V3's findings were: district_pos is the district's place in the run, or
-- -1 - its place among the run's roll-ups (see rollups). measured_num / measured_flag hold the measured value, except
-- a ratio's, which is scale × numerator ÷ denominator.
CREATE TABLE finding_rows (
    run_id           BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    district_pos     INTEGER NOT NULL,
    position         INTEGER NOT NULL,
    kind_pos         INTEGER NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    status           SMALLINT NOT NULL,
    actual_num       DOUBLE PRECISION,
    actual_flag      BOOLEAN,
    required_num     DOUBLE PRECISION,
    required_flag    BOOLEAN,
    message          VARCHAR(4000),
    -- the positions of the standards that decided on this finding, separated by spaces ('' for none)
    decides          VARCHAR(200) NOT NULL,
    measured_num     DOUBLE PRECISION,
    measured_flag    BOOLEAN,
    measured_missing VARCHAR(1000),
    numerator        DOUBLE PRECISION,
    denominator      DOUBLE PRECISION,
    waiver_line      INTEGER,
    waiver_reason    VARCHAR(2000),
    waiver_approved_by VARCHAR(500),
    waiver_expires   DATE
);

-- One pass over the V3 rows in their stored order, each looking its kind up through finding_kinds_by_rule. Written as
-- a join, H2 walked the findings once per kind through the key's index, page by page: a national run's archive was
-- still migrating after 7 minutes.
INSERT INTO finding_rows (run_id, district_pos, position, kind_pos, subject, status, actual_num, actual_flag,
                         required_num, required_flag, message, decides, measured_num, measured_flag, measured_missing,
                         numerator, denominator, waiver_line, waiver_reason, waiver_approved_by, waiver_expires)
SELECT f.run_id, f.district_pos, f.position,
       (SELECT k.kind_pos FROM finding_kinds k WHERE k.run_id = f.run_id AND k.rule_pos = f.rule_pos
            AND k.comparator IS NOT DISTINCT FROM f.comparator AND k.measured_field IS NOT DISTINCT FROM f.measured_field
            AND k.scale IS NOT DISTINCT FROM f.scale AND k.unit IS NOT DISTINCT FROM f.unit
            AND k.whole_units IS NOT DISTINCT FROM f.whole_units AND k.remedy IS NOT DISTINCT FROM f.remedy),
       f.subject,
       CASE f.status WHEN 'PASS' THEN 0 WHEN 'FAIL' THEN 1 WHEN 'WARN' THEN 2 WHEN 'NOT_ASSESSED' THEN 3
                     WHEN 'WAIVED' THEN 4 WHEN 'INFO' THEN 5 WHEN 'ERROR' THEN 6 END,
       f.actual_num, f.actual_flag, f.required_num, f.required_flag, f.message, f.decides, f.measured_num,
       f.measured_flag, f.measured_missing, f.numerator, f.denominator, f.waiver_line, f.waiver_reason,
       f.waiver_approved_by, f.waiver_expires
FROM findings f;

ALTER TABLE finding_rows ADD CONSTRAINT finding_rows_pkey PRIMARY KEY (run_id, district_pos, position);
DROP INDEX finding_kinds_by_rule;
DROP TABLE findings;
