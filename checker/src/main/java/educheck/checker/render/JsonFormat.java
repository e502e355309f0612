package educheck.checker.render;

import educheck.checker.report.ReportStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RectificationItem;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.CountyStatus;
import educheck.model.Finding;
import educheck.model.RollupGroup;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.Waiver;
import educheck.model.Waivers;
import educheck.model.io.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The JSON report of contract §2, written as a stream: {@code year} and {@code ruleSet} first, then each
 * district as it is checked, then {@code rollups}, {@code inputErrors} and a {@code summary}.
 */
final class JsonFormat implements ReportFormat {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public ReportStream open(Writer out, RunInfo run, RenderOptions options) {
        try {
            JsonGenerator json = FACTORY.createGenerator(out);
            json.useDefaultPrettyPrinter();
            return new Stream(json, run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Stream implements ReportStream {
        private final JsonGenerator json;
        private final RunInfo run;
        private boolean started;

        Stream(JsonGenerator json, RunInfo run) {
            this.json = json;
            this.run = run;
        }

        /** The header waits for the first district: the year comes from the submission. */
        private void start(Integer year) throws IOException {
            if (started) {
                return;
            }
            started = true;
            json.writeStartObject();
            if (year == null) {
                json.writeNullField("year");
            } else {
                json.writeNumberField("year", year);
            }
            json.writeObjectFieldStart("ruleSet");
            json.writeArrayFieldStart("jurisdictions");
            for (String j : run.jurisdictions()) {
                json.writeString(j);
            }
            json.writeEndArray();
            json.writeStringField("sha256", run.sha256());
            json.writeNumberField("rules", run.rules());
            json.writeStringField("origin", run.origin());
            if (run.version() != null) {
                json.writeNumberField("version", run.version());
            }
            if (run.basis() != null) {
                json.writeStringField("why", run.basis().key());
            }
            json.writeEndObject();
            Waivers w = run.waivers();
            if (w.file() == null) {
                json.writeNullField("waivers");
            } else {
                json.writeObjectFieldStart("waivers");
                json.writeStringField("file", w.file().toString());
                json.writeStringField("sha256", w.sha256());
                json.writeNumberField("count", w.size());
                json.writeStringField("asOf", w.asOf().toString());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("districts");
        }

        @Override
        public void district(DistrictReport d) throws IOException {
            start(d.year());
            json.writeStartObject();
            json.writeStringField("code", d.code());
            json.writeStringField("name", d.name());
            json.writeStringField("verdict", d.verdict().name());
            json.writeNumberField("year", d.year());
            json.writeStringField("file", String.valueOf(d.file()));
            json.writeArrayFieldStart("jurisdictions");
            for (String j : d.jurisdictions()) {
                json.writeString(j);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("standards");
            for (StandardVerdict s : d.standards()) {
                standard(s);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            Predicate<Finding> deciding = d.deciding();
            for (Finding f : d.findings()) {
                json.writeStartObject();
                findingFields(f);
                json.writeBooleanField("decides", deciding.test(f));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rectification");
            for (RectificationItem r : d.rectification()) {
                json.writeStartObject();
                json.writeStringField("id", r.id());
                json.writeStringField("subject", r.subject());
                json.writeStringField("action", r.action());
                number("shortfall", r.shortfall());
                json.writeStringField("unit", r.unit());
                json.writeStringField("field", r.field());
                json.writeStringField("target", r.target());
                json.writeNumberField("gap", educheck.model.Figures.round(r.gap()));
                if (r.plan() != null) {
                    coefficientPlan(r.plan());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("counts");
            for (Map.Entry<Status, Integer> e : d.countByStatus().entrySet()) {
                json.writeNumberField(e.getKey().name(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
        }

        private void standard(StandardVerdict s) throws IOException {
            json.writeStartObject();
            json.writeStringField("standard", s.getStandard());
            json.writeStringField("title", s.getTitle());
            json.writeStringField("verdict", s.getVerdict().name());
            if (s.isDraft()) {
                json.writeBooleanField("draft", true);
                json.writeBooleanField("decides", s.decides());
            }
            json.writeObjectFieldStart("counts");
            for (Map.Entry<Status, Integer> e : s.getCounts().entrySet()) {
                json.writeNumberField(e.getKey().name(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }

        /** How a coefficient over its limit is brought under it; the sections that pull it up most. */
        private void coefficientPlan(RectificationItem.CoefficientPlan p) throws IOException {
            json.writeObjectFieldStart("coefficient");
            json.writeStringField("indicator", p.indicator());
            json.writeStringField("level", p.level());
            json.writeNumberField("before", p.before());
            json.writeNumberField("after", p.after());
            json.writeNumberField("limit", p.limit());
            json.writeNumberField("mean", p.mean());
            json.writeNumberField("floor", p.floor());
            json.writeNumberField("sections", p.schools());
            number("total", p.total());
            json.writeStringField("unit", p.unit());
            json.writeArrayFieldStart("pulledUpBy");
            for (RectificationItem.Pull pull : p.pulls()) {
                json.writeStartObject();
                json.writeStringField("subject", pull.subject());
                json.writeNumberField("value", pull.value());
                json.writeNumberField("shareOfVariance", pull.share());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void findingFields(Finding f) throws IOException {
            json.writeStringField("id", f.getId());
            json.writeStringField("subject", f.getSubject());
            json.writeStringField("status", f.getStatus().name());
            value("actual", f.getActual());
            value("required", f.getRequired());
            json.writeStringField("comparator", f.getComparator());
            json.writeStringField("message", f.getMessage());
            json.writeStringField("source", f.getSource());
            json.writeStringField("rule", f.getRule());
            if (f.getName() != null) {
                json.writeStringField("name", f.getName());
            }
            if (f.getDue() != null) {
                json.writeNumberField("due", f.getDue());
            }
            json.writeStringField("binds", f.getBinds().word());
            json.writeStringField("force", f.getForce().word());
            if (f.isDraft()) {
                json.writeBooleanField("draft", true);
            }
            if (f.isContribution()) {
                json.writeBooleanField("contribution", true);
            }
            if (f.getWaiver() != null) {
                json.writeFieldName("waiver");
                waiver(f.getWaiver());
            }
        }

        /** A roll-up: the finding, the counts it was decided on, and each district with how it was counted. */
        private void rollup(RollupReport r) throws IOException {
            RollupGroup g = r.group();
            json.writeStartObject();
            findingFields(r.finding());
            json.writeStringField("jurisdiction", g.jurisdiction());
            json.writeNumberField("year", g.year());
            json.writeObjectFieldStart("districts");
            json.writeNumberField("total", g.total());
            json.writeNumberField("inRun", g.inRun());
            json.writeNumberField("recognised", g.recognised());
            json.writeNumberField("undetermined", g.undetermined());
            json.writeEndObject();
            json.writeArrayFieldStart("members");
            for (CountyStatus c : g.counties()) {
                json.writeStartObject();
                json.writeStringField("code", c.code());
                json.writeStringField("name", c.name());
                json.writeBooleanField("inRun", c.inRun());
                Boolean recognised = c.recognisedBy(g.year());
                if (recognised == null) {
                    json.writeNullField("recognised");
                } else {
                    json.writeBooleanField("recognised", recognised);
                }
                json.writeStringField("basis", c.basis(g.year()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void waiver(Waiver w) throws IOException {
            json.writeStartObject();
            json.writeNumberField("line", w.line());
            json.writeStringField("district", w.district());
            json.writeStringField("id", w.id());
            json.writeStringField("subject", w.subject());
            json.writeStringField("reason", w.reason());
            json.writeStringField("approvedBy", w.approvedBy());
            json.writeStringField("expires", w.expires().toString());
            json.writeBooleanField("inForce", run.waivers().inForce(w));
            json.writeEndObject();
        }

        /** What became of each waiver of the file: APPLIED, EXPIRED or UNMATCHED. */
        private void waiverUses() throws IOException {
            json.writeArrayFieldStart("waiverUse");
            for (Waivers.Use u : run.waivers().uses()) {
                json.writeStartObject();
                json.writeStringField("state", u.state().name());
                json.writeNumberField("findings", u.findings());
                json.writeFieldName("waiver");
                waiver(u.waiver());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void value(String field, Object v) throws IOException {
            if (v instanceof Boolean b) {
                json.writeBooleanField(field, b);
            } else if (v instanceof Number n) {
                number(field, n.doubleValue());
            } else {
                json.writeNullField(field);
            }
        }

        /** Whole numbers as 6, not 6.0; others as they are. */
        private void number(String field, double v) throws IOException {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                json.writeNumberField(field, (long) v);
            } else {
                json.writeNumberField(field, v);
            }
        }

        @Override
        public void finish(RunOutcome outcome) throws IOException {
            start(null);
            json.writeEndArray();
            json.writeArrayFieldStart("rollups");
            for (RollupReport r : outcome.rollups()) {
                rollup(r);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("inputErrors");
            for (InputError e : outcome.inputErrors()) {
                json.writeStartObject();
                json.writeStringField("file", String.valueOf(e.file()));
                json.writeNumberField("line", e.line());
                json.writeNumberField("column", e.column());
                json.writeStringField("field", e.field());
                json.writeStringField("message", e.message());
                json.writeStringField("messageZh", e.messageZh());
                json.writeEndObject();
            }
            json.writeEndArray();
            waiverUses();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("districts", outcome.districts());
            for (Map.Entry<Verdict, Integer> e : outcome.verdicts().entrySet()) {
                json.writeNumberField(e.getKey().name(), e.getValue());
            }
            json.writeNumberField("inputErrors", outcome.inputErrors().size());
            json.writeNumberField("ruleFaults", outcome.ruleFaults());
            json.writeNumberField("exitCode", outcome.exitCode());
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        }
    }
}
