package educheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code educheck} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; used by tests to run the real command in process. */
    public static int run(String... args) {
        // Reports hold Chinese names: write UTF-8 whatever the machine's locale, or a C locale prints "???".
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(out, err, args);
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new EducheckCommand(out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new Failures(err));
        return cli.execute(args);
    }
}
