package educheck.model;

import jakarta.xml.bind.annotation.XmlEnum;

/** The kind of compulsory-education school; nine- and twelve-year schools carry two sections. */
@XmlEnum
public enum SchoolType {
    PRIMARY, JUNIOR, NINE_YEAR, TWELVE_YEAR, SPECIAL_EDUCATION, TEACHING_POINT
}
