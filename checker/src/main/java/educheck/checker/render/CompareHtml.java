package educheck.checker.render;

import educheck.checker.compare.ComparisonTable;
import java.io.PrintWriter;
import java.io.Writer;

/** The comparison as one self-contained html table ({@code compare.jte}), cells coloured by status, the report's style. */
final class CompareHtml implements ComparisonFormat {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void write(Writer writer, ComparisonTable table, RenderOptions options) {
        PrintWriter out = new PrintWriter(writer);
        JtecompareGenerated.render(HtmlOutput.to(out), null, new Labels(options.lang()), table, Html.css());
        out.flush();
    }
}
