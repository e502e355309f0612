package educheck.model;

import java.util.Map;

/**
 * One county-level district of a roll-up's city or province, as far as the run knows it.
 *
 * @param inRun        the district was checked in this run
 * @param moe2017      its MoE-2017 verdict in this run; null when not in the run
 * @param declaredYear the year it declares it was officially recognised under MoE-2017, if any
 * @param measures     its district-level open measures, for roll-ups that add them up
 */
public record CountyStatus(String code, String name, boolean inRun, Verdict moe2017, Integer declaredYear,
                           Map<String, Double> measures) {

    /**
     * Whether the district counts as recognised by {@code year}: TRUE when it declares a recognition year up to
     * then or passes MoE-2017 in this run, FALSE when it was checked and failed without a declaration, null when
     * the run cannot tell (not submitted, or incomplete data).
     */
    public Boolean recognisedBy(int year) {
        if (declaredYear != null && declaredYear <= year) {
            return Boolean.TRUE;
        }
        if (moe2017 == Verdict.PASS) {
            return Boolean.TRUE;
        }
        return moe2017 == Verdict.FAIL ? Boolean.FALSE : null;
    }

    /** How its recognition was established, for the report. */
    public String basis(int year) {
        if (declaredYear != null && declaredYear <= year) {
            return "declared recognised in " + declaredYear;
        }
        if (!inRun) {
            return "not in this run";
        }
        return moe2017 == null ? "no MoE-2017 verdict" : "MoE-2017 " + moe2017 + " in this run";
    }
}
