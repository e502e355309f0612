package educheck.checker.report;

import educheck.model.District;
import educheck.model.Measure;
import educheck.model.Measured;
import educheck.model.StandardVerdict;
import educheck.model.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The little a roll-up needs to remember of a checked district, so a national run need not keep every finding.
 *
 * @param moe2017      the district's MoE-2017 verdict, or null when the standard did not run
 * @param declaredYear the year it declares it was recognised under MoE-2017, if any
 * @param measures     its numeric district-level open measures
 */
public record DistrictOutcome(String code, String name, int year, Verdict moe2017, Integer declaredYear,
                              Map<String, Double> measures) {

    public static DistrictOutcome of(District d, DistrictReport report) {
        Measured declared = d.getQualityBalanceRecognizedYear();
        Map<String, Double> measures = new LinkedHashMap<>();
        for (Measure m : d.getMeasures()) {
            Measured value = m.measured();
            if (value.isPresent() && !value.isFlag()) {
                measures.put(m.getKey(), value.number());
            }
        }
        return new DistrictOutcome(d.getCode(), d.getName(), d.getYear(),
                report.standard("MoE-2017").map(StandardVerdict::getVerdict).orElse(null),
                declared.isPresent() ? (int) declared.number() : null, measures);
    }
}
