package educheck.model.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks over a workbook's zip before POI opens it: how many parts it has, how large the parts are that POI reads
 * whole into memory (the package's own lists of parts and relationships, its document properties), and whether any
 * part at all declares a DTD. POI refuses a DTD in the parts it parses, without saying which, and never reads the
 * document properties, so a DOCTYPE there went unrefused; here every part's prolog is read and the part is named.
 */
final class WorkbookPackage {

    /** A submission workbook has some fifty parts; POI's own limit is the same. */
    static final int MAX_PARTS = 1000;
    /** The package's lists of parts and relationships and its properties: a few KiB in any workbook. */
    static final int MAX_PACKAGE_PART_BYTES = 4 << 20;
    /** What may come before a part's first element (its XML declaration, comments): a few bytes in any workbook. */
    static final int MAX_PROLOG_BYTES = 64 << 10;

    static {
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private WorkbookPackage() {
    }

    /** Throws the refusal of the first fault found; a zip it cannot read at all is left to POI to name. */
    static void check(Path workbook) throws IOException, WorkbookRefusal {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            // The JDK's reader holds the zip's directory as it is on disk; POI's makes an object per part first.
            if (zip.size() > MAX_PARTS) {
                throw new WorkbookRefusal(new Wording(
                        "the zip holds " + zip.size() + " parts; a workbook has some fifty (at most " + MAX_PARTS + " are read)",
                        "该 zip 文件含 " + zip.size() + " 个部分；工作簿通常只有约五十个（最多读取 " + MAX_PARTS + " 个）"));
            }
        } catch (ZipException e) {
            // Its directory, at the end, is missing or wrong: the file was cut short or damaged on its way.
            throw new WorkbookRefusal(new Wording(
                    "the workbook is damaged or was cut short (its zip directory cannot be read); save or send it again",
                    "工作簿已损坏或不完整（无法读取其 zip 目录）；请重新保存或发送"));
        }
        try (ZipSecureFile zip = new ZipSecureFile(workbook.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                boolean readWhole = isPackagePart(entry.getName());
                try (Bounded in = new Bounded(zip.getInputStream(entry), readWhole ? MAX_PACKAGE_PART_BYTES : MAX_PROLOG_BYTES)) {
                    prolog(entry.getName(), in);
                    if (readWhole) {
                        in.skipToEnd();
                    }
                } catch (Bounded.Exceeded e) {
                    throw new WorkbookRefusal(readWhole
                            ? new Wording("the part " + entry.getName() + " is over " + (MAX_PACKAGE_PART_BYTES >> 20)
                                    + " MiB; in a workbook it is a few KiB: save it again from Excel or LibreOffice",
                                    "工作簿的 " + entry.getName() + " 部分超过 " + (MAX_PACKAGE_PART_BYTES >> 20)
                                            + " MiB（正常只有几 KiB）：请用 Excel 或 LibreOffice 重新保存")
                            : new Wording("the part " + entry.getName() + " has more than " + (MAX_PROLOG_BYTES >> 10)
                                    + " KiB before its first element; no spreadsheet program writes that: save it again from Excel or LibreOffice",
                                    "工作簿的 " + entry.getName() + " 部分在第一个元素之前就超过 " + (MAX_PROLOG_BYTES >> 10)
                                            + " KiB，电子表格程序不会这样写：请用 Excel 或 LibreOffice 重新保存"));
                }
            }
        } catch (IOException e) {
            // A zip that cannot be read (damaged, a bomb): POI, which opens it next, names the fault.
        }
    }

    /** What POI parses whole as a document when it opens the package. */
    private static boolean isPackagePart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("[content_types].xml") || lower.endsWith(".rels") || lower.startsWith("docprops/");
    }

    /** Reads up to the part's first element; a DTD before it is refused. A part that is no XML (an image) is no concern here. */
    private static void prolog(String name, InputStream in) throws WorkbookRefusal, Bounded.Exceeded {
        try {
            XMLStreamReader xml = WorkbookSheetHandler.SHEETS.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new WorkbookRefusal(new Wording(
                                "the part " + name + " declares a DTD or entity (<!DOCTYPE …>), which no spreadsheet program writes "
                                        + "and which can read other files; refused",
                                "工作簿的 " + name + " 部分声明了 DTD 或实体（<!DOCTYPE …>），电子表格程序不会这样写，且可能读取本机其他文件；已拒绝"));
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (WorkbookRefusal e) {
            throw e;
        } catch (XMLStreamException e) {
            // Woodstox wraps what its input stream threw.
            if (e.getNestedException() instanceof Bounded.Exceeded exceeded) {
                throw exceeded;
            }
            // Not XML, or not well-formed: the reader of that part, if there is one, says so.
        }
    }

    /** Stops reading past a limit, so no part is inflated further than its check needs. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        static final class Exceeded extends IOException {
            Exceeded() {
                super("part over its limit");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws Exceeded {
            read += n;
            if (read > limit) {
                throw new Exceeded();
            }
        }

        void skipToEnd() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted
            }
        }
    }
}
