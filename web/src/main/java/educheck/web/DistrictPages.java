package educheck.web;

import static educheck.checker.render.SiteAssets.badge;
import static educheck.checker.render.SiteAssets.esc;

import educheck.store.Uploads;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A district's page: its runs, one small chart per district-wide indicator, and what changed since the run before. */
final class DistrictPages {

    private final RunArchive archive;

    DistrictPages(RunArchive archive) {
        this.archive = archive;
    }

    static String code(Context ctx) {
        String code = ctx.pathParam("code");
        if (!code.matches("[0-9A-Za-z-]{1,20}")) {
            throw new Refusal(404, "error.notFound");
        }
        return code;
    }

    void page(Context ctx) throws IOException {
        String code = code(ctx);
        List<Uploads.Upload> runs = archive.ofDistrict(code, 20);
        List<RunArchive.Year> years = archive.years(code);
        Words w = Layout.words(ctx);
        String name = runs.isEmpty() ? "" : runs.get(0).districts().stream().filter(d -> d.code().equals(code))
                .map(Uploads.District::name).findFirst().orElse("");
        String title = w.get("district.title") + " " + code + " " + name;
        StringBuilder b = new StringBuilder("<section class=\"card\"><h1 id=\"district\">").append(esc(title)).append("</h1>\n");
        if (runs.isEmpty()) {
            b.append("<p>").append(esc(w.get("district.none"))).append("</p></section>");
            ctx.status(404);
            Layout.page(ctx, title, b.toString());
            return;
        }
        b.append("<table id=\"history\"><thead><tr><th>").append(esc(w.get("col.run"))).append("</th><th>").append(esc(w.get("col.time")))
                .append("</th><th>").append(esc(w.get("col.year"))).append("</th><th>").append(esc(w.get("col.verdict")))
                .append("</th><th>").append(esc(w.get("col.user"))).append("</th></tr></thead><tbody>");
        for (Uploads.Upload r : runs) {
            for (Uploads.District d : r.districts()) {
                if (d.code().equals(code)) {
                    b.append("<tr><td class=\"id\">").append(Layout.link("/runs/" + r.runId(), String.valueOf(r.runId()))).append("</td><td>")
                            .append(ReportPages.TIME.format(r.at())).append("</td><td>").append(d.year()).append("</td><td>")
                            .append(badge(d.verdict(), d.verdict())).append("</td><td>").append(esc(r.user() == null ? "(cli)" : r.user()))
                            .append("</td></tr>");
                }
            }
        }
        b.append("</tbody></table></section>\n");
        diff(b, code, runs, w);
        b.append("<section class=\"card\"><h2>").append(esc(w.get("district.charts"))).append("</h2><div class=\"charts\">\n");
        for (Map.Entry<String, List<Uploads.Finding>> s : series(code, years).entrySet()) {
            b.append(chart(s.getKey(), s.getValue(), years));
        }
        b.append("</div></section>");
        Layout.page(ctx, title, b.toString());
    }

    /** For each district-wide indicator (not one school's) with a number in the latest year: its finding in each year. */
    static Map<String, List<Uploads.Finding>> series(String code, List<RunArchive.Year> years) {
        Map<String, List<Uploads.Finding>> series = new LinkedHashMap<>();
        if (years.isEmpty()) {
            return series;
        }
        List<Map<String, Uploads.Finding>> byKey = new ArrayList<>();
        for (RunArchive.Year y : years) {
            Map<String, Uploads.Finding> m = new java.util.HashMap<>();
            y.findings().forEach(f -> m.put(f.indicator() + ' ' + f.subject(), f));
            byKey.add(m);
        }
        for (Uploads.Finding last : years.get(years.size() - 1).findings()) {
            if (!(last.actual() instanceof Number) || !districtWide(last.subject(), code)) {
                continue;
            }
            String key = last.indicator() + ' ' + last.subject();
            List<Uploads.Finding> values = new ArrayList<>();
            byKey.forEach(m -> values.add(m.get(key)));
            series.putIfAbsent(key, values);
        }
        return series;
    }

    /** The district itself, or a level-wide statistic ("PRIMARY/RES.6"); a school's id carries digits. */
    private static boolean districtWide(String subject, String code) {
        String head = subject.contains("/") ? subject.substring(0, subject.indexOf('/')) : subject;
        return head.equals(code) || head.matches("[A-Z_]+");
    }

    private void diff(StringBuilder b, String code, List<Uploads.Upload> runs, Words w) throws IOException {
        b.append("<section class=\"card\" id=\"diff\"><h2>").append(esc(w.get("district.diff"))).append("</h2>");
        if (runs.size() < 2) {
            b.append("<p>").append(esc(w.get("district.noDiff"))).append("</p></section>\n");
            return;
        }
        List<Change> changes = changes(archive.findings(runs.get(1).runId(), code), archive.findings(runs.get(0).runId(), code));
        if (changes.isEmpty()) {
            b.append("<p>").append(esc(w.get("district.same"))).append("</p></section>\n");
            return;
        }
        b.append("<p class=\"meta\">").append(runs.get(1).runId()).append(" → ").append(runs.get(0).runId()).append("</p>");
        b.append("<table><thead><tr><th>").append(esc(w.get("col.id"))).append("</th><th>").append(esc(w.get("col.subject")))
                .append("</th><th>").append(esc(w.get("col.change"))).append("</th><th>").append(esc(w.get("col.before")))
                .append("</th><th>").append(esc(w.get("col.after"))).append("</th></tr></thead><tbody>");
        for (Change c : changes) {
            b.append("<tr class=\"row-").append(esc(c.after().status())).append("\"><td class=\"id\">").append(esc(c.after().indicator()))
                    .append("</td><td class=\"id\">").append(esc(c.after().subject())).append("</td><td>").append(esc(w.get("diff." + c.kind())))
                    .append("</td><td>").append(cell(c.before().status(), c.before().actual())).append("</td><td>")
                    .append(cell(c.after().status(), c.after().actual())).append("</td></tr>");
        }
        b.append("</tbody></table></section>\n");
    }

    /** One finding that changed: kind FAIL (became FAIL), PASS (became PASS), STATUS (another change), VALUE (same status). */
    record Change(String kind, Uploads.Finding before, Uploads.Finding after) {
    }

    /** What changed from one run of the district to another, matched by indicator and subject, in the later run's order. */
    static List<Change> changes(List<Uploads.Finding> before, List<Uploads.Finding> after) {
        Map<String, Uploads.Finding> earlier = new java.util.HashMap<>();
        before.forEach(f -> earlier.put(f.indicator() + '\u0000' + f.subject(), f));
        List<Change> changes = new ArrayList<>();
        for (Uploads.Finding now : after) {
            Uploads.Finding then = earlier.get(now.indicator() + '\u0000' + now.subject());
            if (then == null) {
                continue;
            }
            if (!now.status().equals(then.status())) {
                String kind = now.status().equals("FAIL") ? "FAIL" : now.status().equals("PASS") ? "PASS" : "STATUS";
                changes.add(new Change(kind, then, now));
            } else if (!java.util.Objects.equals(now.actual(), then.actual())) {
                changes.add(new Change("VALUE", then, now));
            }
        }
        return changes;
    }

    private static String cell(String status, Object actual) {
        return status == null ? "–" : badge(status, status) + " " + esc(show(actual));
    }

    /** An inline SVG line of the indicator's value run by run, its limit dashed, each point coloured by status. */
    static String chart(String title, List<Uploads.Finding> values, List<RunArchive.Year> years) {
        int width = 280;
        int height = 120;
        int pad = 24;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        Double limit = null;
        for (Uploads.Finding f : values) {
            if (f != null && f.actual() instanceof Number n) {
                lo = Math.min(lo, n.doubleValue());
                hi = Math.max(hi, n.doubleValue());
            }
            if (f != null && f.required() instanceof Number r) {
                limit = r.doubleValue();
            }
        }
        if (limit != null) {
            lo = Math.min(lo, limit);
            hi = Math.max(hi, limit);
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        StringBuilder s = new StringBuilder("<figure class=\"chart\"><figcaption class=\"id\">").append(esc(title)).append("</figcaption>")
                .append("<svg width=\"").append(width).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc(title)).append("\">");
        int n = values.size();
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Uploads.Finding f = values.get(i);
            double x = n == 1 ? width / 2.0 : pad + i * (width - 2.0 * pad) / (n - 1);
            if (f != null && f.actual() instanceof Number v) {
                double y = y(v.doubleValue(), lo, hi, height, pad);
                line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
                dots.append("<circle class=\"b-").append(esc(f.status())).append("\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                        .append("\" r=\"4\"><title>").append(esc(years.get(i).year() + ": " + show(v) + " " + f.status()))
                        .append("</title></circle>");
            }
            s.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(height - 4).append("\" text-anchor=\"middle\" font-size=\"10\">")
                    .append(years.get(i).year()).append("</text>");
        }
        if (limit != null) {
            double y = y(limit, lo, hi, height, pad);
            s.append("<line class=\"limit\" x1=\"").append(pad / 2).append("\" x2=\"").append(width - pad / 2).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>");
        }
        s.append("<polyline fill=\"none\" stroke=\"#1f3b57\" stroke-width=\"1.5\" points=\"").append(line).append("\"/>").append(dots);
        return s.append("</svg></figure>\n").toString();
    }

    private static double y(double v, double lo, double hi, int height, int pad) {
        return height - pad - (v - lo) / (hi - lo) * (height - 2.0 * pad);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String show(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.4g", d);
        }
        return String.valueOf(v == null ? "–" : v);
    }
}
