package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.store.DistrictHistory;
import educheck.store.DistrictHistory.Row;
import educheck.store.DistrictHistory.Standard;
import educheck.store.DistrictHistory.Year;
import educheck.store.RunRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * history --format html from history.jte writes the bytes the string-built page wrote ({@link HistoryHtmlBeforeTemplates}),
 * markup in names included; the one difference is an apostrophe, now written {@code &#39;} as in the html report.
 */
class HistoryHtmlTemplateTest {

    /** Three years, the third judged by other rules; numeric, yes/no and missing findings; markup in every name. */
    static DistrictHistory history(String name) {
        List<Year> years = new ArrayList<>();
        for (int y = 2023; y <= 2025; y++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                if (y == 2024 && i == 3) {
                    continue;
                }
                String status = (i + y) % 4 == 0 ? "FAIL" : "PASS";
                Object actual = i % 3 == 0 ? Boolean.valueOf(status.equals("PASS")) : Double.valueOf(10 + i + (y - 2023) * 0.5);
                Object required = i % 3 == 0 ? Boolean.TRUE : Double.valueOf(11 + i);
                rows.add(new Row("CN.CE.RES." + i, i % 2 == 0 ? "<b>\"学校\"</b> & 校" : "district", status, actual, required,
                        ">=", "指标 " + i, "Indicator " + i));
            }
            years.add(new Year(y, y - 2020, Instant.parse(y + "-03-01T10:00:00Z"), name, y == 2024 ? "FAIL" : "PASS",
                    List.of(new Standard("CN.CE", "<均衡>", "PASS"), new Standard("CN.\"Q\"", "质量", y == 2024 ? "FAIL" : "PASS")),
                    rows, new RunRules(y == 2025 ? 2 : 1, y == 2025 ? "bb" : "aa")));
        }
        return new DistrictHistory("320583", null, years);
    }

    static String render(DistrictHistory h, boolean before) throws Exception {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            if (before) {
                HistoryHtmlBeforeTemplates.write(h, out);
            } else {
                HistoryHtml.write(h, out);
            }
        }
        return s.toString();
    }

    @Test
    void theTemplateWritesTheBytesTheStringsWrote() throws Exception {
        DistrictHistory h = history("昆山市 <script>alert(\"x\")</script> & co");
        String now = render(h, false);
        assertThat(now).isEqualTo(render(h, true));
        assertThat(now).contains("<td class=\"rules-changed\">v2 ≠</td>").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co")
                .doesNotContain("<script").contains("<svg");
    }

    @Test
    void anApostropheIsTheOneDifference() throws Exception {
        DistrictHistory h = history("O'Brien");
        assertThat(render(h, false)).isEqualTo(render(h, true).replace("O'Brien", "O&#39;Brien"));
    }

    /** 1000 renders of {@link #history} each way, after as many to warm up, five rounds: {@code docs/benchmarks.md}, "Templates". */
    public static void main(String[] args) throws Exception {
        DistrictHistory h = history("昆山市");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        for (int round = 0; round < 5; round++) {
            for (boolean before : new boolean[] {true, false}) {
                for (int i = 0; i < n; i++) {
                    render(h, before);
                }
                long t = System.nanoTime();
                int bytes = 0;
                for (int i = 0; i < n; i++) {
                    bytes += render(h, before).length();
                }
                System.out.printf("history page, %s: %d renders in %.1f ms, %.1f µs each (%d chars)%n",
                        before ? "strings  " : "template", n, (System.nanoTime() - t) / 1e6, (System.nanoTime() - t) / 1e3 / n, bytes / n);
            }
        }
    }
}
