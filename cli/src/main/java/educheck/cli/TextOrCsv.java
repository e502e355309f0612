package educheck.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --format text|csv} of the listings that a spreadsheet may want (rules versions, rules audit). */
final class TextOrCsv {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or csv.")
    String format;

    /** Whether CSV was asked for; anything but text or csv is a usage error (exit 2) naming the option. */
    boolean csv() {
        if (!format.equals("text") && !format.equals("csv")) {
            throw new ParameterException(spec.commandLine(), "--format: '" + format + "' is not text or csv");
        }
        return format.equals("csv");
    }
}
