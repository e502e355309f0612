package educheck.checker.run;

import educheck.checker.load.RuleSet;

import educheck.checker.report.DistrictOutcome;
import educheck.checker.report.RollupReport;
import educheck.model.CountyStatus;
import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.Force;
import educheck.model.Measured;
import educheck.model.RollupGroup;
import educheck.model.Status;
import educheck.rules.Comparison;
import educheck.rules.Judge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the targets a text sets for a city or province as a whole ({@code @binds("city")}, 全市…) on the city's own
 * figure, made from its districts' parts: each district's session reported its figure and weight as an INFO
 * contribution, and here they are added up, Σ numerator ÷ Σ denominator for a rate (children, schools or students
 * as the rule's ratio counts them) or Σ value for an amount, and compared once with the rule's {@code @required}.
 *
 * <p>The figure is made only over every district of the city (the county table in the rules): when one is missing
 * from the run, or did not report what its part needs, the target is NOT_ASSESSED naming them, never judged on part
 * of the city. A city short of its target names the districts pulling it down, largest gap first.
 */
final class CityFigures {

    /** The districts a message names at most before saying how many more. */
    private static final int NAMED = 8;

    private final RuleSet rules;

    CityFigures(RuleSet rules) {
        this.rules = rules;
    }

    /** One district's part of one city target: its contribution finding, or null when its rule found nothing. */
    private record Part(CountyStatus county, Finding finding) {
    }

    /** The city findings of one year's districts, one per city target and subject. */
    List<RollupReport> judge(int year, Map<String, DistrictOutcome> districts) {
        // rule (package, name) and city subject → each district's part, by district code
        Map<String, Map<String, Finding>> byTarget = new LinkedHashMap<>();
        Map<String, String> subjects = new LinkedHashMap<>();
        for (DistrictOutcome o : districts.values()) {
            for (Finding f : o.parts()) {
                String subject = citySubject(f, o.code(), prefixOf(f));
                String key = f.getRulePackage() + "\u0000" + f.getRuleName() + "\u0000" + subject;
                byTarget.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(o.code(), f);
                subjects.put(key, subject);
            }
        }
        List<RollupReport> reports = new ArrayList<>();
        byTarget.forEach((key, byDistrict) -> {
            Finding first = byDistrict.values().iterator().next();
            RollupGroup group = group(prefixOf(first), year, districts);
            reports.add(new RollupReport(judge(first, subjects.get(key), group, byDistrict), group));
        });
        return reports;
    }

    /** The GB/T 2260 prefix of the rule's own jurisdiction: 3303 for CN-33-3303, 31 for CN-31. */
    private String prefixOf(Finding f) {
        String jurisdiction = rules.jurisdictionOfPackage(f.getRulePackage());
        return jurisdiction.length() > 6 ? jurisdiction.substring(6) : jurisdiction.substring(3);
    }

    /** The district's subject with the city in its place: 330324/group-coverage → 3303/group-coverage. */
    private static String citySubject(Finding f, String districtCode, String prefix) {
        String s = f.getSubject();
        return s.startsWith(districtCode) ? prefix + s.substring(districtCode.length()) : prefix + "/" + s;
    }

    private RollupGroup group(String prefix, int year, Map<String, DistrictOutcome> districts) {
        List<CountyStatus> counties = new ArrayList<>();
        rules.counties().under(prefix).forEach((code, name) -> {
            DistrictOutcome o = districts.get(code);
            counties.add(o == null ? new CountyStatus(code, name, false, null, null, Map.of())
                    : new CountyStatus(code, o.name() == null ? name : o.name(), true, o.moe2017(), o.declaredYear(),
                            o.measures()));
        });
        String jurisdiction = prefix.length() == 2 ? "CN-" + prefix : "CN-" + prefix.substring(0, 2) + "-" + prefix;
        return new RollupGroup(jurisdiction, prefix, year, counties);
    }

    private Finding judge(Finding first, String subject, RollupGroup group, Map<String, Finding> byDistrict) {
        // Settled on the force and due year the districts' parts were made with: the rule as the run read it.
        Force force = first.getForce();
        Integer due = first.getDue();
        String label = first.getNameEn() != null ? first.getNameEn() : first.getId();
        String whole = first.getBinds().word();
        Finding.Builder b = Finding.builder(first.getId(), subject).source(first.getSource())
                .name(first.getName(), first.getNameEn()).due(first.getDue()).binds(first.getBinds())
                .force(first.getForce()).draft(first.isDraft()).rule(first.getRulePackage(), first.getRuleName())
                .required(first.getRequired(), first.getComparator());
        if (group.counties().isEmpty()) {
            return done(b.status(Judge.settled(force, due, group.year(), Status.NOT_ASSESSED)).message(label + ": not assessed, the rules hold no table of the "
                    + whole + "'s districts (" + group.code() + ")"), first);
        }
        List<String> absent = new ArrayList<>();
        List<String> unreported = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (CountyStatus c : group.counties()) {
            Finding f = byDistrict.get(c.code());
            if (!c.inRun()) {
                absent.add(c.code() + " " + c.name());
            } else if (f != null && !f.getMeasured().isPresent()) {
                unreported.add(c.code() + " " + c.name() + " (" + f.getMeasured().getMissing() + ")");
            } else {
                parts.add(new Part(c, f));
            }
        }
        Sums sums = Sums.of(parts);
        String over = sums.words(parts.size(), group.total());
        if (!absent.isEmpty() || !unreported.isEmpty()) {
            String why = (absent.isEmpty() ? "" : absent.size() + " of the " + whole + "'s " + group.total()
                    + " districts not in this run: " + named(absent))
                    + (absent.isEmpty() || unreported.isEmpty() ? "" : "; ")
                    + (unreported.isEmpty() ? "" : "not reported by " + named(unreported));
            String partial = parts.isEmpty() || sums.weightless() ? "" : "; over the districts that are: " + over;
            return done(b.status(Judge.settled(force, due, group.year(), Status.NOT_ASSESSED)).message(label + ": not assessed, the " + whole
                    + "'s figure needs every one of its districts: " + why + partial), first);
        }
        if (sums.weightless()) {
            return done(b.status(Status.INFO).message(label + ": the " + whole + " has nothing this target counts ("
                    + over + "); nothing to judge"), first);
        }
        double value = sums.value();
        double required = ((Number) first.getRequired()).doubleValue();
        String cmp = first.getComparator();
        boolean met = Comparison.meets(value, cmp, required);
        Status status = Judge.settled(force, due, group.year(), met ? Status.PASS : Status.FAIL);
        boolean baseline = force == Force.BASELINE;
        String words = label + ": " + Figures.format(Figures.round(value)) + " across the " + whole
                + (baseline ? " (baseline " : " (required ") + Comparison.symbol(cmp) + " " + Figures.format(required)
                + "; " + over + ")"
                + (baseline ? (met ? ", at or beyond it" : ", below it") + Judge.shortfallWords(force, due, group.year(), status)
                : met ? ", met" : ", not met" + Judge.shortfallWords(force, due, group.year(), status)
                + pullingDown(parts, sums, cmp, required));
        return done(b.status(status).actual(Figures.round(value)).measured(sums.measured(first)).message(words), first);
    }

    private Finding done(Finding.Builder b, Finding first) {
        Finding f = b.build();
        f.setRule(first.getRule() != null ? first.getRule() : rules.index().fileOf(first.getRulePackage(), first.getRuleName()));
        return f;
    }

    /** The districts whose own figure misses the target, largest gap (weighted) first. */
    private static String pullingDown(List<Part> parts, Sums sums, String cmp, double required) {
        List<Part> below = new ArrayList<>();
        for (Part p : parts) {
            if (p.finding() != null && !Comparison.meets(p.finding().getMeasured().number(), cmp, required)) {
                below.add(p);
            }
        }
        if (below.isEmpty()) {
            return "";
        }
        below.sort(Comparator.comparingDouble((Part p) -> -gap(p, sums, cmp, required)));
        List<String> names = new ArrayList<>();
        for (Part p : below) {
            Measured m = p.finding().getMeasured();
            names.add(p.county().code() + " " + p.county().name() + " " + Figures.format(Figures.round(m.number()))
                    + (m.getDenominator() == null ? "" : " (" + Figures.format(Figures.round(m.getDenominator())) + ")"));
        }
        return "; pulling it down: " + named(names);
    }

    /** How far a district's part sits from the target, counted in the city's terms (its weight included). */
    private static double gap(Part p, Sums sums, String cmp, double required) {
        Measured m = p.finding().getMeasured();
        double weight = sums.additive() || m.getDenominator() == null ? 1 : m.getDenominator();
        double distance = Math.abs(m.number() - required);
        return weight * distance;
    }

    private static String named(List<String> items) {
        if (items.size() <= NAMED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, NAMED)) + " and " + (items.size() - NAMED) + " more";
    }

    /**
     * The sums the city's figure is made of: Σ numerator and Σ denominator of a rate, or Σ value of an amount. A
     * district whose rule found nothing to count (no school in scope, say) adds nothing.
     */
    private record Sums(boolean additive, double numerator, double denominator, double scale, double total) {

        static Sums of(List<Part> parts) {
            boolean additive = false;
            double num = 0;
            double den = 0;
            double scale = 1;
            double total = 0;
            for (Part p : parts) {
                if (p.finding() == null) {
                    continue;
                }
                Measured m = p.finding().getMeasured();
                if (m.getDenominator() == null) {
                    additive = true;
                    total += m.number();
                } else {
                    num += m.getNumerator();
                    den += m.getDenominator();
                    scale = m.getScale();
                }
            }
            return new Sums(additive, num, den, scale, total);
        }

        boolean weightless() {
            return !additive && denominator == 0;
        }

        double value() {
            return additive ? total : scale * numerator / denominator;
        }

        String words(int districts, int of) {
            String counted = additive ? "total " + Figures.format(Figures.round(total))
                    : Figures.format(Figures.round(numerator)) + " / " + Figures.format(Figures.round(denominator));
            return counted + " over " + districts + " of " + of + " districts";
        }

        Measured measured(Finding first) {
            Measured m = first.getMeasured();
            return additive ? Measured.of(m.getField(), total).summed()
                    : Measured.ratio(m.getField(), numerator, denominator, scale, m.getUnit(), m.isWholeUnits());
        }
    }
}
