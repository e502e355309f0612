package educheck.model.io;

import educheck.model.io.WorkbookSheet.Row;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Puts a workbook's rows together district by district and has each district read exactly as an XML district is:
 * its rows are written out as the district's XML, which the same binder, schema and checks read. Each line of that
 * XML remembers the row it came from, so an error the schema or the checks find is reported at the sheet, row and
 * key where the clerk typed the value.
 */
final class WorkbookDistricts {

    /** One school or kindergarten row and the rows that belong to it. */
    private static final class Unit {
        final Row row;
        final List<Row> sections = new ArrayList<>();
        final List<Row> rooms = new ArrayList<>();
        final List<Row> measures = new ArrayList<>();

        Unit(Row row) {
            this.row = row;
        }
    }

    /** One district's rows from every sheet. */
    private static final class Build {
        final Row row;
        final List<InputError> errors = new ArrayList<>();
        final List<Row> measures = new ArrayList<>();
        final List<Row> previous = new ArrayList<>();
        final List<Row> vetoes = new ArrayList<>();
        final Map<String, Unit> schools = new LinkedHashMap<>();
        final Map<String, Unit> kindergartens = new LinkedHashMap<>();

        Build(Row row) {
            this.row = row;
        }
    }

    private final Path file;
    private Consumer<String> xmlSink;
    private final Map<String, WorkbookSheet> sheets = new HashMap<>();
    private final Map<String, Build> districts = new LinkedHashMap<>();
    private final List<Build> duplicates = new ArrayList<>();
    /** Errors of rows whose district is not in the district sheet, by the code they name. */
    private final Map<String, List<InputError>> orphans = new LinkedHashMap<>();

    private WorkbookDistricts(Path file, List<WorkbookSheet> read) {
        this.file = file;
        read.forEach(s -> sheets.put(s.layout.key(), s));
    }

    static FileSummary assemble(Path file, List<WorkbookSheet> read, SubmissionReader binder, Consumer<DistrictInput> sink,
            Consumer<String> xmlSink) {
        WorkbookDistricts w = new WorkbookDistricts(file, read);
        w.xmlSink = xmlSink;
        List<InputError> shape = w.missingLinks();
        if (!shape.isEmpty()) {
            return new FileSummary(file, null, 0, shape);
        }
        w.group();
        if (w.districts.isEmpty() && w.duplicates.isEmpty() && w.orphans.isEmpty()) {
            return new FileSummary(file, null, 0, List.of(new InputError(file, 0, 0, null, new Wording(
                    "no district in the workbook: the sheet '区县 district' needs a row for each district, from row 3",
                    "工作簿中没有区县：“区县 district”表须从第 3 行起每个区县填一行"))));
        }
        return w.emit(binder, sink);
    }

    /** A sheet with rows needs its link columns, or no row of it can be placed. */
    private List<InputError> missingLinks() {
        List<InputError> errors = new ArrayList<>();
        for (WorkbookSheet s : sheets.values()) {
            if (s.rows.isEmpty()) {
                continue;
            }
            for (String link : s.layout.key().equals(WorkbookLayout.DISTRICT) ? List.of("code")
                    : s.layout.key().equals(WorkbookLayout.SECTION) || s.layout.key().equals(WorkbookLayout.ROOM)
                    ? List.of(WorkbookLayout.DISTRICT, WorkbookLayout.SCHOOL) : List.of(WorkbookLayout.DISTRICT)) {
                if (s.slot(link) < 0) {
                    errors.add(new InputError(file, 0, 0, s.atCell("2:2", link), new Wording(
                            "no column with the key '" + link + "'; each row must say which " + link + " it belongs to",
                            "缺少键为 '" + link + "' 的列；每一行都须注明所属的 " + link)));
                }
            }
        }
        return errors;
    }

    private void group() {
        WorkbookSheet d = sheets.get(WorkbookLayout.DISTRICT);
        if (d != null) {
            for (Row r : d.rows) {
                String code = r.get(d.slot("code"));
                Build b = new Build(r);
                if (code == null || districts.containsKey(code)) {
                    duplicates.add(b);
                } else {
                    districts.put(code, b);
                }
            }
        }
        rowsOf(WorkbookLayout.SCHOOL, (b, s, r) -> unit(b.schools, s, r, "id"));
        rowsOf(WorkbookLayout.KINDERGARTEN, (b, s, r) -> unit(b.kindergartens, s, r, "id"));
        rowsOf(WorkbookLayout.SECTION, (b, s, r) -> owner(b, s, r, WorkbookLayout.SCHOOL, b.schools).ifPresent(u -> u.sections.add(r)));
        rowsOf(WorkbookLayout.ROOM, (b, s, r) -> owner(b, s, r, WorkbookLayout.SCHOOL, b.schools).ifPresent(u -> u.rooms.add(r)));
        rowsOf(WorkbookLayout.MEASURE, this::measure);
        rowsOf(WorkbookLayout.PREVIOUS, (b, s, r) -> b.previous.add(r));
        rowsOf(WorkbookLayout.VETO, (b, s, r) -> b.vetoes.add(r));
    }

    private interface RowSink {
        void accept(Build district, WorkbookSheet sheet, Row row);
    }

    private void rowsOf(String key, RowSink sink) {
        WorkbookSheet s = sheets.get(key);
        if (s == null) {
            return;
        }
        int slot = s.slot(WorkbookLayout.DISTRICT);
        for (Row r : s.rows) {
            String code = r.get(slot);
            Build b = code == null ? null : districts.get(code);
            if (b == null) {
                List<InputError> errors = orphans.computeIfAbsent(String.valueOf(code), c -> new ArrayList<>());
                errors.add(new InputError(file, 0, 0, s.at(r.number, WorkbookLayout.DISTRICT), code == null
                        ? new Wording("no district code: say which district the row belongs to", "未填区县代码：请注明本行所属区县")
                        : new Wording("district " + code + " is not in the district sheet; add its row there or correct the code",
                        "区县 " + code + " 不在区县表（district）中；请在该表中补充，或改正代码")));
                addAll(errors, r.errors);
                continue;
            }
            addAll(b.errors, r.errors);
            sink.accept(b, s, r);
        }
    }

    /** A row's faults; the one that stands for the faults past the workbook's limit is said once a district. */
    private static void addAll(List<InputError> to, List<InputError> rowErrors) {
        if (rowErrors == null) {
            return;
        }
        for (InputError e : rowErrors) {
            if (e.field() != null || !to.contains(e)) {
                to.add(e);
            }
        }
    }

    private static void unit(Map<String, Unit> units, WorkbookSheet s, Row r, String idKey) {
        String id = r.get(s.slot(idKey));
        // A repeated or missing id is left to the checks every submission gets; its rows still go into the XML.
        units.put(id == null || units.containsKey(id) ? "\0" + r.number : id, new Unit(r));
    }

    private java.util.Optional<Unit> owner(Build b, WorkbookSheet s, Row r, String kind, Map<String, Unit> units) {
        String id = r.get(s.slot(kind));
        Unit u = id == null ? null : units.get(id);
        if (u == null) {
            String sheetName = sheets.containsKey(kind) ? sheets.get(kind).name : kind;
            b.errors.add(new InputError(file, 0, 0, s.at(r.number, kind), id == null
                    ? new Wording("no " + kind + " id: say which " + kind + " the row belongs to", "未填" + zh(kind) + "编号：请注明本行所属" + zh(kind))
                    : new Wording(kind + " '" + id + "' of district " + r.get(s.slot(WorkbookLayout.DISTRICT)) + " is not in the sheet "
                    + sheetName + "; add its row there or correct the id", zh(kind) + " '" + id + "' 不在“" + sheetName
                    + "”表中（区县 " + r.get(s.slot(WorkbookLayout.DISTRICT)) + "）；请在该表中补充，或改正编号")));
        }
        return java.util.Optional.ofNullable(u);
    }

    private static String zh(String kind) {
        return kind.equals(WorkbookLayout.SCHOOL) ? "学校" : "幼儿园";
    }

    private void measure(Build b, WorkbookSheet s, Row r) {
        boolean school = r.get(s.slot(WorkbookLayout.SCHOOL)) != null;
        boolean kindergarten = r.get(s.slot(WorkbookLayout.KINDERGARTEN)) != null;
        if (school && kindergarten) {
            b.errors.add(new InputError(file, 0, 0, s.at(r.number, WorkbookLayout.KINDERGARTEN), new Wording(
                    "a measure belongs to a school or a kindergarten, not both; clear one of the two cells",
                    "一项指标只能属于学校或幼儿园之一；请清空其中一个单元格")));
        } else if (school) {
            owner(b, s, r, WorkbookLayout.SCHOOL, b.schools).ifPresent(u -> u.measures.add(r));
        } else if (kindergarten) {
            owner(b, s, r, WorkbookLayout.KINDERGARTEN, b.kindergartens).ifPresent(u -> u.measures.add(r));
        } else {
            b.measures.add(r);
        }
    }

    private FileSummary emit(SubmissionReader binder, Consumer<DistrictInput> sink) {
        WorkbookSheet d = sheets.get(WorkbookLayout.DISTRICT);
        Integer fileYear = null;
        Set<String> codes = new HashSet<>();
        int count = 0;
        List<Build> all = new ArrayList<>(districts.values());
        all.addAll(duplicates);
        all.sort((a, b) -> Integer.compare(a.row.number, b.row.number));
        for (Build b : all) {
            String code = b.row.get(d.slot("code"));
            Integer year = year(d, b);
            if (year != null && fileYear == null) {
                fileYear = year;
            } else if (year != null && !year.equals(fileYear)) {
                b.errors.add(new InputError(file, 0, 0, d.at(b.row.number, "year"), new Wording(
                        "this workbook's districts are for " + fileYear + "; one file holds one year, as an XML file does: put "
                                + year + " in a workbook of its own", "本工作簿的区县为 " + fileYear + " 年；一个文件只含一个年度（与 XML 相同）："
                        + "请把 " + year + " 年的数据放在另一个工作簿中")));
            }
            if (b.row.errors != null) {
                List<InputError> own = new ArrayList<>(b.row.errors);
                own.removeIf(e -> e.field() == null && b.errors.contains(e));
                b.errors.addAll(0, own);
            }
            count++;
            sink.accept(bind(binder, d, b, code, year == null ? 0 : year, codes));
        }
        for (Map.Entry<String, List<InputError>> o : orphans.entrySet()) {
            count++;
            sink.accept(new DistrictInput(file, fileYear == null ? 0 : fileYear, o.getKey().equals("null") ? null : o.getKey(),
                    null, SubmissionReader.capped(file, o.getValue())));
        }
        return new FileSummary(file, fileYear, count, List.of());
    }

    private Integer year(WorkbookSheet d, Build b) {
        String text = b.row.get(d.slot("year"));
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        b.errors.add(new InputError(file, 0, 0, d.at(b.row.number, "year"), text == null
                ? new Wording("no year: the year assessed goes in the district's year column", "未填年度：请在区县表的 year 列填写评估年度")
                : new Wording("'" + text + "' is not a year from 2000 to 2100", "'" + text + "' 不是 2000 至 2100 之间的年份")));
        return null;
    }

    private DistrictInput bind(SubmissionReader binder, WorkbookSheet d, Build b, String code, int year, Set<String> codes) {
        WorkbookXml xml = new WorkbookXml();
        xml.district(d, b.row);
        writeChildren(xml, b);
        xml.end("district", d, b.row);
        DistrictInput read = binder.bindDistrict(file, year, new StringReader(xml.text()), codes);
        if (xmlSink != null) {
            xmlSink.accept(xml.text());
        }
        List<InputError> errors = new ArrayList<>(b.errors);
        for (InputError e : read.errors()) {
            WorkbookSheet sheet = xml.sheetOfLine(e.line());
            Row row = xml.rowOfLine(e.line());
            if (sheet == null) {
                sheet = d;
                row = b.row;
            }
            errors.add(new InputError(file, 0, 0, sheet.at(row.number, keyOf(e.field())), e.message(), e.messageZh()));
        }
        return new DistrictInput(file, year, code, year == 0 ? null : read.district(), SubmissionReader.capped(file, errors));
    }

    private void writeChildren(WorkbookXml xml, Build b) {
        WorkbookSheet d = sheets.get(WorkbookLayout.DISTRICT);
        xml.vetoes(d, b.row, sheets.get(WorkbookLayout.VETO), b.vetoes, b.errors);
        children(xml, "measure", WorkbookLayout.MEASURE, b.measures);
        if (!b.previous.isEmpty()) {
            xml.previous(sheets.get(WorkbookLayout.PREVIOUS), b.previous, b.errors);
        }
        WorkbookSheet schools = sheets.get(WorkbookLayout.SCHOOL);
        for (Unit s : b.schools.values()) {
            xml.element("school", schools, s.row, false, Set.of());
            children(xml, "section", WorkbookLayout.SECTION, s.sections);
            children(xml, "room", WorkbookLayout.ROOM, s.rooms);
            children(xml, "measure", WorkbookLayout.MEASURE, s.measures);
            xml.end("school", schools, s.row);
        }
        WorkbookSheet kindergartens = sheets.get(WorkbookLayout.KINDERGARTEN);
        for (Unit k : b.kindergartens.values()) {
            xml.element("kindergarten", kindergartens, k.row, false, Set.of());
            children(xml, "measure", WorkbookLayout.MEASURE, k.measures);
            xml.end("kindergarten", kindergartens, k.row);
        }
    }

    private void children(WorkbookXml xml, String element, String sheetKey, List<Row> rows) {
        WorkbookSheet sheet = sheets.get(sheetKey);
        for (Row r : rows) {
            xml.element(element, sheet, r, true, Set.of());
        }
    }

    /** {@code school[S1]/section[PRIMARY]/@students} → {@code students}: the key of the column at fault. */
    static String keyOf(String field) {
        if (field == null || field.isEmpty()) {
            return "code";
        }
        String last = field.substring(field.lastIndexOf('/') + 1);
        if (last.startsWith("@")) {
            last = last.substring(1);
        }
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    /** Merged cells over data rows: the value sits in the first cell only, so the others would read as blank. */
    static void merges(WorkbookSheet sheet, List<String> merges) {
        if (merges.isEmpty()) {
            return;
        }
        // Looked up by row number, as a sheet may hold up to the row limit and ten thousand ranges.
        List<Row> byNumber = new ArrayList<>(sheet.rows);
        byNumber.sort(java.util.Comparator.comparingInt(r -> r.number));
        int[] numbers = byNumber.stream().mapToInt(r -> r.number).toArray();
        for (String range : merges) {
            if (range == null || !range.contains(":")) {
                continue;
            }
            String first = range.substring(0, range.indexOf(':'));
            int from = WorkbookSheet.rowIndex(first);
            int to = WorkbookSheet.rowIndex(range.substring(range.indexOf(':') + 1));
            int i = java.util.Arrays.binarySearch(numbers, from);
            i = i < 0 ? -i - 1 : i;
            if (i < numbers.length && numbers[i] <= to) {
                byNumber.get(i).error(new InputError(sheet.file, 0, 0, sheet.atCell(first, null), new Wording(
                        "merged cells " + range + " over data: unmerge them and put each value in its own cell",
                        "数据区域中有合并单元格 " + range + "：请取消合并，每个值填在各自的单元格中")));
            }
        }
    }
}
