package educheck.model.io;

import educheck.model.io.WorkbookLayout.Column;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of one sheet as read: its key row, and each data row's values as the XML would write them (a number
 * cell as a plain decimal, a boolean as true/false), with the faults found in its cells. Held whole until every
 * sheet is read, because a district's rows are spread over several sheets; a row is packed into one string so that
 * a 200,000-row sheet stays small.
 */
final class WorkbookSheet {

    final Path file;
    final String name;
    final WorkbookLayout.Sheet layout;
    /** Column index (0 = A) to its slot among this sheet's known keys, -1 for a column without a key. */
    private final Map<Integer, Integer> slotOfColumn = new HashMap<>();
    final List<Column> slots = new ArrayList<>();
    private final List<String> letters = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    /** Faults in the sheet's shape (its key row), which stop the whole workbook. */
    final List<InputError> shapeErrors = new ArrayList<>();
    boolean keyRowSeen;

    WorkbookSheet(Path file, String name, WorkbookLayout.Sheet layout) {
        this.file = file;
        this.name = name;
        this.layout = layout;
    }

    /** One data row: its number in the sheet, its packed values and the faults in its cells (null when none). */
    static final class Row {
        final int number;
        private final String packed;
        List<InputError> errors;

        Row(int number, String packed) {
            this.number = number;
            this.packed = packed;
        }

        /** The value in a slot, or null when the cell is blank. */
        String get(int slot) {
            if (slot < 0) {
                return null;
            }
            int start = 0;
            for (int i = 0; i < slot; i++) {
                start = packed.indexOf('\0', start) + 1;
            }
            int end = packed.indexOf('\0', start);
            String v = packed.substring(start, end < 0 ? packed.length() : end);
            return v.isEmpty() ? null : v;
        }

        /** Every slot's value (null where blank), split in one pass for a reader of the whole row. */
        String[] values(int slots) {
            String[] values = new String[slots];
            int start = 0;
            for (int slot = 0; slot < slots && start <= packed.length(); slot++) {
                int end = packed.indexOf('\0', start);
                int stop = end < 0 ? packed.length() : end;
                values[slot] = stop == start ? null : packed.substring(start, stop);
                start = stop + 1;
            }
            return values;
        }

        void error(InputError e) {
            if (errors == null) {
                errors = new ArrayList<>(2);
            }
            errors.add(e);
        }
    }

    int slot(String key) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code 学校 school!F12 (students)}: where a fault is, in the words of the contract. */
    String at(int row, String key) {
        int slot = slot(key);
        String cell = slot < 0 ? row + ":" + row : letters.get(slot) + row;
        return name + "!" + cell + " (" + key + ")";
    }

    String atCell(String ref, String key) {
        return name + "!" + ref + (key == null ? "" : " (" + key + ")");
    }

    /** Row 2: a key names a column; a blank keeps the column out; an unknown key is an error. */
    void keyRow(Map<Integer, String> keys) {
        keyRowSeen = true;
        if (keys.values().stream().noneMatch(k -> layout.column(k.strip()) != null)) {
            missingKeyRow();
            return;
        }
        for (Map.Entry<Integer, String> k : keys.entrySet()) {
            String key = k.getValue().strip();
            String ref = letter(k.getKey()) + "2";
            if (key.isEmpty()) {
                continue;
            }
            Column column = layout.column(key);
            if (column == null) {
                shapeErrors.add(new InputError(file, 0, 0, atCell(ref, key), new Wording(
                        "unknown key '" + key + "'; the keys of this sheet are " + keys(),
                        "未知的键 '" + key + "'；本表的键为 " + keys())));
            } else if (slot(key) >= 0) {
                shapeErrors.add(new InputError(file, 0, 0, atCell(ref, key), new Wording(
                        "key '" + key + "' names two columns; keep one", "键 '" + key + "' 出现在两列中；只保留一列")));
            } else {
                slotOfColumn.put(k.getKey(), slots.size());
                slots.add(column);
                letters.add(letter(k.getKey()));
            }
        }
    }

    /** Without its keys a sheet's columns cannot be told apart; reported once. */
    void missingKeyRow() {
        keyRowSeen = true;
        shapeErrors.add(new InputError(file, 0, 0, atCell("2:2", null), new Wording(
                "no key row: row 2 must hold the keys that name the columns (" + keys() + "); data start at row 3",
                "缺少键行：第 2 行须填写各列的键（" + keys() + "）；数据从第 3 行开始")));
    }

    private String keys() {
        return String.join(", ", layout.columns().stream().map(Column::key).toList());
    }

    int slotOfColumn(int column) {
        return slotOfColumn.getOrDefault(column, -1);
    }

    Column columnAt(int slot) {
        return slots.get(slot);
    }

    static String letter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    static int columnIndex(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return c - 1;
    }

    static int rowIndex(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(ref.substring(i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A number as the XML writes it: 0.85, 1200, never 1.2E3 or 1200.0. */
    static String plain(String number) {
        if (isPlainInteger(number)) {
            return number;  // what the round below gives it back as, without the cost (most cells are counts)
        }
        try {
            double value = Double.parseDouble(number);
            String shortest = Double.toString(value);
            if (shortest.equals(number) && shortest.indexOf('E') < 0 && !shortest.endsWith("0")) {
                return number;  // 0.85: the decimal below would be made from these digits and give them back
            }
            BigDecimal d = new BigDecimal(shortest).stripTrailingZeros();  // what BigDecimal.valueOf(value) makes
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    /** Up to 15 digits, no sign, no leading zero: exact as a double, so the round through one gives it unchanged. */
    private static boolean isPlainInteger(String s) {
        int n = s.length();
        if (n == 0 || n > 15 || (s.charAt(0) == '0' && n > 1)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A text cell's value for a column: booleans in the words people type, numbers stripped of spaces. */
    static String text(Column column, String value) {
        String v = value.strip();
        if (column.kind() == WorkbookLayout.Kind.BOOLEAN) {
            String lower = v.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || v.equals("是")) {
                return "true";
            }
            if (lower.equals("false") || v.equals("否")) {
                return "false";
            }
        }
        return column.kind() == WorkbookLayout.Kind.TEXT ? value : v;
    }
}
