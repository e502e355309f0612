package educheck.cli;

import educheck.model.io.InputError;
import educheck.model.io.SubmissionConverter;
import educheck.model.io.SubmissionConverter.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "convert",
        description = "Convert submissions between XML and Excel workbook (.xlsx), without loss: both give the same report.")
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (XML or .xlsx), or folders of them.")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "xml or xlsx.")
    String to;

    @Option(names = "--output", paramLabel = "FILE|DIR",
            description = "The file to write (one input), or the folder to write into (several). Default: beside each input,"
                    + " with the new extension.")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "Language of error messages: zh (default) or en.")
    String lang;

    @Override
    public Integer call() throws IOException {
        Format format = switch (to.toLowerCase(Locale.ROOT)) {
            case "xml" -> Format.XML;
            case "xlsx" -> Format.XLSX;
            default -> throw new ParameterException(spec.commandLine(), "--to: '" + to + "' is not one of xml, xlsx");
        };
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang: '" + lang + "' is not one of zh, en");
        }
        boolean chinese = lang.equals("zh");
        List<Path> files = Inputs.expand(inputs);
        boolean intoFolder = output != null && (files.size() > 1 || Files.isDirectory(output));
        if (intoFolder && !Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "--output: with several inputs it names a folder, and "
                    + output + " is not one");
        }
        int exit = ExitCodes.PASS;
        for (Path file : files) {
            Path target = output == null ? beside(file, format) : intoFolder ? output.resolve(renamed(file, format)) : output;
            if (target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                parent.err.println("educheck: " + file + (chinese ? " 已经是 " : " is already ") + format.name().toLowerCase(Locale.ROOT)
                        + (chinese ? "；用 --output 指定另一个文件" : "; name another file with --output"));
                exit = ExitCodes.BAD_INPUT;
                continue;
            }
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "no such file");
            }
            List<InputError> errors;
            try (AtomicOutput out = new AtomicOutput(target)) {
                errors = SubmissionConverter.convert(file, format, out.stream());
                if (errors.isEmpty()) {
                    out.commit();
                }
            }
            if (errors.isEmpty()) {
                parent.err.println("educheck: " + file + " → " + target);
            } else {
                parent.err.println(chinese ? "educheck: " + file + " 有 " + errors.size() + " 个数据错误，未转换："
                        : "educheck: " + file + " has " + errors.size() + " input error(s) and was not converted:");
                errors.forEach(e -> parent.err.println("  " + e.text(chinese)));
                exit = ExitCodes.BAD_INPUT;
            }
        }
        return exit;
    }

    private static Path beside(Path file, Format format) {
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(renamed(file, format));
    }

    private static String renamed(Path file, Format format) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "." + format.name().toLowerCase(Locale.ROOT);
    }
}
