package educheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * {@code educheck archive import-h2}: the archive an educheck before SQLite kept in a folder (H2's
 * {@code educheck.mv.db}) copied into a new embedded archive in the same folder, every table and row as it was (run
 * numbers included). The new archive is made whole beside its place and linked in at the end, so an import cut short
 * leaves the folder as it was, to be imported again; the H2 file is only read (brought to schema V5 first if it is
 * older, as that educheck would have) and stays.
 */
public final class H2Import {

    /** Every table, parents before children; finding_statuses is the schema's own. */
    static final List<String> TABLES = Stream.concat(Stream.of("users", "rule_versions", "rule_version_files"),
            Stream.concat(StagedRun.TABLES.stream(), Stream.of("rule_drafts", "rule_draft_files", "rule_draft_comments")))
            .toList();

    private H2Import() {
    }

    /** Imports the H2 archive in {@code location}'s folder; returns the number of runs it held. */
    public static int into(ArchiveLocation location) throws ArchiveException {
        String shown = "archive " + location.shown() + ": ";
        if (!location.isEmbedded() || !Files.exists(location.folder().resolve(ArchiveLocation.H2_DATABASE))) {
            throw new ArchiveException(shown + "holds no archive of an earlier educheck (" + ArchiveLocation.H2_DATABASE
                    + ") to import");
        }
        if (Files.exists(location.file())) {
            throw new ArchiveException(shown + "holds an archive of this educheck already (" + location.file()
                    + "); the import is for a folder that holds only the earlier one");
        }
        String h2 = "jdbc:h2:file:" + location.folder().resolve("educheck")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        int[] runs = new int[1];
        try {
            Flyway flyway = Flyway.configure(H2Import.class.getClassLoader()).dataSource(h2, null, null)
                    .locations("classpath:db/migration/postgresql").target("5").load();
            Archive.repairCutShortV4(flyway);
            flyway.migrate();
            EmbeddedFile.create(location.file(), draft -> {
                EmbeddedFile.makeSchema(draft);
                try (Connection from = DriverManager.getConnection(h2);
                     Connection to = EmbeddedFile.dataSource(draft, false).getConnection()) {
                    to.setAutoCommit(false);
                    for (String table : TABLES) {
                        copy(from, to, table);
                    }
                    to.commit();
                    runs[0] = count(to, "runs");
                } catch (SQLException e) {
                    throw new IOException(Archive.reason(e), e);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(shown + "the earlier archive cannot be imported (" + Archive.reason(e) + "); the"
                    + " folder is as it was", e);
        }
        return runs[0];
    }

    /**
     * Every row of {@code table}; a column the source does not have (one added since) is left null. Values are read as
     * the target's column types take them (SQLite keeps times as milliseconds, booleans as 0 and 1).
     */
    static void copy(Connection from, Connection to, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (Statement s = to.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData m = r.getMetaData();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                columns.add(m.getColumnName(i).toLowerCase(Locale.ROOT));
                types.add(m.getColumnTypeName(i).toUpperCase(Locale.ROOT));
            }
        }
        Set<String> present = new HashSet<>();
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData m = r.getMetaData();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                present.add(m.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        List<String> selected = columns.stream().map(c -> present.contains(c) ? c : "NULL AS " + c).toList();
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery("SELECT " + String.join(", ", selected)
                + " FROM " + table); PreparedStatement p = to.prepareStatement(insert)) {
            int batch = 0;
            while (r.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    set(p, i, types.get(i - 1), r);
                }
                p.addBatch();
                if (++batch % 2_000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    /** By the target column's declared type: SQLite's driver reports most types as what they were declared. */
    private static void set(PreparedStatement p, int i, String type, ResultSet r) throws SQLException {
        if (r.getObject(i) == null) {
            p.setNull(i, Types.NULL);
        } else if (type.startsWith("TIMESTAMP")) {
            p.setTimestamp(i, r.getTimestamp(i));
        } else if (type.startsWith("DATE")) {
            p.setDate(i, r.getDate(i));
        } else if (type.startsWith("BOOL")) {
            p.setBoolean(i, r.getBoolean(i));
        } else if (type.contains("BLOB") || type.contains("BYTEA") || type.contains("BINARY")) {
            p.setBytes(i, r.getBytes(i));
        } else {
            p.setObject(i, r.getObject(i));
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }
}
