package educheck.checker.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled rules' index, kept in the cache folder and read back at the next start instead of parsing the DRL. */
class IndexFileTest {

    @TempDir
    Path cache;

    @Test
    void theIndexReadBackHasEveryRuleWithItsFileLinesAndMetadata() throws Exception {
        RuleFiles files = RuleFiles.bundled();
        RuleIndex parsed = RuleIndex.of(files);
        Path kept = IndexFile.of(cache, files);
        IndexFile.write(parsed, kept);

        RuleIndex read = IndexFile.read(kept);

        assertThat(read).isNotNull();
        assertThat(read.rules()).hasSize(parsed.rules().size()).hasSizeGreaterThan(100);
        for (RuleInfo p : parsed.rules()) {
            RuleInfo r = read.find(p.pkg(), p.name());
            assertThat(r).as(p.name()).isNotNull();
            assertThat(List.of(r.file(), r.line(), r.thenLine(), r.endLine(), r.consequence()))
                    .isEqualTo(List.of(p.file(), p.line(), p.thenLine(), p.endLine(), p.consequence()));
            assertThat(Arrays.asList(r.id(), r.metadata().text("required"), r.metadata().text("due"), r.metadata().text("source")))
                    .isEqualTo(Arrays.asList(p.id(), p.metadata().text("required"), p.metadata().text("due"), p.metadata().text("source")));
        }
        assertThat(read.packageOfFile()).isEqualTo(parsed.packageOfFile());
        assertThat(read.functions("CN")).isEqualTo(parsed.functions("CN"));
    }

    @Test
    void aCutOrForeignFileIsNotReadAndTheRulesAreIndexedAgain() throws Exception {
        RuleFiles files = RuleFiles.bundled();
        Path kept = IndexFile.of(cache, files);
        IndexFile.write(RuleIndex.of(files), kept);
        byte[] whole = Files.readAllBytes(kept);

        Files.write(kept, Arrays.copyOf(whole, whole.length / 2));
        assertThat(IndexFile.read(kept)).isNull();
        Files.writeString(kept, "not an index");
        assertThat(IndexFile.read(kept)).isNull();
        assertThat(IndexFile.read(cache.resolve("none.bin"))).isNull();
    }

    @Test
    void anotherRuleSetIsKeptUnderAnotherName() throws Exception {
        RuleFiles bundled = RuleFiles.bundled();
        java.util.Map<String, byte[]> all = new java.util.TreeMap<>(bundled.all());
        all.put("CN/extra.drl", "package CN;\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        RuleFiles edited = RuleFiles.of(all, "edited");

        assertThat(IndexFile.of(cache, edited)).isNotEqualTo(IndexFile.of(cache, bundled));
    }
}
