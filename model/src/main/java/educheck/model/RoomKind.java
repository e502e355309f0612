package educheck.model;

import jakarta.xml.bind.annotation.XmlEnum;

/** Specialist rooms counted by CN.CE.GOV.3. */
@XmlEnum
public enum RoomKind {
    MUSIC, ART
}
