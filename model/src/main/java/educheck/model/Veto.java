package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** A one-vote veto (一票否决) reported by the district, with what happened. */
@XmlType(name = "")
public final class Veto extends Located {

    @XmlAttribute(required = true)
    private VetoKind kind;

    @XmlValue
    private String description;

    public Veto() {
    }

    public Veto(VetoKind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    public VetoKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description == null ? "" : description.trim();
    }
}
