package dev.sci4j.budget;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The check as JUnit XML, so CI servers list each limit as a test: one {@code testcase} per unit and limit
 * ({@code classname} {@code sci4j.budget.<unit>}, {@code name} the limit's field). An error-level breach is a
 * {@code failure}; an inconclusive limit is {@code skipped}; a warn-level breach passes with the warning in
 * {@code system-out}. The StAX writer escapes all text. Stateless and thread-safe.
 */
final class JunitXml {
    private static final String SUITE = "sci4j carbon budget";

    private JunitXml() {}

    static String toXml(CheckResult result) {
        List<LimitResult> limits = result.limits();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            counts(x, result, limits);
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            counts(x, result, limits);
            for (LimitResult l : limits) {
                x.writeCharacters("\n    ");
                testcase(x, l);
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }

    private static void counts(XMLStreamWriter x, CheckResult result, List<LimitResult> limits)
            throws XMLStreamException {
        x.writeAttribute("name", SUITE);
        x.writeAttribute("tests", Integer.toString(limits.size()));
        x.writeAttribute("failures", Long.toString(result.errors()));
        x.writeAttribute("errors", "0");
        x.writeAttribute(
                "skipped",
                Long.toString(limits.stream()
                        .filter(l -> l.outcome() == Outcome.INCONCLUSIVE)
                        .count()));
    }

    private static void testcase(XMLStreamWriter x, LimitResult l) throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "sci4j.budget." + l.unitName());
        x.writeAttribute("name", l.kind().field() + " (" + l.limit().level().id() + ")");
        if (l.failsCheck()) {
            x.writeStartElement("failure");
            x.writeAttribute("type", "budget-exceeded");
            x.writeAttribute("message", l.message());
            x.writeCharacters(l.message());
            x.writeEndElement();
        } else if (l.outcome() == Outcome.INCONCLUSIVE) {
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", l.message());
        } else {
            x.writeStartElement("system-out");
            x.writeCharacters((l.warns() ? "WARNING: " : "") + l.message());
            x.writeEndElement();
        }
        x.writeEndElement();
    }
}
