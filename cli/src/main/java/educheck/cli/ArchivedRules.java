package educheck.cli;

import educheck.checker.RuleCompiler;
import educheck.checker.RuleFiles;
import educheck.checker.RuleSet;
import educheck.checker.RuleSetException;
import educheck.checker.RuleTrust;
import educheck.store.Archive;
import educheck.store.ArchiveException;
import educheck.store.RuleVersions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * A published rule-set version taken out of the archive (`check --rules-version N`): its files written to a
 * temporary folder and compiled from there like any rules folder, held to the allow-list, since whoever published
 * them is not the person running the check.
 */
final class ArchivedRules {

    private ArchivedRules() {
    }

    static RuleSet load(Archive store, int number) throws IOException, RuleSetException {
        RuleVersions versions = store.ruleVersions();
        if (versions.number(number).isEmpty()) {
            throw new ArchiveException("archive " + store.shown() + " has no rule set version " + number
                    + "; `educheck rules versions --archive " + store.shown() + "` lists them; nothing was checked");
        }
        SortedMap<String, byte[]> files = versions.files(number);
        Path dir = Files.createTempDirectory("educheck-rules-v" + number + "-");
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new ArchiveException("archive " + store.shown() + ": rule set version " + number
                            + " holds a file outside its folder (" + f.getKey() + "); nothing was checked");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
            RuleSet rules = RuleSet.load(dir, RuleCompiler.standard(), RuleTrust.RESTRICTED);
            RuleFiles read = rules.files();
            if (!read.sha256().equals(versions.number(number).get().sha256())) {
                throw new ArchiveException("archive " + store.shown() + ": rule set version " + number
                        + " does not read back as it was published (sha256 differs); nothing was checked");
            }
            return rules;
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system's cleaner takes it
        }
    }
}
