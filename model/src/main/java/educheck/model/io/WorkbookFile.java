package educheck.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A workbook handed over as something to open (a file, an upload, a fixture inside a jar): a zip is read by its
 * directory at the end, so it is first copied whole to a temporary file, up to a limit.
 */
final class WorkbookFile {

    /** Far above any district office's workbook (the national figures as one workbook: about 30 MB). */
    static final long MAX_BYTES = 200L << 20;

    private WorkbookFile() {
    }

    /** Copies the source and hands the copy to {@code reader}; the copy is deleted when it is done. */
    static FileSummary read(Path file, SubmissionReader.Source source, Function<Path, FileSummary> reader) {
        Path copy = null;
        try {
            copy = Files.createTempFile("educheck-", ".xlsx");
            try (InputStream in = source.open(); OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_BYTES) {
                        return new FileSummary(file, null, 0, List.of(new InputError(file, 0, 0, null, new Wording(
                                "the workbook is over " + (MAX_BYTES >> 20) + " MB; split it (one per city or province)",
                                "工作簿超过 " + (MAX_BYTES >> 20) + " MB；请拆分（按市或省各一个）"))));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return reader.apply(copy);
        } catch (IOException e) {
            // The copy's path is ours, not the clerk's: name the file they gave.
            String why = String.valueOf(e.getMessage()).replace(String.valueOf(copy), String.valueOf(file.getFileName()));
            return new FileSummary(file, null, 0, List.of(new InputError(file, 0, 0, null,
                    new Wording("cannot read the file: ", "无法读取文件：").then(why))));
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file left behind is the system's to clean
                }
            }
        }
    }
}
