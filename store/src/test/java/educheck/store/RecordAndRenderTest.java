package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.CheckRun;
import educheck.checker.load.CountyTable;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.render.Formats;
import educheck.checker.render.RenderOptions;
import educheck.checker.render.TeeStream;
import educheck.checker.report.RunInfo;
import educheck.generator.Generator;
import educheck.model.Waivers;
import educheck.model.io.WaiverReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A run recorded in the archive renders again, in every format, exactly as it was first reported. */
class RecordAndRenderTest {

    private static RuleSet rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws RuleSetException {
        rules = RuleSet.bundled();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void anArchivedRunRendersAsTheOriginalReportInEveryFormat(String kind) throws Exception {
        Path file = dir.resolve("districts.xml");
        new Generator(7, 2024, CountyTable.of(RuleFiles.bundled()).under("")).write(12, file);
        RunInfo info = RunInfo.of(rules);
        StringWriter json = new StringWriter();
        long id;
        String location = Archives.fresh(kind, dir);
        try (Archive archive = Archive.open(location);
             RunRecorder recorder = archive.record(info, List.of(file))) {
            new CheckRun(new DistrictChecker(rules), 2).run(List.of(file),
                    new TeeStream(Formats.byName("json").open(json, info, RenderOptions.plain(RenderOptions.Lang.EN)), recorder));
            recorder.commit();
            id = recorder.runId();
        }
        try (Archive archive = Archive.open(location)) {
            assertThat(render(archive, id, "json")).isEqualTo(json.toString());
            for (String format : List.of("text", "html", "csv", "xml", "rectification")) {
                assertThat(render(archive, id, format)).isEqualTo(original(file, format));
            }
            assertThat(archive.runs()).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(id);
                assertThat(r.districts()).isEqualTo(12);
                assertThat(r.year()).isEqualTo(2024);
                assertThat(r.inputs()).containsExactly(file.toString());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void aRunWithWaiversRendersWithWhatBecameOfEachWaiver(String kind) throws Exception {
        Path file = Path.of("..", "samples", "failing-430626-pingjiang.xml");
        StringWriter plain = new StringWriter();
        RunInfo none = RunInfo.of(rules);
        new CheckRun(new DistrictChecker(rules), 1).run(List.of(file), Formats.byName("csv").open(plain, none,
                RenderOptions.plain(RenderOptions.Lang.EN)));
        // The first FAIL of the sample, waived; one waiver for nothing, one expired.
        String fail = plain.toString().lines().filter(l -> l.contains(",FAIL,")).findFirst().orElseThrow();
        Matcher m = Pattern.compile("(CN\\.[A-Z.0-9]+),([^,]+),FAIL").matcher(fail);
        assertThat(m.find()).as(fail).isTrue();
        Path csv = Files.writeString(dir.resolve("waivers.csv"), "district,id,subject,reason,approvedBy,expires\n"
                + "430626," + m.group(1) + "," + m.group(2) + ",being fixed,县教育局,2030-06-30\n"
                + "430626,CN.CE.RES.1,NOPE/PRIMARY,no such subject,县教育局,2030-06-30\n"
                + "430626,CN.CE.RES.2,S1/PRIMARY,long ago,县教育局,2001-01-01\n");
        Waivers waivers = WaiverReader.read(csv, LocalDate.of(2025, 1, 1));
        RunInfo info = RunInfo.of(rules, waivers);
        StringWriter json = new StringWriter();
        String location = Archives.fresh(kind, dir);
        long id;
        try (Archive archive = Archive.open(location); RunRecorder recorder = archive.record(info, List.of(file))) {
            new CheckRun(new DistrictChecker(rules, waivers), 1).run(List.of(file),
                    new TeeStream(Formats.byName("json").open(json, info, RenderOptions.plain(RenderOptions.Lang.EN)), recorder));
            recorder.commit();
            id = recorder.runId();
        }
        assertThat(json.toString()).contains("\"WAIVED\"").contains("\"UNMATCHED\"").contains("\"EXPIRED\"");
        try (Archive archive = Archive.open(location)) {
            assertThat(render(archive, id, "json")).isEqualTo(json.toString());
        }
    }

    private String render(Archive archive, long id, String format) throws IOException {
        StringWriter out = new StringWriter();
        archive.render(id, format, out, RenderOptions.plain(RenderOptions.Lang.EN));
        return out.toString();
    }

    private String original(Path file, String format) throws IOException {
        StringWriter out = new StringWriter();
        RunInfo info = RunInfo.of(rules);
        new CheckRun(new DistrictChecker(rules), 2).run(List.of(file),
                Formats.byName(format).open(out, info, RenderOptions.plain(RenderOptions.Lang.EN)));
        return out.toString();
    }
}
