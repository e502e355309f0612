package educheck.store;

import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.report.RuleBasis;
import educheck.checker.report.RunInfo;
import educheck.model.Waivers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a check recorded in an archive is judged by, the same for the command line and for every web server on
 * the archive: its latest published version, the rules in force. Which version that is costs one small read; a
 * version's files are compiled once per sha256 (RuleCompiler keeps the result in memory and in its cache folder), and
 * a version whose files are the bundled rules is the bundled set, precompiled.
 *
 * <p>The bundled rules never replace the rules in force on their own: an archive with no version yet takes them as
 * version 1; when they differ from the rules in force (educheck was upgraded, say) they are offered for review as a
 * draft ({@link #offerBundled}), which a person with the policy role approves or rejects like any other.
 */
public final class ArchiveRules {

    /** Loads the bundled rules, only when a version turns out to be them (a check may never need them). */
    @FunctionalInterface
    public interface Bundled {
        RuleSet load() throws RuleSetException;
    }

    /** The rules chosen for a check: the set, its published version (null when it has none), and why. */
    public record Chosen(RuleSet rules, Integer version, RuleBasis basis) {

        /** What the check's report says of its rules and waivers. */
        public RunInfo info(Waivers waivers) {
            return RunInfo.of(rules, waivers).withVersion(version).withBasis(basis);
        }
    }

    /**
     * The bundled rules offered for review.
     *
     * @param made     whether the draft was made now (else it was offered before)
     * @param inForce  the version in force, which checks keep using meanwhile
     */
    public record Offer(RuleDrafts.Draft draft, boolean made, RuleVersions.Version inForce) {

        /** Whether it still waits for a decision (not rejected, not published). */
        public boolean pending() {
            return draft.status() == RuleDrafts.Status.DRAFT || draft.status() == RuleDrafts.Status.SUBMITTED;
        }
    }

    private ArchiveRules() {
    }

    /** The archive's rules in force; an archive with no version yet takes the bundled rules as version 1. */
    public static Chosen inForce(Archive archive, Bundled bundled) throws ArchiveException, RuleSetException {
        RuleVersions versions = archive.ruleVersions();
        Optional<RuleVersions.Version> latest = versions.latest();
        if (latest.isEmpty()) {
            RuleSet rules = bundled.load();
            return new Chosen(rules, versions.versionOf(rules.files(), rules.ruleCount()), RuleBasis.IN_FORCE);
        }
        return new Chosen(version(archive, latest.get(), bundled), latest.get().number(), RuleBasis.IN_FORCE);
    }

    /** Published version {@code n}, chosen on purpose ({@code check --rules-version N}). */
    public static Chosen chosen(Archive archive, int n, Bundled bundled) throws ArchiveException, RuleSetException {
        RuleVersions.Version v = archive.ruleVersions().number(n).orElseThrow(() -> new ArchiveException("archive "
                + archive.shown() + " has no rule set version " + n + "; `educheck rules versions --archive " + archive.shown()
                + "` lists them; nothing was checked"));
        return new Chosen(version(archive, v, bundled), n, RuleBasis.VERSION);
    }

    /**
     * The rules of published version {@code v}: the bundled set when they are its files; else its files read from the
     * archive and compiled under the allow-list (whoever published them is not whoever runs them), or taken from the
     * compile cache by their sha256.
     */
    public static RuleSet version(Archive archive, RuleVersions.Version v, Bundled bundled) throws ArchiveException, RuleSetException {
        if (v.sha256().equals(RuleFiles.bundled().sha256())) {
            return bundled.load();
        }
        // Reports name a published version's origin "archive", wherever it was loaded.
        RuleFiles files = RuleFiles.of(archive.ruleVersions().files(v.number()), "archive");
        if (!files.sha256().equals(v.sha256())) {
            throw new ArchiveException("archive " + archive.shown() + ": rule set version " + v.number()
                    + " does not read back as it was published (sha256 differs); nothing was checked");
        }
        try {
            return RuleSet.load(files, RuleCompiler.standard());
        } catch (RuleSetException e) {
            // A version published for an older educheck can meet a model that has changed since.
            List<String> problems = new ArrayList<>();
            problems.add("archive " + archive.shown() + ": rule set version " + v.number() + " does not compile with this"
                    + " educheck; check with --rules-version N or --rules DIR, or publish a version that compiles:");
            problems.addAll(e.problems());
            throw new RuleSetException(problems);
        }
    }

    /**
     * Offers this educheck's bundled rules for review when the archive has rules in force and they are no version of it
     * (educheck was upgraded, say): a draft by {@value RuleVersions#BUNDLED_AUTHOR}, made from the version in force and
     * submitted with a reason, which a person with the policy role approves (it becomes the next version, in force for
     * every check from then on) or rejects. Offered once: an offer from the same version in force, or one rejected, is
     * returned instead of a new one.
     *
     * @return the offer, new or earlier; empty when the archive has no version or already has these rules as one
     */
    public static Optional<Offer> offerBundled(Archive archive) throws ArchiveException {
        RuleFiles bundled = RuleFiles.bundled();
        RuleVersions versions = archive.ruleVersions();
        Optional<RuleVersions.Version> latest = versions.latest();
        if (latest.isEmpty() || versions.bySha256(bundled.sha256()).isPresent()) {
            return Optional.empty();
        }
        RuleDrafts drafts = archive.ruleDrafts();
        int inForce = latest.get().number();
        for (RuleDrafts.Draft d : drafts.all()) {
            boolean earlierOffer = d.author().equals(RuleVersions.BUNDLED_AUTHOR)
                    && (d.status() == RuleDrafts.Status.REJECTED || Objects.equals(d.baseVersion(), inForce));
            if (earlierOffer && drafts.ruleFiles(d.id()).sha256().equals(bundled.sha256())) {
                return Optional.of(new Offer(d, false, latest.get()));
            }
        }
        RuleDrafts.Draft d = drafts.create(inForce, RuleVersions.BUNDLED_AUTHOR, bundled.all());
        drafts.submit(d.id(), "the rules bundled with this educheck (sha256 " + bundled.sha256().substring(0, 12)
                + "…) differ from version " + inForce + " in force: offered for review, approving makes them the next version",
                null);
        return Optional.of(new Offer(drafts.find(d.id()).orElseThrow(), true, latest.get()));
    }
}
