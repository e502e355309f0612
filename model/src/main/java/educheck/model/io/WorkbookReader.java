package educheck.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Reads a submission workbook (xlsx) into the same districts the XML gives, through the same schema and checks
 * ({@link WorkbookDistricts}). POI opens the package; every part that could grow a table (the shared strings, the
 * styles, the sheets and their rows, the list of sheets) is read as a stream of our own with a limit, so memory is
 * bounded whatever the workbook declares. A workbook built to harm (a zip bomb, a DTD in any part, a million rows)
 * is refused with a message.
 */
final class WorkbookReader {

    /** Any one part of a real submission workbook expands to well under this (a 200,000-row sheet: about 60 MB). */
    static final long MAX_PART_BYTES = 512L << 20;
    /** Sheets in one workbook: a submission has eight, and an office's notes beside them. */
    static final int MAX_SHEETS = WorkbookPackage.MAX_PARTS;

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
        List<InputError> notices = new ArrayList<>();
        List<WorkbookSheet> sheets = new ArrayList<>();
        try {
            WorkbookPackage.check(workbook);
            try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
                new Sheets(file, new XSSFReader(pkg), fileErrors, notices).read(sheets);
            }
        } catch (WorkbookRefusal e) {
            fileErrors.add(e.error(file));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            fileErrors.add(notAWorkbook(file, workbook, e));
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            fileErrors.add(refused(file, workbook, e));
        }
        if (!fileErrors.isEmpty()) {
            return new FileSummary(file, null, 0, fileErrors, notices);
        }
        FileSummary read = WorkbookDistricts.assemble(file, sheets, binder, sink, xmlSink);
        return new FileSummary(read.file(), read.year(), read.districts(), read.fileErrors(), notices);
    }

    /** The sheets of one open workbook, read in workbook order. */
    private static final class Sheets {
        private final Path file;
        private final XSSFReader reader;
        private final List<InputError> fileErrors;
        private final List<InputError> notices;
        private final WorkbookStrings strings;
        private final WorkbookStyles styles;

        Sheets(Path file, XSSFReader reader, List<InputError> fileErrors, List<InputError> notices)
                throws IOException, InvalidFormatException, XMLStreamException {
            this.file = file;
            this.reader = reader;
            this.fileErrors = fileErrors;
            this.notices = notices;
            try (InputStream in = reader.getSharedStringsData()) {
                strings = in == null ? WorkbookStrings.NONE : WorkbookStrings.read(in);
            }
            try (InputStream in = reader.getStylesData()) {
                styles = in == null ? WorkbookStyles.NONE : WorkbookStyles.read(in);
            }
        }

        void read(List<WorkbookSheet> sheets) throws IOException, XMLStreamException, InvalidFormatException {
            WorkbookBudget budget = new WorkbookBudget(file);
            List<SheetEntry> others = new ArrayList<>();
            List<SheetEntry> entries = entries();
            for (SheetEntry entry : entries) {
                WorkbookLayout.Sheet layout = WorkbookLayout.sheetNamed(entry.name);
                if (layout == null) {
                    others.add(entry);   // a sheet of the office's own (notes, workings), or one of ours renamed
                    continue;
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
                WorkbookSheetHandler handler = new WorkbookSheetHandler(sheet, strings, styles, budget);
                try (InputStream in = part(entry)) {
                    handler.read(in, "the sheet " + entry.name);
                }
                WorkbookDistricts.merges(sheet, handler.merges());
                fileErrors.addAll(sheet.shapeErrors);
                hiddenRows(sheet, handler);
                sheets.add(sheet);
            }
            for (SheetEntry other : others) {
                renamed(other, sheets, entries);
            }
        }

        /**
         * A known sheet may be absent when it has no rows. One that is there under another name would be read as
         * empty, silently: a sheet whose name is not known is taken for one of ours renamed when its name is that
         * sheet's Chinese label or its key written otherwise, or when its row 2 holds that sheet's keys.
         */
        private void renamed(SheetEntry other, List<WorkbookSheet> read, List<SheetEntry> entries)
                throws IOException, XMLStreamException, InvalidFormatException {
            java.util.Collection<String> keys;
            try (InputStream in = part(other)) {
                keys = WorkbookSheetHandler.keys(in, "the sheet " + other.name, strings);
            }
            WorkbookLayout.Sheet meant = WorkbookLayout.renamedFrom(other.name, keys,
                    read.stream().map(s -> s.layout).toList());
            if (meant == null) {
                return;
            }
            String found = String.join(", ", entries.stream().map(e -> e.name).toList());
            fileErrors.add(new InputError(file, 0, 0, other.name, new Wording(
                    "this looks like the " + meant.key() + " sheet renamed, and there is no sheet named for '" + meant.key()
                            + "', so its rows would be read as none: a sheet is known by the English key that ends its name; name it '"
                            + meant.name() + "'. The sheets found: " + found,
                    "该表看来是改了名的“" + meant.name() + "”表，而工作簿中没有以 '" + meant.key() + "' 结尾的表，其中的数据会被当作没有："
                            + "工作表按名称末尾的英文键识别；请改名为“" + meant.name() + "”。工作簿中的表：" + found)));
        }

        private void hiddenRows(WorkbookSheet sheet, WorkbookSheetHandler handler) {
            if (handler.hiddenRowCount == 0) {
                return;
            }
            int first = handler.hiddenRows.get(0);
            String shown = String.join(", ", handler.hiddenRows.stream().map(String::valueOf).toList())
                    + (handler.hiddenRowCount > handler.hiddenRows.size() ? " …" : "");
            notices.add(new InputError(file, 0, 0, sheet.atCell(first + ":" + first, null), new Wording(
                    handler.hiddenRowCount + " hidden row(s) of data (" + shown + ") are read and checked like the others; "
                            + "unhide them to see what is checked",
                    handler.hiddenRowCount + " 行数据被隐藏（" + shown + "），与其他行一样读取和检查；请取消隐藏，以便看到所检查的内容")));
        }

        private InputStream part(SheetEntry entry) throws IOException, InvalidFormatException, WorkbookRefusal {
            try {
                return reader.getSheet(entry.id);
            } catch (IllegalArgumentException e) {
                throw new WorkbookRefusal(new Wording(
                        "the sheet " + entry.name + " names a part (" + entry.id + ") the workbook does not have: the workbook is "
                                + "damaged; save it again from Excel or LibreOffice",
                        "工作表 " + entry.name + " 所指的部分（" + entry.id + "）在工作簿中不存在：工作簿已损坏；请用 Excel 或 LibreOffice 重新保存"));
            }
        }

        /** The sheets in workbook order, by relationship id, with their names and whether they are hidden. */
        private List<SheetEntry> entries() throws IOException, InvalidFormatException, XMLStreamException {
            List<SheetEntry> entries = new ArrayList<>();
            try (InputStream in = reader.getWorkbookData()) {
                WorkbookSheetHandler.readPart(in, "the list of sheets (xl/workbook.xml)", xml -> {
                    while (xml.hasNext()) {
                        int event = xml.next();
                        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                            entries.add(entry(xml, entries.size()));
                        } else if (event == XMLStreamConstants.DTD) {
                            throw new XMLStreamException("DOCTYPE is disallowed");
                        }
                    }
                });
            }
            return entries;
        }
    }

    private record SheetEntry(String id, String name, boolean hidden) {
    }

    /** The sheet the reader is at, the {@code before}-th of its workbook. */
    private static SheetEntry entry(XMLStreamReader xml, int before) throws WorkbookRefusal {
        if (before == MAX_SHEETS) {
            throw new WorkbookRefusal(new Wording(
                    "more than " + MAX_SHEETS + " sheets; a submission has eight: split the workbook",
                    "工作表超过 " + MAX_SHEETS + " 个；提交文件只有八个：请拆分工作簿"));
        }
        String id = xml.getAttributeValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
        String state = xml.getAttributeValue(null, "state");
        String name = String.valueOf(xml.getAttributeValue(null, "name"));
        if (id == null) {
            throw new WorkbookRefusal(new Wording(
                    "the sheet " + name + " names no part: the workbook is damaged; save it again from Excel or LibreOffice",
                    "工作表 " + name + " 没有指向任何部分：工作簿已损坏；请用 Excel 或 LibreOffice 重新保存"));
        }
        return new SheetEntry(id, name, state != null && !state.equals("visible"));
    }

    /** POI's words, without the temporary copy's path: the clerk knows the file by its own name. */
    private static String why(Path file, Path workbook, Exception e) {
        String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        return m.replace(workbook.toAbsolutePath().toString(), String.valueOf(file.getFileName()))
                .replace(workbook.toString(), String.valueOf(file.getFileName()));
    }

    static InputError notAWorkbook(Path file, Path workbook, Exception e) {
        String why = why(file, workbook, e);
        return new InputError(file, 0, 0, null, new Wording(
                "a zip file but not an Excel workbook (.xlsx): " + why, "这是 zip 文件，但不是 Excel 工作簿（.xlsx）：" + why));
    }

    /** A package POI refuses: a zip bomb, a DTD in a part, a damaged zip. The reason is POI's, in one line. */
    private static InputError refused(Path file, Path workbook, Exception e) {
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
        // An unchecked exception's words are Java's ("Cannot invoke …"): the clerk is told only what to do.
        String why = e instanceof RuntimeException ? "" : ": " + why(file, workbook, e);
        return new InputError(file, 0, 0, null, new Wording(
                "cannot read the workbook (damaged?)" + why + "; save it again from Excel or LibreOffice",
                "无法读取工作簿（文件是否损坏？）" + why + "；请用 Excel 或 LibreOffice 重新保存"));
    }
}
