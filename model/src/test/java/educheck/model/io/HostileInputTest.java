package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to harm are refused by the first pass, with a message, before the binder reads a byte of them. */
class HostileInputTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">\n";

    @TempDir
    Path dir;

    private final SubmissionReader reader = new SubmissionReader();

    @Test
    void refusesBillionLaughsWithoutExpandingIt() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE submission [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">"
                + "<district code=\"320583\" name=\"&l12;\"/></submission>");
        long started = System.nanoTime();
        FileSummary summary = read(dtd.toString());

        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("DOCTYPE");
            assertThat(e.messageZh()).contains("DOCTYPE");
            assertThat(e.line()).isPositive();
        });
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void refusesDeepNesting() throws IOException {
        String deep = "<district code=\"320583\" name=\"a\">" + "<measure>".repeat(10_000) + "</measure>".repeat(10_000) + "</district>";
        FileSummary summary = read(HEAD + deep + "</submission>");

        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("nested more than " + PreScan.MAX_DEPTH);
            assertThat(e.field()).isEqualTo("measure");
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void refusesAnAttributeLongerThanAnyValue() throws IOException {
        String name = "区".repeat(PreScan.MAX_VALUE_CHARS + 1);
        FileSummary summary = read(HEAD + "\n<district code=\"320583\" name=\"" + name + "\"/></submission>");

        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("district[320583]/@name");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).contains("10001 characters");
            assertThat(e.messageZh()).contains("10001 个字符");
        });
    }

    @Test
    void readsATagLongerThanAnyValueWhenEachOfItsValuesFits() throws IOException {
        // Written in 10,500 characters, read as 2,100: an escaped value is shorter than its text, so only the value counts.
        String escaped = "&amp;".repeat(PreScan.MAX_VALUE_CHARS / 5 + 100);
        String longest = "区".repeat(PreScan.MAX_VALUE_CHARS);
        for (String name : List.of(escaped, longest)) {
            Path file = Files.writeString(dir.resolve("long-tag.xml"), HEAD + "<district code=\"320583\" name=\"" + name
                    + "\"/></submission>", StandardCharsets.UTF_8);
            List<DistrictInput> seen = new ArrayList<>();

            FileSummary summary = reader.read(file, seen::add);

            assertThat(summary.fileErrors()).isEmpty();
            assertThat(seen).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("320583"));
        }
    }

    @Test
    void refusesAHugeAttributeBeforeTheParserHoldsItWhole() throws IOException {
        String huge = "x".repeat((int) SizeGuard.MAX_BYTES_PER_EVENT * 3);
        FileSummary summary = read(HEAD + "<district code=\"320583\" name=\"" + huge + "\"/></submission>");

        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("1 MiB");
            assertThat(e.line()).as("the line the oversized tag starts on").isEqualTo(3);
        });
    }

    @Test
    void refusesAHugeCommentFullOfMarkup() throws IOException {
        String comment = "<!--" + "<a>".repeat((int) SizeGuard.MAX_BYTES_PER_EVENT) + "-->";
        FileSummary summary = read(HEAD + comment + "<district code=\"320583\" name=\"a\"/></submission>");
        assertThat(summary.fileErrors()).singleElement().satisfies(e -> assertThat(e.message()).contains("1 MiB"));
    }

    @Test
    void refusesALongTextInChunksWithoutJoiningThem() throws IOException {
        String text = "1".repeat(PreScan.MAX_VALUE_CHARS * 5);
        FileSummary summary = read(HEAD + "<district code=\"320583\" name=\"a\">\n<socialRecognition>" + text
                + "</socialRecognition></district></submission>");

        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("district[320583]/socialRecognition");
            assertThat(e.message()).contains("longer than " + PreScan.MAX_VALUE_CHARS);
        });
    }

    @Test
    void refusesADistrictOfMoreElementsThanAnyCounty() throws IOException {
        String rooms = "<room kind=\"ART\" area=\"1\"/>".repeat(PreScan.MAX_ELEMENTS_PER_DISTRICT);
        FileSummary summary = read(HEAD + "<district code=\"320583\" name=\"a\"><school id=\"S1\" name=\"s\" type=\"PRIMARY\">"
                + rooms + "</school></district></submission>");
        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("district");
            assertThat(e.message()).contains("more than " + PreScan.MAX_ELEMENTS_PER_DISTRICT + " elements");
        });
    }

    @Test
    void aLargeCountyIsNotMistakenForOneHugeToken() throws IOException {
        String school = "<school id=\"S%d\" name=\"学校\" type=\"PRIMARY\"><section level=\"PRIMARY\" students=\"500\"/></school>\n";
        StringBuilder schools = new StringBuilder();
        for (int i = 0; schools.length() < 3 * SizeGuard.MAX_BYTES_PER_EVENT; i++) {
            schools.append(String.format(school, i));
        }
        Path file = Files.writeString(dir.resolve("large.xml"),
                HEAD + "<district code=\"320583\" name=\"a\">" + schools + "</district></submission>", StandardCharsets.UTF_8);
        List<DistrictInput> seen = new ArrayList<>();
        FileSummary summary = reader.read(file, seen::add);

        assertThat(summary.fileErrors()).isEmpty();
        assertThat(seen).singleElement().satisfies(d -> {
            assertThat(d.errors()).isEmpty();
            assertThat(d.district().getSchools()).hasSizeGreaterThan(20_000);
        });
    }

    @Test
    void anUndeclaredEntityIsNotWellFormedAndReadsNothing() throws IOException {
        FileSummary summary = read(HEAD + "<district code=\"320583\" name=\"&secret;\"/></submission>");
        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("not well-formed XML").contains("secret");
            assertThat(e.messageZh()).startsWith("XML 格式错误");
        });
    }

    @Test
    void aMissingFileIsNamedAsSuch() {
        FileSummary summary = reader.read(dir.resolve("nowhere.xml"), d -> { });
        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("file not found");
            assertThat(e.messageZh()).isEqualTo("找不到文件");
        });
    }

    /**
     * Issue 26: a workbook that exhausted the heap ended the whole run with the JVM's own words, the other files'
     * reports lost. The limits make it unlikely; this guard makes it one file's error.
     */
    @Test
    void runningOutOfMemoryOnAFileIsThatFilesErrorNotTheRunsEnd() {
        FileSummary summary = reader.read(dir.resolve("huge.xlsx"), () -> {
            throw new OutOfMemoryError("Java heap space");
        }, d -> { });

        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.text(false)).startsWith(dir.resolve("huge.xlsx") + ": reading this file ran out of memory")
                    .contains("split it", "EDUCHECK_JAVA_OPTS");
            assertThat(e.messageZh()).contains("内存不足");
        });
    }

    @Test
    void aFileOfNoDistrictIsAnErrorNotACleanRun() throws IOException {
        FileSummary summary = read("<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\"></submission>");

        assertThat(summary.fileErrors()).singleElement().satisfies(e -> assertThat(e.text(false))
                .contains("submission: <submission> holds no <district>, so nothing was checked"));
    }

    @Test
    void emptyAndBinaryFilesAreCalledWhatTheyAre() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        Object[][] cases = {
            {"empty.xlsx", new byte[0], "the file is empty (0 bytes)"},
            {"empty.xml", new byte[0], "the file is empty (0 bytes)"},
            {"picture.xlsx", png, "a PNG image, not a submission"},
            {"picture.xml", png, "a PNG image, not a submission"},
            {"data.xlsx", new byte[] {1, 2, 0, 0, 5, 6, 7, 8, 9}, "a binary file, not a submission"},
        };
        for (Object[] c : cases) {
            Path file = Files.write(dir.resolve((String) c[0]), (byte[]) c[1]);
            assertThat(reader.read(file, d -> { }).fileErrors()).as((String) c[0]).singleElement()
                    .satisfies(e -> assertThat(e.text(false)).isEqualTo(file + ": " + e.message()).contains((String) c[2]));
        }
    }

    private FileSummary read(String xml) throws IOException {
        Path file = Files.writeString(dir.resolve("hostile.xml"), xml, StandardCharsets.UTF_8);
        List<DistrictInput> seen = new ArrayList<>();
        FileSummary summary = reader.read(file, seen::add);
        assertThat(seen).as("a refused file yields no district").isEmpty();
        return summary;
    }
}
