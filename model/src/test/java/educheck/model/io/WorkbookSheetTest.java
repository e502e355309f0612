package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A number cell's text as the XML writes it: the short cuts for counts and short decimals give what the full round gives. */
class WorkbookSheetTest {

    /** The round every number cell took before the short cuts: through a double and a stripped decimal. */
    private static String throughDecimal(String number) {
        try {
            BigDecimal d = BigDecimal.valueOf(Double.parseDouble(number)).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    @Test
    void plainGivesWhatTheRoundThroughADecimalGives() {
        List<String> numbers = new ArrayList<>(List.of("0", "00", "007", "-0", "-5", "1200", "1200.0", "1.2E3", "0.85", "0.850",
                ".5", "5.", "-0.5", "0.001", "0.0001", "1E-4", "9999999", "10000000", "12345678.5", "123456789012345",
                "1234567890123456", "12345678901234567890", "0.1000000000000000055511151231257827", "2.82879384806159E17",
                "1.0E23", "NaN", "Infinity", "abc", "", " 12", "12 ", "+3", "0x10", "3.14159265358979"));
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            numbers.add(Integer.toString(random.nextInt(1_000_000)));
            numbers.add(random.nextInt(100_000) + "." + random.nextInt(1_000));
            numbers.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(20) - 8)));
            numbers.add(Long.toString(random.nextLong() >>> random.nextInt(64)));
        }

        for (String n : numbers) {
            assertThat(WorkbookSheet.plain(n)).as(n).isEqualTo(throughDecimal(n));
        }
    }
}
