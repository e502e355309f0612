package educheck.model;

import jakarta.xml.bind.annotation.XmlEnum;

/** Where a school stands (城区 / 镇区 / 乡村). */
@XmlEnum
public enum Location {
    URBAN, TOWN, RURAL
}
