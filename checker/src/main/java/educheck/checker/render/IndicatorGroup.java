package educheck.checker.render;

import java.util.Comparator;
import java.util.List;

/**
 * The groups a summary counts findings in: the parts of MoE-2017 (RES, GOV, QUA; SOC, PRE and VETO together),
 * MoE-2020 (PK), then each local set by the prefix of its IDs (SH, CM, ZJ, NB …).
 */
final class IndicatorGroup {

    private static final List<String> NATIONAL = List.of("RES", "GOV", "QUA", "SOC/PRE/VETO", "PK");

    /** National groups in catalogue order, then local prefixes alphabetically. */
    static final Comparator<String> ORDER = Comparator
            .comparingInt((String g) -> NATIONAL.contains(g) ? NATIONAL.indexOf(g) : NATIONAL.size())
            .thenComparing(Comparator.naturalOrder());

    private IndicatorGroup() {
    }

    static String of(String id) {
        if (id.startsWith("CN.CE.")) {
            String part = id.substring(6, id.indexOf('.', 6) < 0 ? id.length() : id.indexOf('.', 6));
            return switch (part) {
                case "RES", "GOV", "QUA" -> part;
                default -> "SOC/PRE/VETO";
            };
        }
        if (id.startsWith("CN.PK.")) {
            return "PK";
        }
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    /** The group's name in the report language. */
    static String name(String group, Labels words) {
        String key = "group." + group;
        String name = words.get(key);
        return name.equals(key) ? (words.zh() ? "地方指标 " : "local set ") + group : name;
    }
}
