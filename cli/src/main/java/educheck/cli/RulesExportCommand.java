package educheck.cli;

import educheck.checker.RuleFiles;
import educheck.checker.RuleIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = "Write the bundled rule files (kmodule.xml, DRL, fixtures) to DIR, to edit them"
        + " and use them with --rules DIR.")
final class RulesExportCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing rule files of the same name.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        RuleFiles files = RuleFiles.bundled();
        files.writeTo(dir, force);
        rules.parent.out.printf("exported %d files (%d rules) to %s%n", files.all().size(), RuleIndex.of(files).rules().size(), dir);
        rules.parent.out.printf("next: edit the DRL, then  educheck rules validate %1$s  ·  educheck rules test %1$s"
                + "  ·  educheck check --rules %1$s FILE%n", dir);
        return ExitCodes.PASS;
    }
}
