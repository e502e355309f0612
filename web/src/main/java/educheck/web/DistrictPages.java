package educheck.web;

import educheck.checker.render.YearChart;
import educheck.store.Uploads;
import gg.jte.Content;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A district's page (district.jte): its runs, one small chart per district-wide indicator, and what changed since the run before. */
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

    /** The page as district.jte shows it; {@code diff} null when there is nothing to compare ({@code diffNote} says why). */
    record View(List<RunRow> runs, Pager pager, String diffNote, Diff diff) {
    }

    /** A run of the district; {@code link}: the user may open it. */
    record RunRow(String id, boolean link, String time, int year, String verdict, String verdictWord, String user, String rules) {
    }

    /** Links to the newer and older pages (null: none) and where this page is. */
    record Pager(String newer, String of, String older) {
    }

    record Diff(long from, long to, String rulesChanged, List<ChangeRow> rows) {
    }

    /** A finding that changed; {@code sameValue} notes that only the rules moved it (null: not so). */
    record ChangeRow(String status, String indicator, String subject, String kind, Cell before, Cell after, String sameValue) {
    }

    /** A status with its value, or nothing ({@code status} null). */
    record Cell(String status, String word, String value) {
    }

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
        Layout.Frame frame = Layout.frame(ctx, title);
        if (runs.isEmpty()) {
            ctx.status(404);
            View none = new View(List.of(), null, null, null);
            Layout.send(ctx, out -> JtedistrictGenerated.render(out, null, frame, none, List.of()));
            return;
        }
        List<RunRow> rows = new ArrayList<>();
        for (Uploads.Upload r : runs) {
            for (Uploads.District d : r.districts()) {
                if (d.code().equals(code)) {
                    // An inspector sees the district's whole history, and links only to the runs they may open.
                    rows.add(new RunRow(String.valueOf(r.runId()), ReadAccess.mayRead(ctx, r), ReportPages.TIME.format(r.at()), d.year(),
                            d.verdict(), Layout.word(ctx, d.verdict()), ReportPages.uploader(w, r), r.rules().shown()));
                }
            }
        }
        List<Uploads.Upload> compared = page == 1 && runs.size() > 1 ? runs : archive.ofDistrict(code, 0, 2);
        View view;
        if (compared.size() < 2) {
            view = new View(rows, pager(w, code, page, total), w.get("district.noDiff"), null);
        } else {
            Diff diff = diff(ctx, code, compared, w);
            view = new View(rows, pager(w, code, page, total), diff == null ? w.get("district.same") : null, diff);
        }
        List<Content> charts = new ArrayList<>();
        for (Map.Entry<String, List<Uploads.Finding>> s : series(code, years).entrySet()) {
            charts.add(chart(title(s.getValue(), w), s.getValue(), years));
        }
        Layout.send(ctx, out -> JtedistrictGenerated.render(out, null, frame, view, charts));
    }

    /** The page of the history asked for ({@code ?page=N}, from 1); anything else is the first. */
    private static int pageAskedFor(Context ctx) {
        String p = ctx.queryParam("page");
        return p != null && p.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(p) : 1;
    }

    /** Links to the newer and older pages of the history, with where this page is; null when there is one page. */
    private static Pager pager(Words w, String code, int page, int total) {
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        if (pages == 1) {
            return null;
        }
        return new Pager(page > 1 ? "/districts/" + code + "?page=" + (page - 1) : null, w.format("pager.of", page, pages, total),
                page < pages ? "/districts/" + code + "?page=" + (page + 1) : null);
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

    /** What changed between the district's latest run (year first) and the one before it in the same order; null: nothing. */
    private Diff diff(Context ctx, String code, List<Uploads.Upload> runs, Words w) throws IOException {
        List<Change> changes = changes(archive.findings(runs.get(1).runId(), code), archive.findings(runs.get(0).runId(), code));
        if (changes.isEmpty()) {
            return null;
        }
        boolean byRules = !runs.get(1).rules().sameAs(runs.get(0).rules());
        List<ChangeRow> rows = new ArrayList<>();
        for (Change c : changes) {
            boolean sameValue = byRules && !c.kind().equals("VALUE") && java.util.Objects.equals(c.before().actual(), c.after().actual());
            rows.add(new ChangeRow(c.after().status(), c.after().indicator(), c.after().subject(), w.get("diff." + c.kind()),
                    cell(ctx, c.before().status(), c.before().actual()), cell(ctx, c.after().status(), c.after().actual()),
                    sameValue ? w.get("district.sameValue") : null));
        }
        return new Diff(runs.get(1).runId(), runs.get(0).runId(),
                byRules ? w.format("district.rulesChanged", runs.get(1).rules().shown(), runs.get(0).rules().shown()) : null, rows);
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

    private static Cell cell(Context ctx, String status, Object actual) {
        return status == null ? new Cell(null, null, null) : new Cell(status, Layout.word(ctx, status), show(actual));
    }

    /** The indicator's value year by year against its requirement, drawn as {@code educheck history --format html} draws it. */
    static Content chart(String title, List<Uploads.Finding> values, List<RunArchive.Year> years) {
        List<YearChart.Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Uploads.Finding f = values.get(i);
            points.add(f == null ? new YearChart.Point(years.get(i).year(), null, null, null, null)
                    : new YearChart.Point(years.get(i).year(), number(f.actual()), f.status(), number(f.required()), f.comparator()));
        }
        return YearChart.content(title, points);
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
