package educheck.cli;

import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleIndex;
import educheck.store.Archive;
import educheck.store.RuleVersions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = "Write the bundled rule files (kmodule.xml, DRL, fixtures) to DIR, or with --archive the"
        + " archive's rules in force, to edit them and use them with --rules DIR or publish them.")
final class RulesExportCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing rule files of the same name.")
    boolean force;

    @Option(names = "--archive", arity = "0..1", fallbackValue = "", paramLabel = "LOCATION",
            description = "Write the archive's rules in force (its latest published version) instead of the bundled rules:"
                    + " a change to publish starts from them, or it would undo the versions published since. Without a"
                    + " value, $EDUCHECK_ARCHIVE or ~/.educheck/archive.")
    String archive;

    @Override
    public Integer call() throws IOException {
        RuleFiles files = RuleFiles.bundled();
        String which = "";
        if (archive != null) {
            try (Archive store = Archive.open(archive)) {
                Optional<RuleVersions.Version> inForce = store.ruleVersions().latest();
                if (inForce.isPresent()) {
                    files = RuleFiles.of(store.ruleVersions().files(inForce.get().number()), "archive");
                    which = " of rule set version " + inForce.get().number() + ", in force in archive " + store.shown() + ",";
                }
            }
        }
        files.writeTo(dir, force);
        rules.parent.out.printf("exported %d files (%d rules)%s to %s%n", files.all().size(), RuleIndex.of(files).rules().size(), which, dir);
        rules.parent.out.printf("next: edit the DRL, then  educheck rules validate %1$s  ·  educheck rules test %1$s"
                + "  ·  educheck check --rules %1$s FILE%n", dir);
        return ExitCodes.PASS;
    }
}
