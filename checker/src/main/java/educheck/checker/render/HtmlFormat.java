package educheck.checker.render;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.ReportStream;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Verdict;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained html file (inline CSS, SVG and a few lines of script; nothing fetched) that opens offline and
 * prints. Districts are written as they are checked, each folded in a {@code <details>} (the first open, later
 * ones open only when they do not pass); the run's summary is written last but shown first (CSS order). The markup
 * is in the templates {@code report.jte} (the page, written around the districts as they come), {@code report-district.jte} and {@code report-summary.jte}.
 */
final class HtmlFormat implements ReportFormat {

    /** A district as the run's summary lists it, with a link to its section. */
    record Listed(String anchor, String code, String name, int year, Verdict verdict) {
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public ReportStream open(Writer out, RunInfo run, RenderOptions options) {
        return new Stream(new PrintWriter(out), run, new Labels(options.lang()));
    }

    private static final class Stream implements ReportStream {
        private final PrintWriter out;
        private final HtmlOutput html;
        private final Labels words;
        private final List<Listed> index = new ArrayList<>();
        private final HtmlOutput.Frame frame;

        Stream(PrintWriter out, RunInfo run, Labels words) {
            this.out = out;
            this.html = HtmlOutput.to(out);
            this.words = words;
            this.frame = HtmlOutput.Frame.of((page, districts) ->
                    JtereportGenerated.render(page, null, words, run, Html.css(), words.ruleBasis(run), districts));
            out.print(frame.before());
            out.flush();
        }

        @Override
        public void district(DistrictReport d) {
            // A long run stays readable: the first district is open, later ones only when they need attention.
            boolean open = index.isEmpty() || d.verdict() != Verdict.PASS;
            HtmlDistrict.write(html, words, d, open);
            out.flush();
            index.add(new Listed(HtmlDistrict.anchor(d), d.code(), d.name(), d.year(), d.verdict()));
        }

        @Override
        public void finish(RunOutcome outcome) {
            JtereportsummaryGenerated.render(html, null, words, outcome, index);
            out.print(frame.after());
            out.flush();
        }
    }
}
