-- Which districts an inspector may upload and read (issue 27): a district code (430626) or a jurisdiction
-- (CN-33-3302 for a city's districts, CN-33 for a province's), given by an admin. Analysts, policy staff and admins
-- read every district and need none. Plain SQL that PostgreSQL and SQLite both run (common/). Never edit once landed.
CREATE TABLE user_districts (
    user_name VARCHAR(64) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    scope     VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_name, scope)
);

-- Runs uploaded while the server had no accounts were recorded under the name "local": they are nobody's (an empty
-- name, which no account can have), so an account named local made later inherits none of them. A "local" account
-- that already exists keeps its uploads: they cannot be told apart.
UPDATE uploads SET user_name = '' WHERE user_name = 'local' AND NOT EXISTS (SELECT 1 FROM users WHERE name = 'local');
