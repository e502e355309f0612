package educheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "rules", description = "Work on the rule files: export them to edit, validate, test and list them.",
        subcommands = {RulesExportCommand.class, RulesValidateCommand.class, RulesTestCommand.class, RulesListCommand.class})
final class RulesCommand implements Runnable {

    @ParentCommand
    EducheckCommand parent;

    @Override
    public void run() {
        parent.err.println("educheck rules: say what to do: export DIR, validate [DIR], test [DIR] or list [DIR];"
                + " see `educheck rules --help`.");
    }
}
