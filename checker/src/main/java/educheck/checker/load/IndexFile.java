package educheck.checker.load;

import educheck.rules.RuleMetadata;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.parser.DrlParser;

/**
 * The bundled rules' index kept in the cache folder, so a start reads a small file instead of parsing every DRL file:
 * the engine's DRL parser is class files the class-data archive cannot hold, and parsing with it cold put 0.2 s on
 * every single-district check (docs/benchmarks.md, Issue 18). The file is written only for an index that passed the
 * layout and metadata checks, named by the rules' sha256 and by the jars that made it, and replaced whole.
 */
final class IndexFile {

    private static final String MAGIC = "educheck rule index 1";

    private IndexFile() {
    }

    /** Where the index of {@code files} is kept in {@code cacheDir}. */
    static Path of(Path cacheDir, RuleFiles files) {
        return cacheDir.resolve("index-" + files.sha256().substring(0, 32) + "-" + codeStamp() + ".bin");
    }

    /** The index read from {@code file}, or null when there is none or it cannot be read (it is then made again). */
    static RuleIndex read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(MAGIC)) {
                return null;
            }
            RuleIndex index = RuleIndex.empty();
            for (int n = in.readInt(); n > 0; n--) {
                index.parseErrors().add(in.readUTF());
            }
            for (int n = in.readInt(); n > 0; n--) {
                index.packageOfFile().put(in.readUTF(), in.readUTF());
            }
            for (int n = in.readInt(); n > 0; n--) {
                String pkg = in.readUTF();
                Map<String, String> bodies = new HashMap<>();
                for (int m = in.readInt(); m > 0; m--) {
                    bodies.put(in.readUTF(), text(in));
                }
                index.allFunctions().put(pkg, bodies);
            }
            for (int n = in.readInt(); n > 0; n--) {
                String pkg = in.readUTF();
                String name = in.readUTF();
                String path = in.readUTF();
                int line = in.readInt();
                int thenLine = in.readInt();
                int endLine = in.readInt();
                String consequence = text(in);
                Map<String, Object> annotations = new LinkedHashMap<>();
                for (int m = in.readInt(); m > 0; m--) {
                    annotations.put(in.readUTF(), in.readUTF());
                }
                index.put(new RuleInfo(pkg, name, path, line, RuleMetadata.of(annotations), thenLine, endLine, consequence),
                        annotations);
            }
            return in.read() == -1 ? index : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes {@code index} to {@code file} through a temporary file and a move, so a reader sees the whole file or
     * none. Nothing is written when an annotation is not plain text (it could not be read back the same).
     */
    static void write(RuleIndex index, Path file) {
        for (RuleInfo info : index.rules()) {
            if (!index.annotationsOf(info).values().stream().allMatch(v -> v instanceof String)) {
                return;
            }
        }
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), "index-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                write(index, out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written costs the next start its parse, nothing else.
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // left for the next write to replace
            }
        }
    }

    private static void write(RuleIndex index, DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        List<String> errors = index.parseErrors();
        out.writeInt(errors.size());
        for (String e : errors) {
            out.writeUTF(e);
        }
        out.writeInt(index.packageOfFile().size());
        for (Map.Entry<String, String> e : index.packageOfFile().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeInt(index.allFunctions().size());
        for (Map.Entry<String, Map<String, String>> e : index.allFunctions().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (Map.Entry<String, String> f : e.getValue().entrySet()) {
                out.writeUTF(f.getKey());
                text(out, f.getValue());
            }
        }
        out.writeInt(index.rules().size());
        for (RuleInfo info : index.rules()) {
            out.writeUTF(info.pkg());
            out.writeUTF(info.name());
            out.writeUTF(info.file());
            out.writeInt(info.line());
            out.writeInt(info.thenLine());
            out.writeInt(info.endLine());
            text(out, info.consequence());
            Map<String, Object> annotations = index.annotationsOf(info);
            out.writeInt(annotations.size());
            for (Map.Entry<String, Object> a : annotations.entrySet()) {
                out.writeUTF(a.getKey());
                out.writeUTF((String) a.getValue());
            }
        }
    }

    /** A text of any length (writeUTF stops at 64 KB, and a consequence or function may be longer). */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 16_000_000) {
            throw new IOException("not an index file");
        }
        return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The jars that make an index (educheck's checker and the engine's DRL parser), by name, size and date: another
     * educheck or Drools makes its own index rather than reading this one's.
     */
    private static String codeStamp() {
        StringBuilder stamp = new StringBuilder();
        for (Class<?> c : List.of(IndexFile.class, DrlParser.class)) {
            try {
                Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                stamp.append(p.getFileName()).append(Files.size(p)).append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                stamp.append("unknown");
            }
        }
        return Integer.toHexString(stamp.toString().hashCode());
    }
}
