package educheck.model;

import java.time.LocalDate;

/**
 * An accepted, dated exception: the finding of one rule on one subject of one district reports WAIVED instead of
 * FAIL or WARN until {@code expires} (inclusive), then counts again.
 *
 * @param line       the waiver's line in its file, so reports can point at it
 * @param approvedBy who accepted the exception
 */
public record Waiver(int line, String district, String id, String subject, String reason, String approvedBy,
                     LocalDate expires) {

    /** Whether the waiver still holds on {@code day}: the expiry date itself is the last day it does. */
    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    /** "320583 CN.CE.RES.1 S1/PRIMARY", the finding it waives. */
    public String target() {
        return district + " " + id + " " + subject;
    }
}
