package educheck.checker.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `rules validate` warns of, and the metadata errors that stop a rule set from loading. Nothing is compiled. */
class RuleLintTest {

    private static final String DRL = """
            package CN;
            import educheck.model.*;
            import static educheck.rules.Judge.check;
            import static educheck.rules.Judge.report;
            import static educheck.rules.Judge.standard;

            rule "no id"
                @source("test")
            when $d : District() then report(kcontext, check(kcontext, $d.getCode(), $d.getLayoutReasonable()));
            end

            rule "no source"
                @id("T.1") @scope("district") @binds("district") @force("binding")
            when $d : District() then report(kcontext, check(kcontext, $d.getCode(), $d.getLayoutReasonable()));
            end

            rule "same id and scope"
                @id("T.1") @source("test") @scope("district") @binds("district") @force("binding")
            when $d : District() then report(kcontext, check(kcontext, $d.getCode(), $d.getLayoutReasonable()));
            end

            rule "due long ago"
                @id("T.2") @source("test") @scope("district") @binds("district") @force("binding") @required(0.9) @due(2001)
            when $d : District() then report(kcontext, check(kcontext, $d.getCode(), $d.getSocialRecognition()));
            end

            rule "due later"
                @id("T.3") @source("test") @scope("district") @binds("district") @force("binding") @required(0.9) @due(2999)
            when $d : District() then report(kcontext, check(kcontext, $d.getCode(), $d.getSocialRecognition()));
            end

            rule "a verdict"
                salience -100
            when $d : District() $findings : Findings()
            then insert(standard(kcontext, "T", "test", $findings.startingWith("T.")));
            end

            function Finding softened(Finding f) {
                return f.is(Status.FAIL) ? f.withStatus(Status.WARN, f.getMessage()) : f;
            }

            rule "warns itself, due long ago"
                @id("T.4") @source("test") @scope("district") @binds("district") @force("binding") @required(0.9) @due(2001)
            when $d : District() then report(kcontext, softened(check(kcontext, $d.getCode(), $d.getSocialRecognition())));
            end
            """;

    @TempDir
    Path dir;

    private RuleFiles files(String drl) throws IOException {
        Files.createDirectories(dir.resolve("CN"));
        Files.writeString(dir.resolve("CN/rules.drl"), drl);
        return RuleFiles.fromDirectory(dir);
    }

    @Test
    void warnsOfMissingIdsAndSourcesButNotOnVerdictRules() throws IOException {
        RuleFiles files = files(DRL);
        List<String> warnings = RuleLint.warnings(files, RuleIndex.of(files), 2025);

        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("CN/rules.drl:7: rule \"no id\" has no @id"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("CN/rules.drl:12: rule \"no source\" has no @source"));
        assertThat(warnings).noneSatisfy(w -> assertThat(w).contains("\"a verdict\""));
    }

    @Test
    void warnsOfTwoRulesWithTheSameIdAndScope() throws IOException {
        RuleFiles files = files(DRL);
        List<String> warnings = RuleLint.warnings(files, RuleIndex.of(files), 2025);

        assertThat(warnings).contains("CN/rules.drl:17: rule \"same id and scope\" has the same @id(\"T.1\") and"
                + " @scope(\"district\") as rule \"no source\" (CN/rules.drl:12); give each a @scope naming the subjects it covers");
    }

    /** A past due year still decides WARN or FAIL for earlier years' data; only a rule that warns by itself is stale. */
    @Test
    void warnsOfARuleThatWarnsByItselfPastItsDueYear() throws IOException {
        RuleFiles files = files(DRL);
        List<String> warnings = RuleLint.warnings(files, RuleIndex.of(files), 2025);

        assertThat(warnings).anySatisfy(w -> assertThat(w)
                .startsWith("CN/rules.drl:43:").contains("\"warns itself, due long ago\" reports WARN itself, yet its @due(2001) has passed"));
        assertThat(warnings).noneSatisfy(w -> assertThat(w).contains("\"due long ago\""));
        assertThat(warnings).noneSatisfy(w -> assertThat(w).contains("due later"));
        assertThat(warnings).hasSize(4);
    }

    @Test
    void warnsOfAFindingInsertedTheOldWayAtItsColumnButNotOfAStandardsVerdict() throws IOException {
        RuleFiles files = files("""
                package CN;
                import educheck.model.*;
                import static educheck.rules.Judge.check;
                import static educheck.rules.Judge.standard;

                rule "old way"
                    @id("T.9") @source("test") @scope("district") @binds("district") @force("binding")
                when
                    $d : District()
                then
                    insert(check(kcontext, $d.getCode(), $d.getLayoutReasonable()));
                end

                rule "a verdict"
                    salience -100
                when $d : District() $findings : Findings()
                then insert( standard(kcontext, "T", "test", $findings.startingWith("T.")));
                end
                """);

        assertThat(RuleLint.warnings(files, RuleIndex.of(files), 2025)).containsExactly(
                "CN/rules.drl:11:5: rule \"old way\" inserts a fact: a finding inserted is seen by no verdict and no report"
                        + " (the check reports it as a rule error); report it with report(kcontext, check(…)) instead");
    }

    @Test
    void aRequiredThatIsNotANumberIsAnErrorAtItsColumn() throws IOException {
        RuleFiles files = files(DRL.replace("@required(0.9) @due(2999)", "@required(\"ninety\") @due(2999.5) @comparator(\"=>\")"));

        assertThat(RuleLint.errors(files, RuleIndex.of(files))).containsExactly(
                "CN/rules.drl:28:88: @required(ninety) in rule \"due later\" must be a number such as 4.2, or true/false",
                "CN/rules.drl:28:108: @due(2999.5) in rule \"due later\" must be a year such as 2025",
                "CN/rules.drl:28:121: @comparator(\"=>\") in rule \"due later\" must be one of \">=\", \"<=\", \">\", \"<\", \"==\"");
    }

    @Test
    void aTargetThatDeclaresNoBindsOrForceIsReadAsTheDistrictsBindingTargetAndSaysSo() throws IOException {
        RuleFiles files = files(DRL.replace("@id(\"T.3\") @source(\"test\") @scope(\"district\") @binds(\"district\") @force(\"binding\")",
                "@id(\"T.3\") @source(\"test\") @scope(\"district\")"));
        assertThat(RuleLint.warnings(files, RuleIndex.of(files), 2025)).anySatisfy(w -> assertThat(w)
                .startsWith("CN/rules.drl:").contains(": rule \"due later\" declares no @binds or @force: it is read as binding the district"));
    }

    @Test
    void aForceTheSourcesWordingContradictsIsWarnedOfAtItsColumn() throws IOException {
        RuleFiles files = files(DRL.replace("@id(\"T.3\") @source(\"test\")", "@id(\"T.3\") @source(\"力争到2025年达到\")")
                .replace("@id(\"T.2\") @source(\"test\") @scope(\"district\") @binds(\"district\") @force(\"binding\")",
                        "@id(\"T.2\") @source(\"确保不低于90%\") @scope(\"district\") @binds(\"district\") @force(\"aspiration\")"));
        List<String> warnings = RuleLint.warnings(files, RuleIndex.of(files), 2025);
        // 力争 with 达到: an aim whose result is named, read as an aim; the lint warns only when the quote holds no
        // binding word at all, so this binding rule passes; 确保 alone on an aspiration is warned of.
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("CN/rules.drl:23:")
                .contains("says @force(\"aspiration\") but its @source carries only binding wording"));
        RuleFiles aim = files(DRL.replace("@id(\"T.3\") @source(\"test\")", "@id(\"T.3\") @source(\"力争到2025年\")"));
        assertThat(RuleLint.warnings(aim, RuleIndex.of(aim), 2025)).anySatisfy(w -> assertThat(w).startsWith("CN/rules.drl:28:")
                .contains("says @force(\"binding\") but its @source reads \"力争\", an aspiration's wording"));
    }

    @Test
    void aBindsOrForceThatIsNoneOfItsWordsIsAnErrorAtItsColumn() throws IOException {
        RuleFiles files = files(DRL.replace("@id(\"T.3\") @source(\"test\") @scope(\"district\") @binds(\"district\") @force(\"binding\")",
                "@id(\"T.3\") @source(\"test\") @scope(\"district\") @binds(\"county\") @force(\"maybe\")"));
        assertThat(RuleLint.errors(files, RuleIndex.of(files))).containsExactly(
                "CN/rules.drl:28:51: @binds(\"county\") in rule \"due later\" must be \"district\", \"city\" or \"province\"",
                "CN/rules.drl:28:68: @force(\"maybe\") in rule \"due later\" must be \"binding\", \"aspiration\" or \"baseline\"");
    }

    @Test
    void theBundledRulesDeclareWhomAndHowFirmlyAndAgreeWithTheirQuotes() throws RuleSetException {
        RuleFiles files = RuleFiles.bundled();
        assertThat(RuleLint.warnings(files, RuleIndex.of(files), 2026)).noneSatisfy(w -> assertThat(w)
                .containsAnyOf("declares no @binds", "declares no @force", "says @force("));
    }
}
