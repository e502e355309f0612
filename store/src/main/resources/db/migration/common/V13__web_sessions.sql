-- Signed-in browser sessions, kept in the archive so that every server behind the proxy knows them: a browser
-- need not stay on the server it signed in on, and signing out or removing an account ends its sessions everywhere
-- (issue 27). Only the cookie's sha256 is kept. Plain SQL that PostgreSQL and SQLite both run (common/). Never edit once landed.
CREATE TABLE web_sessions (
    token_sha256 VARCHAR(64) PRIMARY KEY,
    user_name    VARCHAR(64) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    csrf         VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_sessions_by_user ON web_sessions (user_name);
CREATE INDEX web_sessions_by_expiry ON web_sessions (expires_at);

-- Secrets every server shares, made once by the first server to need one: "visitor" signs the CSRF token of a
-- browser not signed in yet, so a sign-in form served by one server is accepted by another.
CREATE TABLE site_keys (
    name   VARCHAR(40) PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
);
