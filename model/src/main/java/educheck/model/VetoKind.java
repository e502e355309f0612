package educheck.model;

import jakarta.xml.bind.annotation.XmlEnum;

/** The one-vote vetoes (一票否决) of MoE-2017, CN.CE.VETO.1. */
@XmlEnum
public enum VetoKind {
    EXAM_ADMISSION, ILLEGAL_SCHOOL_SELECTION, KEY_SCHOOLS, KEY_CLASSES, SAFETY_ACCIDENT, SERIOUS_VIOLATION, DATA_FRAUD
}
