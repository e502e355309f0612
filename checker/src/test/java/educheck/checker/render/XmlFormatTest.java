package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.SampleChecks;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class XmlFormatTest {

    private static final String PINGJIANG = SampleChecks.render("xml", RenderOptions.Lang.EN, SampleChecks.FAILING);

    @Test
    void isValidAgainstItsSchemaInItsOwnNamespace() throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(XmlFormat.class.getResource("report-1.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(PINGJIANG)));
        String zj = SampleChecks.render("xml", RenderOptions.Lang.EN, SampleChecks.RULES.resolve("CN-33/fixtures/zj1-2022-met.xml"));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(XmlFormat.class.getResource("report-1.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(zj)));
        assertThat(zj).contains("<rollup id=\"ZJ.1\"");
    }

    @Test
    void carriesTheSameRowsAsTheCsv() throws Exception {
        Document doc = parse(PINGJIANG);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(XmlFormat.NS);
        NodeList findings = doc.getElementsByTagNameNS(XmlFormat.NS, "finding");
        assertThat(findings.getLength()).isEqualTo(SampleChecks.check(SampleChecks.FAILING).only().findings().size());
        Element p08 = null;
        for (int i = 0; i < findings.getLength(); i++) {
            Element f = (Element) findings.item(i);
            if (f.getAttribute("id").equals("CN.CE.RES.7") && f.getAttribute("subject").equals("P08/PRIMARY")) {
                p08 = f;
            }
        }
        assertThat(p08).isNotNull();
        assertThat(p08.getAttribute("actual")).isEqualTo("2.0635");
        assertThat(p08.getAttribute("status")).isEqualTo("FAIL");
        assertThat(p08.getAttribute("decides")).isEqualTo("false");
        assertThat(doc.getElementsByTagNameNS(XmlFormat.NS, "coefficient").getLength()).isEqualTo(2);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
