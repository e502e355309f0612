package educheck.model.io;

import javax.xml.stream.XMLStreamException;

/**
 * Reading a workbook stopped because the workbook as a whole cannot be a submission (more rows, strings or formats
 * than any has, a damaged part): what the clerk is told, with no line or cell to name. Thrown from inside the parts'
 * parsing loops, hence a kind of {@link XMLStreamException}.
 */
final class WorkbookRefusal extends XMLStreamException {

    final transient Wording words;

    WorkbookRefusal(Wording words) {
        super(words.en());
        this.words = words;
    }

    InputError error(java.nio.file.Path file) {
        return new InputError(file, 0, 0, null, words);
    }

    /** A part that is not well-formed XML: named, with the parser's words, for a workbook saved or copied badly. */
    static WorkbookRefusal damaged(String part, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String detail = XmlFaults.parserMessage(e) + (line > 0 ? " (line " + line + ")" : "");
        return new WorkbookRefusal(new Wording(
                part + " is damaged, not well-formed XML: " + detail + "; save the workbook again from Excel or LibreOffice",
                part + " 已损坏，不是格式正确的 XML：" + detail + "；请用 Excel 或 LibreOffice 重新保存工作簿"));
    }
}
