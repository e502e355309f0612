package educheck.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;

@Command(name = "educheck", mixinStandardHelpOptions = true, version = "educheck 1.0.0",
        description = "Checks districts' schools and kindergartens against national and local education targets.",
        subcommands = {CheckCommand.class, CompareCommand.class, ConvertCommand.class, GenerateCommand.class, RulesCommand.class,
                SchemaCommand.class, TemplateCommand.class, HistoryCommand.class, ArchiveCommand.class, ServeCommand.class,
                UsersCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every district passes", "1:some district fails or is incomplete",
                "2:bad input or usage (the message names file, line and field)",
                "3:the rules do not compile", "4:internal error",
                "5:a rule failed at run time for some district (ERROR findings); the rest was checked",
                "6:check --archive: the report was written but the run could not be archived"})
final class EducheckCommand implements Runnable {

    final PrintStream out;
    final PrintStream err;

    EducheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        err.println("educheck: say what to do, e.g. `educheck check district.xml`; see `educheck --help`.");
    }
}
