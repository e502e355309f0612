-- Wrong passwords counted per account and per client address, shared by every server on the archive, so a guesser
-- is slowed down whichever server answers (issue 27). throttle_key is "account:NAME" or "address:IP"; the count
-- starts again once the last failure is old enough (the web's SignInThrottle says how old), and blocked_until is
-- when the next try will be heard. Plain SQL that PostgreSQL and SQLite both run (common/). Never edit once landed.
CREATE TABLE signin_failures (
    throttle_key    VARCHAR(200) PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE
);
