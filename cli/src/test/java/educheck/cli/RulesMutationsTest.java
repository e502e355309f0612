package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules test --mutations} and {@code rules publish} through the real command, the real engine and real rule
 * folders: a threshold no fixture pins is named at its line with exit 1, one pinned from both sides exits 0; the
 * issue's edit of SH.CE.2 (0.99 → 0.995), with its fixtures brought in line, is published with the changes no fixture
 * pins listed before it.
 */
class RulesMutationsTest {

    private static final String KMODULE = "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">"
            + "<kbase name=\"CN\" packages=\"CN\"/></kmodule>";

    /** A class size of at most 45, counted in pupils: a whole number, nudged by one pupil. */
    private static final String DRL = """
            package CN;

            import educheck.model.*;
            import static educheck.rules.Judge.check;
            import static educheck.rules.Judge.report;

            rule "T.1 class size"
                @id("T.1") @source("test：班额不超过45人") @required(45) @comparator("<=") @due(2022)
                @binds("district") @force("binding")
            when
                $s : SchoolSection()
            then
                report(kcontext, check(kcontext, $s.getSubject(), $s.getLargestClass()));
            end
            """;

    private static String submission(int year, int... largest) {
        StringBuilder b = new StringBuilder("<submission xmlns=\"urn:educheck:submission:1\" year=\"" + year + "\">"
                + "<district code=\"320501\" name=\"甲区\">");
        for (int i = 0; i < largest.length; i++) {
            b.append("<school id=\"S").append(i + 1).append("\" name=\"第").append(i + 1).append("小学\" type=\"PRIMARY\" location=\"URBAN\">")
                    .append("<section level=\"PRIMARY\" students=\"400\" classes=\"10\" largestClass=\"").append(largest[i])
                    .append("\"/></school>");
        }
        return b.append("</district></submission>").toString();
    }

    /** Far from the line on both sides, in the year it is due. */
    private static final String FAR = submission(2022, 40, 50);
    /** On the line and one pupil over it. */
    private static final String EDGES = submission(2022, 45, 46);

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, String> fixtures) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("META-INF"));
        Files.createDirectories(root.resolve("CN/fixtures"));
        Files.writeString(root.resolve("META-INF/kmodule.xml"), KMODULE);
        Files.writeString(root.resolve("CN/t.drl"), DRL);
        for (Map.Entry<String, String> f : fixtures.entrySet()) {
            Files.writeString(root.resolve("CN/fixtures").resolve(f.getKey()), f.getValue());
        }
        return root;
    }

    @Test
    void aThresholdNoFixturePinsIsNamedAtItsLineAndExits1AndOnePinnedFromBothSidesExits0() throws IOException {
        Path far = folder("far", Map.of("far.xml", FAR, "far.expected", "T.1  S1/PRIMARY  PASS  40\nT.1  S2/PRIMARY  FAIL  50\n"));
        Path edges = folder("edges", Map.of("edges.xml", EDGES, "edges.expected", "T.1  S1/PRIMARY  PASS  45\nT.1  S2/PRIMARY  FAIL  46\n",
                "early.xml", submission(2021, 46), "early.expected", "T.1  S1/PRIMARY  WARN  46\n"));

        CliRun unpinned = CliRun.of("rules", "test", far.toString(), "--mutations").printedNoStackTrace();
        CliRun pinned = CliRun.of("rules", "test", edges.toString(), "--mutations", "--threads", "1").printedNoStackTrace();

        assertThat(unpinned.exit()).as(unpinned.toString()).isEqualTo(1);
        assertThat(unpinned.out()).contains("1 passed, 0 failed")
                .contains("survived  CN/t.drl:8  T.1 \"T.1 class size\": @required(45) → 46 (no fixture notices; 1 fixture(s)"
                        + " make findings of this rule)")
                .contains("survived  CN/t.drl:8  T.1 \"T.1 class size\": @required(45) → 44")
                .contains("survived  CN/t.drl:8  T.1 \"T.1 class size\": @comparator(\"<=\") → \"<\"")
                .contains("survived  CN/t.drl:8  T.1 \"T.1 class size\": @due(2022) → 2021")
                .containsPattern("mutations: 6 made, 2 killed, 4 survived \\(\\d+\\.\\d s\\)");
        assertThat(pinned.exit()).as(pinned.toString()).isZero();
        assertThat(pinned.out()).doesNotContain("survived  ").containsPattern("mutations: 6 made, 6 killed, 0 survived");
    }

    @Test
    void mutationsAreNotRunWhileAFixtureFails() throws IOException {
        Path failing = folder("failing", Map.of("far.xml", FAR, "far.expected", "T.1  S1/PRIMARY  FAIL  40\n"));

        CliRun run = CliRun.of("rules", "test", failing.toString(), "--mutations").printedNoStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("0 passed, 1 failed").contains("mutations: not run, since fixtures fail with the rules as written");
    }

    @Test
    void threadsMustBeOneOrMore() {
        CliRun run = CliRun.of("rules", "test", "--mutations", "--threads", "0").printedNoStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--threads: give 1 or more");
    }

    /** The loop: SH.CE.2 raised to 0.995, the fixtures that now disagree brought in line, then published. */
    @Test
    void publishingAChangedThresholdListsWhatNoFixturePinsBeforePublishing() throws Exception {
        String archive = TestArchives.fresh("embedded", dir);
        Path rules = dir.resolve("rules");
        assertThat(CliRun.of("rules", "export", rules.toString()).exit()).isZero();
        RuleVersionsCommandsTest.replace(rules.resolve("CN-31/compulsory.drl"), "@required(0.99)\n", "@required(0.995)\n");
        for (String fixture : new String[] {"sh-city-2025-met", "sh-city-2029-met"}) {
            RuleVersionsCommandsTest.replace(rules.resolve("CN-31/fixtures/" + fixture + ".expected"),
                    "rollup SH.CE.2 31            PASS  0.99", "rollup SH.CE.2 31            FAIL  0.99");
        }

        CliRun published = CliRun.of("rules", "publish", rules.toString(), "--reason", "提高到99.5%", "--archive", archive)
                .printedNoStackTrace();

        assertThat(published.exit()).as(published.toString()).isZero();
        String out = published.out();
        assertThat(out).contains("the rules changed since the bundled rules")
                .contains("survived  CN-31/compulsory.drl:83  SH.CE.2 \"SH.CE.2 disabled children\": @required(0.995) → 0.996")
                .contains("survived  CN-31/compulsory.drl:83  SH.CE.2 \"SH.CE.2 disabled children\": @comparator(\">=\") → \">\"")
                .containsPattern("mutations: 4 made, \\d killed, \\d survived")
                .contains("change(s) above are not pinned by any fixture")
                .contains("published rule set version 2");
        // Only the changed rule is tried: no other rule's mutants are listed.
        assertThat(out.lines().filter(l -> l.startsWith("survived  "))).allMatch(l -> l.contains("SH.CE.2"));
        assertThat(out.indexOf("not pinned")).isLessThan(out.indexOf("published rule set version 2"));
    }
}
