package educheck.web;

import java.util.List;
import java.util.Map;

/** The report formats a run can be downloaded in, as {@code educheck check --format F} writes them. */
final class Reports {

    /** Format → file extension and content type of its download. */
    static final Map<String, String[]> DOWNLOADS = Map.of(
            "html", new String[] {"html", "text/html; charset=utf-8"},
            "json", new String[] {"json", "application/json; charset=utf-8"},
            "csv", new String[] {"csv", "text/csv; charset=utf-8"},
            "xml", new String[] {"xml", "application/xml; charset=utf-8"},
            "text", new String[] {"txt", "text/plain; charset=utf-8"},
            "rectification", new String[] {"rectification.csv", "text/csv; charset=utf-8"});

    static final List<String> ORDER = List.of("html", "json", "csv", "xml", "text", "rectification");

    private Reports() {
    }
}
