package educheck.checker.render;

import educheck.checker.report.ReportStream;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RectificationItem;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Finding;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.Waiver;
import educheck.model.Waivers;
import educheck.model.io.InputError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * The terminal report: for each district its verdict first, then the failures grouped by school, what is not
 * yet due or not assessed, figures reported for information, the rectification list, and a count by status.
 */
final class TextFormat implements ReportFormat {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public ReportStream open(Writer out, RunInfo run, RenderOptions options) {
        return new Stream(new PrintWriter(out), run, options);
    }

    private static final class Stream implements ReportStream {
        private final PrintWriter out;
        private final Labels words;
        private final boolean color;
        private Waivers waivers;

        Stream(PrintWriter out, RunInfo run, RenderOptions options) {
            this.out = out;
            this.words = new Labels(options.lang());
            this.color = options.color();
            // The version and why are printed only when there is more to say than "bundled": a plain run reads as it always did.
            String basis = words.ruleBasis(run);
            out.printf("%s · %s: %s (sha256 %s, %d)%s%n", words.get("report"), words.get("rules"), run.origin(),
                    run.sha256(), run.rules(), basis.isEmpty() ? "" : " · " + basis);
            Waivers w = run.waivers();
            if (w.file() != null) {
                out.printf("%s: %s (sha256 %s, %d, %s %s)%n", words.get("waivers"), w.file(), w.sha256(), w.size(),
                        words.get("asOf"), w.asOf());
            }
            out.println();
            this.waivers = w;
        }

        @Override
        public void district(DistrictReport d) {
            out.printf("■ %s %s · %d · %s%n", d.code(), d.name(), d.year(), paint(words.of(d.verdict()), d.verdict().name()));
            out.printf("  %s: %s%n", words.get("ruleSets"), String.join(" › ", d.jurisdictions()));
            for (StandardVerdict s : d.standards()) {
                out.printf("  %-9s %s  %s  (%s)%s%n", s.getStandard(), paint(words.of(s.getVerdict()), s.getVerdict().name()),
                        s.getTitle(), counts(s.getCounts()), s.isDraft() ? "  [" + words.get(s.decides() ? "draftDeciding"
                                : "draftAdvisory") + "]" : "");
            }
            grouped(d, Status.ERROR, "ruleErrors");
            grouped(d, Status.FAIL, "failures");
            grouped(d, Status.WAIVED, "waived");
            grouped(d, Status.WARN, "warnings");
            grouped(d, Status.SHORT_OF_AIM, "shortOfAim");
            grouped(d, Status.NOT_ASSESSED, "notAssessed");
            grouped(d, Status.INFO, "info");
            rectification(d);
            out.printf("%n  %s: %s%n%n", words.get("summary"), counts(d.countByStatus()));
            out.flush();
        }

        /** The findings of one status grouped by school, district-wide ones last; failures that decide nothing marked. */
        private void grouped(DistrictReport d, Status status, String heading) {
            String mark = Marks.of(status);
            Map<String, List<Finding>> bySchool = new LinkedHashMap<>();
            for (String id : d.names().keySet()) {
                bySchool.put(id, new ArrayList<>());
            }
            List<Finding> districtWide = new ArrayList<>();
            for (Finding f : d.findings()) {
                if (f.is(status)) {
                    String unit = d.unitOf(f);
                    (unit == null ? districtWide : bySchool.get(unit)).add(f);
                }
            }
            if (districtWide.isEmpty() && bySchool.values().stream().allMatch(List::isEmpty)) {
                return;
            }
            Predicate<Finding> deciding = d.deciding();
            boolean anyNotDeciding = status == Status.FAIL && d.findings().stream().anyMatch(f -> f.is(status) && !deciding.test(f));
            out.printf("%n  %s%n", words.get(heading));
            if (anyNotDeciding) {
                out.printf("    %s%n", words.get("notDecidingLegend"));
            }
            for (Map.Entry<String, List<Finding>> e : bySchool.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    out.printf("    %s %s%n", e.getKey(), d.names().get(e.getKey()));
                    e.getValue().forEach(f -> line(f, status == Status.FAIL && !deciding.test(f) ? "◇" : mark));
                }
            }
            if (!districtWide.isEmpty()) {
                out.printf("    %s%n", words.get("districtWide"));
                districtWide.forEach(f -> line(f, status == Status.FAIL && !deciding.test(f) ? "◇" : mark));
            }
        }

        /** The rectification list: by school, largest gap first. */
        private void rectification(DistrictReport d) {
            if (d.rectification().isEmpty()) {
                return;
            }
            out.printf("%n  %s%n", words.get("rectificationHeading"));
            for (TaskList.Group g : TaskList.of(d, words)) {
                out.printf("    %s%n", g.unit() == null ? g.name() : g.unit() + " " + g.name());
                for (TaskList.Task t : g.tasks()) {
                    RectificationItem r = t.item();
                    out.printf("      %s %-13s %-13s %s%n", paint("→", "WARN"), r.id(), r.subject(), t.text());
                }
            }
        }

        private void line(Finding f, String mark) {
            String shown = words.measure(f);
            out.printf("      %s %-13s %-22s %s: %s%n", paint(mark, f.getStatus().name()), f.getId(), f.getSubject(),
                    words.nameOf(f), shown);
            // The usual "3.6 (required ≥ 4.5), not met" repeats the line above; anything else explains it.
            String reason = tail(f.getMessage());
            if (f.getActual() != null && !Labels.onlyRepeatsTheFigures(reason) && !shown.contains(reason)) {
                out.printf("        %s%n", words.reason(reason));
            }
            out.printf("        %s · %s%s%n", f.getSource() == null ? "" : f.getSource(), f.getRule(), draftMark(f));
            if (f.getWaiver() != null) {
                out.printf("        %s%n", words.waiver(f.getWaiver(), f.is(Status.WAIVED)));
            }
        }

        /** A finding of a draft text (征求意见稿) says so beside its source. */
        private String draftMark(Finding f) {
            return f.isDraft() ? " · [" + words.get("draftText") + "]" : "";
        }

        private String counts(Map<Status, Integer> counts) {
            StringJoiner j = new StringJoiner(" · ");
            for (Status s : Status.values()) {
                j.add(words.of(s) + " " + counts.getOrDefault(s, 0));
            }
            return j.toString();
        }

        @Override
        public void finish(RunOutcome outcome) throws IOException {
            if (!outcome.rollups().isEmpty()) {
                out.printf("%s%n", words.get("rollups"));
                for (RollupReport r : outcome.rollups()) {
                    Finding f = r.finding();
                    out.printf("  %s %-6s %-6s %s · %d · %s: %s%n", paint(Marks.of(f.getStatus()), f.getStatus().name()), f.getId(),
                            f.getSubject(), paint(words.of(f.getStatus()), f.getStatus().name()), r.group().year(),
                            words.nameOf(f), words.measure(f));
                    if (f.getRequired() != null) {
                        // Without a required value (INFO) the measure column already carries the message.
                        out.printf("        %s%n", words.reason(tail(f.getMessage())));
                    }
                    out.printf("        %s · %s%s%n", f.getSource() == null ? "" : f.getSource(), f.getRule(), draftMark(f));
                }
                out.println();
            }
            if (!outcome.inputErrors().isEmpty()) {
                out.printf("%s%n", paint(words.get("inputErrors"), "FAIL"));
                for (InputError e : outcome.inputErrors()) {
                    out.printf("  %s%n", e.text(words.chinese()));
                }
                out.println();
            }
            waiverUses();
            StringJoiner j = new StringJoiner(" · ");
            for (Map.Entry<Verdict, Integer> e : outcome.verdicts().entrySet()) {
                if (e.getKey() != Verdict.NOT_SUBMITTED) {
                    j.add(words.of(e.getKey()) + " " + e.getValue());
                }
            }
            out.printf("%d %s: %s%n", outcome.districts(), words.get("districts"), j);
            if (outcome.ruleFaults() > 0) {
                out.printf("%s%n", paint(outcome.ruleFaults() + " " + words.get("ruleFaults"), "ERROR"));
            }
            out.flush();
        }

        private static String tail(String message) {
            int colon = message == null ? -1 : message.indexOf(": ");
            return colon < 0 ? String.valueOf(message) : message.substring(colon + 2);
        }

        /** What became of each waiver: applied, expired, or matched by nothing. None goes unmentioned. */
        private void waiverUses() {
            if (waivers.file() == null) {
                return;
            }
            out.printf("%s (%s %s)%n", words.get("waivers"), words.get("asOf"), waivers.asOf());
            for (Waivers.Use u : waivers.uses()) {
                Waiver w = u.waiver();
                String state = paint(String.format("%-9s", words.get(u.state().name())),
                        u.state() == Waivers.State.APPLIED ? "WAIVED" : "WARN");
                String note = switch (u.state()) {
                    case APPLIED -> u.findings() + " " + words.get("findingsCount") + " · " + words.get("until") + " " + w.expires();
                    case EXPIRED -> w.expires() + " · " + words.get("expiredNote");
                    case UNMATCHED -> words.get("unmatchedNote");
                };
                out.printf("  %s %4d  %s  %s%n", state, w.line(), w.target(), note);
            }
            out.println();
        }

        /** ANSI colour by status, only when writing to a terminal. */
        private String paint(String text, String status) {
            if (!color) {
                return text;
            }
            String code = switch (status) {
                case "PASS" -> "32";
                case "FAIL", "ERROR" -> "31;1";
                case "WARN", "SHORT_OF_AIM", "INCOMPLETE" -> "33";
                case "NOT_ASSESSED", "NOT_SUBMITTED" -> "36";
                case "INFO" -> "34";
                case "WAIVED" -> "35";
                default -> "0";
            };
            return "\u001b[" + code + "m" + text + "\u001b[0m";
        }
    }
}
