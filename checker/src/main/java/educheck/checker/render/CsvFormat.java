package educheck.checker.render;

import educheck.checker.report.ReportStream;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Finding;
import educheck.model.io.InputError;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * A row saying which rules were used and why, one row per finding of every district (PASS included), then one per
 * roll-up and one per input error, under one header; values at full precision, the indicator's name in the report
 * language. See {@link Csv} for the dialect.
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
        Labels words = new Labels(options.lang());
        PrintWriter pw = Csv.start(out, HEADER);
        ruleSet(pw, run, words);
        return new Stream(pw, words);
    }

    /**
     * The first row says which rules made the rows below and why, as the other formats' headers do: id the published
     * version (empty when none), subject why (bundled, in-force, --rules, --rules-version), name the version and why
     * in words, source the origin, rule the sha256, message the rule-set line of the text report.
     */
    private static void ruleSet(PrintWriter out, RunInfo run, Labels words) {
        String basis = words.ruleBasis(run);
        String line = words.get("rules") + ": " + run.origin() + " (sha256 " + run.sha256() + ", " + run.rules() + ")"
                + (basis.isEmpty() ? "" : " · " + basis);
        // By column name, so the row keeps its place whatever columns the header gains.
        List<String> row = new ArrayList<>(Collections.nCopies(HEADER.size(), ""));
        row.set(HEADER.indexOf("kind"), "ruleSet");
        row.set(HEADER.indexOf("id"), run.version() == null ? "" : String.valueOf(run.version()));
        row.set(HEADER.indexOf("subject"), run.basis() == null ? "" : run.basis().key());
        row.set(HEADER.indexOf("name"), Csv.text(basis));
        row.set(HEADER.indexOf("source"), Csv.text(run.origin()));
        row.set(HEADER.indexOf("rule"), run.sha256());
        row.set(HEADER.indexOf("message"), Csv.text(line));
        Csv.row(out, row);
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
