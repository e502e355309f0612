-- Rule-set versions: the bundled rules are version 1 (registered the first time a run uses them), and each rule set
-- published with `educheck rules publish` is the next. A version holds its files, so any later run can be made, or
-- re-made, with exactly those rules. Plain SQL for H2 and PostgreSQL. Never edit once landed: later changes go in V4__….

CREATE TABLE rule_versions (
    version      INTEGER PRIMARY KEY,
    sha256       VARCHAR(64) NOT NULL UNIQUE,
    rule_count   INTEGER NOT NULL,
    author       VARCHAR(200) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    -- the policy document the change follows (a circular's number or title), if one was named
    document     VARCHAR(2000)
);

-- Every file of a version (kmodule.xml, DRL, tables, fixtures), keyed by its path in the rules folder.
CREATE TABLE rule_version_files (
    version INTEGER NOT NULL REFERENCES rule_versions (version) ON DELETE CASCADE,
    path    VARCHAR(500) NOT NULL,
    content BYTEA NOT NULL,
    PRIMARY KEY (version, path)
);

-- The version a run was judged by; null for rules that were never published (a folder given with --rules).
ALTER TABLE runs ADD COLUMN rule_version INTEGER REFERENCES rule_versions (version);

-- The bytes of every input a run checked, so the run can be checked again under other rules (the what-if of a
-- draft before it is published): findings alone cannot be re-judged. Written in the run's own transaction.
CREATE TABLE run_input_files (
    run_id   BIGINT NOT NULL,
    position INTEGER NOT NULL,
    content  BYTEA NOT NULL,
    PRIMARY KEY (run_id, position),
    FOREIGN KEY (run_id, position) REFERENCES run_inputs (run_id, position) ON DELETE CASCADE
);
