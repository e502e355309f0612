/**
 * The submission as the district office writes it (JAXB-bound to {@code submission-1.xsd}), the values derived
 * from it that rules read ({@link educheck.model.SchoolSection}, {@link educheck.model.PreschoolSummary},
 * {@link educheck.model.Measured}) and what rules produce ({@link educheck.model.Finding},
 * {@link educheck.model.StandardVerdict}). Nothing here knows about Drools.
 */
@XmlSchema(namespace = Submission.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = Submission.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package educheck.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
