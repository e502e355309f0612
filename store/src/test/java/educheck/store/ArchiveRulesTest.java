package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.report.RuleBasis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which rules an archive's checks are judged by, against a real archive: a new archive takes the bundled rules as
 * version 1; the bundled rules of another educheck are offered for review once per version in force and never
 * become a version on their own; a version this educheck cannot compile is refused naming it.
 */
class ArchiveRulesTest {

    private static RuleSet bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws RuleSetException {
        bundled = RuleSet.bundled();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void aNewArchiveTakesTheBundledRulesAsVersionOneAndOffersNothing(String kind) throws Exception {
        try (Archive archive = Archive.open(Archives.fresh(kind, dir))) {
            ArchiveRules.Chosen chosen = ArchiveRules.inForce(archive, () -> bundled);
            assertThat(chosen.version()).isEqualTo(1);
            assertThat(chosen.basis()).isEqualTo(RuleBasis.IN_FORCE);
            assertThat(chosen.rules()).isSameAs(bundled);
            assertThat(ArchiveRules.offerBundled(archive)).isEmpty();
            assertThat(archive.ruleDrafts().all()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void otherBundledRulesAreOfferedOncePerVersionInForceAndNeverRegisteredOnTheirOwn(String kind) throws Exception {
        try (Archive archive = Archive.open(Archives.fresh(kind, dir))) {
            RuleVersions versions = archive.ruleVersions();
            versions.publish(edited("// an older educheck's rules\n"), 1, RuleVersions.BUNDLED_AUTHOR, "the rules bundled with educheck", null);
            assertThat(versions.versionOf(bundled.files(), bundled.ruleCount())).as("not registered beside version 1").isNull();
            assertThat(versions.all()).hasSize(1);

            ArchiveRules.Offer first = ArchiveRules.offerBundled(archive).orElseThrow();
            assertThat(first.made()).isTrue();
            assertThat(first.pending()).isTrue();
            assertThat(first.inForce().number()).isEqualTo(1);
            assertThat(first.draft().baseVersion()).isEqualTo(1);
            assertThat(first.draft().status()).isEqualTo(RuleDrafts.Status.SUBMITTED);
            assertThat(archive.ruleDrafts().ruleFiles(first.draft().id()).sha256()).isEqualTo(bundled.sha256());
            Optional<ArchiveRules.Offer> again = ArchiveRules.offerBundled(archive);
            assertThat(again).get().extracting(ArchiveRules.Offer::made).isEqualTo(false);
            assertThat(archive.ruleDrafts().all()).hasSize(1);

            // Policy staff publish a change of their own: the offer, made from version 1, would undo it; a new one is made.
            versions.publish(edited("// a local change\n"), 1, "wang", "按通知调整", null);
            ArchiveRules.Offer second = ArchiveRules.offerBundled(archive).orElseThrow();
            assertThat(second.made()).isTrue();
            assertThat(second.draft().baseVersion()).isEqualTo(2);

            // Rejected, it stays rejected: the same rules are not offered again.
            Users users = new Users(archive);
            users.put(new Users.User("li", "policy", "x"));
            new DraftReview(archive, RuleCompiler.standard(), RuleBudget.DEFAULT)
                    .reject(second.draft().id(), "li", "we keep our own targets until the next circular");
            ArchiveRules.Offer rejected = ArchiveRules.offerBundled(archive).orElseThrow();
            assertThat(rejected.made()).isFalse();
            assertThat(rejected.pending()).isFalse();
            assertThat(archive.ruleDrafts().all()).hasSize(2);
            assertThat(versions.all()).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void aVersionInForceThatDoesNotCompileIsRefusedNamingIt(String kind) throws Exception {
        try (Archive archive = Archive.open(Archives.fresh(kind, dir))) {
            // Refused before the compiler runs (a file in CN/ of another package), as a model change would be by it.
            Map<String, byte[]> files = new TreeMap<>(bundled.files().all());
            String drl = "CN/extra.drl";
            files.put(drl, "package CN_31;\n".getBytes(StandardCharsets.UTF_8));
            archive.ruleVersions().publish(RuleFiles.of(files, "x"), 1, "wang", "a file published by hand", null);
            assertThatThrownBy(() -> ArchiveRules.inForce(archive, () -> bundled)).isInstanceOf(RuleSetException.class)
                    .satisfies(e -> assertThat(((RuleSetException) e).problems().get(0)).isEqualTo("archive " + archive.shown()
                            + ": rule set version 1 does not compile with this educheck; check with --rules-version N or"
                            + " --rules DIR, or publish a version that compiles:"))
                    .hasMessageContaining(drl + ":");
        }
    }

    /** The bundled rules with {@code line} added to a file: another rule set, compiled or not. */
    private static RuleFiles edited(String line) {
        Map<String, byte[]> files = new TreeMap<>(bundled.files().all());
        String drl = "CN/preschool.drl";
        files.put(drl, (new String(files.get(drl), StandardCharsets.UTF_8) + line).getBytes(StandardCharsets.UTF_8));
        return RuleFiles.of(files, "edited");
    }
}
