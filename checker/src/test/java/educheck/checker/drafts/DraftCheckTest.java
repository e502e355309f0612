package educheck.checker.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A draft that does not compile says so at its file and line in plain words, and may not be published: a syntax
 * error, a field the model does not have, and a reach for java.io.File (refused by the allow-list, never run).
 */
class DraftCheckTest {

    private static final String KMODULE = """
            <kmodule xmlns="http://www.drools.org/xsd/kmodule">
              <kbase name="CN" packages="CN"/>
            </kmodule>
            """;

    private static final String HEAD = """
            package CN;

            import educheck.model.*;
            import static educheck.rules.Judge.check;
            import static educheck.rules.Judge.report;

            """;

    /** Line 11: `then` misspelt, so the parser stops on line 12. */
    private static final String SYNTAX = HEAD + """
            rule "T.1 no then"
                @id("T.1") @source("test") @required(0.9)
            when
                $d : District()
            thn
                report(kcontext, check(kcontext, $d.getCode(), $d.getDisabledEnrollmentRate()));
            end
            """;

    /** Line 10: a field District does not have. */
    private static final String FIELD = HEAD + """
            rule "T.2 misspelt field"
                @id("T.2") @source("test") @required(0.9)
            when
                $d : District( disabledEnrolmentRate > 0 )
            then
                report(kcontext, check(kcontext, $d.getCode(), $d.getDisabledEnrollmentRate()));
            end
            """;

    /** Line 13: the file system, which no rule may touch. */
    private static final String FILE = HEAD + """
            rule "T.3 reads a file"
                @id("T.3") @source("test") @required(0.9)
            when
                $d : District()
            then
                report(kcontext, check(kcontext, $d.getCode(), $d.getDisabledEnrollmentRate()));
                new java.io.File("/etc/passwd").delete();
            end
            """;

    private static RuleFiles files(String name, String drl) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(RuleFiles.KMODULE, KMODULE.getBytes(StandardCharsets.UTF_8));
        files.put("CN/" + name, drl.getBytes(StandardCharsets.UTF_8));
        return RuleFiles.of(files, "draft");
    }

    private static DraftCheck check(RuleFiles files) {
        return DraftCheck.of(files, new RuleCompiler(null), RuleBudget.DEFAULT);
    }

    @Test
    void aSyntaxErrorAndAWrongFieldAreEachReportedAtTheirLine() {
        Map<String, byte[]> both = new TreeMap<>(files("syntax.drl", SYNTAX).all());
        both.put("CN/field.drl", FIELD.getBytes(StandardCharsets.UTF_8));
        DraftCheck check = check(RuleFiles.of(both, "draft"));
        assertThat(check.compiles()).isFalse();
        assertThat(check.publishable()).isFalse();
        assertThat(check.refusal()).contains("the rules do not compile");
        assertThat(check.problemsIn("CN/syntax.drl")).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).startsWith("unexpected 'report' in rule \"T.1 no then\"");
        });
        assertThat(check.problemsIn("CN/field.drl")).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).isEqualTo("District has no property disabledEnrolmentRate");
        });
        assertThat(check.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Exception").doesNotContain("\tat "));
    }

    @Test
    void aDraftReachingForJavaIoFileIsRefusedAtItsLineAndNeverRun() {
        DraftCheck check = check(files("file.drl", FILE));
        assertThat(check.compiles()).isFalse();
        assertThat(check.fixtures()).isEmpty();
        assertThat(check.problemsIn("CN/file.drl")).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.message()).contains("java.io.File");
        });
    }

    @Test
    void aProblemLineIsSplitIntoFileLineAndMessage() {
        assertThat(DraftCheck.problem("CN/a.drl:12:5: unexpected 'x'")).isEqualTo(new DraftCheck.Problem("CN/a.drl", 12, "unexpected 'x'"));
        assertThat(DraftCheck.problem("META-INF/kmodule.xml: kbase X includes Y, which is not declared"))
                .isEqualTo(new DraftCheck.Problem("META-INF/kmodule.xml", 0, "kbase X includes Y, which is not declared"));
        assertThat(DraftCheck.problem("something else")).isEqualTo(new DraftCheck.Problem(null, 0, "something else"));
    }
}
