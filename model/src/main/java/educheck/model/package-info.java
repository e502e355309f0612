/**
 * The submission as the district office writes it (JAXB-bound to {@code submission-1.xsd}), the values derived
 * from it that rules read ({@link educheck.model.SchoolSection}, {@link educheck.model.PreschoolSummary},
 * {@link educheck.model.Measured}) and what rules produce ({@link educheck.model.Finding},
 * {@link educheck.model.StandardVerdict}). Nothing here knows about Drools.
 */
@XmlSchema(namespace = Submission.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = Submission.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(value = Lexical.Int.class, type = Integer.class),
        @XmlJavaTypeAdapter(value = Lexical.Decimal.class, type = Double.class),
        @XmlJavaTypeAdapter(value = Lexical.Flag.class, type = Boolean.class)})
package educheck.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
