package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.model.District;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled sample, converted to a workbook and back, binds to the same districts field for field. */
class WorkbookRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Path> samples() throws IOException {
        Path root = Path.of("..", "samples");
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSampleSurvivesTheRoundTripThroughAWorkbook(Path sample) throws Exception {
        Path xlsx = dir.resolve("s.xlsx");
        Path back = dir.resolve("back.xml");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            assertThat(SubmissionConverter.convert(sample, SubmissionConverter.Format.XLSX, out)).isEmpty();
        }
        try (OutputStream out = Files.newOutputStream(back)) {
            assertThat(SubmissionConverter.convert(xlsx, SubmissionConverter.Format.XML, out)).isEmpty();
        }
        assertThat(dump(xlsx)).isEqualTo(dump(sample));
        assertThat(dump(back)).isEqualTo(dump(sample));
    }

    /** Each district as JAXB writes it back, with the year: equal dumps mean equal objects. */
    static String dump(Path file) throws JAXBException {
        List<InputError> errors = new ArrayList<>();
        List<DistrictInput> districts = new SubmissionReader().readAll(file, errors);
        assertThat(errors).isEmpty();
        StringWriter out = new StringWriter();
        Marshaller m = JAXBContext.newInstance(District.class).createMarshaller();
        m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        for (DistrictInput d : districts) {
            assertThat(d.errors()).as(file.toString()).isEmpty();
            out.write(d.year() + "\n");
            m.marshal(d.district(), out);
        }
        return out.toString();
    }
}
