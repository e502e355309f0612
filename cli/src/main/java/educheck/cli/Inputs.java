package educheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The submission files named on the command line; a folder stands for the *.xml and *.xlsx files in it. */
final class Inputs {

    private Inputs() {
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    // Excel's lock files (~$name.xlsx) while a workbook is open are not submissions.
                    list.filter(f -> isSubmission(f.getFileName().toString()) && Files.isRegularFile(f))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isSubmission(String name) {
        return name.endsWith(".xml") || (name.endsWith(".xlsx") && !name.startsWith("~$"));
    }
}
