package educheck.cli;

import educheck.checker.load.RuleSetException;
import educheck.model.io.InvalidFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns an exception into a message and an exit code, never a stack trace: users read the message, scripts
 * read the code. Set EDUCHECK_DEBUG=1 to see the trace of an internal error.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private final PrintStream err;

    Failures(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof RuleSetException rules) {
            err.println("educheck: the rules do not compile; nothing was checked:");
            rules.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.BAD_RULES;
        }
        if (e instanceof InvalidFileException invalid) {
            err.println("educheck: a file given cannot be used; nothing was checked:");
            invalid.errors().forEach(error -> err.println("  " + error));
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("educheck: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("educheck: internal error: " + e);
        if (System.getenv("EDUCHECK_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("  (set EDUCHECK_DEBUG=1 for details, and please report it)");
        }
        return ExitCodes.INTERNAL;
    }
}
