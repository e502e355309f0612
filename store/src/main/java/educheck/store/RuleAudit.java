package educheck.store;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail of the rules, one entry per published version: who proposed it and when, who approved it and when,
 * why, under which policy document, and what reviewers said. The command line ({@code educheck rules audit}) and the
 * web list it and export it as the same CSV.
 *
 * @param entries oldest version first
 */
public record RuleAudit(List<Entry> entries) {

    /**
     * One published version.
     *
     * @param proposedAt when its draft was made (for a version published without a draft: when it was published)
     * @param approver   the second person who approved it, or null when nobody reviewed it (the bundled rules, and a
     *                   version published at a terminal with {@code educheck rules publish})
     * @param draft      the draft it came from, or null
     * @param comments   the draft's comments, each as "who: text"
     */
    public record Entry(int version, String proposer, Instant proposedAt, String approver, Instant publishedAt, String reason,
                        String document, Long draft, List<String> comments, int ruleCount, String sha256) {
    }

    static final List<String> HEADER = List.of("version", "proposed_by", "proposed_at", "approved_by", "published_at",
            "reason", "document", "draft", "comments", "rules", "sha256");

    public static RuleAudit of(Archive archive) throws ArchiveException {
        RuleDrafts drafts = archive.ruleDrafts();
        List<Entry> entries = new ArrayList<>();
        for (RuleVersions.Version v : archive.ruleVersions().all()) {
            Optional<RuleDrafts.Draft> d = drafts.ofVersion(v.number());
            List<String> comments = new ArrayList<>();
            if (d.isPresent()) {
                drafts.comments(d.get().id()).forEach(c -> comments.add(c.author() + ": " + c.text()));
            }
            entries.add(new Entry(v.number(), v.author(), d.map(RuleDrafts.Draft::createdAt).orElse(v.publishedAt()), v.approver(),
                    v.publishedAt(), v.reason(), v.document(), d.map(RuleDrafts.Draft::id).orElse(null), comments, v.ruleCount(),
                    v.sha256()));
        }
        return new RuleAudit(entries);
    }

    /**
     * The trail as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads the Chinese reasons; a text a
     * spreadsheet would run as a formula is prefixed with an apostrophe).
     */
    public void csv(Writer out) throws IOException {
        out.write('\uFEFF');
        row(out, HEADER);
        for (Entry e : entries) {
            row(out, List.of(String.valueOf(e.version()), text(e.proposer()), e.proposedAt().toString(), text(e.approver()),
                    e.publishedAt().toString(), text(e.reason()), text(e.document()), e.draft() == null ? "" : e.draft().toString(),
                    text(String.join(" | ", e.comments())), String.valueOf(e.ruleCount()), e.sha256()));
        }
        out.flush();
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            line.append(i == 0 ? "" : ",");
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            line.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        out.write(line.append("\r\n").toString());
    }

    private static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
