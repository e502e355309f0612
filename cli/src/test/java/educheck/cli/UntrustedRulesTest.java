package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules folder from an untrusted source, through the real command: a rule that writes a file is refused at its
 * line unless the user says --trust-rules (and the report then says so); a rule that never ends costs its district
 * an ERROR finding within --rule-timeout while the other district is reported, and the run exits 5.
 */
class UntrustedRulesTest {

    private static final String KMODULE = "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">"
            + "<kbase name=\"CN\" packages=\"CN\"/></kmodule>";

    private static final String HEADER = """
            package CN;

            import educheck.model.*;
            import static educheck.rules.Judge.outcome;
            import static educheck.rules.Judge.report;

            rule "T.1 always met"
                @id("T.1") @source("test 1")
            when
                $d : District()
            then
                report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 1, "met"));
            end

            """;

    private static final String SUBMISSION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <submission xmlns="urn:educheck:submission:1" year="2024">
              <district code="320583" name="spins"><measure key="spin" value="1"/></district>
              <district code="320584" name="sound"/>
            </submission>
            """;

    @TempDir
    static Path dir;

    private static Path writes;
    private static Path loops;
    private static Path submission;
    private static Path written;

    @BeforeAll
    static void folders() throws Exception {
        written = dir.resolve("written.txt");
        writes = folder("writes", HEADER + """
                rule "T.2 writes a file"
                    @id("T.2") @source("test 2")
                when
                    $d : District()
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), $d.getCode());
                end
                """.formatted(written.toString().replace("\\", "/")));
        loops = folder("loops", HEADER + """
                rule "T.3 loops for ever"
                    @id("T.3") @source("test 3")
                when
                    $d : District( measure("spin").isPresent() )
                then
                    long n = 0;
                    while (n >= 0) { n = n * 1; }
                end
                """);
        submission = Files.writeString(dir.resolve("two.xml"), SUBMISSION.strip());
    }

    private static Path folder(String name, String drl) throws Exception {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("META-INF"));
        Files.createDirectories(root.resolve("CN"));
        Files.writeString(root.resolve("META-INF/kmodule.xml"), KMODULE);
        Files.writeString(root.resolve("CN/t.drl"), drl);
        return root;
    }

    /** The looping consequence cannot be interrupted: stop its abandoned thread so the other tests have the core. */
    @AfterAll
    @SuppressWarnings({"deprecation", "removal"})
    static void stopAbandonedSessions() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("educheck-session-") && t.getState() == Thread.State.RUNNABLE) {
                t.stop();
            }
        }
    }

    @Test
    void aRuleThatWritesAFileIsRefusedAtItsLineAndNothingIsChecked() {
        CommandRun validate = CommandRun.of("rules", "validate", writes);
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(3);
        assertThat(validate.out()).contains(writes + "/CN/t.drl:20:5: java.nio.file.Files is outside what a rule may use (file access)");

        CommandRun check = CommandRun.of("check", "--rules", writes, submission);
        assertThat(check.exit()).as(check.toString()).isEqualTo(3);
        assertThat(check.err()).contains("CN/t.drl:20:5: java.nio.file.Files");
        assertThat(written).doesNotExist();
    }

    @Test
    void withTrustRulesItRunsAndTheReportSaysUnrestricted() throws Exception {
        CommandRun check = CommandRun.of("check", "--trust-rules", "--rules", writes, "--format", "json", submission);
        try {
            // These rules judge no standard, so the districts are INCOMPLETE: exit 1, not a refusal (3).
            assertThat(check.exit()).as(check.toString()).isEqualTo(1);
            assertThat(check.out()).contains("\"origin\" : \"" + writes.toAbsolutePath().normalize() + " (unrestricted)\"");
            assertThat(written).exists();
        } finally {
            Files.deleteIfExists(written);
        }
    }

    @Test
    void aRuleThatNeverEndsCostsItsDistrictWithinTheTimeoutAndTheRunExits5() {
        long start = System.nanoTime();
        CommandRun check = CommandRun.of("check", "--rules", loops, "--rule-timeout", "1", "--lang", "en", submission);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(check.exit()).as(check.toString()).isEqualTo(5);
        assertThat(check.out()).contains("rule \"T.3 loops for ever\" was still running when the check of district 320583"
                + " reached its time budget of 1 s");
        assertThat(check.out()).contains("■ 320584 sound · 2024 · INCOMPLETE", "Summary: PASS 1 · FAIL 0");
        assertThat(seconds).as("the run ends soon after the budget, not when the loop does").isLessThan(120);
    }

    @Test
    void aTimeoutThatIsNotANumberOfSecondsIsAUsageError() {
        CommandRun check = CommandRun.of("check", "--rule-timeout", "0", submission);
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains("--rule-timeout: give a number of seconds above 0");
    }
}
