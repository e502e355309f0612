package educheck.model;

import jakarta.xml.bind.annotation.XmlEnum;

/** Who runs a kindergarten: public (公办), inclusive private (普惠性民办) or other private. */
@XmlEnum
public enum Ownership {
    PUBLIC, PRIVATE_INCLUSIVE, PRIVATE
}
