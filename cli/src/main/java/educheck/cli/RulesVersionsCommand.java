package educheck.cli;

import educheck.store.Archive;
import educheck.store.RuleVersions;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "The audit trail of the rules: every published version, who published it, when, why, under which"
                + " policy document, and its sha256. --format csv for a spreadsheet (UTF-8 with BOM).")
final class RulesVersionsCommand implements Callable<Integer> {

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
        List<RuleVersions.Version> versions;
        String shown;
        try (Archive store = Archive.open(location.archive)) {
            versions = store.ruleVersions().all();
            shown = store.shown();
        }
        if (csv) {
            // The BOM lets Excel read the Chinese reasons as UTF-8.
            out.print('\uFEFF');
            out.print("version,published_at,author,reason,document,rules,sha256\r\n");
            for (RuleVersions.Version v : versions) {
                out.print(String.join(",", String.valueOf(v.number()), v.publishedAt().toString(), csv(v.author()),
                        csv(v.reason()), csv(v.document()), String.valueOf(v.ruleCount()), v.sha256()) + "\r\n");
            }
            out.flush();
            return ExitCodes.PASS;
        }
        out.printf("archive %s: %d rule set version(s)%n", shown, versions.size());
        for (RuleVersions.Version v : versions) {
            out.printf("%nversion %d  %s  by %s%n", v.number(), v.publishedAt().toString().substring(0, 19).replace('T', ' ') + " UTC",
                    v.author());
            out.printf("  reason:   %s%n", v.reason());
            out.printf("  document: %s%n", v.document() == null ? "—" : v.document());
            out.printf("  %d rules, sha256 %s%n", v.ruleCount(), v.sha256());
        }
        return ExitCodes.PASS;
    }

    /** One CSV field: quoted when it must be, and never read by a spreadsheet as a formula. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
