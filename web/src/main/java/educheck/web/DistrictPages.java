package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.render.YearChart;
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

    /** Runs a page of the district's history lists. */
    static final int PAGE = 20;

    void page(Context ctx) throws IOException {
        String code = code(ctx);
        ReadAccess.district(ctx, code);
        int page = pageAskedFor(ctx);
        int total = archive.countOfDistrict(code);
        List<Uploads.Upload> runs = archive.ofDistrict(code, (page - 1) * PAGE, PAGE);
        List<RunArchive.Year> years = archive.years(code);
        Words w = Layout.words(ctx);
        Uploads.Latest latest = archive.latest(List.of(code)).get(code);
        String title = w.get("district.title") + " " + code + " " + (latest == null || latest.name() == null ? "" : latest.name());
        StringBuilder b = new StringBuilder("<section class=\"card\"><h1 id=\"district\">").append(esc(title)).append("</h1>\n");
        if (runs.isEmpty()) {
            b.append("<p>").append(esc(w.get("district.none"))).append("</p></section>");
            ctx.status(404);
            Layout.page(ctx, title, b.toString());
            return;
        }
        b.append("<table id=\"history\"><thead><tr><th>").append(esc(w.get("col.run"))).append("</th><th>").append(esc(w.get("col.time")))
                .append("</th><th>").append(esc(w.get("col.year"))).append("</th><th>").append(esc(w.get("col.verdict")))
                .append("</th><th>").append(esc(w.get("col.user"))).append("</th><th>").append(esc(w.get("col.rules")))
                .append("</th></tr></thead><tbody>");
        for (Uploads.Upload r : runs) {
            for (Uploads.District d : r.districts()) {
                if (d.code().equals(code)) {
                    // An inspector sees the district's whole history, and links only to the runs they may open.
                    String run = ReadAccess.mayRead(ctx, r) ? Layout.link("/runs/" + r.runId(), String.valueOf(r.runId()))
                            : String.valueOf(r.runId());
                    b.append("<tr><td class=\"id\">").append(run).append("</td><td>")
                            .append(ReportPages.TIME.format(r.at())).append("</td><td>").append(d.year()).append("</td><td>")
                            .append(Layout.badge(ctx, d.verdict())).append("</td><td>").append(esc(ReportPages.uploader(w, r)))
                            .append("</td><td class=\"rules\">").append(esc(r.rules().shown())).append("</td></tr>");
                }
            }
        }
        b.append("</tbody></table>").append(pager(w, code, page, total)).append("</section>\n");
        diff(b, ctx, code, page == 1 && runs.size() > 1 ? runs : archive.ofDistrict(code, 0, 2), w);
        b.append("<section class=\"card\"><h2>").append(esc(w.get("district.charts"))).append("</h2><div class=\"charts\">\n");
        for (Map.Entry<String, List<Uploads.Finding>> s : series(code, years).entrySet()) {
            b.append(chart(title(s.getValue(), w), s.getValue(), years));
        }
        b.append("</div></section>");
        Layout.page(ctx, title, b.toString());
    }

    /** The page of the history asked for ({@code ?page=N}, from 1); anything else is the first. */
    private static int pageAskedFor(Context ctx) {
        String p = ctx.queryParam("page");
        return p != null && p.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(p) : 1;
    }

    /** Links to the newer and older pages of the history, with where this page is. */
    private static String pager(Words w, String code, int page, int total) {
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        if (pages == 1) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p class=\"pager\" id=\"pager\">");
        if (page > 1) {
            b.append("<a id=\"newer\" href=\"/districts/").append(esc(code)).append("?page=").append(page - 1).append("\">")
                    .append(esc(w.get("pager.newer"))).append("</a> ");
        }
        b.append(esc(w.format("pager.of", page, pages, total)));
        if (page < pages) {
            b.append(" <a id=\"older\" href=\"/districts/").append(esc(code)).append("?page=").append(page + 1).append("\">")
                    .append(esc(w.get("pager.older"))).append("</a>");
        }
        return b.append("</p>").toString();
    }

    /** A chart's caption: the indicator's ID and name in the page's language, and what it is about. */
    private static String title(List<Uploads.Finding> series, Words w) {
        Uploads.Finding last = series.get(series.size() - 1);
        String name = w.zh() ? (last.nameZh() != null ? last.nameZh() : last.nameEn()) : (last.nameEn() != null ? last.nameEn() : last.nameZh());
        return last.indicator() + (name == null ? "" : " " + name) + " · " + last.subject();
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

    /** What changed between the district's latest run (year first) and the one before it in the same order. */
    private void diff(StringBuilder b, Context ctx, String code, List<Uploads.Upload> runs, Words w) throws IOException {
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
        boolean byRules = !runs.get(1).rules().sameAs(runs.get(0).rules());
        if (byRules) {
            b.append("<p class=\"notice\" id=\"rules-changed\">").append(esc(w.format("district.rulesChanged", runs.get(1).rules().shown(),
                    runs.get(0).rules().shown()))).append("</p>");
        }
        b.append("<table><thead><tr><th>").append(esc(w.get("col.id"))).append("</th><th>").append(esc(w.get("col.subject")))
                .append("</th><th>").append(esc(w.get("col.change"))).append("</th><th>").append(esc(w.get("col.before")))
                .append("</th><th>").append(esc(w.get("col.after"))).append("</th></tr></thead><tbody>");
        for (Change c : changes) {
            b.append("<tr class=\"row-").append(esc(c.after().status())).append("\"><td class=\"id\">").append(esc(c.after().indicator()))
                    .append("</td><td class=\"id\">").append(esc(c.after().subject())).append("</td><td>").append(esc(w.get("diff." + c.kind())))
                    .append("</td><td>").append(cell(ctx, c.before().status(), c.before().actual())).append("</td><td>")
                    .append(cell(ctx, c.after().status(), c.after().actual()))
                    .append(byRules && !c.kind().equals("VALUE") && java.util.Objects.equals(c.before().actual(), c.after().actual()) ? " <span class=\"muted by-rules\">(" + esc(w.get("district.sameValue")) + ")</span>" : "")
                    .append("</td></tr>");
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

    private static String cell(Context ctx, String status, Object actual) {
        return status == null ? "–" : Layout.badge(ctx, status) + " " + esc(show(actual));
    }

    /** The indicator's value year by year against its requirement, drawn as {@code educheck history --format html} draws it. */
    static String chart(String title, List<Uploads.Finding> values, List<RunArchive.Year> years) {
        List<YearChart.Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Uploads.Finding f = values.get(i);
            points.add(f == null ? new YearChart.Point(years.get(i).year(), null, null, null, null)
                    : new YearChart.Point(years.get(i).year(), number(f.actual()), f.status(), number(f.required()), f.comparator()));
        }
        return YearChart.figure(title, points);
    }

    private static Double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : null;
    }

    static String show(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.4g", d);
        }
        return String.valueOf(v == null ? "–" : v);
    }
}
