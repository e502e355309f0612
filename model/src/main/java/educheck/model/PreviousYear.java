package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Last year's open measures, for targets that compare with the year before ({@code <previous year="2023">}). */
@XmlType(name = "")
public final class PreviousYear extends Located {

    @XmlAttribute(required = true)
    private Integer year;

    @XmlElement(name = "measure")
    private List<Measure> measures = new ArrayList<>();

    public PreviousYear() {
    }

    public PreviousYear(int year) {
        this.year = year;
    }

    public PreviousYear add(Measure measure) {
        measures.add(measure);
        return this;
    }

    public int getYear() {
        return year == null ? 0 : year;
    }

    public List<Measure> getMeasures() {
        return measures;
    }
}
