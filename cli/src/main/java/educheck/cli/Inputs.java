package educheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The submission files named on the command line; a folder stands for the *.xml and *.xlsx files in it, in any case
 * (Windows writes REPORT.XLSX as readily as report.xlsx). A folder with none stands for itself, so the reader
 * reports it as an input error naming it and what was looked for: nothing checked is never a clean run.
 */
final class Inputs {

    private Inputs() {
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> list = Files.list(p)) {
                    // Excel's lock files (~$name.xlsx) while a workbook is open are not submissions.
                    found = list.filter(f -> isSubmission(f.getFileName().toString()) && Files.isRegularFile(f)).sorted().toList();
                }
                files.addAll(found.isEmpty() ? List.of(p) : found);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isSubmission(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || (lower.endsWith(".xlsx") && !name.startsWith("~$"));
    }
}
