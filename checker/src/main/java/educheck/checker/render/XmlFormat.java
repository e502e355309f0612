package educheck.checker.render;

import educheck.checker.report.ReportStream;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RectificationItem;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.CountyStatus;
import educheck.model.Finding;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.io.InputError;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as XML in its own namespace ({@value #NS}, schema {@code report-1.xsd} beside this class): the same
 * rows as the CSV (one {@code finding} per finding, values at full precision) inside each {@code district}, with
 * its standards, rectification items and counts; then {@code rollup}s, {@code inputError}s and a {@code summary}.
 */
final class XmlFormat implements ReportFormat {

    static final String NS = "urn:educheck:report:1";

    @Override
    public String name() {
        return "xml";
    }

    @Override
    public ReportStream open(Writer out, RunInfo run, RenderOptions options) {
        try {
            // The JDK's writer by name: whichever StAX library is on the class path, the report is written the same.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            Stream s = new Stream(xml, out, new Labels(options.lang()));
            s.start(run);
            return s;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    private static final class Stream implements ReportStream {
        private final XMLStreamWriter xml;
        private final Writer out;
        private final Labels words;

        Stream(XMLStreamWriter xml, Writer out, Labels words) {
            this.xml = xml;
            this.out = out;
            this.words = words;
        }

        void start(RunInfo run) throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "report");
            xml.writeDefaultNamespace(NS);
            indent(1);
            xml.writeStartElement(NS, "ruleSet");
            attr("origin", run.origin());
            attr("sha256", run.sha256());
            attr("rules", run.rules());
            if (run.version() != null) {
                attr("version", run.version());
            }
            if (run.basis() != null) {
                attr("why", run.basis().key());
            }
            for (String j : run.jurisdictions()) {
                indent(2);
                element("jurisdiction", j);
            }
            indent(1);
            xml.writeEndElement();
        }

        @Override
        public void district(DistrictReport d) throws IOException {
            try {
                indent(1);
                xml.writeStartElement(NS, "district");
                attr("code", d.code());
                attr("name", d.name());
                attr("year", d.year());
                attr("verdict", d.verdict().name());
                attr("file", d.file());
                for (String j : d.jurisdictions()) {
                    indent(2);
                    element("jurisdiction", j);
                }
                for (StandardVerdict s : d.standards()) {
                    indent(2);
                    xml.writeStartElement(NS, "standard");
                    attr("standard", s.getStandard());
                    attr("verdict", s.getVerdict().name());
                    attr("title", s.getTitle());
                    attr("draft", s.isDraft() ? Boolean.TRUE : null);
                    attr("decides", s.isDraft() ? s.decides() : null);
                    counts(s.getCounts(), 3);
                    indent(2);
                    xml.writeEndElement();
                }
                Predicate<Finding> deciding = d.deciding();
                for (Finding f : d.findings()) {
                    indent(2);
                    xml.writeEmptyElement(NS, "finding");
                    finding(f);
                    attr("decides", deciding.test(f));
                }
                for (RectificationItem r : d.rectification()) {
                    rectification(r);
                }
                counts(d.countByStatus(), 2);
                indent(1);
                xml.writeEndElement();
                xml.flush();
                out.flush();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }

        private void finding(Finding f) throws XMLStreamException {
            attr("id", f.getId());
            attr("subject", f.getSubject());
            attr("status", f.getStatus().name());
            attr("actual", f.getActual() == null ? null : Csv.value(f.getActual()));
            attr("required", f.getRequired() == null ? null : Csv.value(f.getRequired()));
            attr("comparator", f.getComparator());
            attr("due", f.getDue());
            attr("binds", f.getBinds().word());
            attr("force", f.getForce().word());
            attr("draft", f.isDraft() ? Boolean.TRUE : null);
            attr("contribution", f.isContribution() ? Boolean.TRUE : null);
            attr("name", words.nameOf(f));
            attr("source", f.getSource());
            attr("rule", f.getRule());
            attr("message", f.getMessage());
        }

        private void rectification(RectificationItem r) throws XMLStreamException {
            indent(2);
            if (r.plan() == null) {
                xml.writeEmptyElement(NS, "rectification");
            } else {
                xml.writeStartElement(NS, "rectification");
            }
            attr("id", r.id());
            attr("subject", r.subject());
            attr("target", r.target());
            attr("action", r.action());
            attr("amount", r.isPlain() ? null : Csv.value(r.shortfall()));
            attr("unit", r.unit());
            attr("field", r.field());
            attr("gap", Csv.value(r.gap()));
            if (r.plan() != null) {
                RectificationItem.CoefficientPlan p = r.plan();
                indent(3);
                xml.writeStartElement(NS, "coefficient");
                attr("indicator", p.indicator());
                attr("level", p.level());
                attr("before", Csv.value(p.before()));
                attr("after", Csv.value(p.after()));
                attr("limit", Csv.value(p.limit()));
                attr("mean", Csv.value(p.mean()));
                attr("floor", Csv.value(p.floor()));
                attr("sections", p.schools());
                attr("total", Csv.value(p.total()));
                attr("unit", p.unit());
                for (RectificationItem.Pull pull : p.pulls()) {
                    indent(4);
                    xml.writeEmptyElement(NS, "pulledUpBy");
                    attr("subject", pull.subject());
                    attr("value", Csv.value(pull.value()));
                    attr("shareOfVariance", Csv.value(pull.share()));
                }
                indent(3);
                xml.writeEndElement();
                indent(2);
                xml.writeEndElement();
            }
        }

        private void counts(Map<Status, Integer> counts, int depth) throws XMLStreamException {
            for (Status s : Status.values()) {
                indent(depth);
                xml.writeEmptyElement(NS, "count");
                attr("status", s.name());
                attr("n", counts.getOrDefault(s, 0));
            }
        }

        @Override
        public void finish(RunOutcome outcome) throws IOException {
            try {
                for (RollupReport r : outcome.rollups()) {
                    rollup(r);
                }
                for (InputError e : outcome.inputErrors()) {
                    indent(1);
                    xml.writeEmptyElement(NS, "inputError");
                    attr("file", e.file());
                    attr("line", e.line());
                    attr("column", e.column());
                    attr("field", e.field());
                    attr("message", e.message());
                }
                indent(1);
                xml.writeStartElement(NS, "summary");
                attr("districts", outcome.districts());
                attr("inputErrors", outcome.inputErrors().size());
                attr("exitCode", outcome.exitCode());
                for (Map.Entry<Verdict, Integer> e : outcome.verdicts().entrySet()) {
                    indent(2);
                    xml.writeEmptyElement(NS, "count");
                    attr("verdict", e.getKey().name());
                    attr("n", e.getValue());
                }
                indent(1);
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.writeCharacters("\n");
                xml.flush();
                out.flush();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }

        private void rollup(RollupReport r) throws XMLStreamException {
            indent(1);
            xml.writeStartElement(NS, "rollup");
            finding(r.finding());
            attr("jurisdiction", r.group().jurisdiction());
            attr("year", r.group().year());
            attr("total", r.group().total());
            attr("inRun", r.group().inRun());
            attr("recognised", r.group().recognised());
            attr("undetermined", r.group().undetermined());
            for (CountyStatus c : r.group().counties()) {
                indent(2);
                xml.writeEmptyElement(NS, "member");
                attr("code", c.code());
                attr("name", c.name());
                attr("inRun", c.inRun());
                attr("recognised", c.recognisedBy(r.group().year()));
                attr("basis", c.basis(r.group().year()));
            }
            indent(1);
            xml.writeEndElement();
        }

        private void element(String name, String text) throws XMLStreamException {
            xml.writeStartElement(NS, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        /** An attribute, left out when there is no value (the schema makes those optional). */
        private void attr(String name, Object value) throws XMLStreamException {
            if (value != null) {
                xml.writeAttribute(name, String.valueOf(value));
            }
        }

        private void indent(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
