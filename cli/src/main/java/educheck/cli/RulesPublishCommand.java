package educheck.cli;

import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.fixtures.FixtureResult;
import educheck.checker.fixtures.FixtureRunner;
import educheck.checker.fixtures.FixtureSummary;
import educheck.checker.mutations.MutationReport;
import educheck.checker.mutations.MutationTest;
import educheck.store.Archive;
import educheck.store.RuleVersions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish the rules in DIR as the archive's next rule set version, once they compile under the"
                + " allow-list and every fixture passes (exit 3 otherwise, nothing published). Later runs with these"
                + " files say \"rule set version N\".")
final class RulesPublishCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The rules folder to publish (as `educheck rules export` writes it).")
    Path dir;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the rules change (required; kept in the audit trail).")
    String reason;

    @Option(names = "--document", paramLabel = "TEXT", description = "The policy document the change follows (a circular's number or title).")
    String document;

    @Option(names = "--author", paramLabel = "NAME", description = "Who publishes; the signed-in user of this computer by default.")
    String author;

    @Mixin
    ArchiveCommand.Location location = new ArchiveCommand.Location();

    @Mixin
    RuleOptions.Timeout timeout;

    @Override
    public Integer call() throws IOException {
        PrintStream out = rules.parent.out;
        PrintStream err = rules.parent.err;
        if (reason.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--reason: say why the rules change");
        }
        String who = author != null ? author.strip() : System.getProperty("user.name", "");
        if (who.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--author: say who publishes");
        }
        RuleSet ruleSet;
        try {
            // Never --trust-rules here: what is published is later run by everyone who checks with the archive.
            ruleSet = RuleSource.load(dir, err);
        } catch (RuleSetException e) {
            e.problems().forEach(out::println);
            out.printf("not published: %d error(s), the rules do not compile%n", e.problems().size());
            return ExitCodes.BAD_RULES;
        }
        DistrictChecker checker = new DistrictChecker(ruleSet).withBudget(timeout.budget(spec));
        FixtureSummary summary = FixtureSummary.of(ruleSet, new FixtureRunner(checker).runAll());
        if (summary.failed() > 0) {
            for (FixtureResult r : summary.results()) {
                if (!r.passed()) {
                    out.printf("FAIL  %s%n", r.fixture());
                    r.failures().forEach(f -> out.printf("        %s%n", f));
                }
            }
            out.printf("not published: %d fixture(s) fail (`educheck rules test %s` shows them all)%n", summary.failed(), dir);
            return ExitCodes.BAD_RULES;
        }
        try (Archive store = Archive.open(location.archive)) {
            RuleVersions versions = store.ruleVersions();
            Optional<RuleVersions.Version> known = versions.bySha256(ruleSet.sha256());
            if (known.isPresent()) {
                out.printf("already published: these rules are version %d (by %s, %s); nothing was added%n",
                        known.get().number(), known.get().author(), known.get().publishedAt());
                return ExitCodes.PASS;
            }
            Optional<RuleVersions.Version> inForce = versions.latest();
            // What the change leaves unpinned, shown before it is published: the mutants no fixture notices.
            RuleFiles before = inForce.isPresent()
                    ? RuleFiles.of(versions.files(inForce.get().number()), "version " + inForce.get().number()) : RuleFiles.bundled();
            MutationReport pinned = new MutationTest(checker, Runtime.getRuntime().availableProcessors())
                    .runChanged(before, summary.results());
            if (pinned.made() > 0) {
                out.printf("the rules changed since %s, each read a little wrong against the fixtures (as rules test --mutations"
                        + " does):%n", inForce.isPresent() ? "version " + inForce.get().number() : "the bundled rules");
                Survivors.print(out, pinned);
                if (!pinned.survivors().isEmpty()) {
                    out.printf("%d change(s) above are not pinned by any fixture: a fixture on the line and one step beside it"
                            + " would show a mistyped number (`educheck rules test --mutations %s`)%n", pinned.survivors().size(), dir);
                }
            }
            if (inForce.isEmpty()) {
                // The bundled rules are version 1 in every archive, so the first change is version 2.
                RuleSet bundled = RuleSet.bundled();
                versions.versionOf(bundled.files(), bundled.ruleCount());
            }
            RuleVersions.Version v = versions.publish(ruleSet.files(), ruleSet.ruleCount(), who, reason.strip(),
                    document == null || document.isBlank() ? null : document.strip());
            out.printf("published rule set version %d in archive %s: %d rules, %d fixture(s) pass, sha256 %s, by %s%n",
                    v.number(), store.shown(), v.ruleCount(), summary.passed(), v.sha256(), v.author());
        } catch (RuleSetException e) {
            throw new IOException("the bundled rules cannot be loaded: " + e.getMessage(), e);
        }
        return ExitCodes.PASS;
    }
}
