-- The archive's schema as PostgreSQL's V1-V5 (db/migration/postgresql) leave it, written once for SQLite, the
-- embedded database since issue 26: the same tables, columns and keys, so every statement of store runs on both.
-- Where SQLite's words differ: INTEGER PRIMARY KEY AUTOINCREMENT for an identity (an id is never reused), BLOB for
-- BYTEA, no COMMENT. Booleans are 0 and 1; times are the JDBC driver's milliseconds. Never edit once landed: later
-- changes go in db/migration/common (SQL both databases run) or, where they cannot, one file in each vendor folder
-- under the same version (store/README.md).

CREATE TABLE runs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the year of the first district reported (the JSON report's "year"); null when no district was checked
    report_year      INTEGER,
    rule_origin      VARCHAR(2000) NOT NULL,
    rule_sha256      VARCHAR(64) NOT NULL,
    rule_count       INTEGER NOT NULL,
    -- every rule set declared, separated by single spaces (codes such as CN-33-3302 hold none)
    jurisdictions    VARCHAR(4000) NOT NULL,
    waivers_file     VARCHAR(2000),
    waivers_sha256   VARCHAR(64),
    waivers_as_of    DATE,
    districts        INTEGER NOT NULL,
    pass_count       INTEGER NOT NULL,
    fail_count       INTEGER NOT NULL,
    incomplete_count INTEGER NOT NULL,
    not_submitted_count INTEGER NOT NULL,
    error_count      INTEGER NOT NULL,
    rule_faults      INTEGER NOT NULL,
    exit_code        INTEGER NOT NULL,
    -- the published rule-set version that judged it (V3); null for rules never published
    rule_version     INTEGER REFERENCES rule_versions (version)
);

-- The files checked, with the sha256 of their bytes: what exactly a run's verdicts were made from.
CREATE TABLE run_inputs (
    run_id   BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     VARCHAR(2000) NOT NULL,
    sha256   VARCHAR(64) NOT NULL,
    bytes    BIGINT NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE districts (
    run_id        BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    district_pos  INTEGER NOT NULL,
    code          VARCHAR(20) NOT NULL,
    name          VARCHAR(200),
    district_year INTEGER NOT NULL,
    file          VARCHAR(2000),
    verdict       VARCHAR(20) NOT NULL,
    jurisdictions VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, district_pos)
);
-- history CODE: every run of one district, newest first
CREATE INDEX districts_by_code ON districts (code, district_year, run_id);

-- The district's schools and kindergartens (id and name), in submission order: reports group findings by them.
CREATE TABLE district_units (
    run_id       BIGINT NOT NULL,
    district_pos INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    unit_id      VARCHAR(200) NOT NULL,
    unit_name    VARCHAR(500),
    PRIMARY KEY (run_id, district_pos, position),
    FOREIGN KEY (run_id, district_pos) REFERENCES districts (run_id, district_pos) ON DELETE CASCADE
);

-- The district's open measures as submitted (<measure key value>): a later year's year-over-year rules read
-- them as last year's figures when that submission carries no <previous>.
CREATE TABLE district_measures (
    run_id       BIGINT NOT NULL,
    district_pos INTEGER NOT NULL,
    measure_key  VARCHAR(200) NOT NULL,
    measure_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (run_id, district_pos, measure_key),
    FOREIGN KEY (run_id, district_pos) REFERENCES districts (run_id, district_pos) ON DELETE CASCADE
);

-- Each standard's verdict for a district (MoE-2017, CN-31, …); which findings it decided on is in findings.decides.
CREATE TABLE standards (
    run_id       BIGINT NOT NULL,
    district_pos INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    standard     VARCHAR(100) NOT NULL,
    title        VARCHAR(1000),
    verdict      VARCHAR(20) NOT NULL,
    rule_package VARCHAR(500),
    rule_name    VARCHAR(500),
    PRIMARY KEY (run_id, district_pos, position),
    FOREIGN KEY (run_id, district_pos) REFERENCES districts (run_id, district_pos) ON DELETE CASCADE
);

-- What a rule says of every finding it makes (its catalogue ID, due year, DRL file, source clause, names), once per
-- run and rule rather than on each of a national run's millions of findings.
CREATE TABLE finding_rules (
    run_id         BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    rule_pos       INTEGER NOT NULL,
    indicator      VARCHAR(100) NOT NULL,
    due            INTEGER,
    rule           VARCHAR(500),
    rule_package   VARCHAR(500),
    rule_name      VARCHAR(500),
    source         VARCHAR(1000),
    name_zh        VARCHAR(500),
    name_en        VARCHAR(500),
    PRIMARY KEY (run_id, rule_pos)
);

-- What would make each failure pass (整改), in the report's order; a difference coefficient's plan is in its
-- own columns (plan_*) and its pulls in rectification_pulls.
CREATE TABLE rectification (
    run_id       BIGINT NOT NULL,
    district_pos INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    indicator    VARCHAR(100) NOT NULL,
    subject      VARCHAR(500) NOT NULL,
    action       VARCHAR(20) NOT NULL,
    shortfall    DOUBLE PRECISION NOT NULL,
    unit         VARCHAR(100),
    field        VARCHAR(500),
    target       VARCHAR(500),
    gap          DOUBLE PRECISION NOT NULL,
    plan_indicator VARCHAR(100),
    plan_level   VARCHAR(20),
    plan_before  DOUBLE PRECISION,
    plan_after   DOUBLE PRECISION,
    plan_limit   DOUBLE PRECISION,
    plan_mean    DOUBLE PRECISION,
    plan_floor   DOUBLE PRECISION,
    plan_schools INTEGER,
    plan_total   DOUBLE PRECISION,
    plan_unit    VARCHAR(100),
    PRIMARY KEY (run_id, district_pos, position),
    FOREIGN KEY (run_id, district_pos) REFERENCES districts (run_id, district_pos) ON DELETE CASCADE
);

CREATE TABLE rectification_pulls (
    run_id       BIGINT NOT NULL,
    district_pos INTEGER NOT NULL,
    item_pos     INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    subject      VARCHAR(500) NOT NULL,
    pull_value   DOUBLE PRECISION NOT NULL,
    share        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, district_pos, item_pos, position),
    FOREIGN KEY (run_id, district_pos, item_pos) REFERENCES rectification (run_id, district_pos, position) ON DELETE CASCADE
);

-- Roll-ups judged over the run's districts (a city's or province's share recognised); the finding itself is in
-- findings at district_pos -1 - position.
CREATE TABLE rollups (
    run_id       BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    jurisdiction VARCHAR(100) NOT NULL,
    group_code   VARCHAR(20) NOT NULL,
    rollup_year  INTEGER NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE rollup_members (
    run_id        BIGINT NOT NULL,
    rollup_pos    INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    code          VARCHAR(20) NOT NULL,
    name          VARCHAR(200),
    in_run        BOOLEAN NOT NULL,
    moe2017       VARCHAR(20),
    declared_year INTEGER,
    PRIMARY KEY (run_id, rollup_pos, position),
    FOREIGN KEY (run_id, rollup_pos) REFERENCES rollups (run_id, position) ON DELETE CASCADE
);

-- Files or districts that could not be checked, as the report listed them.
CREATE TABLE input_errors (
    run_id     BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    file       VARCHAR(2000),
    line       INTEGER NOT NULL,
    col        INTEGER NOT NULL,
    field      VARCHAR(500),
    message    VARCHAR(4000),
    message_zh VARCHAR(4000),
    PRIMARY KEY (run_id, position)
);

-- The run's waivers (accepted exceptions) and what became of each.
CREATE TABLE run_waivers (
    run_id      BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    line        INTEGER NOT NULL,
    district    VARCHAR(20) NOT NULL,
    indicator   VARCHAR(100) NOT NULL,
    subject     VARCHAR(500) NOT NULL,
    reason      VARCHAR(2000),
    approved_by VARCHAR(500),
    expires     DATE NOT NULL,
    findings    INTEGER NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE users (
    name          VARCHAR(64) PRIMARY KEY,
    role          VARCHAR(20) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A run made from an upload to the web application, written in the run's own transaction. user_name is not a
-- foreign key: a removed account's uploads stay recorded under its name.
CREATE TABLE uploads (
    run_id      BIGINT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    user_name   VARCHAR(64) NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX uploads_by_user ON uploads (user_name, run_id);

CREATE TABLE rule_versions (
    version      INTEGER PRIMARY KEY,
    sha256       VARCHAR(64) NOT NULL UNIQUE,
    rule_count   INTEGER NOT NULL,
    author       VARCHAR(200) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    -- the policy document the change follows (a circular's number or title), if one was named
    document     VARCHAR(2000),
    -- who approved it (V5): null for the bundled rules and for `educheck rules publish`
    approver     VARCHAR(64)
);

-- Every file of a version (kmodule.xml, DRL, tables, fixtures), keyed by its path in the rules folder.
CREATE TABLE rule_version_files (
    version INTEGER NOT NULL REFERENCES rule_versions (version) ON DELETE CASCADE,
    path    VARCHAR(500) NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (version, path)
);

-- The bytes of every input a run checked, so the run can be checked again under other rules (the what-if of a
-- draft before it is published): findings alone cannot be re-judged. Written in the run's own transaction.
CREATE TABLE run_input_files (
    run_id   BIGINT NOT NULL,
    position INTEGER NOT NULL,
    content  BLOB NOT NULL,
    PRIMARY KEY (run_id, position),
    FOREIGN KEY (run_id, position) REFERENCES run_inputs (run_id, position) ON DELETE CASCADE
);

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

-- Every finding, PASS included: district_pos is the district's place in the run, or
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
    waiver_expires   DATE,
    PRIMARY KEY (run_id, district_pos, position)
);

-- status: draft (being edited), submitted (waiting for review), rejected (sent back with a comment; editing it makes
-- it a draft again), published (became version published_version). base_version is the version it was edited from.
CREATE TABLE rule_drafts (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    base_version      INTEGER REFERENCES rule_versions (version),
    author            VARCHAR(64) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20) NOT NULL,
    reason            VARCHAR(2000),
    document          VARCHAR(2000),
    approver          VARCHAR(64),
    decided_at        TIMESTAMP WITH TIME ZONE,
    published_version INTEGER REFERENCES rule_versions (version)
);

-- Every file of a draft (kmodule.xml, DRL, tables, fixtures), as rule_version_files holds a version's.
CREATE TABLE rule_draft_files (
    draft_id BIGINT NOT NULL REFERENCES rule_drafts (id) ON DELETE CASCADE,
    path     VARCHAR(500) NOT NULL,
    content  BLOB NOT NULL,
    PRIMARY KEY (draft_id, path)
);

-- What reviewers and authors said, in order; kept whatever becomes of the draft (a rejection's reason is one).
CREATE TABLE rule_draft_comments (
    draft_id   BIGINT NOT NULL REFERENCES rule_drafts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    author     VARCHAR(64) NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (draft_id, position)
);
