package educheck.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Takes the uploaded file out of a request into a fresh folder of its own. The name the browser sent is only
 * ever shown, never used as a path: it is cut to its last segment and to letters, digits and a few marks, so
 * "../../etc/passwd" or "C:\x\y.xml" name nothing outside the folder.
 */
final class UploadReceiver {

    record Upload(Path file, String shownName) {
    }

    private UploadReceiver() {
    }

    static Upload receive(Context ctx, long maxBytes) {
        UploadedFile part;
        try {
            part = ctx.uploadedFile("file");
        } catch (RuntimeException e) {
            throw tooLargeOrBad(e);
        }
        if (part == null || part.filename() == null || part.filename().isBlank() && part.size() == 0) {
            throw new Refusal(400, "error.noFile");
        }
        if (part.size() > maxBytes) {
            throw new Refusal(413, "error.tooLarge");
        }
        String name = safeName(part.filename());
        try {
            Path dir = Files.createTempDirectory("educheck-upload-");
            Path file = dir.resolve(kindAware(name, part));
            try (InputStream in = part.content()) {
                // Copies at most one byte past the limit, so a part that lied about its size is still refused.
                long copied = Files.copy(new LimitedInput(in, maxBytes + 1), file);
                if (copied > maxBytes) {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(dir);
                    throw new Refusal(413, "error.tooLarge");
                }
            }
            return new Upload(file, file.getFileName().toString());
        } catch (IOException e) {
            throw new Refusal(400, "error.badRequest");
        }
    }

    /** The last segment of a browser's file name, kept to safe characters; never empty, never "." or "..". */
    static String safeName(String given) {
        String last = given == null ? "" : given.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        last.codePoints().limit(100).forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') {
                out.appendCodePoint(c);
            } else {
                out.append('_');
            }
        });
        String name = out.toString().replaceAll("^\\.+", "");
        return name.isEmpty() ? "upload" : name;
    }

    /** A name without .xml or .xlsx gets the one its first bytes show (a zip is a workbook), so the reader can tell. */
    private static String kindAware(String name, UploadedFile part) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml") || lower.endsWith(".xlsx")) {
            return name;
        }
        try (InputStream in = part.content()) {
            byte[] head = in.readNBytes(2);
            return name + (head.length == 2 && head[0] == 'P' && head[1] == 'K' ? ".xlsx" : ".xml");
        }
    }

    private static RuntimeException tooLargeOrBad(RuntimeException e) {
        return isSizeLimit(e) ? new Refusal(413, "error.tooLarge") : new Refusal(400, "error.badRequest");
    }

    /** Jetty's multipart parser says a part or the request went past its limit ("... exceeds max ..."). */
    static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceeds") || m.contains("too large") || m.contains("max file size") || m.contains("maxrequestsize")) {
                return true;
            }
        }
        return false;
    }

    /** Reads no more than a given number of bytes. */
    private static final class LimitedInput extends java.io.FilterInputStream {
        private long left;

        LimitedInput(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
