package educheck.model;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.math.BigDecimal;

/**
 * How numbers and yes/no values are read from and written to a submission. A value that does not parse is read
 * as not reported (null): the schema, applied while reading, has already reported it with its line and field and
 * kept the district from being checked. Without these the binder throws on a bad attribute (JAXB reports a bad
 * element but not a bad attribute), which would lose the rest of the file.
 */
public final class Lexical {

    private Lexical() {
    }

    /** xs:int and its restrictions. */
    public static final class Int extends XmlAdapter<String, Integer> {
        @Override
        public Integer unmarshal(String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String marshal(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    /** xs:decimal: written plain (41000, not 4.1E4), which is what the schema accepts. */
    public static final class Decimal extends XmlAdapter<String, Double> {
        @Override
        public Double unmarshal(String text) {
            try {
                double d = new BigDecimal(text.strip()).doubleValue();
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String marshal(Double value) {
            return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** xs:boolean: true, false, 1 or 0. */
    public static final class Flag extends XmlAdapter<String, Boolean> {
        @Override
        public Boolean unmarshal(String text) {
            return switch (text.strip()) {
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> null;
            };
        }

        @Override
        public String marshal(Boolean value) {
            return value == null ? null : value.toString();
        }
    }
}
