package educheck.checker.render;

import educheck.checker.report.ReportStream;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RectificationItem;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The rectification list (整改任务清单) of every district as CSV, for a district office to turn into its task
 * list: by school, the largest gap first, as the text and html reports order it; each row the amount in natural
 * units, the input it changes and the task worded in the report language. {@code check --rectification FILE}.
 */
final class RectificationCsvFormat implements ReportFormat {

    static final List<String> HEADER = List.of("district", "districtName", "unit", "unitName", "id", "subject", "target",
            "action", "amount", "amountUnit", "field", "gap", "indicator", "task");

    @Override
    public String name() {
        return "rectification";
    }

    @Override
    public ReportStream open(Writer out, RunInfo run, RenderOptions options) {
        return new Stream(Csv.start(out, HEADER), new Labels(options.lang()));
    }

    private record Stream(PrintWriter out, Labels words) implements ReportStream {

        @Override
        public void district(DistrictReport d) {
            for (TaskList.Group g : TaskList.of(d, words)) {
                for (TaskList.Task t : g.tasks()) {
                    RectificationItem r = t.item();
                    Csv.row(out, List.of(Csv.text(d.code()), Csv.text(d.name()), Csv.text(g.unit() == null ? "" : g.unit()),
                            Csv.text(g.name()), Csv.text(r.id()), Csv.text(r.subject()), Csv.text(r.target()), r.action(),
                            r.isPlain() ? "" : Csv.value(r.shortfall()), Csv.text(r.unit() == null ? "" : r.unit()),
                            Csv.text(r.field() == null ? "" : r.field()), Csv.value(Math.round(r.gap() * 10000) / 10000.0),
                            Csv.text(t.indicator()), Csv.text(t.text())));
                }
            }
            out.flush();
        }

        @Override
        public void finish(RunOutcome outcome) {
            out.flush();
        }
    }
}
