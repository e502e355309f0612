package educheck.checker.render;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Finding;
import educheck.model.io.InputError;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.Predicate;

/**
 * One row per finding of every district (PASS included), then one per roll-up and one per input error, under one
 * header; values at full precision, the indicator's name in the report language. See {@link Csv} for the dialect.
 */
final class CsvFormat implements ReportFormat {

    static final List<String> HEADER = List.of("kind", "year", "district", "districtName", "id", "subject", "status",
            "actual", "required", "comparator", "decides", "name", "source", "rule", "message", "binds", "force", "draft");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public ReportStream open(Writer out, RunInfo run, RenderOptions options) {
        return new Stream(Csv.start(out, HEADER), new Labels(options.lang()));
    }

    private record Stream(PrintWriter out, Labels words) implements ReportStream {

        @Override
        public void district(DistrictReport d) {
            Predicate<Finding> deciding = d.deciding();
            for (Finding f : d.findings()) {
                row("finding", d.year(), d.code(), d.name(), f, String.valueOf(deciding.test(f)));
            }
            out.flush();
        }

        @Override
        public void finish(RunOutcome outcome) {
            for (RollupReport r : outcome.rollups()) {
                row("rollup", r.group().year(), r.group().jurisdiction(), "", r.finding(), "");
            }
            for (InputError e : outcome.inputErrors()) {
                Csv.row(out, List.of("inputError", "", "", "", Csv.text(e.field()), Csv.text(e.file() + ":" + e.line() + ":" + e.column()),
                        "", "", "", "", "", "", "", "", Csv.text(e.message()), "", "", ""));
            }
            out.flush();
        }

        private void row(String kind, int year, String code, String name, Finding f, String decides) {
            Csv.row(out, List.of(kind, String.valueOf(year), Csv.text(code), Csv.text(name), Csv.text(f.getId()),
                    Csv.text(f.getSubject()), f.getStatus().name(), Csv.value(f.getActual()), Csv.value(f.getRequired()),
                    Csv.value(f.getComparator()), decides, Csv.text(words.nameOf(f)), Csv.text(f.getSource()),
                    Csv.text(f.getRule()), Csv.text(f.getMessage()), f.getBinds().word(), f.getForce().word(),
                    String.valueOf(f.isDraft())));
        }
    }
}
