package educheck.cli;

import educheck.model.io.SubmissionConverter;
import educheck.model.io.SubmissionTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "template",
        description = "Print a commented example submission to fill in, or write the workbook a district office fills in (--format xlsx).")
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "xml", paramLabel = "FORMAT",
            description = "xml (default: printed) or xlsx (an Excel workbook: labels, keys, drop-downs, one example row per sheet).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (whole or not at all); needed for xlsx.")
    Path output;

    @Override
    public Integer call() throws IOException {
        switch (format) {
            case "xml" -> {
                if (output == null) {
                    parent.out.print(SubmissionTemplate.text());
                } else {
                    try (AtomicOutput out = new AtomicOutput(output)) {
                        out.writer().write(SubmissionTemplate.text());
                        out.commit();
                    }
                }
            }
            case "xlsx" -> {
                if (output == null) {
                    throw new ParameterException(spec.commandLine(),
                            "--format xlsx writes a workbook, which a terminal cannot show: add --output FILE.xlsx");
                }
                try (AtomicOutput out = new AtomicOutput(output)) {
                    SubmissionConverter.template(out.stream());
                    out.commit();
                }
                parent.err.println("educheck: wrote " + output + "; fill in one row per district, school, section… from row 3,"
                        + " then run `educheck check " + output + "`");
            }
            default -> throw new ParameterException(spec.commandLine(), "--format: '" + format + "' is not one of xml, xlsx");
        }
        return ExitCodes.PASS;
    }
}
