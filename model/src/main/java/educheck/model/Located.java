package educheck.model;

import jakarta.xml.bind.annotation.XmlTransient;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/** An element read from a submission file, remembering the line it started on so errors can point at it. */
@XmlTransient
public abstract class Located {

    @XmlLocation
    @XmlTransient
    private Locator locator;

    /** The line the element starts on in its file, or 0 when it was not read from a file. */
    public int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    public int column() {
        return locator == null ? 0 : locator.getColumnNumber();
    }
}
