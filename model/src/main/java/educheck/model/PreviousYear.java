package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Last year's open measures, for targets that compare with the year before ({@code <previous year="2023">}). */
@XmlType(name = "")
public final class PreviousYear extends Located {

    @XmlAttribute(required = true)
    private Integer year;

    @XmlElement(name = "measure")
    private List<Measure> measures = new ArrayList<>();

    /** Key → where a figure not in the submission came from (an archived run); the file's own figures have none. */
    @XmlTransient
    private final Map<String, String> origins = new HashMap<>();

    public PreviousYear() {
    }

    public PreviousYear(int year) {
        this.year = year;
    }

    public PreviousYear add(Measure measure) {
        measures.add(measure);
        return this;
    }

    /** Adds a figure taken from elsewhere than the submission, saying where ("archive run 12 of 2026-12-04"). */
    public PreviousYear addFrom(String origin, Measure measure) {
        measures.add(measure);
        origins.put(measure.getKey(), origin);
        return this;
    }

    /** Where last year's {@code key} came from when not from the submission itself; null when it did. */
    public String originOf(String key) {
        return origins.get(key);
    }

    public boolean hasFiguresFromElsewhere() {
        return !origins.isEmpty();
    }

    public int getYear() {
        return year == null ? 0 : year;
    }

    public List<Measure> getMeasures() {
        return measures;
    }
}
