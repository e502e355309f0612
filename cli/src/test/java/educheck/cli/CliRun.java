package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The real command run in process, its exit code and everything it printed. */
record CliRun(int exit, String out, String err) {

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception in thread|^Caused by: ");

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Users read messages, never Java internals. */
    CliRun printedNoStackTrace() {
        assertThat(STACK_FRAME.matcher(out).find()).as("stack trace on stdout:%n%s", out).isFalse();
        assertThat(STACK_FRAME.matcher(err).find()).as("stack trace on stderr:%n%s", err).isFalse();
        return this;
    }
}
