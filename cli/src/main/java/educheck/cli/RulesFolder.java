package educheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The optional [DIR] of the rules subcommands: a rules folder, or the bundled rules when omitted. */
final class RulesFolder {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The rules folder; the bundled rules when omitted.")
    Path dir;
}
