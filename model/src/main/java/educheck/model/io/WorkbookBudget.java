package educheck.model.io;

import java.nio.file.Path;

/**
 * What the sheets of one workbook hold together while they are read (a district's rows are spread over several, so
 * all are held until the last is read), against limits far above any submission's: memory stays bounded whatever
 * the workbook declares.
 */
final class WorkbookBudget {

    /** More data rows than this in one workbook are refused: national figures need about 400,000 (schools and sections). */
    static final int MAX_ROWS = 600_000;
    /**
     * The characters a workbook's data rows may hold together, a value repeated in many cells counted each time: a
     * province's workbook holds some 30 million (45 a row), so this is three times the most rows allowed. A cell of
     * 32,767 characters named in a million cells would otherwise be held a million times.
     */
    static final long MAX_HELD_CHARS = 100_000_000;
    /** Cells with faults reported one by one; past this each row says only that it has more. */
    static final int MAX_CELL_FAULTS = 10_000;

    private int rows;
    private long chars;
    private int faults;
    /** Said for each row past {@link #MAX_CELL_FAULTS} instead of its own faults: one message, so said once a district. */
    final InputError moreFaults;

    WorkbookBudget(Path file) {
        moreFaults = new InputError(file, 0, 0, null, new Wording(
                "… and more cells with faults in this workbook, not shown: fix those shown and check again",
                "……本工作簿还有更多单元格有错误，未列出：请改正以上错误后再检查"));
    }

    /** One more data row, of {@code length} characters. */
    void row(int length) throws WorkbookRefusal {
        if (++rows > MAX_ROWS) {
            throw new WorkbookRefusal(new Wording(
                    "more than " + MAX_ROWS + " rows of data; split the workbook (one per city or province) and check the parts together",
                    "数据超过 " + MAX_ROWS + " 行；请把工作簿拆分（按市或省各一个），再一起检查"));
        }
        chars += length;
        if (chars > MAX_HELD_CHARS) {
            throw new WorkbookRefusal(new Wording(
                    "the workbook's rows hold more than " + MAX_HELD_CHARS / 1_000_000 + " million characters of data, far more than "
                            + "any submission (a province's workbook holds some 30 million); split it (one per city or province)",
                    "工作簿各行数据合计超过 " + MAX_HELD_CHARS / 1_000_000 + " 百万字符，远超任何提交文件（一个省的工作簿约 3000 万）；"
                            + "请拆分（按市或省各一个）"));
        }
    }

    /** One more cell with a fault: whether it is still reported on its own. */
    boolean fault() {
        return ++faults <= MAX_CELL_FAULTS;
    }
}
