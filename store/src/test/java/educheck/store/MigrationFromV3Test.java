package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.CheckRun;
import educheck.checker.load.CountyTable;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.report.RunInfo;
import educheck.checker.render.RenderOptions;
import educheck.generator.Generator;
import educheck.model.Waivers;
import educheck.model.io.WaiverReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V4 narrows the findings table: an archive written at V3 (wide finding rows) is rewritten when it is opened, and
 * every reader then says what it said before: history, diff, runs, and every stored run in every format.
 *
 * <p>The V3 archive is a new archive brought to V3 by Flyway's own migrations V1–V3, filled with every row of runs this
 * build recorded, their findings turned back into V3's wide rows (as V3 wrote them), plus the leftovers of a migration
 * cut short. Opening it then migrates it.
 */
class MigrationFromV3Test {

    private static RuleSet rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws RuleSetException {
        rules = RuleSet.bundled();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#servers")
    void aV3ArchiveMigratedGivesTheSameHistoryDiffAndReportsEvenAfterAnAttemptCutShort(String kind) throws Exception {
        Map<String, String> counties = CountyTable.of(RuleFiles.bundled()).under("");
        Path y2023 = dir.resolve("districts-2023.xml");
        Path y2024 = dir.resolve("districts-2024.xml");
        new Generator(5, 2023, counties).write(4, y2023);
        new Generator(6, 2024, counties).write(4, y2024);
        Path waived = Path.of("..", "samples", "failing-430626-pingjiang.xml");
        Waivers waivers = WaiverReader.read(Files.writeString(dir.resolve("waivers.csv"),
                "district,id,subject,reason,approvedBy,expires\n"
                        + "430626,CN.CE.RES.1,NOPE/PRIMARY,no such subject,县教育局,2030-06-30\n"), LocalDate.of(2025, 1, 1));
        String code = firstCode(y2023);
        String location = Archives.fresh(kind, dir);
        Map<String, String> before;
        try (Archive archive = Archive.open(location)) {
            record(archive, y2023, Waivers.NONE);
            record(archive, y2024, Waivers.NONE);
            record(archive, waived, waivers);
        }
        // V3 kept no binds, force or draft (V20 added them): what a V3 archive shows is its runs without them, as
        // runs recorded before V20 read (district, binding, adopted, deciding).
        try (Connection c = connect(location); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE finding_rules SET target_binds = NULL, target_force = NULL, draft_text = NULL");
            s.executeUpdate("UPDATE standards SET draft_text = NULL, decides = NULL");
        }
        try (Archive archive = Archive.open(location)) {
            before = readers(archive, code);
        }
        assertThat(before.get("history")).contains("2023").contains("2024");
        assertThat(before.get("diff 1 2")).contains("kind=VALUE");

        String v3 = Archives.fresh(kind, dir);
        copyAsV3(location, v3);
        location = v3;
        try (Connection c = connect(location); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM findings WHERE indicator IS NOT NULL")) {
                r.next();
                assertThat(r.getInt(1)).as("V3's wide findings rows").isPositive();
            }
            // What an earlier attempt cut short leaves on H2, whose CREATE and DROP commit at once: new tables, part
            // filled, beside V3's findings.
            s.execute("CREATE TABLE finding_statuses (code SMALLINT PRIMARY KEY, status VARCHAR(20) NOT NULL UNIQUE)");
            s.execute("INSERT INTO finding_statuses VALUES (0, 'PASS')");
            s.execute("CREATE TABLE finding_rows (run_id BIGINT, district_pos INTEGER, position INTEGER)");
            s.execute("INSERT INTO finding_rows VALUES (1, 0, 0)");
            // ... and, when the attempt failed rather than being killed, Flyway's record of a failed V4.
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '4', 'narrow findings', 'SQL',"
                    + " 'V4__narrow_findings.sql', 0, 'test', 0, FALSE FROM flyway_schema_history");
        }

        try (Archive archive = Archive.open(location)) {
            Map<String, String> after = readers(archive, code);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String what : before.keySet()) {
                assertThat(after.get(what)).as(what).isEqualTo(before.get(what));
            }
            // A run recorded after the migration is read beside the migrated ones.
            long fourth = record(archive, y2024, Waivers.NONE);
            assertThat(archive.diff(2, fourth).changes()).isEmpty();
            assertThat(archive.history(code, null).years()).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#servers")
    void theStatusCodesAreTheOnesTheSchemaNames(String kind) throws Exception {
        String location = Archives.fresh(kind, dir);
        try (Archive archive = Archive.open(location)) {
            assertThat(archive.runs()).isEmpty();
        }
        List<String> names = new ArrayList<>();
        try (Connection c = connect(location); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code, status FROM finding_statuses ORDER BY code")) {
            while (r.next()) {
                assertThat(r.getInt(1)).isEqualTo(names.size());
                names.add(r.getString(2));
            }
        }
        assertThat(names).isEqualTo(FindingRows.STATUSES.stream().map(Enum::name).toList());
    }

    private static long record(Archive archive, Path file, Waivers waivers) throws Exception {
        RunInfo info = RunInfo.of(rules, waivers);
        try (RunRecorder recorder = archive.record(info, List.of(file))) {
            new CheckRun(new DistrictChecker(rules, waivers), 1).run(List.of(file), recorder);
            recorder.commit();
            return recorder.runId();
        }
    }

    /** What every reader says of the archive, by name. */
    private static Map<String, String> readers(Archive archive, String code) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("runs", archive.runs().toString());
        out.put("history", archive.history(code, null).toString());
        out.put("history RES.1", archive.history(code, "CN.CE.RES.1").toString());
        out.put("diff 1 2", archive.diff(1, 2).toString());
        out.put("diff 2 1", archive.diff(2, 1).toString());
        out.put("last year", archive.lastYear(code, 2023).toString());
        out.put("uploads findings", new Uploads(archive).findings(1, code).toString());
        for (long id = 1; id <= 3; id++) {
            for (String format : List.of("json", "text", "html", "csv", "xml", "rectification")) {
                StringWriter w = new StringWriter();
                archive.render(id, format, w, RenderOptions.plain(RenderOptions.Lang.EN));
                out.put("run " + id + " " + format, w.toString());
            }
        }
        return out;
    }

    /** The tables of schema V3 whose rows a run writes, parents before children. */
    private static final List<String> V3_TABLES = List.of("rule_versions", "rule_version_files", "runs", "run_inputs",
            "run_input_files", "districts", "district_units", "district_measures", "standards", "finding_rules", "findings",
            "rectification", "rectification_pulls", "rollups", "rollup_members", "input_errors", "run_waivers", "users",
            "uploads");

    /** V3's findings, as V3 wrote them, from V4's narrow rows and their kinds (a ratio's measured value included). */
    private static final String V3_FINDINGS = """
            SELECT f.run_id, f.district_pos, f.position, k.rule_pos, fr.indicator, f.subject, st.status, f.actual_num,
                f.actual_flag, f.required_num, f.required_flag, k.comparator, k.message_prefix || f.message AS message,
                f.decides, k.measured_field,
                CASE WHEN f.numerator IS NOT NULL AND f.denominator IS NOT NULL
                     THEN k.scale * f.numerator / f.denominator ELSE f.measured_num END AS measured_num,
                f.measured_flag, f.measured_missing, f.numerator, f.denominator, k.scale, k.unit, k.whole_units, k.remedy,
                f.waiver_line, f.waiver_reason, f.waiver_approved_by, f.waiver_expires
            FROM finding_rows f JOIN finding_kinds k ON k.run_id = f.run_id AND k.kind_pos = f.kind_pos
            JOIN finding_rules fr ON fr.run_id = k.run_id AND fr.rule_pos = k.rule_pos
            JOIN finding_statuses st ON st.code = f.status""";

    /**
     * A new archive at schema V3 (Flyway's own V1–V3) at {@code to}, holding every row of the archive at {@code from},
     * its findings turned back into V3's wide rows.
     */
    private static void copyAsV3(String from, String to) throws SQLException, IOException {
        ArchiveLocation target = ArchiveLocation.of(to);
        if (target.folder() != null) {
            Files.createDirectories(target.folder());
        }
        Flyway.configure(MigrationFromV3Test.class.getClassLoader())
                .dataSource(target.url(), target.user(), target.password())
                .locations("classpath:db/migration/postgresql").target("3").load().migrate();
        try (Connection in = connect(from); Connection out = connect(to)) {
            for (String table : V3_TABLES) {
                List<String> columns = new ArrayList<>();
                try (Statement s = out.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        columns.add(r.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                    }
                }
                String select = table.equals("findings") ? V3_FINDINGS : "SELECT " + String.join(", ", columns) + " FROM " + table;
                String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
                try (Statement s = in.createStatement(); ResultSet r = s.executeQuery(select);
                     PreparedStatement p = out.prepareStatement(insert)) {
                    while (r.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            p.setObject(i + 1, r.getObject(columns.get(i)));
                        }
                        p.executeUpdate();
                    }
                }
            }
            try (Statement s = out.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(id) FROM runs")) {
                r.next();
                // The runs' ids were given, not drawn: the next run recorded must not draw one of them.
                out.createStatement().execute("ALTER TABLE runs ALTER COLUMN id RESTART WITH " + (r.getLong(1) + 1));
            }
        }
    }

    private static Connection connect(String location) throws SQLException {
        ArchiveLocation l = ArchiveLocation.of(location);
        return DriverManager.getConnection(l.url(), l.user(), l.password());
    }

    private static String firstCode(Path file) throws IOException {
        Matcher m = Pattern.compile("code=\"(\\d{6})\"").matcher(Files.readString(file));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
