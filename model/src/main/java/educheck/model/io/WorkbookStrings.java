package educheck.model.io;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's shared strings (the text of most text cells, stored once in {@code xl/sharedStrings.xml} and named
 * by index in the sheets), read as a stream into one block of characters. POI's table held each string as an
 * object of its own: 20 million tiny strings took 1.6 GB. Here memory is two bytes a character and four an index,
 * and both counts have a limit far above any submission's (the national figures as one workbook: 409,494 strings,
 * 2.8 million characters).
 */
final class WorkbookStrings {

    static final int MAX_STRINGS = 2_000_000;
    static final int MAX_CHARS = 32 << 20;
    static final String PART = "the workbook's shared text (xl/sharedStrings.xml)";

    private char[] chars = new char[1 << 12];
    private int[] ends = new int[1 << 8];
    private int count;
    private int length;

    /** A workbook without the part: every text cell is inline. */
    static final WorkbookStrings NONE = new WorkbookStrings();

    private WorkbookStrings() {
    }

    int size() {
        return count;
    }

    /** The string at {@code index}, or null when the workbook has none there. Longer than a cell may hold, it is cut just past the limit. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        int start = index == 0 ? 0 : ends[index - 1];
        return decode(new String(chars, start, ends[index] - start));
    }

    static WorkbookStrings read(InputStream part) throws XMLStreamException, java.io.IOException {
        WorkbookStrings s = new WorkbookStrings();
        WorkbookSheetHandler.readPart(part, PART, s::parse);
        return s;
    }

    private void parse(XMLStreamReader xml) throws XMLStreamException {
        boolean inText = false;
        int phonetic = 0;
        int start = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "si" -> start = length;
                        case "rPh" -> phonetic++;
                        case "t" -> inText = phonetic == 0;
                        default -> { }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "si" -> end();
                        case "rPh" -> phonetic--;
                        case "t" -> inText = false;
                        default -> { }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        // A string longer than a cell may hold is kept just past the limit: the cell is then told so.
                        int room = WorkbookSheetHandler.MAX_CELL_CHARS + 1 - (length - start);
                        append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
                    }
                }
                case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is disallowed");
                default -> { }
            }
        }
    }

    private void append(char[] text, int from, int n) throws WorkbookRefusal {
        if (n <= 0) {
            return;
        }
        if ((long) length + n > MAX_CHARS) {
            throw tooMuch();
        }
        if (length + n > chars.length) {
            chars = Arrays.copyOf(chars, (int) Math.min(MAX_CHARS, Math.max(length + n, 2L * chars.length)));
        }
        System.arraycopy(text, from, chars, length, n);
        length += n;
    }

    private void end() throws WorkbookRefusal {
        if (count == MAX_STRINGS) {
            throw tooMuch();
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, 2 * ends.length);
        }
        ends[count++] = length;
    }

    private static WorkbookRefusal tooMuch() {
        return new WorkbookRefusal(new Wording(
                "the workbook's shared text holds more than " + MAX_STRINGS + " strings or " + (MAX_CHARS >> 20)
                        + " million characters, far more than any submission (the national figures hold 0.4 million strings); "
                        + "split the workbook (one per city or province)",
                "工作簿的共享文本超过 " + MAX_STRINGS + " 条或 " + (MAX_CHARS >> 20) + " 百万字符，远超任何提交文件（全国数据约 40 万条）；"
                        + "请拆分工作簿（按市或省各一个）"));
    }

    /**
     * Excel writes a character XML cannot hold as {@code _xHHHH_}; POI decoded these, so the text reads as it did.
     */
    static String decode(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_' && hex(s, i + 2)) {
                out.append((char) Integer.parseInt(s, i + 2, i + 6, 16));
                i += 7;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean hex(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
