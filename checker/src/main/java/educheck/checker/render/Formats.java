package educheck.checker.render;

import java.util.List;
import java.util.stream.Collectors;

/** Every report format, by name. */
public final class Formats {

    private static final List<ReportFormat> ALL = List.of(new TextFormat(), new JsonFormat(), new HtmlFormat(),
            new CsvFormat(), new XmlFormat(), new RectificationCsvFormat());

    private Formats() {
    }

    public static ReportFormat byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; one of " + names()));
    }

    public static String names() {
        return ALL.stream().map(ReportFormat::name).collect(Collectors.joining(", "));
    }
}
