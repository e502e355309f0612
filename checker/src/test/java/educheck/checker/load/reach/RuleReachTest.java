package educheck.checker.load.reach;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.load.RuleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule files that reach outside the rule are refused at their line; the bundled rules pass unchanged. */
class RuleReachTest {

    @TempDir
    Path dir;

    /** A rule whose consequence is {@code code}, from line 12, column 1 of CN/t.drl. */
    private static String rule(String code) {
        return String.join("\n", "package CN;", "", "import educheck.model.*;", "import static educheck.rules.Judge.report;",
                "import static educheck.rules.Judge.outcome;", "", "rule \"T.1 test\"", "    @id(\"T.1\") @source(\"test\")",
                "when", "    $d : District()", "then", code, "end", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "files, fully qualified | java.nio.file.Files.writeString(java.nio.file.Path.of(\"x\"), \"y\"); | 12:1 | java.nio.file.Files is outside what a rule may use (file access)",
        "a process | Runtime.getRuntime().exec(\"ls\"); | 12:1 | java.lang.Runtime is outside what a rule may use (running programs)",
        "System.exit | System.exit(0); | 12:1 | java.lang.System is outside what a rule may use (the process itself)",
        "class loading | Class.forName(\"educheck.model.District\"); | 12:1 | java.lang.Class is outside what a rule may use (reflection and class loading)",
        "the network | new java.net.URL(\"http://example.org\").openStream(); | 12:5 | java.net.URL is outside what a rule may use (network access)",
        "a thread | new Thread(() -> report(kcontext, null)).start(); | 12:5 | java.lang.Thread is outside what a rule may use (threads)",
        "java.io.File | new java.io.File(\"x\").delete(); | 12:5 | java.io.File is outside what a rule may use (file access)",
        "var | var p = java.nio.file.Path.of(\"x\"); | 12:9 | java.nio.file.Path is outside what a rule may use (file access)",
        "a cast | Object o = $d; ((java.io.File) o).delete(); | 12:18 | java.io.File is outside what a rule may use (file access)",
        "getClass chain | $d.getClass().forName(\"x\"); | 12:1 | getClass reaches outside the rule (reflection)",
        "the session | kcontext.getKieRuntime().halt(); | 12:1 | kcontext may only be handed to the rule helpers",
        "an untyped lambda | java.util.List.of($d).forEach(x -> x.notify()); | 12:36 | cannot tell the type of x",
        "a lambda's body | java.util.List.of(1).forEach((Integer x) -> System.exit(x)); | 12:45 | java.lang.System is outside",
        "a parallel stream | java.util.List.of(1).parallelStream().count(); | 12:1 | parallelStream reaches outside the rule",
        "a class literal | String s = String.class.getName(); | 12:12 | a class literal (X.class) is reflection",
        "an anonymous class | Object o = new Object() { public String toString() { return \"\"; } }; | 12:12 | a rule may not declare classes",
    })
    void refusesCodeThatReachesOutsideAtItsLine(String what, String code, String at, String why) throws Exception {
        assertThat(refusals(rule(code))).anySatisfy(r -> assertThat(r).startsWith("CN/t.drl:" + at + ": ").contains(why));
    }

    @Test
    void refusesAnImportOfAForbiddenTypeAtTheImport() throws Exception {
        String drl = rule("report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 1, \"met\"));")
                .replace("import educheck.model.*;", "import educheck.model.*;\nimport java.io.File;");
        assertThat(refusals(drl)).anySatisfy(r -> assertThat(r).startsWith("CN/t.drl:4:1: ").contains("java.io.File"));
    }

    @Test
    void refusesAForbiddenCallInACondition() throws Exception {
        String drl = rule("report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 1, \"met\"));")
                .replace("$d : District()", "$d : District( java.lang.System.getenv(\"HOME\") != null )");
        assertThat(refusals(drl)).anySatisfy(r -> assertThat(r).startsWith("CN/t.drl:10:").contains("java.lang.System"));
    }

    @Test
    void refusesAForbiddenCallInAFunction() throws Exception {
        String drl = rule("report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 1, \"met\"));")
                .replace("rule \"T.1", "function void quit() {\n    System.exit(1);\n}\n\nrule \"T.1");
        assertThat(refusals(drl)).anySatisfy(r -> assertThat(r).startsWith("CN/t.drl:8:5: ").contains("java.lang.System"));
    }

    @Test
    void allowsTheModelTheHelpersAndPlainJava() throws Exception {
        String drl = rule("""
                double share = Math.max(0, $d.getCode().length()) / 2.0;
                java.util.List<String> codes = new java.util.ArrayList<>();
                codes.add($d.getCode().trim());
                for (String c : codes) { share += c.length(); }
                java.math.BigDecimal b = java.math.BigDecimal.valueOf(share);
                report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, b.doubleValue(), "met " + codes.size()));""");
        assertThat(refusals(drl)).isEmpty();
    }

    @Test
    void aFunctionOfThePackageMayBeCalledFromAnotherFile() throws Exception {
        Files.createDirectories(dir.resolve("CN"));
        Files.writeString(dir.resolve("CN/functions.drl"), "package CN;\nimport educheck.model.*;\n"
                + "function boolean large(District d) {\n    return d.getSchools().size() > 100;\n}\n");
        String drl = rule("report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 1, \"met\"));")
                .replace("$d : District()", "$d : District( large(this) )");
        assertThat(refusals(drl)).isEmpty();
    }

    @Test
    void theBundledRulesPassUnchanged() {
        RuleReach.Result result = RuleReach.check(RuleFiles.bundled());
        assertThat(result.refusals()).isEmpty();
        assertThat(result.unreadable()).isEmpty();
    }

    private java.util.List<String> refusals(String drl) throws Exception {
        Files.createDirectories(dir.resolve("CN"));
        Files.writeString(dir.resolve("CN/t.drl"), drl);
        RuleReach.Result result = RuleReach.check(RuleFiles.fromDirectory(dir));
        assertThat(result.unreadable()).isEmpty();
        return result.refusals();
    }
}
