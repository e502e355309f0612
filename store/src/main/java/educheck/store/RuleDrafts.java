package educheck.store;

import educheck.checker.load.RuleFiles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Proposed rule sets (tables rule_drafts, rule_draft_files, rule_draft_comments; V5): the whole rules folder as
 * edited, who proposed it, its state and what reviewers said. Only storage: who may do what is {@link DraftReview}'s.
 */
public final class RuleDrafts {

    /** Where a draft stands. Editing a rejected draft makes it a draft again; a published one never changes. */
    public enum Status {
        DRAFT, SUBMITTED, REJECTED, PUBLISHED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * One draft.
     *
     * @param baseVersion      the version it was edited from, or null when the archive had none (the bundled rules)
     * @param approver         who published or rejected it, or null while undecided
     * @param publishedVersion the version it became, or null
     */
    public record Draft(long id, Integer baseVersion, String author, Instant createdAt, Instant updatedAt, Status status,
                        String reason, String document, String approver, Instant decidedAt, Integer publishedVersion) {

        public boolean editable() {
            return status == Status.DRAFT || status == Status.REJECTED;
        }
    }

    /** One comment on a draft, in the order written. */
    public record Comment(int position, String author, Instant writtenAt, String text) {
    }

    private final Archive archive;

    RuleDrafts(Archive archive) {
        this.archive = archive;
    }

    /** A new draft holding {@code files}, in state draft. */
    public Draft create(Integer baseVersion, String author, Map<String, byte[]> files) throws ArchiveException {
        Instant now = Instant.now();
        try (Connection c = archive.connection()) {
            return Sql.transaction(c, tx -> {
                long id;
                try (PreparedStatement s = tx.prepareStatement("INSERT INTO rule_drafts (base_version, author, created_at,"
                        + " updated_at, status) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    Sql.setInt(s, 1, baseVersion);
                    s.setString(2, author);
                    s.setTimestamp(3, Timestamp.from(now));
                    s.setTimestamp(4, Timestamp.from(now));
                    s.setString(5, Status.DRAFT.key());
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement s = tx.prepareStatement("INSERT INTO rule_draft_files (draft_id, path, content) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, byte[]> f : files.entrySet()) {
                        s.setLong(1, id);
                        s.setString(2, f.getKey());
                        s.setBytes(3, f.getValue());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return new Draft(id, baseVersion, author, now, now, Status.DRAFT, null, null, null, null, null);
            });
        } catch (SQLException e) {
            throw archive.failure("the draft cannot be saved", e);
        }
    }

    public Optional<Draft> find(long id) throws ArchiveException {
        return query("SELECT * FROM rule_drafts WHERE id = ?", id).stream().findFirst();
    }

    /** Every draft, newest first. */
    public List<Draft> all() throws ArchiveException {
        return query("SELECT * FROM rule_drafts ORDER BY id DESC", null);
    }

    /** The draft a published version came from, if it came from one. */
    public Optional<Draft> ofVersion(int version) throws ArchiveException {
        return query("SELECT * FROM rule_drafts WHERE published_version = ?", version).stream().findFirst();
    }

    public SortedMap<String, byte[]> files(long id) throws ArchiveException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Connection c = archive.connection();
             PreparedStatement s = c.prepareStatement("SELECT path, content FROM rule_draft_files WHERE draft_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    files.put(r.getString("path"), r.getBytes("content"));
                }
            }
        } catch (SQLException e) {
            throw archive.failure("the files of draft " + id + " cannot be read", e);
        }
        return files;
    }

    /** The draft's files as a rule set's files, named "draft N" where reports name their origin. */
    public RuleFiles ruleFiles(long id) throws ArchiveException {
        return RuleFiles.of(files(id), "draft " + id);
    }

    /**
     * Replaces (or adds) one file of a draft that may still be edited, and makes it a draft again; false when the
     * draft is submitted or published (nothing changed).
     */
    boolean saveFile(long id, String path, byte[] content) throws ArchiveException {
        try (Connection c = archive.connection()) {
            return Sql.transaction(c, tx -> {
                if (!setStatus(tx, id, Status.DRAFT, null, List.of(Status.DRAFT, Status.REJECTED))) {
                    tx.rollback();
                    return false;
                }
                int changed;
                try (PreparedStatement s = tx.prepareStatement("UPDATE rule_draft_files SET content = ? WHERE draft_id = ? AND path = ?")) {
                    s.setBytes(1, content);
                    s.setLong(2, id);
                    s.setString(3, path);
                    changed = s.executeUpdate();
                }
                if (changed == 0) {
                    try (PreparedStatement s = tx.prepareStatement("INSERT INTO rule_draft_files (draft_id, path, content) VALUES (?, ?, ?)")) {
                        s.setLong(1, id);
                        s.setString(2, path);
                        s.setBytes(3, content);
                        s.executeUpdate();
                    }
                }
                return true;
            });
        } catch (SQLException e) {
            throw archive.failure("the draft " + id + " cannot be saved", e);
        }
    }

    /** Moves a draft from submitted to rejected; false when it was not submitted. */
    boolean reject(long id, String by) throws ArchiveException {
        try (Connection c = archive.connection()) {
            return setStatus(c, id, Status.REJECTED, by, List.of(Status.SUBMITTED));
        } catch (SQLException e) {
            throw archive.failure("the draft " + id + " cannot be updated", e);
        }
    }

    /** Submits a draft for review with why it changes the rules; false when it was not a draft. */
    boolean submit(long id, String reason, String document) throws ArchiveException {
        try (Connection c = archive.connection();
             PreparedStatement s = c.prepareStatement("UPDATE rule_drafts SET status = ?, reason = ?, document = ?, updated_at = ?"
                     + " WHERE id = ? AND status IN (?, ?)")) {
            s.setString(1, Status.SUBMITTED.key());
            s.setString(2, reason);
            s.setString(3, document);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.setLong(5, id);
            s.setString(6, Status.DRAFT.key());
            s.setString(7, Status.REJECTED.key());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw archive.failure("the draft " + id + " cannot be submitted", e);
        }
    }

    /**
     * Sets the state of draft {@code id} when it is in one of {@code from}, on {@code c} (in the caller's transaction
     * when there is one); a decision ({@code by} not null) records who decided and when.
     */
    static boolean setStatus(Connection c, long id, Status to, String by, List<Status> from) throws SQLException {
        Instant now = Instant.now();
        String sql = "UPDATE rule_drafts SET status = ?, updated_at = ?"
                + (by != null ? ", approver = ?, decided_at = ?" : "") + " WHERE id = ? AND status IN (?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setString(i++, to.key());
            s.setTimestamp(i++, Timestamp.from(now));
            if (by != null) {
                s.setString(i++, by);
                s.setTimestamp(i++, Timestamp.from(now));
            }
            s.setLong(i++, id);
            s.setString(i++, from.get(0).key());
            s.setString(i, from.get(from.size() - 1).key());
            return s.executeUpdate() == 1;
        }
    }

    /** Marks draft {@code id} as published as {@code version} by {@code approver}, in the caller's transaction. */
    static boolean markPublished(Connection c, long id, String approver, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE rule_drafts SET status = ?, approver = ?, decided_at = ?,"
                + " updated_at = ?, published_version = ? WHERE id = ? AND status = ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setString(1, Status.PUBLISHED.key());
            s.setString(2, approver);
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.setInt(5, version);
            s.setLong(6, id);
            s.setString(7, Status.SUBMITTED.key());
            return s.executeUpdate() == 1;
        }
    }

    /** Adds a comment at the end of the draft's comments. */
    public void comment(long id, String author, String text) throws ArchiveException {
        try (Connection c = archive.connection()) {
            for (int attempt = 0; ; attempt++) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO rule_draft_comments (draft_id, position, author,"
                        + " written_at, body) SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ? FROM rule_draft_comments WHERE draft_id = ?")) {
                    s.setLong(1, id);
                    s.setString(2, author);
                    s.setTimestamp(3, Timestamp.from(Instant.now()));
                    s.setString(4, text);
                    s.setLong(5, id);
                    s.executeUpdate();
                    return;
                } catch (SQLException e) {
                    // Two comments at the same moment took the same position: the later one tries again, once.
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw archive.failure("the comment on draft " + id + " cannot be saved", e);
        }
    }

    public List<Comment> comments(long id) throws ArchiveException {
        List<Comment> comments = new ArrayList<>();
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT position, author, written_at, body FROM rule_draft_comments WHERE draft_id = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    comments.add(new Comment(r.getInt(1), r.getString(2), r.getTimestamp(3).toInstant(), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw archive.failure("the comments on draft " + id + " cannot be read", e);
        }
        return comments;
    }

    private List<Draft> query(String sql, Object key) throws ArchiveException {
        List<Draft> found = new ArrayList<>();
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (key != null) {
                s.setObject(1, key);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp decided = r.getTimestamp("decided_at");
                    found.add(new Draft(r.getLong("id"), Sql.getInt(r, "base_version"), r.getString("author"),
                            r.getTimestamp("created_at").toInstant(), r.getTimestamp("updated_at").toInstant(),
                            Status.of(r.getString("status")), r.getString("reason"), r.getString("document"),
                            r.getString("approver"), decided == null ? null : decided.toInstant(),
                            Sql.getInt(r, "published_version")));
                }
            }
        } catch (SQLException e) {
            throw archive.failure("the rule drafts cannot be read", e);
        }
        return found;
    }
}
