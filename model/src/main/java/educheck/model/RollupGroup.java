package educheck.model;

import java.util.List;

/**
 * Every county-level district of one city or province (from the GB/T 2260 table in the rules), with what the run
 * knows of each: the fact roll-up rules judge ("70 % of Ningbo's counties recognised by 2022"). Inserted only in
 * roll-up sessions, so district rules never see it.
 *
 * @param jurisdiction the rule set it is judged by, e.g. CN-33-3302
 * @param code         the GB/T 2260 prefix, e.g. 3302; a roll-up finding's subject
 */
public record RollupGroup(String jurisdiction, String code, int year, List<CountyStatus> counties) {

    public int total() {
        return counties.size();
    }

    public int inRun() {
        return (int) counties.stream().filter(CountyStatus::inRun).count();
    }

    public int recognised() {
        return (int) counties.stream().filter(c -> Boolean.TRUE.equals(c.recognisedBy(year))).count();
    }

    /** Districts whose recognition the run cannot tell: missing from it, or checked with incomplete data. */
    public int undetermined() {
        return (int) counties.stream().filter(c -> c.recognisedBy(year) == null).count();
    }
}
