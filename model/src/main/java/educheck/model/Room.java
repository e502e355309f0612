package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** A specialist music or art room and its area in m² (CN.CE.GOV.3). */
@XmlType(name = "room")
public final class Room extends Located {

    @XmlAttribute(required = true)
    private RoomKind kind;

    @XmlAttribute(required = true)
    private Double area;

    public Room() {
    }

    public Room(RoomKind kind, double area) {
        this.kind = kind;
        this.area = area;
    }

    public RoomKind getKind() {
        return kind;
    }

    public double getArea() {
        return area == null ? 0 : area;
    }
}
