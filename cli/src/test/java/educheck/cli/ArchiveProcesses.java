package educheck.cli;

import educheck.checker.load.CountyTable;
import educheck.checker.load.RuleFiles;
import educheck.generator.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real command in processes of its own, on generated districts: for the archive's crash and failure tests. */
final class ArchiveProcesses {

    private ArchiveProcesses() {
    }

    /** {@code districts} generated districts of 2024 in {@code file}. */
    static Path generate(Path file, int districts, long seed) throws Exception {
        new Generator(seed, 2024, CountyTable.of(RuleFiles.bundled()).under("")).write(districts, file);
        return file;
    }

    /**
     * {@code educheck check FILE --format json --archive ARCHIVE} in its own JVM, its console in {@code out}.err; with
     * {@code toFile} the report goes whole to {@code out} (--output: it appears just before the run is committed),
     * else it streams to {@code out} as districts are checked (one thread, so a run can be caught midway).
     */
    static Process check(Path file, String archive, Path out, boolean toFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder b = toFile
                ? new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classpath, "educheck.cli.Main", "check",
                        file.toString(), "--format", "json", "--output", out.toString(), "--archive", archive)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                : new ProcessBuilder(java, "-cp", classpath, "educheck.cli.Main", "check", file.toString(), "--format",
                        "json", "--threads", "1", "--archive", archive).redirectOutput(out.toFile());
        return b.redirectError(Path.of(out + ".err").toFile()).start();
    }

    /** What the process said on its standard error. */
    static String console(Path out) throws IOException {
        Path err = Path.of(out + ".err");
        return Files.exists(err) ? Files.readString(err) : "";
    }
}
