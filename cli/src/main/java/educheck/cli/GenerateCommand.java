package educheck.cli;

import educheck.checker.load.CountyTable;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSetException;
import educheck.generator.Generator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "generate",
        description = {"Write synthetic submissions for districts spread over China, for demos and load tests.",
            "The same seed and count always give the same files. See docs/generator.md."})
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--districts", paramLabel = "N", description = "How many districts (default: the whole country, about 2,850).")
    Integer districts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--year", paramLabel = "YEAR", defaultValue = "2024", description = "Year assessed (default 2024).")
    int year;

    @Option(names = "--out", paramLabel = "FILE|DIR", required = true,
            description = "A .xml file for one submission, or a folder for one file per province.")
    Path out;

    @Override
    public Integer call() throws IOException, RuleSetException {
        Generator generator;
        try {
            // Real county codes where the rule sets list them, so Shanghai's and Zhejiang's rules take part.
            generator = new Generator(seed, year, CountyTable.of(RuleFiles.bundled()).under(""));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--year: " + e.getMessage());
        }
        int n = districts == null ? generator.countryDistricts() : districts;
        if (n < 1 || n > generator.countryDistricts()) {
            throw new ParameterException(spec.commandLine(), "--districts: the country has " + generator.countryDistricts()
                    + " county-level districts; give 1 to " + generator.countryDistricts());
        }
        Generator.Summary s = generator.write(n, out);
        parent.err.printf("educheck: wrote %d districts (%d schools, %d sections, %d kindergartens) to %d file(s), %.1f MB, under %s%n",
                s.districts(), s.schools(), s.sections(), s.kindergartens(), s.files().size(), s.bytes() / 1e6, out);
        return ExitCodes.PASS;
    }
}
