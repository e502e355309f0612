package educheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import educheck.checker.load.RuleListing;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.render.Csv;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the rules: ID, jurisdiction, whom each binds (district, city, province)"
        + " and how firmly (binding, aspiration, baseline), scope, threshold, due year, file:line and source, to find"
        + " the rule to change. --format text (default), json or csv (UTF-8 with BOM, for a spreadsheet).")
final class RulesListCommand implements Callable<Integer> {

    private static final List<String> HEADER = List.of("ID", "JURISDICTION", "BINDS", "FORCE", "SCOPE", "THRESHOLD", "DUE",
            "FILE:LINE", "SOURCE");

    @ParentCommand
    RulesCommand rules;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesFolder folder;

    @Mixin
    RuleOptions.Trust trust;

    @Option(names = "--jurisdiction", paramLabel = "J", description = "Only the rules of rule set J (CN, CN-33, …).")
    String jurisdiction;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default), json or csv.")
    String format;

    @Override
    public Integer call() throws IOException, RuleSetException {
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format: '" + format + "' is not text, json or csv");
        }
        RuleSet ruleSet = RuleSource.load(folder.dir, rules.parent.err, trust.trust());
        if (jurisdiction != null && !ruleSet.jurisdictions().contains(jurisdiction)) {
            throw new ParameterException(spec.commandLine(), "--jurisdiction: no rule set " + jurisdiction + "; there are "
                    + String.join(", ", ruleSet.jurisdictions()));
        }
        List<RuleListing.Row> rows = RuleListing.of(ruleSet, jurisdiction);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(rules.parent.out, StandardCharsets.UTF_8));
        switch (format) {
            case "json" -> json(out, rows);
            case "csv" -> csv(out, rows);
            default -> text(rows);
        }
        out.flush();
        return ExitCodes.PASS;
    }

    private static String[] cells(RuleListing.Row r) {
        String id = r.id().equals("-") ? "\"" + r.name() + "\"" : r.id();
        String force = r.draft() && !r.force().isEmpty() ? r.force() + " (draft)" : r.force();
        return new String[] {id, r.jurisdiction(), r.binds(), force, r.scope(), r.threshold(), r.due(), r.location(),
                r.source()};
    }

    private void text(List<RuleListing.Row> rows) {
        List<String[]> table = new ArrayList<>();
        table.add(HEADER.toArray(String[]::new));
        rows.forEach(r -> table.add(cells(r)));
        Table.print(rules.parent.out, table);
    }

    private static void csv(PrintWriter out, List<RuleListing.Row> rows) {
        PrintWriter csv = Csv.start(out, List.of("id", "jurisdiction", "binds", "force", "scope", "threshold", "due",
                "location", "source", "draft", "rule"));
        for (RuleListing.Row r : rows) {
            Csv.row(csv, List.of(Csv.text(r.id()), r.jurisdiction(), r.binds(), r.force(), Csv.text(r.scope()),
                    Csv.text(r.threshold()), r.due(), r.location(), Csv.text(r.source()), String.valueOf(r.draft()),
                    Csv.text(r.name())));
        }
        csv.flush();
    }

    private static void json(PrintWriter out, List<RuleListing.Row> rows) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (RuleListing.Row r : rows) {
                json.writeStartObject();
                json.writeStringField("id", r.id().equals("-") ? null : r.id());
                json.writeStringField("rule", r.name());
                json.writeStringField("jurisdiction", r.jurisdiction());
                json.writeStringField("binds", r.binds().isEmpty() ? null : r.binds());
                json.writeStringField("force", r.force().isEmpty() ? null : r.force());
                json.writeBooleanField("draft", r.draft());
                json.writeStringField("scope", r.scope());
                json.writeStringField("threshold", r.threshold());
                if (!r.due().isEmpty()) {
                    json.writeNumberField("due", Integer.parseInt(r.due()));
                }
                json.writeStringField("location", r.location());
                json.writeStringField("source", r.source());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }
}
