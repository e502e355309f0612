package educheck.checker.load;

import educheck.rules.RuleMetadata;

/**
 * Where a rule is written and what it declares: the file and line a policy officer opens to change it.
 *
 * @param pkg      the DRL package (CN, CN_31, …)
 * @param name     the rule's name
 * @param file     path relative to the rules folder, e.g. {@code CN/compulsory-resources.drl}
 * @param line     the line of its {@code rule} keyword
 * @param metadata its {@code @id}, {@code @required}, {@code @source}, …
 * @param thenLine the line of its {@code then} keyword
 * @param endLine  the line of its {@code end} keyword
 * @param consequence the text between {@code then} and {@code end}
 */
public record RuleInfo(String pkg, String name, String file, int line, RuleMetadata metadata, int thenLine, int endLine,
                       String consequence) {

    public String id() {
        return metadata.text(RuleMetadata.ID);
    }

    public String location() {
        return file + ":" + line;
    }
}
