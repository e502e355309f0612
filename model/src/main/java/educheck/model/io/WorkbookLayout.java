package educheck.model.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The sheets and columns of a submission workbook, read from the submission schema: the keys are the XML's element
 * and attribute names, the cell comments its annotations, the drop-downs its enumerations. One source for both
 * file kinds, so a field added to the XSD appears in the workbook without a second edit.
 */
final class WorkbookLayout {

    /** How a cell's value is written in the XML, which decides how a cell is read and written. */
    enum Kind { TEXT, DECIMAL, INTEGER, BOOLEAN, ENUMERATION }

    /**
     * @param key      the XML name, as in row 2
     * @param label    the Chinese label with its unit, as in row 1
     * @param comment  what it means (the XSD's annotation), as the cell comment of row 1
     * @param values   the allowed values of an enumeration (or true/false), else empty
     * @param required the XML requires it
     * @param share    a fraction from 0 to 1, shown as a percentage
     */
    record Column(String key, String label, String comment, Kind kind, List<String> values, boolean required, boolean share) {
        boolean numeric() {
            return kind == Kind.DECIMAL || kind == Kind.INTEGER;
        }
    }

    /** One sheet: its key (the English word that ends its name), its Chinese label and its columns in order. */
    record Sheet(String key, String label, List<Column> columns) {
        String name() {
            return label + " " + key;
        }

        Column column(String key) {
            for (Column c : columns) {
                if (c.key().equals(key)) {
                    return c;
                }
            }
            return null;
        }
    }

    static final String DISTRICT = "district";
    static final String SCHOOL = "school";
    static final String SECTION = "section";
    static final String ROOM = "room";
    static final String KINDERGARTEN = "kindergarten";
    static final String MEASURE = "measure";
    static final String PREVIOUS = "previous";
    static final String VETO = "veto";

    /** The district's {@code vetoes} column: blank is not reported, NONE an empty {@code <vetoes/>}, LISTED rows in the veto sheet. */
    static final String VETOES_NONE = "NONE";
    static final String VETOES_LISTED = "LISTED";

    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}][\\p{IsHan}、，0-9（）]*[\\p{IsHan}）]|[\\p{IsHan}]");

    /** Labels for the keys whose annotation has no Chinese words (or none at all). */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("code", "行政区划代码"), Map.entry("name", "名称"), Map.entry("year", "年度（年）"),
            Map.entry("district", "区县代码"), Map.entry("school", "学校编号"), Map.entry("kindergarten", "幼儿园编号"),
            Map.entry("id", "编号"), Map.entry("type", "学校类型"), Map.entry("location", "城乡类型"),
            Map.entry("level", "学段"), Map.entry("kind", "类别"), Map.entry("area", "面积（m²）"),
            Map.entry("ownership", "办园性质"), Map.entry("key", "指标名"), Map.entry("value", "值"),
            Map.entry("vetoes", "一票否决情况"), Map.entry("text", "说明"),
            Map.entry("nearbyEnrollmentJunior", "初中就近划片入学比例（0–1）"),
            Map.entry("qualityBalanceRecognizedYear", "优质均衡认定年份（年）"),
            Map.entry("basicBalanceRecognizedYear", "基本均衡认定年份（年）"),
            Map.entry("performancePayFullyApproved", "足额核定绩效工资总量"),
            Map.entry("trainingCompletionRate", "教师5年360学时培训完成率（0–1）"),
            Map.entry("staffingAllocatedByCounty", "县级统筹分配编制岗位"),
            Map.entry("eligibleForRotation", "符合交流条件教师总数"),
            Map.entry("itTeachingAssessed", "信息技术教学应用达标"),
            Map.entry("monitoringLevel3Share", "质量监测达III级以上学科比例（0–1）"),
            Map.entry("layoutReasonable", "学校布局合理"),
            Map.entry("standardsMeetProvincial", "办学标准达到省定标准"),
            Map.entry("preschoolSocialRecognition", "学前教育社会认可度（0–1）"),
            Map.entry("preschoolInclusiveSubsidyStandard", "普惠性民办园补助省定标准（元）"),
            Map.entry("preschoolNonEstablishedPayRatio", "非在编教师工资÷在编教师工资"),
            Map.entry("preschoolNonEstablishedPayStandard", "非在编教师工资比省定下限"),
            Map.entry("moralEducationGood", "德育和校园文化建设良好"),
            Map.entry("curriculumComplete", "课程开齐开足、教学秩序规范"),
            Map.entry("students", "在校生数"), Map.entry("teacherSalaryRatio", "教师工资÷公务员工资"));

    private static final List<Sheet> SHEETS = load();

    private WorkbookLayout() {
    }

    static List<Sheet> sheets() {
        return SHEETS;
    }

    /** The sheet a workbook's sheet name stands for: its last word is the key, so the Chinese label may change. */
    static Sheet sheetNamed(String name) {
        // Any space counts, the full-width one (U+3000) of Chinese input methods too.
        String[] words = name.strip().split("[\\s\u3000]+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        for (Sheet s : SHEETS) {
            if (s.key().equals(last)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The known sheet, none of {@code present}, that a sheet not known by its name was before it was renamed: its name
     * is that sheet's Chinese label or key written otherwise (专用教室, Rooms, 专用教室room), or its row 2 holds that
     * sheet's link key and at least one other of its keys. Null when neither, as for a sheet of the office's own notes.
     */
    static Sheet renamedFrom(String name, java.util.Collection<String> keys, List<Sheet> present) {
        String written = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        Sheet byKeys = null;
        long most = 1;
        for (Sheet s : SHEETS) {
            if (present.contains(s)) {
                continue;
            }
            if (List.of(s.label(), s.key(), s.key() + "s", s.label() + s.key(), s.label() + s.key() + "s").contains(written)) {
                return s;
            }
            String link = s.key().equals(DISTRICT) ? "code" : DISTRICT;
            long matching = keys.stream().map(String::strip).distinct().filter(k -> s.column(k) != null).count();
            if (keys.stream().anyMatch(k -> k.strip().equals(link)) && matching > most) {
                byKeys = s;
                most = matching;
            }
        }
        return byKeys;
    }

    static Sheet sheet(String key) {
        for (Sheet s : SHEETS) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static List<Sheet> load() {
        try (InputStream in = WorkbookLayout.class.getResourceAsStream(SubmissionSchema.RESOURCE)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document xsd = f.newDocumentBuilder().parse(in);
            return new Schema(xsd).sheets();
        } catch (Exception e) {
            throw new IllegalStateException("the bundled submission schema cannot be read for the workbook layout", e);
        }
    }

    /** Walks the XSD; only the shapes our own schema uses. */
    private static final class Schema {
        private final Map<String, Element> simpleTypes = new HashMap<>();
        private final Map<String, Element> complexTypes = new HashMap<>();
        private final Map<String, Element> elements = new HashMap<>();

        Schema(Document xsd) {
            for (Element e : children(xsd.getDocumentElement())) {
                switch (e.getLocalName()) {
                    case "simpleType" -> simpleTypes.put(e.getAttribute("name"), e);
                    case "complexType" -> complexTypes.put(e.getAttribute("name"), e);
                    case "element" -> elements.put(e.getAttribute("name"), e);
                    default -> { }
                }
            }
        }

        List<Sheet> sheets() {
            Element district = elements.get("district");
            Element submission = elements.get("submission");
            List<Column> districtColumns = new ArrayList<>();
            districtColumns.addAll(attributes(district));
            Element year = first(descendants(submission, "attribute"), "year");
            districtColumns.add(column(year, "year", true));
            Element vetoes = null;
            for (Element e : descendants(district, "element")) {
                String name = e.getAttribute("name");
                if (name.equals("vetoes")) {
                    vetoes = e;
                } else if (!e.getAttribute("type").isEmpty() && isSimple(e.getAttribute("type"))) {
                    districtColumns.add(column(e, e.getAttribute("type"), false));
                }
            }
            districtColumns.add(new Column("vetoes", label("vetoes", ""), doc(vetoes)
                    + " Workbook: leave blank if not reported, NONE for none, LISTED when listed in the sheet 一票否决 veto."
                    + " 未填报留空；无则填 NONE；有则填 LISTED 并在“一票否决 veto”表中逐条列出。",
                    Kind.ENUMERATION, List.of(VETOES_NONE, VETOES_LISTED), false, false));
            Element veto = first(descendants(vetoes, "element"), "veto");
            Element measure = elements.get("measure");
            Element previous = first(descendants(district, "element"), "previous");
            List<Sheet> sheets = new ArrayList<>();
            sheets.add(new Sheet(DISTRICT, "区县", districtColumns));
            sheets.add(new Sheet(SCHOOL, "学校", with(link(DISTRICT), attributes(complexTypes.get("school")))));
            sheets.add(new Sheet(SECTION, "学段", with(link(DISTRICT), link(SCHOOL), attributes(complexTypes.get("section")))));
            sheets.add(new Sheet(ROOM, "专用教室", with(link(DISTRICT), link(SCHOOL), attributes(complexTypes.get("room")))));
            sheets.add(new Sheet(KINDERGARTEN, "幼儿园", with(link(DISTRICT), attributes(complexTypes.get("kindergarten")))));
            sheets.add(new Sheet(MEASURE, "其他指标", with(link(DISTRICT), optionalLink(SCHOOL), optionalLink(KINDERGARTEN),
                    attributes(measure))));
            List<Column> previousColumns = with(link(DISTRICT), attributes(previous));
            previousColumns.addAll(attributes(measure));
            sheets.add(new Sheet(PREVIOUS, "上年数据", previousColumns));
            List<Column> vetoColumns = with(link(DISTRICT), attributes(veto));
            vetoColumns.add(new Column("text", label("text", ""), "What happened (optional). 情况说明（可不填）。",
                    Kind.TEXT, List.of(), false, false));
            sheets.add(new Sheet(VETO, "一票否决", vetoColumns));
            return List.copyOf(sheets);
        }

        private static List<Column> with(Object... parts) {
            List<Column> all = new ArrayList<>();
            for (Object p : parts) {
                if (p instanceof Column c) {
                    all.add(c);
                } else {
                    @SuppressWarnings("unchecked")
                    List<Column> list = (List<Column>) p;
                    all.addAll(list);
                }
            }
            return all;
        }

        private static Column link(String to) {
            return new Column(to, label(to, ""), "The " + to + (to.equals(DISTRICT) ? "'s code" : "'s id")
                    + " this row belongs to. 本行所属" + (to.equals(DISTRICT) ? "区县的行政区划代码。" : "学校或幼儿园的编号。"),
                    Kind.TEXT, List.of(), true, false);
        }

        private static Column optionalLink(String to) {
            Column c = link(to);
            return new Column(c.key(), c.label(), c.comment() + " Blank for a district-level measure. 区县层面的指标留空。",
                    Kind.TEXT, List.of(), false, false);
        }

        private List<Column> attributes(Element owner) {
            List<Column> columns = new ArrayList<>();
            for (Element a : descendants(owner, "attribute")) {
                if (a.getParentNode() == owner || isDirectAttribute(owner, a)) {
                    columns.add(column(a, a.getAttribute("type"), "required".equals(a.getAttribute("use"))));
                }
            }
            return columns;
        }

        /** An attribute of this element or type, not of one nested in it. */
        private static boolean isDirectAttribute(Element owner, Element attribute) {
            for (Node n = attribute.getParentNode(); n != null && n != owner; n = n.getParentNode()) {
                if ("element".equals(n.getLocalName())) {
                    return false;
                }
            }
            return true;
        }

        private Column column(Element declaration, String type, boolean required) {
            String key = declaration.getAttribute("name");
            Element simple = simpleTypes.get(type);
            String typeDoc = simple == null ? "" : doc(simple);
            String doc = (doc(declaration) + " " + typeDoc).strip();
            Kind kind;
            List<String> values = new ArrayList<>();
            String base = type;
            if (simple != null) {
                Element restriction = children(simple).stream().filter(e -> e.getLocalName().equals("restriction")).findFirst().orElseThrow();
                base = restriction.getAttribute("base");
                for (Element en : children(restriction)) {
                    if (en.getLocalName().equals("enumeration")) {
                        values.add(en.getAttribute("value"));
                        doc += "\n" + en.getAttribute("value") + ": " + doc(en);
                    }
                }
            }
            if (!values.isEmpty()) {
                kind = Kind.ENUMERATION;
            } else if (base.equals("xs:boolean")) {
                kind = Kind.BOOLEAN;
                values = List.of("true", "false");
            } else if (base.equals("xs:int")) {
                kind = Kind.INTEGER;
            } else if (base.equals("xs:decimal")) {
                kind = Kind.DECIMAL;
            } else {
                kind = Kind.TEXT;
            }
            String own = doc(declaration);
            String unit = own.contains("m²") ? "（m²）" : own.contains("CNY") ? "（元）"
                    : type.equals("share") ? "（0–1）" : type.contains("ear") ? "（年）" : "";
            String label = LABELS.containsKey(key) ? LABELS.get(key) : label(key, own) + unit;
            return new Column(key, label, doc, kind, List.copyOf(values), required, type.equals("share"));
        }

        private boolean isSimple(String type) {
            return type.startsWith("xs:") || simpleTypes.containsKey(type);
        }
    }

    private static String label(String key, String doc) {
        String fixed = LABELS.get(key);
        if (fixed != null) {
            return fixed;
        }
        Matcher m = CHINESE.matcher(doc);
        return m.find() ? m.group() : key;
    }

    private static String doc(Element e) {
        if (e == null) {
            return "";
        }
        for (Element annotation : children(e)) {
            if (annotation.getLocalName().equals("annotation")) {
                for (Element d : children(annotation)) {
                    if (d.getLocalName().equals("documentation")) {
                        return d.getTextContent().strip();
                    }
                }
            }
        }
        return "";
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    /** Descendants named {@code local}, in document order, not going into nested elements' own content twice. */
    private static List<Element> descendants(Element root, String local) {
        List<Element> list = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, local);
        for (int i = 0; i < all.getLength(); i++) {
            list.add((Element) all.item(i));
        }
        return list;
    }

    private static Element first(List<Element> elements, String name) {
        return elements.stream().filter(e -> e.getAttribute("name").equals(name)).findFirst().orElseThrow();
    }

    /** Keys in order, for messages. */
    static Map<String, Column> columnsByKey(Sheet sheet) {
        Map<String, Column> map = new LinkedHashMap<>();
        sheet.columns().forEach(c -> map.put(c.key(), c));
        return map;
    }
}
