package educheck.model.io;

import educheck.model.Waiver;
import educheck.model.Waivers;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a waiver file: CSV in UTF-8 with a header naming the six columns (any order), one waiver a line, {@code #}
 * comment lines and blank lines ignored, fields with commas in double quotes.
 *
 * <pre>
 * district,id,subject,reason,approvedBy,expires
 * 320583,CN.CE.RES.5,S3/PRIMARY,"new sports hall under construction, ready 2025-09",区教育局 王科长,2025-08-31
 * </pre>
 */
public final class WaiverReader {

    /** The columns, in the order the template shows them. */
    public static final List<String> COLUMNS = List.of("district", "id", "subject", "reason", "approvedBy", "expires");

    private static final Pattern DISTRICT = Pattern.compile("\\d{6}");

    private WaiverReader() {
    }

    /**
     * @param asOf the date the waivers are judged against
     * @throws InvalidFileException listing each problem as {@code file:line: column: message}
     * @throws IOException when the file cannot be read at all
     */
    public static Waivers read(Path file, LocalDate asOf) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<InputError> errors = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFileException(List.of(new InputError(file, 0, 0, null,
                    "is not UTF-8 text; save it as \"CSV UTF-8\"")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        Map<String, Integer> columns = null;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields == null) {
                errors.add(new InputError(file, n, 0, null, "a double quote is not closed"));
                continue;
            }
            if (columns == null) {
                columns = header(file, n, fields, errors);
                if (columns == null) {
                    break;
                }
                continue;
            }
            if (fields.size() != columns.size()) {
                errors.add(new InputError(file, n, 0, null, fields.size() + " fields where the header has " + columns.size()
                        + " (" + String.join(",", COLUMNS) + "); put text with commas in double quotes"));
                continue;
            }
            Waiver w = waiver(file, n, fields, columns, errors);
            if (w != null) {
                Integer first = seen.putIfAbsent(w.target(), n);
                if (first != null) {
                    errors.add(new InputError(file, n, 0, null, "waives " + w.target() + " again; line " + first + " already does"));
                } else {
                    waivers.add(w);
                }
            }
        }
        if (columns == null && errors.isEmpty()) {
            errors.add(new InputError(file, 1, 0, null, "is empty; the first line must be the header " + String.join(",", COLUMNS)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFileException(errors);
        }
        return new Waivers(file.toAbsolutePath().normalize(), sha256(bytes), asOf, waivers);
    }

    private static Map<String, Integer> header(Path file, int n, List<String> fields, List<InputError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < fields.size(); c++) {
            String name = fields.get(c);
            String known = COLUMNS.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (known == null) {
                errors.add(new InputError(file, n, 0, null, "unknown column '" + name + "'; the header must name "
                        + String.join(",", COLUMNS)));
            } else if (columns.putIfAbsent(known, c) != null) {
                errors.add(new InputError(file, n, 0, null, "column '" + known + "' is named twice"));
            }
        }
        for (String k : COLUMNS) {
            if (!columns.containsKey(k)) {
                errors.add(new InputError(file, n, 0, null, "the header has no column '" + k + "'; it must name "
                        + String.join(",", COLUMNS)));
            }
        }
        return errors.isEmpty() ? columns : null;
    }

    private static Waiver waiver(Path file, int n, List<String> fields, Map<String, Integer> columns, List<InputError> errors) {
        Map<String, String> v = new HashMap<>();
        boolean ok = true;
        for (String k : COLUMNS) {
            String value = fields.get(columns.get(k)).strip();
            if (value.isEmpty()) {
                errors.add(new InputError(file, n, 0, k, "is empty; every waiver needs all of " + String.join(", ", COLUMNS)));
                ok = false;
            }
            v.put(k, value);
        }
        if (!ok) {
            return null;
        }
        if (!DISTRICT.matcher(v.get("district")).matches()) {
            errors.add(new InputError(file, n, 0, "district", "'" + v.get("district") + "' is not a six-digit district code"));
            ok = false;
        }
        LocalDate expires = null;
        try {
            expires = LocalDate.parse(v.get("expires"));
        } catch (DateTimeParseException e) {
            errors.add(new InputError(file, n, 0, "expires", "'" + v.get("expires") + "' is not a date; write YYYY-MM-DD"));
            ok = false;
        }
        return ok ? new Waiver(n, v.get("district"), v.get("id"), v.get("subject"), v.get("reason"), v.get("approvedBy"), expires) : null;
    }

    /** The fields of one CSV line, or null when a quote is left open. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
