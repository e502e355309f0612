package educheck.checker.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import educheck.checker.compare.ComparisonTable;
import educheck.checker.compare.ComparisonTable.Cell;
import educheck.checker.compare.ComparisonTable.Column;
import educheck.checker.compare.ComparisonTable.Row;
import educheck.checker.report.RollupReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The comparison as JSON: {@code columns} (each district with its verdicts), {@code rows} (each indicator with one
 * cell per column, null where it does not apply) and {@code rollups}. Values at full precision.
 */
final class CompareJson implements ComparisonFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(Writer writer, ComparisonTable table, RenderOptions options) throws IOException {
        Labels words = new Labels(options.lang());
        JsonGenerator json = new JsonFactory().createGenerator(writer);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("judgedAs", table.judgedAs());
        json.writeArrayFieldStart("columns");
        for (Column c : table.columns()) {
            json.writeStartObject();
            json.writeStringField("code", c.code());
            json.writeStringField("name", c.name());
            json.writeNumberField("year", c.year());
            json.writeStringField("verdict", c.verdict().name());
            json.writeArrayFieldStart("jurisdictions");
            for (String j : c.jurisdictions()) {
                json.writeString(j);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("standards");
            for (Map.Entry<String, ?> e : c.standards().entrySet()) {
                json.writeStringField(e.getKey(), e.getValue().toString());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (Row row : table.rows()) {
            json.writeStartObject();
            json.writeStringField("id", row.id());
            json.writeStringField("part", row.part());
            json.writeStringField("name", words.nameOf(row.sample()));
            json.writeBooleanField("summed", row.summed());
            json.writeArrayFieldStart("cells");
            for (int i = 0; i < table.columns().size(); i++) {
                cell(json, table.cell(row, i));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rollups");
        for (RollupReport r : table.rollups()) {
            json.writeStartObject();
            json.writeStringField("id", r.finding().getId());
            json.writeStringField("subject", r.finding().getSubject());
            json.writeNumberField("year", r.group().year());
            json.writeStringField("status", r.finding().getStatus().name());
            value(json, "actual", r.finding().getActual());
            value(json, "required", r.finding().getRequired());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private static void cell(JsonGenerator json, Cell cell) throws IOException {
        if (cell == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        value(json, "value", cell.value());
        json.writeStringField("status", cell.status().name());
        json.writeNumberField("passed", cell.passed());
        json.writeNumberField("total", cell.total());
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, String field, Object v) throws IOException {
        if (v instanceof Boolean b) {
            json.writeBooleanField(field, b);
        } else if (v instanceof Number n) {
            json.writeNumberField(field, n.doubleValue());
        } else {
            json.writeNullField(field);
        }
    }
}
