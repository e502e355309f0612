package educheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import educheck.store.DistrictHistory;
import educheck.store.DistrictHistory.Row;
import educheck.store.DistrictHistory.Year;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A district's history in text, json or csv; html is {@link HistoryHtml}. One row per indicator and subject. */
final class HistoryReport {

    static final List<String> FORMATS = List.of("text", "json", "csv", "html");

    private HistoryReport() {
    }

    static void write(DistrictHistory h, String format, PrintWriter out) throws IOException {
        switch (format) {
            case "json" -> json(h, out);
            case "csv" -> csv(h, out);
            case "html" -> HistoryHtml.write(h, out);
            default -> text(h, out);
        }
    }

    /** (indicator, subject) → the finding of each year, in the order the latest year reported them. */
    static Map<List<String>, Map<Integer, Row>> byIndicator(DistrictHistory h) {
        Map<List<String>, Map<Integer, Row>> rows = new LinkedHashMap<>();
        for (Year y : h.years()) {
            for (Row r : y.findings()) {
                rows.computeIfAbsent(List.of(r.indicator(), r.subject()), k -> new LinkedHashMap<>()).put(y.year(), r);
            }
        }
        return rows;
    }

    static String value(Object v) {
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return v == null ? "" : String.valueOf(v);
    }

    private static void text(DistrictHistory h, PrintWriter out) {
        out.printf("%s %s — %d year(s) in the archive%n", h.code(), h.name() == null ? "" : h.name(), h.years().size());
        for (Year y : h.years()) {
            out.printf("  %d  %-10s (run %d, %s, rules %s)", y.year(), y.verdict(), y.runId(), y.recorded().toString().substring(0, 10),
                    y.rules().shown());
            y.standards().forEach(s -> out.printf("  %s %s", s.standard(), s.verdict()));
            out.println();
        }
        for (String note : rulesChanged(h)) {
            out.println("  note: " + note);
        }
        out.println();
        StringBuilder head = new StringBuilder(String.format("%-16s %-22s", "indicator", "subject"));
        h.years().forEach(y -> head.append(String.format(" %-22s", y.year())));
        out.println(head);
        for (Map.Entry<List<String>, Map<Integer, Row>> e : byIndicator(h).entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-16s %-22s", e.getKey().get(0), e.getKey().get(1)));
            for (Year y : h.years()) {
                Row r = e.getValue().get(y.year());
                line.append(String.format(" %-22s", r == null ? "—" : r.status() + " " + value(r.actual())));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /**
     * One sentence for each year judged by other rules than the year before it, so that a change of verdict caused by
     * the rules is not read as a change in the district.
     */
    static List<String> rulesChanged(DistrictHistory h) {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i < h.years().size(); i++) {
            if (h.rulesChangedAt(i)) {
                Year before = h.years().get(i - 1);
                Year after = h.years().get(i);
                notes.add(String.format("%d was judged by rules %s, %d by rules %s: a change between them may come from the"
                        + " rules, not the district (`educheck rules audit` says what each version changed and why)",
                        before.year(), before.rules().shown(), after.year(), after.rules().shown()));
            }
        }
        return notes;
    }

    private static void csv(DistrictHistory h, PrintWriter out) {
        out.print('\uFEFF');
        out.println("code,year,run,indicator,subject,status,actual,required,comparator,ruleVersion,ruleSha256,rulesChanged");
        for (int i = 0; i < h.years().size(); i++) {
            Year y = h.years().get(i);
            String rules = String.join(",", y.rules().version() == null ? "" : String.valueOf(y.rules().version()),
                    y.rules().sha256(), String.valueOf(h.rulesChangedAt(i)));
            for (Row r : y.findings()) {
                out.println(String.join(",", h.code(), String.valueOf(y.year()), String.valueOf(y.runId()), quote(r.indicator()),
                        quote(r.subject()), r.status(), value(r.actual()), value(r.required()), quote(r.comparator()), rules));
            }
        }
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.matches(".*[,\"\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void json(DistrictHistory h, PrintWriter out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("code", h.code());
        json.writeStringField("name", h.name());
        json.writeStringField("indicator", h.indicator());
        json.writeArrayFieldStart("years");
        for (int i = 0; i < h.years().size(); i++) {
            Year y = h.years().get(i);
            json.writeStartObject();
            json.writeNumberField("year", y.year());
            json.writeNumberField("run", y.runId());
            json.writeStringField("recorded", y.recorded().toString());
            json.writeStringField("verdict", y.verdict());
            json.writeObjectFieldStart("rules");
            if (y.rules().version() == null) {
                json.writeNullField("version");
            } else {
                json.writeNumberField("version", y.rules().version());
            }
            json.writeStringField("sha256", y.rules().sha256());
            // Judged by other rules than the year before: a change of verdict may come from the rules.
            json.writeBooleanField("changed", h.rulesChangedAt(i));
            json.writeEndObject();
            json.writeArrayFieldStart("standards");
            for (DistrictHistory.Standard s : y.standards()) {
                json.writeStartObject();
                json.writeStringField("standard", s.standard());
                json.writeStringField("verdict", s.verdict());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Row r : y.findings()) {
                json.writeStartObject();
                json.writeStringField("id", r.indicator());
                json.writeStringField("subject", r.subject());
                json.writeStringField("status", r.status());
                write(json, "actual", r.actual());
                write(json, "required", r.required());
                json.writeStringField("comparator", r.comparator());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.println();
    }

    private static void write(JsonGenerator json, String field, Object v) throws IOException {
        if (v instanceof Double d) {
            json.writeNumberField(field, d);
        } else if (v instanceof Boolean b) {
            json.writeBooleanField(field, b);
        } else {
            json.writeNullField(field);
        }
    }
}
