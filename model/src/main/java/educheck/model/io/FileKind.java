package educheck.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** What a submission file is, told by its first bytes: the name is what the clerk chose, the bytes are what it is. */
enum FileKind {
    XML, WORKBOOK, OLD_WORKBOOK, ENCRYPTED_WORKBOOK, OTHER_OFFICE_FILE, EMPTY, BINARY, TEXT_NAMED_WORKBOOK;

    /** How many of a file's first bytes {@link #of} looks at. */
    static final int HEAD = 512;

    /** Files often renamed to .xlsx or .xml by mistake, by their first bytes. */
    private static final String[][] SIGNATURES = {
        {"\u0089PNG", "a PNG image", "PNG 图片"}, {"\u00ff\u00d8\u00ff", "a JPEG image", "JPEG 图片"}, {"GIF8", "a GIF image", "GIF 图片"},
        {"%PDF", "a PDF document", "PDF 文档"}, {"\u001f\u008b", "a gzip archive", "gzip 压缩文件"}, {"Rar!", "a RAR archive", "RAR 压缩文件"},
        {"7z\u00bc\u00af", "a 7-Zip archive", "7-Zip 压缩文件"},
    };

    static FileKind of(Path file, byte[] head) {
        if (head.length == 0) {
            return EMPTY;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return WORKBOOK;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return OLD_WORKBOOK;
        }
        if (signature(head) != null) {
            return BINARY;
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            // A text file has no NUL bytes, whatever its encoding but UTF-16, which no CSV export writes without a BOM.
            for (byte b : head) {
                if (b == 0 && !(head.length >= 2 && ((head[0] & 0xff) == 0xFF || (head[0] & 0xff) == 0xFE))) {
                    return BINARY;
                }
            }
            return TEXT_NAMED_WORKBOOK;
        }
        return XML;
    }

    /**
     * An Office file of the old binary kind (OLE2) is an old Excel workbook, a workbook protected by a password
     * (Excel wraps an encrypted .xlsx in one), or another Office file: told by the streams it holds.
     */
    static FileKind ofOldOffice(Path copy) {
        try (POIFSFileSystem fs = new POIFSFileSystem(copy.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return ENCRYPTED_WORKBOOK;
            }
            return root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book") ? OLD_WORKBOOK : OTHER_OFFICE_FILE;
        } catch (IOException | RuntimeException e) {
            return OLD_WORKBOOK;
        }
    }

    private static String[] signature(byte[] head) {
        for (String[] s : SIGNATURES) {
            String magic = s[0];
            boolean match = head.length >= magic.length();
            for (int i = 0; match && i < magic.length(); i++) {
                match = (head[i] & 0xff) == magic.charAt(i);
            }
            if (match) {
                return s;
            }
        }
        return null;
    }

    InputError error(Path file, byte[] head) {
        String[] binary = signature(head);
        return new InputError(file, 0, 0, null, switch (this) {
            case OLD_WORKBOOK -> new Wording(
                    "an old binary Excel file (.xls, Excel 97-2003); open it and save it as an Excel Workbook (.xlsx)",
                    "这是旧版二进制 Excel 文件（.xls，Excel 97-2003）；请打开后另存为“Excel 工作簿（.xlsx）”");
            case ENCRYPTED_WORKBOOK -> new Wording(
                    "the workbook is protected by a password (encrypted), so it cannot be read; open it, remove the password "
                            + "(File > Info > Protect Workbook > Encrypt with Password, clear it) and save it",
                    "工作簿设置了打开密码（已加密），无法读取；请打开后取消密码（文件 > 信息 > 保护工作簿 > 用密码进行加密，清空密码）再保存");
            case OTHER_OFFICE_FILE -> new Wording(
                    "an old binary Office file (a Word or PowerPoint document?), not a workbook; send the submission workbook (.xlsx)",
                    "这是旧版二进制 Office 文件（Word 或 PowerPoint 文档？），不是工作簿；请提交 .xlsx 工作簿");
            case EMPTY -> new Wording(
                    "the file is empty (0 bytes): it was not saved, or not copied whole; save or send it again",
                    "文件是空的（0 字节）：未保存或未完整复制；请重新保存或发送");
            case BINARY -> new Wording(
                    (binary == null ? "a binary file" : binary[1]) + ", not a submission (an .xlsx workbook or an XML file); "
                            + "send the submission itself",
                    "这是" + (binary == null ? "二进制文件" : binary[2]) + "，不是提交文件（.xlsx 工作簿或 XML 文件）；请提交正确的文件");
            case TEXT_NAMED_WORKBOOK -> new Wording(
                    "named as a workbook but it is a text file (CSV?), not an .xlsx workbook; open it in Excel or LibreOffice "
                            + "and save it as an Excel Workbook (.xlsx), or fill in the template (educheck template --format xlsx)",
                    "文件名是工作簿，但内容是文本文件（CSV？），不是 .xlsx 工作簿；请用 Excel 或 LibreOffice 打开后另存为"
                            + "“Excel 工作簿（.xlsx）”，或填写模板（educheck template --format xlsx）");
            default -> throw new IllegalStateException(name());
        });
    }
}
