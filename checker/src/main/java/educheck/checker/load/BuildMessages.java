package educheck.checker.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns the Drools compiler's error messages into {@code file:line:column: message} in plain words, at the DRL line
 * a policy officer has to change. The classic compiler names a condition's line, but only the rule's line for an
 * error in its consequence and sometimes no line at all (-1): then the offending word is looked up in the file.
 */
final class BuildMessages {

    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern PARSER = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+) (.*)", Pattern.DOTALL);
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):\\s*\\[Error: (.*?)]\\s*\\[Near.*",
            Pattern.DOTALL);
    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\((.*)\\)");
    private static final Pattern TYPES = Pattern.compile("Comparison operation requires compatible types\\. Found class ([\\w.$]+) and class ([\\w.$]+)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '(.*)'");
    private static final Pattern JAVA = Pattern.compile("Rule Compilation error (.*)", Pattern.DOTALL);
    private static final Pattern UNDEFINED = Pattern.compile("The method (\\w+)\\((.*)\\) is undefined for the type (\\w+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The method (\\w+)\\((.*)\\) in the type (\\w+) is not applicable for the arguments \\((.*)\\)");
    private static final Pattern UNRESOLVED = Pattern.compile("([\\w$.]+) cannot be resolved( to a (variable|type))?");
    private static final Pattern INSERT = Pattern.compile("Syntax error, insert \"(.*)\" to complete .*");
    private static final Pattern ON_TOKEN = Pattern.compile("Syntax error on token \"(.*?)\".*");
    private static final Pattern EXEC_METHOD = Pattern.compile("Method (\\w+) on class ([\\w.$]+) with arguments .* is missing");
    private static final Pattern EXEC_CLASS = Pattern.compile("Unable to find class: ([\\w.$]+)");

    /** One problem at a place; line 0 when the place is unknown. */
    private record Located(String file, int line, int column, String message) implements Comparable<Located> {
        @Override
        public int compareTo(Located o) {
            int c = file.compareTo(o.file);
            return c != 0 ? c : line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
        }

        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line + ":" + Math.max(column, 1) : "") + ": " + message;
        }
    }

    private final RuleFiles files;
    private final RuleIndex index;

    BuildMessages(RuleFiles files, RuleIndex index) {
        this.files = files;
        this.index = index;
    }

    /** Each error once (Drools repeats a file's errors for every kbase that includes it), in file and line order. */
    List<String> translate(List<Message> messages) {
        Set<Located> found = new LinkedHashSet<>();
        Set<String> rulesWithBadConditions = new LinkedHashSet<>();
        List<Message> consequenceErrors = new ArrayList<>();
        List<String> nullPackages = new ArrayList<>();
        for (Message m : messages) {
            if (m.getLevel() != Message.Level.ERROR) {
                continue;
            }
            String file = pathOf(m);
            String text = m.getText().strip();
            if (text.startsWith("Parser returned a null Package")) {
                nullPackages.add(file);
            } else if (JAVA.matcher(text).matches()) {
                consequenceErrors.add(m);
            } else {
                List<Located> here = condition(file, m.getLine(), text);
                here.forEach(l -> {
                    RuleInfo rule = ruleAt(l.file(), l.line());
                    if (rule != null) {
                        rulesWithBadConditions.add(rule.file() + ":" + rule.line());
                    }
                });
                found.addAll(here);
            }
        }
        for (Message m : consequenceErrors) {
            String file = pathOf(m);
            RuleInfo rule = ruleAt(file, m.getLine());
            // A rule whose conditions failed has unbound variables in its consequence: report the cause only.
            if (rule == null || !rulesWithBadConditions.contains(rule.file() + ":" + rule.line())) {
                found.addAll(consequence(file, m.getLine(), rule, text(JAVA, m.getText().strip())));
            }
        }
        for (String file : nullPackages) {
            if (found.stream().noneMatch(l -> l.file().equals(file))) {
                found.add(new Located(file, 1, 1, "cannot be read as DRL"));
            }
        }
        return found.stream().sorted().map(Located::toString).distinct().toList();
    }

    private static String pathOf(Message m) {
        String path = m.getPath() == null ? "(rules)" : m.getPath();
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }

    private static String text(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.matches() ? m.group(1) : s;
    }

    /** Errors the parser or the condition compiler report: syntax, unknown types, properties, functions. */
    private List<Located> condition(String file, int line, String text) {
        Matcher m = PARSER.matcher(text);
        if (m.matches()) {
            return List.of(parser(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1, m.group(3).strip()));
        }
        m = ANALYSE.matcher(text);
        if (m.matches()) {
            String expression = m.group(1).strip();
            String detail = m.group(2).strip();
            Matcher strict = STRICT.matcher(detail);
            if (strict.matches()) {
                String type = simple(strict.group(1));
                String name = strict.group(2);
                String message = strict.group(3).isEmpty() ? type + " has no property " + name
                        : "no function " + name + "(" + simpleList(strict.group(3)) + ") in this file, and " + type
                                + " has no method of that name";
                return at(file, line, name, message);
            }
            Matcher types = TYPES.matcher(detail);
            String message = types.matches() ? "'" + expression + "' compares a " + simple(types.group(1)) + " with a "
                    + simple(types.group(2)) + "; they cannot be compared"
                    : "cannot understand the condition '" + expression + "': " + detail.replaceAll("\\s+", " ");
            return atExpression(file, line, expression, message);
        }
        m = OBJECT_TYPE.matcher(text);
        if (m.matches()) {
            return at(file, line, m.group(1), "no fact type " + m.group(1) + "; is it spelt right, and is educheck.model.* imported?");
        }
        m = EXEC_METHOD.matcher(text);
        if (m.matches()) {
            return at(file, line, m.group(1), "no function " + m.group(1) + " in this file, and " + simple(m.group(2))
                    + " has no method of that name");
        }
        m = EXEC_CLASS.matcher(text);
        if (m.matches()) {
            return at(file, line, m.group(1), "no class or fact type " + m.group(1) + "; is it spelt right and imported?");
        }
        return at(file, line, null, text.replaceAll("\\s+", " "));
    }

    private Located parser(String file, int line, int column, String text) {
        String rule = "";
        Matcher r = Pattern.compile("(.*?) in (pattern in )?rule (\".*\")").matcher(text);
        if (r.matches()) {
            rule = " in rule " + r.group(3);
            text = r.group(1) + (r.group(2) != null ? " in pattern" : "");
        }
        Matcher mismatched = Pattern.compile("mismatched input '(.*?)'( in pattern)?.*").matcher(text);
        if (mismatched.matches()) {
            String token = mismatched.group(1);
            if (token.isEmpty() || token.equals("<eof>")) {
                int[] quote = openQuote(file);
                if (quote != null) {
                    return new Located(file, quote[0], quote[1], "this double quote is not closed");
                }
                return new Located(file, line, column, "the file ended inside a rule" + rule + "; is a bracket open or `end` missing?");
            }
            String hint = token.equals("=") ? " (to compare, write ==)"
                    : token.equals("then") ? " (a '(' in the conditions above is not closed?)"
                    : mismatched.group(2) != null || token.equals("end") ? " (is `then` missing above it, or a ')' not closed?)"
                    : " (check this line and the one above for a missing quote, bracket or comma)";
            return new Located(file, line, column, "unexpected '" + token + "'" + rule + hint);
        }
        Matcher noViable = Pattern.compile("no viable alternative at input '(.*?)'.*").matcher(text);
        if (noViable.matches()) {
            return new Located(file, line, column, "cannot make sense of '" + noViable.group(1) + "' here" + rule
                    + " (a missing or extra comma, bracket or operator?)");
        }
        return new Located(file, line, column, text + rule);
    }

    /** Errors in a consequence: Java compiler messages, which name only the rule's first line. */
    private List<Located> consequence(String file, int ruleLine, RuleInfo rule, String text) {
        List<Located> found = new ArrayList<>();
        for (String one : new LinkedHashSet<>(List.of(text.split("\n")))) {
            one = one.strip();
            Matcher m;
            if ((m = UNDEFINED.matcher(one)).matches()) {
                found.add(inConsequence(file, ruleLine, rule, m.group(1) + "(", m.group(3) + " has no method "
                        + m.group(1) + "(" + m.group(2) + ")"));
            } else if ((m = NOT_APPLICABLE.matcher(one)).matches()) {
                found.add(inConsequence(file, ruleLine, rule, m.group(1) + "(", m.group(1) + " cannot take (" + m.group(4)
                        + "); it takes (" + m.group(2) + ")"));
            } else if ((m = UNRESOLVED.matcher(one)).matches()) {
                found.add(inConsequence(file, ruleLine, rule, m.group(1), "unknown name " + m.group(1)
                        + " (not a $variable bound in the conditions, an imported class or a function)"));
            } else if ((m = INSERT.matcher(one)).matches()) {
                found.add(unbalanced(file, ruleLine, rule, m.group(1)));
            } else if ((m = ON_TOKEN.matcher(one)).matches()) {
                found.add(inConsequence(file, ruleLine, rule, m.group(1), "Java syntax error at '" + m.group(1) + "': " + one));
            } else {
                found.add(inConsequence(file, ruleLine, rule, null, one));
            }
        }
        return found;
    }

    private Located inConsequence(String file, int ruleLine, RuleInfo rule, String word, String message) {
        String[] lines = lines(file);
        if (rule != null && lines != null) {
            for (int i = rule.thenLine() + 1; i < rule.endLine() && i <= lines.length; i++) {
                int col = word == null ? -1 : column(lines[i - 1], word);
                if (col > 0) {
                    return new Located(file, i, col, message);
                }
            }
            return new Located(file, rule.thenLine() + 1, 1, message);
        }
        return new Located(file, ruleLine, 1, message);
    }

    /** "insert ";" / ")" to complete": the first consequence line where that is missing. */
    private Located unbalanced(String file, int ruleLine, RuleInfo rule, String missing) {
        String message = "Java syntax: '" + missing + "' is missing in the consequence (between then and end)";
        String[] lines = lines(file);
        if (rule != null && lines != null) {
            for (int i = rule.thenLine() + 1; i < rule.endLine() && i <= lines.length; i++) {
                String code = stripComment(lines[i - 1]).strip();
                boolean suspect = missing.equals(";") ? !code.isEmpty() && !code.matches(".*[;{}(,+]$")
                        : count(code, '(') != count(code, ')') || count(code, '[') != count(code, ']');
                if (suspect) {
                    return new Located(file, i, Math.max(1, lines[i - 1].stripTrailing().length()), message);
                }
            }
        }
        return inConsequence(file, ruleLine, rule, null, message);
    }

    /** The place of {@code word} on the reported line, or every line of the file that uses it when none is given. */
    private List<Located> at(String file, int line, String word, String message) {
        String[] lines = lines(file);
        if (lines == null) {
            return List.of(new Located(file, Math.max(line, 0), 1, message));
        }
        if (line > 0) {
            // A pattern spread over several lines is reported at its first line: find the word's own line.
            RuleInfo rule = ruleAt(file, line);
            int last = rule != null && rule.thenLine() > line ? rule.thenLine() : line;
            for (int i = line; word != null && i <= Math.min(last, lines.length); i++) {
                int col = column(stripComment(lines[i - 1]), word);
                if (col > 0) {
                    return List.of(new Located(file, i, col, message));
                }
            }
            return List.of(new Located(file, line, 1, message));
        }
        List<Located> found = new ArrayList<>();
        for (int i = 0; word != null && i < lines.length; i++) {
            int col = column(stripComment(lines[i]), word);
            if (col > 0) {
                found.add(new Located(file, i + 1, col, message));
            }
        }
        return found.isEmpty() ? List.of(new Located(file, 0, 0, message)) : found;
    }

    /**
     * The place of a condition the compiler quotes. Without a line, the condition is looked up as written, or with
     * its sides swapped (the compiler turns {@code level == Level.PRIMARY} round).
     */
    private List<Located> atExpression(String file, int line, String expression, String message) {
        String[] lines = lines(file);
        if (line > 0 || lines == null) {
            return at(file, line, firstWord(expression), message);
        }
        List<Pattern> forms = new ArrayList<>(List.of(flexible(expression)));
        Matcher sides = Pattern.compile("(.+?)\\s*(==|!=)\\s*(.+)").matcher(expression);
        if (sides.matches()) {
            forms.add(flexible(sides.group(3) + " " + sides.group(2) + " " + sides.group(1)));
        }
        List<Located> found = new ArrayList<>();
        for (int f = 0; f < forms.size() && found.isEmpty(); f++) {
            for (int i = 0; i < lines.length; i++) {
                Matcher m = forms.get(f).matcher(stripComment(lines[i]));
                if (m.find()) {
                    found.add(new Located(file, i + 1, m.start() + 1, message));
                }
            }
        }
        return found.isEmpty() ? List.of(new Located(file, 0, 0, message)) : found;
    }

    /** The text as a pattern in which any run of spaces matches any other. */
    private static Pattern flexible(String text) {
        StringBuilder p = new StringBuilder();
        for (String part : text.strip().split("\\s+")) {
            p.append(p.length() == 0 ? "" : "\\s*").append(Pattern.quote(part));
        }
        return Pattern.compile(p.toString());
    }

    /** The 1-based column where {@code word} stands as a whole word, or -1. */
    static int column(String line, String word) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + (word.matches(".*[\\w$]") ? "(?![\\w$])" : ""))
                .matcher(line);
        return m.find() ? m.start() + 1 : -1;
    }

    /** Line and column of the first double quote left open, outside comments. */
    private int[] openQuote(String file) {
        String[] lines = lines(file);
        for (int i = 0; lines != null && i < lines.length; i++) {
            String code = stripComment(lines[i]);
            int open = -1;
            for (int c = 0; c < code.length(); c++) {
                if (code.charAt(c) == '\\') {
                    c++;
                } else if (code.charAt(c) == '"') {
                    open = open < 0 ? c : -1;
                }
            }
            if (open >= 0) {
                return new int[] {i + 1, open + 1};
            }
        }
        return null;
    }

    private RuleInfo ruleAt(String file, int line) {
        RuleInfo best = null;
        for (RuleInfo r : index.rules()) {
            if (r.file().equals(file) && r.line() <= line && line <= Math.max(r.endLine(), r.line())) {
                best = r;
            }
        }
        return best;
    }

    private String[] lines(String file) {
        String text = files.text(file);
        return text == null ? null : text.split("\r?\n", -1);
    }

    private static String stripComment(String line) {
        int inString = -1;
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                inString = -inString;
            } else if (inString < 0 && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static String firstWord(String expression) {
        Matcher m = Pattern.compile("[\\w$.]+").matcher(expression);
        return m.find() ? m.group() : expression;
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String simpleList(String classNames) {
        List<String> names = new ArrayList<>();
        for (String c : classNames.split(",")) {
            names.add(simple(c.strip()));
        }
        return String.join(", ", names);
    }
}
