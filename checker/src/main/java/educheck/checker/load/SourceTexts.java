package educheck.checker.load;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each rule set's source text is, from the {@code ruleset.properties} in its folder: {@code text=draft} for a
 * consultation draft (征求意见稿), whose findings every output labels as from a draft and which, unless the run says
 * otherwise, do not decide a district's overall verdict; {@code text=adopted} (or no file) for a text in force.
 * Policy staff flip the one line when the text is adopted; the rules themselves do not change.
 */
public final class SourceTexts {

    public static final String FILE = "ruleset.properties";
    static final String TEXT = "text";

    private final Set<String> drafts;

    private SourceTexts(Set<String> drafts) {
        this.drafts = drafts;
    }

    /** An empty record: every text in force (rule sets without the file). */
    static final SourceTexts NONE = new SourceTexts(Set.of());

    public static SourceTexts of(RuleFiles files) throws RuleSetException {
        Set<String> drafts = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.all().entrySet()) {
            String path = e.getKey();
            if (!path.endsWith("/" + FILE) || path.indexOf('/') != path.lastIndexOf('/')) {
                continue;
            }
            String folder = path.substring(0, path.indexOf('/'));
            String status = read(path, files.text(path), problems);
            if ("draft".equals(status)) {
                drafts.add(folder);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new SourceTexts(Set.copyOf(drafts));
    }

    /** The value of {@code text}, or null after adding a located problem. */
    private static String read(String path, String content, List<String> problems) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(content));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(path + ":1: cannot be read as key=value lines: " + e.getMessage());
            return null;
        }
        String[] lines = content.split("\r?\n", -1);
        for (String key : p.stringPropertyNames()) {
            if (!key.equals(TEXT)) {
                problems.add(path + ":" + lineOf(lines, key) + ": unknown key '" + key + "'; the only key is " + TEXT
                        + "=draft|adopted");
            }
        }
        String value = p.getProperty(TEXT);
        if (value == null) {
            problems.add(path + ":1: no " + TEXT + "=draft|adopted line");
            return null;
        }
        value = value.strip();
        if (!value.equals("draft") && !value.equals("adopted")) {
            problems.add(path + ":" + lineOf(lines, TEXT) + ": " + TEXT + "=" + value
                    + " is neither draft nor adopted");
            return null;
        }
        return value;
    }

    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith(key + "=") || t.startsWith(key + " ") || t.startsWith(key + ":") || t.equals(key)) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The jurisdictions (folders) whose text is a draft. */
    public Set<String> draftJurisdictions() {
        return drafts;
    }

    public boolean isDraft(String jurisdiction) {
        return drafts.contains(jurisdiction);
    }

    /** The DRL packages of the draft jurisdictions (folder CN-31-310151 holds package CN_31_310151). */
    public Set<String> draftPackages() {
        Set<String> packages = new TreeSet<>();
        drafts.forEach(j -> packages.add(RuleSet.packageFor(j)));
        return Set.copyOf(packages);
    }
}
