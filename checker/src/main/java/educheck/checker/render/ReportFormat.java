package educheck.checker.render;

import educheck.checker.report.ReportStream;

import educheck.checker.report.RunInfo;
import java.io.Writer;

/** One output format (text, json, …). Each lives in one class; {@link Formats} picks one by name. */
public interface ReportFormat {

    /** The name given to {@code --format}. */
    String name();

    ReportStream open(Writer out, RunInfo run, RenderOptions options);
}
