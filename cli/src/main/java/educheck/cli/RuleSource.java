package educheck.cli;

import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.load.RuleTrust;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** The rules a command uses: the bundled sets, or a folder given with --rules or as [DIR], compiled or cached. */
final class RuleSource {

    private RuleSource() {
    }

    static RuleSet load(Path dir, PrintStream err) throws IOException, RuleSetException {
        return load(dir, err, RuleTrust.RESTRICTED);
    }

    /** @param trust whether the folder is held to the allow-list (the bundled rules are, in the build's tests) */
    static RuleSet load(Path dir, PrintStream err, RuleTrust trust) throws IOException, RuleSetException {
        if (dir == null) {
            return RuleSet.bundled();
        }
        RuleSet rules = RuleSet.load(dir, RuleCompiler.standard(), trust);
        String seconds = String.format(Locale.ROOT, "%.1f s", rules.buildMillis() / 1000.0);
        if (rules.build() == RuleSet.Build.COMPILED) {
            err.println("educheck: compiled the rules in " + dir + " (" + seconds + "); later runs on the same files use the cache");
        }
        return rules;
    }
}
