package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.SampleChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    private static final String PINGJIANG = SampleChecks.render("csv", RenderOptions.Lang.ZH, SampleChecks.FAILING);

    @Test
    void startsWithAByteOrderMarkAndTheHeader() {
        assertThat(PINGJIANG).startsWith("\uFEFFkind,year,district,districtName,id,subject,status,actual,required,comparator,decides,name,source,rule,message,binds,force,draft\r\n");
    }

    @Test
    void startsWithTheRulesThatMadeTheRowsAndWhy() {
        List<Map<String, String>> rows = CsvReader.read(PINGJIANG);
        assertThat(rows.get(0)).containsEntry("kind", "ruleSet").containsEntry("subject", "bundled").containsEntry("source", "bundled")
                .containsEntry("id", "");
        assertThat(rows.get(0).get("rule")).matches("[0-9a-f]{64}");
        assertThat(rows.get(0).get("message")).startsWith("规则: bundled (sha256 " + rows.get(0).get("rule") + ", ");
    }

    @Test
    void hasOneRowPerFindingAtFullPrecision() {
        List<Map<String, String>> rows = CsvReader.read(PINGJIANG).stream().skip(1).toList();
        int findings = SampleChecks.check(SampleChecks.FAILING).only().findings().size();
        assertThat(rows).hasSize(findings).allSatisfy(r -> assertThat(r.get("kind")).isEqualTo("finding"));
        Map<String, String> p08 = rows.stream().filter(r -> r.get("id").equals("CN.CE.RES.7") && r.get("subject").equals("P08/PRIMARY"))
                .findFirst().orElseThrow();
        assertThat(p08).containsEntry("status", "FAIL").containsEntry("actual", "2.0635").containsEntry("required", "2.3")
                .containsEntry("comparator", ">=").containsEntry("decides", "false").containsEntry("districtName", "平江县")
                .containsEntry("name", "每百名学生拥有网络多媒体教室数").containsEntry("rule", "CN/compulsory-resources.drl");
        assertThat(p08.get("message")).isEqualTo("networked multimedia classrooms per 100 students: 2.0635 (required ≥ 2.3), not met");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndDefusesFormulas() {
        assertThat(Csv.quote("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(PINGJIANG).contains(",\"school layout planned reasonably, to national requirements: yes (required = yes), met\",district,binding,false\r\n");
    }

    @Test
    void addsRollupRowsAfterTheDistricts() {
        String zj = SampleChecks.render("csv", RenderOptions.Lang.EN, SampleChecks.RULES.resolve("CN-33/fixtures/zj1-2022-met.xml"));
        List<Map<String, String>> rows = CsvReader.read(zj);
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("kind", "rollup").containsEntry("id", "ZJ.1")
                .containsEntry("district", "CN-33"));
        assertThat(rows.get(rows.size() - 1).get("kind")).isEqualTo("rollup");
    }

    /** RFC 4180 read back, so the tests see what a spreadsheet would. */
    static final class CsvReader {
        static List<Map<String, String>> read(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> r : records.subList(1, records.size())) {
                assertThat(r).as("fields of " + r).hasSize(header.size());
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), r.get(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
