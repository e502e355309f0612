package educheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work on the rule files: export them to edit, validate, test and list them; see what a change would do (whatif); publish a version, list the versions and their audit trail.",
        subcommands = {RulesExportCommand.class, RulesValidateCommand.class, RulesTestCommand.class, RulesListCommand.class,
                RulesPublishCommand.class, RulesVersionsCommand.class, RulesAuditCommand.class, RulesWhatIfCommand.class})
final class RulesCommand implements Runnable {

    @ParentCommand
    EducheckCommand parent;

    @Override
    public void run() {
        parent.err.println("educheck rules: say what to do: export DIR, validate [DIR], test [DIR], list [DIR],"
                + " publish DIR --reason TEXT, versions, audit or whatif DIR;"
                + " see `educheck rules --help`.");
    }
}
