package educheck.checker.render;

import java.util.List;
import java.util.stream.Collectors;

/** Every format of the comparison table, by name. */
public final class ComparisonFormats {

    private static final List<ComparisonFormat> ALL = List.of(new CompareText(), new CompareHtml(), new CompareCsv(), new CompareJson());

    private ComparisonFormats() {
    }

    public static ComparisonFormat byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; one of " + names()));
    }

    public static String names() {
        return ALL.stream().map(ComparisonFormat::name).collect(Collectors.joining(", "));
    }
}
