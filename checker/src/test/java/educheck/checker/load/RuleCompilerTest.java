package educheck.checker.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule folders compiled at run time: each error at the DRL line and column to change, in plain words, and a
 * compiled set cached so the next run does not compile. One broken folder is compiled once for all the error
 * tests (a compile costs seconds).
 */
class RuleCompilerTest {

    private static final String KMODULE = """
            <kmodule xmlns="http://www.drools.org/xsd/kmodule">
              <kbase name="CN" packages="CN"/>
              <kbase name="CN-31" packages="CN_31" includes="CN"/>
            </kmodule>
            """;

    private static final String HEAD = """
            package CN;

            import educheck.model.*;
            import static educheck.rules.Judge.check;

            """;

    /**
     * Line 10: unknown property in a condition (the compiler names the pattern's line 9); line 21: unknown method in a
     * consequence (the compiler names the rule's line 15); line 27: unknown property the compiler names no line for.
     */
    private static final String SEMANTIC = HEAD + """
            rule "unknown property"
                @id("T.1") @source("test")
            when
                $s : SchoolSection( level == Level.PRIMARY,
                                    teachersAboveDegreePer1000 > 1 )
            then
                insert(check(kcontext, $s.getSubject(), $s.getTeachersAboveDegreePer100()));
            end

            rule "unknown method"
                @id("T.2") @source("test")
            when
                $s : SchoolSection( )
            then
                String subject = $s.getSubject();
                insert(check(kcontext, subject, $s.teachersAboveDegreePer1000()));
            end

            rule "misspelt property"
                @id("T.3") @source("test")
            when
                $s : SchoolSection( levl == Level.PRIMARY )
            then
                insert(check(kcontext, $s.getSubject(), $s.getTeachersAboveDegreePer100()));
            end
            """;

    /** `then` misspelt on line 10, so the parser trips over line 11. */
    private static final String SYNTAX = HEAD + """
            rule "no then"
                @id("T.4") @source("test")
            when
                $s : SchoolSection( )
            thn
                insert(check(kcontext, $s.getSubject(), $s.getTeachersAboveDegreePer100()));
            end
            """;

    private static final String VALID = HEAD + """
            rule "T.5 primary"
                @id("T.5") @source("test") @required(4.2)
            when
                $s : SchoolSection( level == Level.PRIMARY )
            then
                insert(check(kcontext, $s.getSubject(), $s.getTeachersAboveDegreePer100()));
            end
            """;

    @TempDir
    static Path dir;

    private static List<String> problems;

    @BeforeAll
    static void compileTheBrokenFolder() throws IOException {
        Path broken = folder("broken", Map.of("CN/semantic.drl", SEMANTIC, "CN/syntax.drl", SYNTAX,
                "CN-31/empty.drl", "package CN_31;\n"));
        try {
            RuleSet.load(RuleFiles.fromDirectory(broken), new RuleCompiler(null));
            problems = List.of();
        } catch (RuleSetException e) {
            problems = e.problems();
        }
    }

    private static Path folder(String name, Map<String, String> drl) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("META-INF"));
        Files.writeString(root.resolve("META-INF/kmodule.xml"), KMODULE);
        for (Map.Entry<String, String> e : drl.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
        return root;
    }

    @Test
    void aSyntaxErrorIsReportedAtTheLineTheParserStopsOn() {
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .startsWith("CN/syntax.drl:11:5: unexpected 'insert' in rule \"no then\""));
    }

    @Test
    void anUnknownPropertyInAConditionIsReportedAtItsOwnLineAndColumn() {
        assertThat(problems).contains("CN/semantic.drl:10:25: SchoolSection has no property teachersAboveDegreePer1000");
    }

    @Test
    void anUnknownPropertyTheCompilerGivesNoLineForIsFoundInTheFile() {
        assertThat(problems).contains("CN/semantic.drl:27:25: SchoolSection has no property levl");
    }

    @Test
    void anUnknownMethodInAConsequenceIsReportedAtTheLineThatCallsIt() {
        assertThat(problems).contains("CN/semantic.drl:21:40: SchoolSection has no method teachersAboveDegreePer1000()");
    }

    @Test
    void eachErrorIsReportedOnceThoughTwoKbasesIncludeTheFile() {
        assertThat(problems).doesNotHaveDuplicates()
                .filteredOn(p -> p.contains("no property teachersAboveDegreePer1000")).hasSize(1);
    }

    @Test
    void aCompiledFolderIsCachedAndTheNextLoadDoesNotCompile() throws Exception {
        Path rules = folder("valid", Map.of("CN/valid.drl", VALID));
        Path cache = dir.resolve("cache");
        RuleFiles files = RuleFiles.fromDirectory(rules);

        RuleSet first = RuleSet.load(files, new RuleCompiler(cache));
        RuleSet second = RuleSet.load(RuleFiles.fromDirectory(rules), new RuleCompiler(cache));

        assertThat(first.build()).isEqualTo(RuleSet.Build.COMPILED);
        assertThat(new RuleCompiler(cache).cacheFile(files)).exists()
                .satisfies(f -> assertThat(f.getFileName().toString()).startsWith(files.sha256()));
        assertThat(second.build()).isEqualTo(RuleSet.Build.CACHED);
        assertThat(second.kieBase("CN").getRule("CN", "T.5 primary").getMetaData()).containsKey("required");

        // An edited file is a different rule set: compiled again, not taken from the cache.
        Files.writeString(rules.resolve("CN/valid.drl"), VALID.replace("@required(4.2)", "@required(4.5)"));
        RuleSet edited = RuleSet.load(RuleFiles.fromDirectory(rules), new RuleCompiler(cache));
        assertThat(edited.build()).isEqualTo(RuleSet.Build.COMPILED);
        assertThat(edited.sha256()).isNotEqualTo(first.sha256());
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgainRatherThanTrusted() throws Exception {
        Path rules = folder("damaged", Map.of("CN/valid.drl", VALID.replace("T.5", "T.6")));
        Path cache = dir.resolve("damaged-cache");
        RuleFiles files = RuleFiles.fromDirectory(rules);
        Path entry = new RuleCompiler(cache).cacheFile(files);
        Files.createDirectories(cache);
        Files.write(entry, new byte[] {'P', 'K', 0, 0});

        RuleSet loaded = RuleSet.load(files, new RuleCompiler(cache));

        assertThat(loaded.build()).isEqualTo(RuleSet.Build.COMPILED);
        assertThat(Files.size(entry)).isGreaterThan(1000);
    }

    @Test
    void aRuleFileOutsideAnyKbaseIsRefusedBeforeCompiling() throws IOException {
        Path rules = folder("stray", Map.of("CN/valid.drl", VALID, "CN-32/stray.drl", "package CN_32;\n"));

        assertThatThrownBy(() -> RuleSet.load(rules, new RuleCompiler(null)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining(rules + "/CN-32/stray.drl:1: no kbase named CN-32");
    }
}
