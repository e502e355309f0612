package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** An open key/value measure ({@code <measure key="educationBudget" value="2310000000"/>}) for local rules. */
@XmlType(name = "")
public final class Measure extends Located {

    @XmlAttribute(required = true)
    private String key;

    @XmlAttribute(required = true)
    private String value;

    public Measure() {
    }

    public Measure(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    /** The value as a rule reads it: a number, a yes/no, or missing with the reason when it is neither. */
    public Measured measured() {
        String v = value == null ? "" : value.trim();
        if (v.equals("true") || v.equals("false")) {
            return Measured.flag(key, Boolean.valueOf(v));
        }
        try {
            return Measured.of(key, Double.valueOf(v));
        } catch (NumberFormatException e) {
            return Measured.missing(key, "measure " + key + " is '" + value + "', not a number or true/false");
        }
    }
}
