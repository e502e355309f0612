package educheck.store;

import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleIndex;
import educheck.checker.drafts.DraftCheck;
import educheck.checker.drafts.RuleDiff;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The four-eyes review of rule drafts, for the browser and the command line alike: a person with the policy role
 * proposes, a second person with the policy role publishes or rejects. A draft is published only when it compiles
 * under the allow-list (never trusted: the person who typed it is not the person whose server runs it) and every
 * fixture passes, checked again at the moment of publishing; publishing adds the next rule-set version, with the
 * proposer as its author and the reviewer as its approver, and marks the draft, in one transaction.
 */
public final class DraftReview {

    /** The roles (store's lower-case keys) that may propose and review rules; admin may do what policy may. */
    public static final Set<String> POLICY_ROLES = Set.of("policy", "admin");

    /** Why an action on a draft was refused; the web words each, the command line prints the message. */
    public enum Why { NO_SUCH_DRAFT, NOT_POLICY, OWN_DRAFT, NOT_EDITABLE, NOT_SUBMITTED, NOT_PUBLISHABLE, NO_REASON, NO_COMMENT,
        ALREADY_A_VERSION, STALE, BAD_PATH }

    /** A refused action: {@link #why()} for the web's words, the message for a terminal. */
    public static final class Refused extends Exception {
        private final Why why;

        Refused(Why why, String message) {
            super(message, null, false, false);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    private final Archive archive;
    private final RuleDrafts drafts;
    private final Users users;
    private final RuleCompiler compiler;
    private final RuleBudget budget;

    /** @param budget the per-district limit the fixtures run under, as for any check */
    public DraftReview(Archive archive, RuleCompiler compiler, RuleBudget budget) {
        this.archive = archive;
        this.drafts = archive.ruleDrafts();
        this.users = new Users(archive);
        this.compiler = compiler;
        this.budget = budget;
    }

    public RuleDrafts drafts() {
        return drafts;
    }

    /** A new draft by {@code who}, from the files of {@code base} (a version, or null for the bundled rules) as edited. */
    public RuleDrafts.Draft propose(String who, Integer base, Map<String, byte[]> files) throws Refused, ArchiveException {
        requirePolicy(who);
        for (String path : files.keySet()) {
            requirePath(path);
        }
        return drafts.create(base, who, files);
    }

    /** Replaces one file of a draft that may still be edited (its author's or a colleague's); it becomes a draft again. */
    public void saveFile(long id, String who, String path, byte[] content) throws Refused, ArchiveException {
        requirePolicy(who);
        requirePath(path);
        draft(id);
        if (!drafts.saveFile(id, path, content)) {
            throw new Refused(Why.NOT_EDITABLE, "draft " + id + " is submitted or published and can no longer be edited;"
                    + " start a new draft from the rules in force");
        }
    }

    /** Compiles the draft under the allow-list and runs every fixture. */
    public DraftCheck check(long id) throws Refused, ArchiveException {
        draft(id);
        return DraftCheck.of(drafts.ruleFiles(id), compiler, budget);
    }

    /** The draft against the version it was edited from. */
    public RuleDiff diff(long id) throws Refused, ArchiveException {
        RuleDrafts.Draft d = draft(id);
        return RuleDiff.between(baseFiles(d), drafts.ruleFiles(id));
    }

    /** The files of the version a draft was edited from; the bundled rules when it has none. */
    public RuleFiles baseFiles(RuleDrafts.Draft d) throws ArchiveException {
        return d.baseVersion() == null ? RuleFiles.bundled()
                : RuleFiles.of(archive.ruleVersions().files(d.baseVersion()), "version " + d.baseVersion());
    }

    /** Sends a draft for review, with why it changes the rules; refused unless it compiles and its fixtures pass. */
    public void submit(long id, String who, String reason, String document) throws Refused, ArchiveException {
        requirePolicy(who);
        draft(id);
        if (reason == null || reason.isBlank()) {
            throw new Refused(Why.NO_REASON, "say why the rules change (the reason is kept in the audit trail)");
        }
        requirePublishable(id);
        if (!drafts.submit(id, reason.strip(), document == null || document.isBlank() ? null : document.strip())) {
            throw new Refused(Why.NOT_EDITABLE, "draft " + id + " is already submitted or published");
        }
    }

    /**
     * Publishes a submitted draft as the next version: {@code who} must hold the policy role and not be its author,
     * and the draft must compile and pass every fixture now. The comment, if any, is kept with the draft.
     */
    public RuleVersions.Version approve(long id, String who, String comment) throws Refused, ArchiveException {
        RuleDrafts.Draft d = decidable(id, who);
        RuleFiles files = drafts.ruleFiles(id);
        Optional<RuleVersions.Version> known = archive.ruleVersions().bySha256(files.sha256());
        if (known.isPresent()) {
            throw new Refused(Why.ALREADY_A_VERSION, "these rules are already version " + known.get().number()
                    + "; nothing to publish");
        }
        ensureBundledRegistered();
        Optional<RuleVersions.Version> latest = archive.ruleVersions().latest();
        if (d.baseVersion() != null && latest.isPresent() && latest.get().number() != d.baseVersion()) {
            // Published over a newer version, the draft would silently undo it.
            throw new Refused(Why.STALE, "draft " + id + " was made from version " + d.baseVersion() + ", and version "
                    + latest.get().number() + " has been published since; start a new draft from the rules in force");
        }
        DraftCheck check = requirePublishable(id);
        if (comment != null && !comment.isBlank()) {
            drafts.comment(id, who, comment.strip());
        }
        try (Connection c = archive.connection()) {
            RuleVersions.Version published = Sql.transaction(c, tx -> {
                RuleVersions.Version v = RuleVersions.insert(tx, files, files.sha256(), check.rules().ruleCount(), d.author(),
                        d.reason(), d.document(), who);
                if (RuleDrafts.markPublished(tx, id, who, v.number())) {
                    return v;
                }
                tx.rollback();
                return null;
            });
            if (published == null) {
                throw new Refused(Why.NOT_SUBMITTED, "draft " + id + " was decided by someone else meanwhile");
            }
            return published;
        } catch (SQLException e) {
            throw archive.failure("draft " + id + " cannot be published", e);
        }
    }

    /** Sends a submitted draft back to its author with a comment saying why; the comments stay. */
    public void reject(long id, String who, String comment) throws Refused, ArchiveException {
        decidable(id, who);
        if (comment == null || comment.isBlank()) {
            throw new Refused(Why.NO_COMMENT, "say why the draft is rejected, so its author can change it");
        }
        drafts.comment(id, who, comment.strip());
        if (!drafts.reject(id, who)) {
            throw new Refused(Why.NOT_SUBMITTED, "draft " + id + " is not waiting for review");
        }
    }

    /** A comment by a policy user, at any stage. */
    public void comment(long id, String who, String text) throws Refused, ArchiveException {
        requirePolicy(who);
        draft(id);
        if (text == null || text.isBlank()) {
            throw new Refused(Why.NO_COMMENT, "the comment is empty");
        }
        drafts.comment(id, who, text.strip());
    }

    private RuleDrafts.Draft decidable(long id, String who) throws Refused, ArchiveException {
        requirePolicy(who);
        RuleDrafts.Draft d = draft(id);
        if (d.author().equalsIgnoreCase(who)) {
            throw new Refused(Why.OWN_DRAFT, "draft " + id + " was proposed by " + who + "; a second person with the policy"
                    + " role must review it (four eyes)");
        }
        if (d.status() != RuleDrafts.Status.SUBMITTED) {
            throw new Refused(Why.NOT_SUBMITTED, "draft " + id + " is " + d.status().key() + ", not waiting for review");
        }
        return d;
    }

    private DraftCheck requirePublishable(long id) throws Refused, ArchiveException {
        DraftCheck check = DraftCheck.of(drafts.ruleFiles(id), compiler, budget);
        String refusal = check.refusal();
        if (refusal != null) {
            throw new Refused(Why.NOT_PUBLISHABLE, "draft " + id + " cannot be published: " + refusal);
        }
        return check;
    }

    private RuleDrafts.Draft draft(long id) throws Refused, ArchiveException {
        return drafts.find(id).orElseThrow(() -> new Refused(Why.NO_SUCH_DRAFT, "there is no draft " + id));
    }

    private void requirePolicy(String who) throws Refused, ArchiveException {
        Optional<Users.User> user = who == null ? Optional.empty() : users.find(who);
        if (user.isEmpty() || !POLICY_ROLES.contains(user.get().role().toLowerCase(Locale.ROOT))) {
            throw new Refused(Why.NOT_POLICY, (who == null ? "nobody" : who) + " does not hold the policy role; rules are"
                    + " proposed and reviewed by accounts with it (educheck users add NAME --role policy)");
        }
    }

    /** A path a rules folder may hold: relative, no way out of the folder, a kind of file the rules read. */
    private static void requirePath(String path) throws Refused {
        boolean ok = path != null && !path.isBlank() && !path.startsWith("/") && !path.contains("\\") && !path.contains("..")
                && RuleFiles.of(Map.of(path, new byte[0]), "check").all().containsKey(path);
        if (!ok) {
            throw new Refused(Why.BAD_PATH, "'" + path + "' is not a rule file's path (JURISDICTION/NAME.drl, a fixture"
                    + " under JURISDICTION/fixtures/, a .csv table or META-INF/kmodule.xml)");
        }
    }

    /** The bundled rules are version 1 in every archive, so the first published change is version 2. */
    private void ensureBundledRegistered() throws ArchiveException {
        RuleVersions versions = archive.ruleVersions();
        if (versions.latest().isEmpty()) {
            RuleFiles bundled = RuleFiles.bundled();
            versions.versionOf(bundled, RuleIndex.of(bundled).rules().size());
        }
    }
}
