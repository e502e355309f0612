package educheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "rules", description = "Work on the rule files: export them to edit, validate, test and list them; publish a version, list the versions.",
        subcommands = {RulesExportCommand.class, RulesValidateCommand.class, RulesTestCommand.class, RulesListCommand.class,
                RulesPublishCommand.class, RulesVersionsCommand.class})
final class RulesCommand implements Runnable {

    @ParentCommand
    EducheckCommand parent;

    @Override
    public void run() {
        parent.err.println("educheck rules: say what to do: export DIR, validate [DIR], test [DIR], list [DIR],"
                + " publish DIR --reason TEXT or versions;"
                + " see `educheck rules --help`.");
    }
}
