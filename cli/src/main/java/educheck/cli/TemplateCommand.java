package educheck.cli;

import educheck.model.io.SubmissionTemplate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "template", description = "Print a commented example submission to fill in.")
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Override
    public Integer call() {
        parent.out.print(SubmissionTemplate.text());
        return ExitCodes.PASS;
    }
}
