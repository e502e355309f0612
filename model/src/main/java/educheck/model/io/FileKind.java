package educheck.model.io;

import java.nio.file.Path;
import java.util.Locale;

/** What a submission file is, told by its first bytes: the name is what the clerk chose, the bytes are what it is. */
enum FileKind {
    XML, WORKBOOK, OLD_WORKBOOK, TEXT_NAMED_WORKBOOK;

    static FileKind of(Path file, byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return WORKBOOK;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return OLD_WORKBOOK;
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return TEXT_NAMED_WORKBOOK;
        }
        return XML;
    }

    InputError error(Path file) {
        return switch (this) {
            case OLD_WORKBOOK -> new InputError(file, 0, 0, null, new Wording(
                    "an old binary Excel file (.xls, Excel 97-2003); open it and save it as an Excel Workbook (.xlsx)",
                    "这是旧版二进制 Excel 文件（.xls，Excel 97-2003）；请打开后另存为“Excel 工作簿（.xlsx）”"));
            case TEXT_NAMED_WORKBOOK -> new InputError(file, 0, 0, null, new Wording(
                    "named as a workbook but it is a text file (CSV?), not an .xlsx workbook; open it in Excel or LibreOffice "
                            + "and save it as an Excel Workbook (.xlsx), or fill in the template (educheck template --format xlsx)",
                    "文件名是工作簿，但内容是文本文件（CSV？），不是 .xlsx 工作簿；请用 Excel 或 LibreOffice 打开后另存为"
                            + "“Excel 工作簿（.xlsx）”，或填写模板（educheck template --format xlsx）"));
            default -> throw new IllegalStateException(name());
        };
    }
}
