package educheck.checker.report;

import educheck.model.District;
import educheck.model.Finding;
import educheck.model.Measure;
import educheck.model.Measured;
import educheck.model.StandardVerdict;
import educheck.model.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little a roll-up needs to remember of a checked district, so a national run need not keep every finding.
 *
 * @param moe2017      the district's MoE-2017 verdict, or null when the standard did not run
 * @param declaredYear the year it declares it was recognised under MoE-2017, if any
 * @param measures     its numeric district-level open measures
 * @param parts        its parts of city and province targets (contributions with a measured value, reported or
 *                     not), which the roll-up adds up into the city's figure
 */
public record DistrictOutcome(String code, String name, int year, Verdict moe2017, Integer declaredYear,
                              Map<String, Double> measures, List<Finding> parts) {

    public static DistrictOutcome of(District d, DistrictReport report) {
        Measured declared = d.getQualityBalanceRecognizedYear();
        Map<String, Double> measures = new LinkedHashMap<>();
        for (Measure m : d.getMeasures()) {
            Measured value = m.measured();
            if (value.isPresent() && !value.isFlag()) {
                measures.put(m.getKey(), value.number());
            }
        }
        List<Finding> parts = report.findings().stream()
                .filter(f -> f.isContribution() && f.getMeasured() != null).toList();
        return new DistrictOutcome(d.getCode(), d.getName(), d.getYear(),
                report.standard("MoE-2017").map(StandardVerdict::getVerdict).orElse(null),
                declared.isPresent() ? (int) declared.number() : null, measures, parts);
    }
}
