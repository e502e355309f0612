package educheck.checker.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The county-level districts (GB/T 2260) of the provinces that have roll-up targets, read from each
 * jurisdiction folder's {@code counties.csv} ({@code code,name}). A roll-up's denominator is every district of
 * its city or province, not just those submitted.
 */
public final class CountyTable {

    public static final String FILE = "counties.csv";

    private final Map<String, String> names = new TreeMap<>();

    private CountyTable() {
    }

    public static CountyTable of(RuleFiles files) throws RuleSetException {
        CountyTable table = new CountyTable();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.all().entrySet()) {
            if (e.getKey().endsWith("/" + FILE)) {
                table.read(e.getKey(), files.text(e.getKey()), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return table;
    }

    private void read(String path, String text, List<String> problems) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals("code,name")) {
                continue;
            }
            String[] cols = line.split(",", 2);
            if (cols.length != 2 || !cols[0].strip().matches("[1-9]\\d{5}")) {
                problems.add(path + ":" + (i + 1) + ": expected 'code,name' with a six-digit code, got '" + line + "'");
                continue;
            }
            if (names.put(cols[0].strip(), cols[1].strip()) != null) {
                problems.add(path + ":" + (i + 1) + ": district " + cols[0].strip() + " is listed twice");
            }
        }
    }

    /** The districts whose code starts with {@code prefix} ("3302" for Ningbo, "33" for Zhejiang), code → name. */
    public Map<String, String> under(String prefix) {
        Map<String, String> found = new TreeMap<>();
        names.forEach((code, name) -> {
            if (code.startsWith(prefix)) {
                found.put(code, name);
            }
        });
        return found;
    }
}
