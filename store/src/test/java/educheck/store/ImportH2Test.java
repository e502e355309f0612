package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import educheck.checker.run.CheckRun;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleSet;
import educheck.checker.render.RenderOptions;
import educheck.checker.report.RunInfo;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user of the H2-era educheck keeps an archive in {@code ~/.educheck/archive/educheck.mv.db}: it is named, never
 * replaced by a new empty archive beside it, and {@code archive import-h2} copies every run into the new one, run
 * numbers and reports unchanged, the H2 file kept.
 */
class ImportH2Test {

    @TempDir
    Path dir;

    @Test
    void theRunsOfAnH2ArchiveAreImportedAsTheyWere() throws Exception {
        Path original = dir.resolve("original");
        Path file = dir.resolve("d.xml");
        Files.writeString(file, """
                <submission xmlns="urn:educheck:submission:1" year="2024">
                  <district code="330783" name="东阳市"><measure key="myopiaRate" value="0.60"/></district>
                  <district code="330784" name="永康市"><measure key="myopiaRate" value="0.50"/></district>
                </submission>""");
        RuleSet rules = RuleSet.bundled();
        String report;
        try (Archive archive = Archive.open(original.toString())) {
            for (int i = 0; i < 2; i++) {
                try (RunRecorder recorder = archive.record(RunInfo.of(rules), List.of(file))) {
                    new CheckRun(new DistrictChecker(rules), 1).run(List.of(file), recorder);
                    recorder.commit();
                }
            }
        }
        // The H2-era schema (V5) kept no binds, force or draft (V20): its runs read as district, binding, adopted.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + original.resolve("educheck.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE finding_rules SET target_binds = NULL, target_force = NULL, draft_text = NULL");
            s.executeUpdate("UPDATE standards SET draft_text = NULL, decides = NULL");
        }
        try (Archive archive = Archive.open(original.toString())) {
            report = json(archive, 2);
        }
        Path old = Files.createDirectories(dir.resolve("old"));
        asH2(original, old);

        assertThatThrownBy(() -> Archive.open(old.toString())).hasMessageContaining("import-h2");
        assertThat(H2Import.into(ArchiveLocation.of(old.toString()))).isEqualTo(2);

        assertThat(old.resolve("educheck.mv.db")).exists();
        try (Archive imported = Archive.open(old.toString())) {
            assertThat(imported.runs()).extracting(RunSummary::id).containsExactly(2L, 1L);
            assertThat(json(imported, 2)).isEqualTo(report);
            assertThat(imported.verify().whole()).as("%s", imported.verify().problems()).isTrue();
            assertThat(imported.history("330784", null).years()).isNotEmpty();
        }
        assertThatThrownBy(() -> H2Import.into(ArchiveLocation.of(old.toString())))
                .hasMessageContaining("holds an archive of this educheck already");
    }

    private static String json(Archive archive, long run) throws Exception {
        StringWriter out = new StringWriter();
        archive.render(run, "json", out, RenderOptions.plain(RenderOptions.Lang.EN));
        return out.toString();
    }

    /** The archive in {@code from} as the H2-era educheck kept it: H2 at schema V5, in {@code to}/educheck.mv.db. */
    private static void asH2(Path from, Path to) throws Exception {
        String h2 = "jdbc:h2:file:" + to.resolve("educheck") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        Flyway.configure(ImportH2Test.class.getClassLoader()).dataSource(h2, null, null)
                .locations("classpath:db/migration/postgresql").target("5").load().migrate();
        try (Connection in = DriverManager.getConnection("jdbc:sqlite:" + from.resolve("educheck.db"));
             Connection out = DriverManager.getConnection(h2)) {
            for (String table : H2Import.TABLES) {
                H2Import.copy(in, out, table);
            }
            try (Statement s = out.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(id) FROM runs")) {
                r.next();
                out.createStatement().execute("ALTER TABLE runs ALTER COLUMN id RESTART WITH " + (r.getLong(1) + 1));
            }
        }
    }
}
