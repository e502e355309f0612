package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole submission file. Files are read district by district ({@code educheck.model.io.SubmissionReader}), so
 * this class is used to write files (templates, generators) rather than to read them.
 */
@XmlRootElement(name = "submission")
@XmlType(name = "")
public final class Submission {

    public static final String NAMESPACE = "urn:educheck:submission:1";

    @XmlAttribute(required = true)
    private int year;

    @XmlElement(name = "district")
    private List<District> districts = new ArrayList<>();

    public Submission() {
    }

    public Submission(int year) {
        this.year = year;
    }

    public int getYear() {
        return year;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public Submission add(District d) {
        districts.add(d);
        return this;
    }
}
