package educheck.cli;

import educheck.store.Archive;
import educheck.store.DistrictHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "history",
        description = "A district's verdicts and values year by year, from the archive (the latest run of each year).")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "The district's code, e.g. 320583.")
    String code;

    @Option(names = "--indicator", paramLabel = "ID", description = "Only this indicator, e.g. CN.CE.RES.5.")
    String indicator;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json, csv, or html (a line chart per numeric indicator against its requirement).")
    String format;

    @Option(names = "--archive", paramLabel = "LOCATION",
            description = "The archive: a folder, a jdbc:postgresql:// URL; by default $EDUCHECK_ARCHIVE or ~/.educheck/archive.")
    String archive;

    @Override
    public Integer call() throws IOException {
        if (!HistoryReport.FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format: '" + format + "' is not one of " + HistoryReport.FORMATS);
        }
        DistrictHistory history;
        String shown;
        try (Archive store = Archive.openToRead(archive)) {
            history = store.history(code, indicator);
            shown = store.shown();
        }
        if (history.years().isEmpty()) {
            parent.err.println("educheck: archive " + shown + " holds no run that checked district " + code
                    + "; record one with `educheck check FILE --archive`");
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(parent.out, StandardCharsets.UTF_8));
        HistoryReport.write(history, format, out);
        out.flush();
        return ExitCodes.PASS;
    }
}
