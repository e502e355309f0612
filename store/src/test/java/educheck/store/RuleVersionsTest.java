package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.CheckRun;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.render.RenderOptions;
import educheck.checker.report.RuleBasis;
import educheck.checker.report.RunInfo;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled rules are version 1, a published folder the next; each keeps its files, and runs say their version. */
class RuleVersionsTest {

    private static RuleSet bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws RuleSetException {
        bundled = RuleSet.bundled();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void theBundledRulesAreVersionOneAndAPublishedFolderTheNextWithItsFiles(String kind) throws Exception {
        String location = Archives.fresh(kind, dir);
        Path folder = dir.resolve("rules");
        RuleFiles.bundled().writeTo(folder, false);
        Files.writeString(folder.resolve("CN/preschool.drl"), "\n// raised by circular 3\n", java.nio.file.StandardOpenOption.APPEND);
        RuleFiles edited = RuleFiles.fromDirectory(folder);
        try (Archive archive = Archive.open(location)) {
            RuleVersions versions = archive.ruleVersions();
            assertThat(versions.all()).isEmpty();
            assertThat(versions.versionOf(edited, 1)).as("a folder never published has no version").isNull();
            assertThat(versions.versionOf(bundled.files(), bundled.ruleCount())).isEqualTo(1);
            assertThat(versions.versionOf(bundled.files(), bundled.ruleCount())).as("registered once").isEqualTo(1);

            RuleVersions.Version v2 = versions.publish(edited, 156, "wang", "按通知提高目标", "教督〔2025〕3号");
            assertThat(v2.number()).isEqualTo(2);
            assertThat(versions.publish(edited, 156, "li", "again", null).number()).as("same files, same version").isEqualTo(2);
            assertThat(versions.versionOf(edited, 156)).isEqualTo(2);
            assertThat(versions.latest()).get().extracting(RuleVersions.Version::number).isEqualTo(2);
        }
        try (Archive archive = Archive.open(location)) {
            RuleVersions versions = archive.ruleVersions();
            assertThat(versions.all()).extracting(RuleVersions.Version::number, RuleVersions.Version::author,
                    RuleVersions.Version::reason, RuleVersions.Version::document)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, RuleVersions.BUNDLED_AUTHOR, "the rules bundled with educheck", null),
                            org.assertj.core.groups.Tuple.tuple(2, "wang", "按通知提高目标", "教督〔2025〕3号"));
            assertThat(versions.files(2)).containsOnlyKeys(edited.all().keySet());
            assertThat(versions.files(2).get("CN/preschool.drl")).isEqualTo(edited.all().get("CN/preschool.drl"));
            assertThat(versions.files(1).get("CN/preschool.drl")).isEqualTo(bundled.files().all().get("CN/preschool.drl"));
            assertThat(versions.number(3)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void anArchivedRunKeepsItsVersionAndItsReportSaysIt(String kind) throws Exception {
        String location = Archives.fresh(kind, dir);
        Path file = Path.of("..", "samples", "passing-320583-kunshan.xml");
        long id;
        try (Archive archive = Archive.open(location)) {
            RunInfo info = RunInfo.of(bundled).withVersion(archive.ruleVersions().versionOf(bundled.files(), bundled.ruleCount()))
                    .withBasis(RuleBasis.IN_FORCE);
            try (RunRecorder recorder = archive.record(info, List.of(file))) {
                new CheckRun(new DistrictChecker(bundled), 1).run(List.of(file), recorder);
                recorder.commit();
                id = recorder.runId();
            }
        }
        try (Archive archive = Archive.open(location)) {
            assertThat(archive.runInfo(id).version()).isEqualTo(1);
            assertThat(archive.runInfo(id).basis()).as("why, kept with the run").isEqualTo(RuleBasis.IN_FORCE);
            // The input is kept byte for byte, to check the run again under a draft (what-if).
            Path again = Files.createDirectories(dir.resolve("again"));
            assertThat(archive.inputFiles(id, again)).singleElement().satisfies(p -> {
                assertThat(p.getFileName().toString()).isEqualTo("0-passing-320583-kunshan.xml");
                assertThat(Files.readAllBytes(p)).isEqualTo(Files.readAllBytes(file));
            });
            StringWriter zh = new StringWriter();
            archive.render(id, "text", zh, RenderOptions.plain(RenderOptions.Lang.ZH));
            assertThat(zh.toString().lines().findFirst().orElseThrow()).endsWith(" · 规则版本 1（档案库现行规则）");
            StringWriter en = new StringWriter();
            archive.render(id, "html", en, RenderOptions.plain(RenderOptions.Lang.EN));
            assertThat(en.toString()).contains(" · <span id=\"rule-basis\">rule set version 1 (in force in the archive)</span> · ");
            StringWriter json = new StringWriter();
            archive.render(id, "json", json, RenderOptions.plain(RenderOptions.Lang.EN));
            assertThat(json.toString()).contains("\"version\" : 1,").contains("\"why\" : \"in-force\"");
            StringWriter xml = new StringWriter();
            archive.render(id, "xml", xml, RenderOptions.plain(RenderOptions.Lang.EN));
            assertThat(xml.toString()).contains(" version=\"1\" why=\"in-force\"");
            StringWriter csv = new StringWriter();
            archive.render(id, "csv", csv, RenderOptions.plain(RenderOptions.Lang.EN));
            assertThat(csv.toString().lines().skip(1).findFirst().orElseThrow()).startsWith("ruleSet,,,,1,in-force,,,,,,"
                    + "rule set version 1 (in force in the archive),bundled," + bundled.sha256() + ",");
        }
    }
}
