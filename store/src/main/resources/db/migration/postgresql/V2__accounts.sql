-- The web application's accounts, and who uploaded each run it checked. Plain SQL for H2 and PostgreSQL.
-- Never edit once landed: later changes go in V3__….

-- Who may sign in to `educheck serve`: role is inspector, analyst, policy or admin; password_hash is bcrypt
-- ($2a$…, salted, cost 12). No password is ever stored or logged in the clear.
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
