package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The web application's accounts (table users, V2__accounts.sql): a name, a role, a password hash. */
public final class Users {

    /** One account; {@code role} is the role's lower-case name, {@code passwordHash} a bcrypt hash. */
    public record User(String name, String role, String passwordHash) {
    }

    private final Archive archive;

    public Users(Archive archive) {
        this.archive = archive;
    }

    public Optional<User> find(String name) throws ArchiveException {
        return read("SELECT name, role, password_hash FROM users WHERE name = ?", name).stream().findFirst();
    }

    /** Every account, by name. */
    public List<User> all() throws ArchiveException {
        return read("SELECT name, role, password_hash FROM users ORDER BY name", null);
    }

    /** Adds the account, or changes the role and password of the one with its name. */
    public void put(User user) throws ArchiveException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = archive.connection()) {
            int changed;
            try (PreparedStatement s = c.prepareStatement("UPDATE users SET role = ?, password_hash = ?, updated_at = ? WHERE name = ?")) {
                s.setString(1, user.role());
                s.setString(2, user.passwordHash());
                s.setTimestamp(3, now);
                s.setString(4, user.name());
                changed = s.executeUpdate();
            }
            if (changed == 0) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO users (name, role, password_hash, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
                    s.setString(1, user.name());
                    s.setString(2, user.role());
                    s.setString(3, user.passwordHash());
                    s.setTimestamp(4, now);
                    s.setTimestamp(5, now);
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw archive.failure("the account " + user.name() + " cannot be saved", e);
        }
    }

    public boolean remove(String name) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("DELETE FROM users WHERE name = ?")) {
            s.setString(1, name);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw archive.failure("the account " + name + " cannot be removed", e);
        }
    }

    /** The districts and jurisdictions assigned to {@code name} (table user_districts, V10), sorted. */
    public List<String> scopes(String name) throws ArchiveException {
        return scopesOf(name).getOrDefault(name, List.of());
    }

    /** Every account's assigned districts and jurisdictions, by account name. */
    public java.util.Map<String, List<String>> allScopes() throws ArchiveException {
        return scopesOf(null);
    }

    private java.util.Map<String, List<String>> scopesOf(String name) throws ArchiveException {
        String sql = "SELECT user_name, scope FROM user_districts" + (name == null ? "" : " WHERE user_name = ?") + " ORDER BY user_name, scope";
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (name != null) {
                s.setString(1, name);
            }
            java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw archive.failure("the districts of the accounts cannot be read", e);
        }
    }

    /** Replaces what is assigned to account {@code name}, in one transaction. */
    public void assign(String name, List<String> scopes) throws ArchiveException {
        try (Connection c = archive.connection()) {
            Sql.transaction(c, t -> {
                try (PreparedStatement s = t.prepareStatement("DELETE FROM user_districts WHERE user_name = ?")) {
                    s.setString(1, name);
                    s.executeUpdate();
                }
                try (PreparedStatement s = t.prepareStatement("INSERT INTO user_districts (user_name, scope) VALUES (?, ?)")) {
                    for (String scope : new java.util.TreeSet<>(scopes)) {
                        s.setString(1, name);
                        s.setString(2, scope);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            throw archive.failure("the districts of " + name + " cannot be saved", e);
        }
    }

    private List<User> read(String sql, String name) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (name != null) {
                s.setString(1, name);
            }
            List<User> users = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    users.add(new User(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return users;
        } catch (SQLException e) {
            throw archive.failure("the accounts cannot be read", e);
        }
    }
}
