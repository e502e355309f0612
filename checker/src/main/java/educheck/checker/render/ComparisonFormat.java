package educheck.checker.render;

import educheck.checker.compare.ComparisonTable;
import java.io.IOException;
import java.io.Writer;

/** One format of {@code educheck compare} (text, html, csv, json); {@link ComparisonFormats} picks one by name. */
public interface ComparisonFormat {

    /** The name given to {@code compare --format}. */
    String name();

    void write(Writer out, ComparisonTable table, RenderOptions options) throws IOException;
}
