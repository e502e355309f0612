package educheck.web;

import educheck.checker.run.DistrictChecker;
import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleListing;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.report.RuleBasis;
import educheck.checker.report.RunInfo;
import educheck.model.Waivers;
import educheck.store.Archive;
import educheck.store.ArchiveException;
import educheck.store.ArchiveRules;
import educheck.store.RuleVersions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The rule set the server judges uploads by and shows in its catalogue: the archive's rules in force (its latest
 * published version), read from the archive, never held as this process's own. Which version is in force is looked
 * up at every {@link #current()} (one small read), so a version published through any server on the archive, or with
 * {@code educheck rules publish}, judges this server's next check; a version not seen before is loaded then (compiled
 * once per sha256, or taken from the compile cache). A check already under way finishes with the rules it started
 * with. Served with {@code --rules DIR}, that folder judges every upload whatever the archive publishes.
 */
final class RulesInForce implements AutoCloseable {

    /**
     * One rule set in force.
     *
     * @param version its published version in the archive, or null when it has none (a folder given with --rules)
     */
    record State(RuleSet rules, Integer version, RunInfo info, DistrictChecker checker, List<RuleListing.Row> rows) {
    }

    private final Archive archive;
    /** The rules this server brought: the bundled rules, used when they are the version in force, or a --rules folder. */
    private final RuleSet brought;
    private final boolean pinned;
    private final RuleBudget budget;
    private volatile State current;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "educheck-web-rules");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param rules the bundled rules (the archive's rules in force then judge), or a folder's (they judge, pinned);
     *              an archive with no version yet takes the bundled rules as version 1
     */
    RulesInForce(Archive archive, RuleSet rules, RuleBudget budget) throws ArchiveException, RuleSetException {
        this.archive = archive;
        this.brought = rules;
        this.pinned = !rules.files().isBundled();
        this.budget = budget;
        this.current = pinned
                ? state(new ArchiveRules.Chosen(rules, archive.ruleVersions().versionOf(rules.files(), rules.ruleCount()), RuleBasis.FOLDER))
                : state(ArchiveRules.inForce(archive, () -> brought));
    }

    /**
     * The rules in force now: the archive's latest version, loaded first when it is not the one this server holds
     * (the caller waits: its check must be judged by it).
     */
    State current() throws ArchiveException {
        State held = current;
        if (pinned) {
            return held;
        }
        Optional<RuleVersions.Version> latest = archive.ruleVersions().latest();
        if (latest.isEmpty() || isHeld(held, latest.get())) {
            return held;
        }
        synchronized (this) {
            held = current;
            if (isHeld(held, latest.get())) {
                return held;
            }
            try {
                RuleSet rules = ArchiveRules.version(archive, latest.get(), () -> brought);
                current = state(new ArchiveRules.Chosen(rules, latest.get().number(), RuleBasis.IN_FORCE));
            } catch (RuleSetException e) {
                throw new ArchiveException("the rules in force cannot be used: " + String.join("; ", e.problems()), e);
            }
            return current;
        }
    }

    /** Loads a version just published through this server on a thread of its own, so the next upload need not wait. */
    void loadSoon() {
        loader.execute(() -> {
            try {
                current();
            } catch (ArchiveException e) {
                // The next check looks again, and reports what it finds.
                System.err.println("educheck serve: " + e.getMessage());
            }
        });
    }

    private static boolean isHeld(State held, RuleVersions.Version latest) {
        return held.version() != null && held.version() == latest.number();
    }

    private State state(ArchiveRules.Chosen chosen) {
        RuleSet rules = chosen.rules();
        return new State(rules, chosen.version(), chosen.info(Waivers.NONE), new DistrictChecker(rules).withBudget(budget),
                RuleListing.of(rules, null));
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}
