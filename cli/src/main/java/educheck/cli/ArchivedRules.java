package educheck.cli;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.report.RuleBasis;
import educheck.store.Archive;
import educheck.store.ArchiveException;
import educheck.store.ArchiveRules;
import educheck.store.RuleVersions;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Which rules a command judges by, and saying so: without an archive the bundled rules or a folder (--rules); with one
 * the archive's rules in force, as the web application judges uploads, unless --rules DIR or --rules-version N says
 * otherwise (store's {@link ArchiveRules} decides for both).
 */
final class ArchivedRules {

    private ArchivedRules() {
    }

    /**
     * @param given   the rules of --rules DIR, or the bundled rules (with an archive, used when they are the version in
     *                force); null with --rules-version
     * @param version --rules-version N, or null
     */
    static ArchiveRules.Chosen choose(Archive store, RuleSet given, Integer version, PrintStream err)
            throws ArchiveException, RuleSetException {
        boolean folder = given != null && !given.files().isBundled();
        if (store == null) {
            return new ArchiveRules.Chosen(given, null, folder ? RuleBasis.FOLDER : RuleBasis.BUNDLED);
        }
        if (folder) {
            return new ArchiveRules.Chosen(given, store.ruleVersions().versionOf(given.files(), given.ruleCount()), RuleBasis.FOLDER);
        }
        Optional<RuleVersions.Version> inForce = store.ruleVersions().latest();
        if (version != null) {
            ArchiveRules.Chosen chosen = ArchiveRules.chosen(store, version, RuleSet::bundled);
            err.println("educheck: judged by rule set version " + version + " of archive " + store.shown() + ", as --rules-version asks"
                    + (inForce.isPresent() && inForce.get().number() != version ? " (version " + inForce.get().number() + " is in force)" : ""));
            return chosen;
        }
        ArchiveRules.Chosen chosen = ArchiveRules.inForce(store, () -> given);
        RuleVersions.Version v = store.ruleVersions().number(chosen.version()).orElseThrow();
        err.println("educheck: judged by rule set version " + v.number() + ", in force in archive " + store.shown() + " ("
                + (v.author().equals(RuleVersions.BUNDLED_AUTHOR) && v.approver() == null ? "the rules bundled with educheck"
                : "published " + v.publishedAt().toString().substring(0, 10) + " by " + v.author()
                        + (v.approver() == null ? "" : ", approved by " + v.approver())) + ")");
        offerBundled(store, err);
        return chosen;
    }

    /** Offers the bundled rules for review when they differ from the rules in force, and says so while the offer waits. */
    static void offerBundled(Archive store, PrintStream err) throws ArchiveException {
        Optional<ArchiveRules.Offer> offer = ArchiveRules.offerBundled(store);
        if (offer.isPresent() && offer.get().pending()) {
            long id = offer.get().draft().id();
            int inForce = offer.get().inForce().number();
            err.println("educheck: the rules bundled with this educheck differ from version " + inForce + " in force"
                    + (offer.get().made() ? "; offered them for review" : " and wait for review") + " as draft " + id
                    + " (a person with the policy role approves or rejects it at /rules/drafts/" + id + " in `educheck serve`);"
                    + " until then checks keep version " + inForce);
        }
    }
}
