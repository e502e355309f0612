package educheck.cli;

import educheck.model.io.SubmissionSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "schema", description = "Print the submission XSD that district offices validate their files against.")
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Override
    public Integer call() {
        parent.out.print(SubmissionSchema.text());
        return ExitCodes.PASS;
    }
}
