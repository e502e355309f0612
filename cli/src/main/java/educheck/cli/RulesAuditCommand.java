package educheck.cli;

import educheck.store.Archive;
import educheck.store.RuleAudit;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail of the rules, per published version: who proposed it and when, who approved it"
                + " (four eyes), when it was published, why, under which policy document, and the reviewers' comments."
                + " --format csv for a spreadsheet (UTF-8 with BOM).")
final class RulesAuditCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Mixin
    ArchiveCommand.Location location = new ArchiveCommand.Location();

    @Mixin
    TextOrCsv format = new TextOrCsv();

    @Override
    public Integer call() throws IOException {
        boolean csv = format.csv();
        PrintStream out = rules.parent.out;
        RuleAudit audit;
        String shown;
        try (Archive store = Archive.open(location.archive)) {
            audit = RuleAudit.of(store);
            shown = store.shown();
        }
        if (csv) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            audit.csv(w);
            w.flush();
            return ExitCodes.PASS;
        }
        out.printf("archive %s: %d rule set version(s)%n", shown, audit.entries().size());
        for (RuleAudit.Entry e : audit.entries()) {
            out.printf("%nversion %d  published %s%n", e.version(), time(e.publishedAt()));
            out.printf("  proposed by: %s, %s%s%n", e.proposer(), time(e.proposedAt()), e.draft() == null ? "" : " (draft " + e.draft() + ")");
            out.printf("  approved by: %s%n", e.approver() == null ? "— (not reviewed)" : e.approver());
            out.printf("  reason:      %s%n", e.reason());
            out.printf("  document:    %s%n", e.document() == null ? "—" : e.document());
            for (String c : e.comments()) {
                out.printf("  comment:     %s%n", c);
            }
            out.printf("  %d rules, sha256 %s%n", e.ruleCount(), e.sha256());
        }
        return ExitCodes.PASS;
    }

    private static String time(Instant t) {
        return t.toString().substring(0, 19).replace('T', ' ') + " UTC";
    }
}
