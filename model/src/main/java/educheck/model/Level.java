package educheck.model;

import jakarta.xml.bind.annotation.XmlEnum;

/** A school section: primary (小学, grades 1–6) or junior (初中, grades 7–9). */
@XmlEnum
public enum Level {
    PRIMARY, JUNIOR
}
