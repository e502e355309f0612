package educheck.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a submission workbook (xlsx) into the same districts the XML gives, through the same schema and checks
 * ({@link WorkbookDistricts}). The sheets are read as SAX streams; a workbook built to harm (a zip bomb, a DTD in
 * a part, a million rows) is refused with a message, in bounded memory.
 */
final class WorkbookReader {

    /** Any one part of a real submission workbook expands to well under this (a 200,000-row sheet: about 60 MB). */
    static final long MAX_PART_BYTES = 512L << 20;

    static {
        // Below 1 % compression a part is refused as a zip bomb (POI's default ratio, stated here because it is relied on).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private WorkbookReader() {
    }

    static FileSummary read(Path file, Path workbook, SubmissionReader binder, Consumer<DistrictInput> sink) {
        return read(file, workbook, binder, sink, null);
    }

    /** @param xmlSink given each district's XML as written from the rows (for conversion); may be null */
    static FileSummary read(Path file, Path workbook, SubmissionReader binder, Consumer<DistrictInput> sink,
            Consumer<String> xmlSink) {
        List<InputError> fileErrors = new ArrayList<>();
        List<WorkbookSheet> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            int[] rows = {0};
            for (Map.Entry<String, SheetEntry> e : sheetEntries(reader).entrySet()) {
                SheetEntry entry = e.getValue();
                WorkbookLayout.Sheet layout = WorkbookLayout.sheetNamed(entry.name);
                if (layout == null) {
                    continue;   // a sheet of the office's own (notes, workings) is not ours to read
                }
                if (entry.hidden) {
                    fileErrors.add(new InputError(file, 0, 0, entry.name, new Wording(
                            "the sheet is hidden; its rows would be checked without anyone seeing them: unhide it (or delete it)",
                            "该工作表被隐藏；其中的数据会在无人看到的情况下被检查：请取消隐藏（或删除该表）")));
                    continue;
                }
                if (sheets.stream().anyMatch(s -> s.layout == layout)) {
                    fileErrors.add(new InputError(file, 0, 0, entry.name, new Wording(
                            "a second sheet for '" + layout.key() + "'; put all its rows in one sheet",
                            "'" + layout.key() + "' 有两个工作表；请把数据放在同一个表中")));
                    continue;
                }
                WorkbookSheet sheet = new WorkbookSheet(file, entry.name, layout);
                WorkbookSheetHandler handler = new WorkbookSheetHandler(sheet, strings, styles, rows);
                try (InputStream in = reader.getSheet(e.getKey())) {
                    handler.read(in);
                }
                WorkbookDistricts.merges(sheet, handler.merges());
                fileErrors.addAll(sheet.shapeErrors);
                sheets.add(sheet);
            }
        } catch (WorkbookSheetHandler.TooManyRows e) {
            fileErrors.add(new InputError(file, 0, 0, null, new Wording(
                    "more than " + WorkbookSheetHandler.MAX_ROWS + " rows of data; split the workbook (one per city or province) and check the parts together",
                    "数据超过 " + WorkbookSheetHandler.MAX_ROWS + " 行；请把工作簿拆分（按市或省各一个），再一起检查")));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            fileErrors.add(notAWorkbook(file, e));
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            fileErrors.add(refused(file, e));
        }
        if (!fileErrors.isEmpty()) {
            return new FileSummary(file, null, 0, fileErrors);
        }
        return WorkbookDistricts.assemble(file, sheets, binder, sink, xmlSink);
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private record SheetEntry(String name, boolean hidden) {
    }

    /** The sheets in workbook order, by relationship id, with their names and whether they are hidden. */
    private static Map<String, SheetEntry> sheetEntries(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        Map<String, SheetEntry> entries = new LinkedHashMap<>();
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if (local.equals("sheet")) {
                        String id = atts.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                        String state = atts.getValue("state");
                        entries.put(id, new SheetEntry(String.valueOf(atts.getValue("name")),
                                state != null && !state.equals("visible")));
                    }
                }
            });
        }
        return entries;
    }

    static InputError notAWorkbook(Path file, Exception e) {
        return new InputError(file, 0, 0, null, new Wording(
                "a zip file but not an Excel workbook (.xlsx): " + e.getMessage(),
                "这是 zip 文件，但不是 Excel 工作簿（.xlsx）：" + e.getMessage()));
    }

    /** A package POI refuses: a zip bomb, a DTD in a part, a damaged zip. The reason is POI's, in one line. */
    private static InputError refused(Path file, Exception e) {
        String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max size of the expanded data") || m.contains("exceed")) {
                return new InputError(file, 0, 0, null, new Wording(
                        "the workbook expands to far more than its size (a zip bomb?) or a part is over "
                                + (MAX_PART_BYTES >> 20) + " MB; refused. Save it again from Excel or LibreOffice",
                        "工作簿解压后远大于其文件大小（疑似 zip 炸弹），或某一部分超过 " + (MAX_PART_BYTES >> 20)
                                + " MB；已拒绝。请用 Excel 或 LibreOffice 重新保存"));
            }
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("ENTITY")) {
                return new InputError(file, 0, 0, null, new Wording(
                        "a part of the workbook declares a DTD or entity, which no spreadsheet program writes; refused",
                        "工作簿中的某一部分声明了 DTD 或实体，电子表格程序不会这样写；已拒绝"));
            }
        }
        return new InputError(file, 0, 0, null, new Wording("cannot read the workbook: ", "无法读取工作簿：").then(why));
    }
}
