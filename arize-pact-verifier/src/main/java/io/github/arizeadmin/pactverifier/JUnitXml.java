package io.github.arizeadmin.pactverifier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A report as JUnit XML: one {@code testsuite} per pact file (named after it), one
 * {@code testcase} per interaction (class name: the consumer) with its {@code failure} or
 * {@code skipped} and the reasons; a file that could not be read is one failed test case.
 */
final class JUnitXml {
  private JUnitXml() {
  }

  static void write(Report report, Path file) throws IOException {
    Map<String, List<Verdict>> byFile = new LinkedHashMap<>();
    report.verdicts().forEach(v -> byFile.computeIfAbsent(v.file(), f -> new java.util.ArrayList<>()).add(v));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "arize-pact-verifier");
      counts(xml, report.verdicts());
      for (Map.Entry<String, List<Verdict>> suite : byFile.entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite.getKey());
        counts(xml, suite.getValue());
        for (Verdict verdict : suite.getValue()) {
          testCase(xml, verdict);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void counts(XMLStreamWriter xml, List<Verdict> verdicts) throws XMLStreamException {
    xml.writeAttribute("tests", String.valueOf(verdicts.size()));
    xml.writeAttribute("failures", String.valueOf(verdicts.stream().filter(Verdict::failed).count()));
    xml.writeAttribute("skipped", String.valueOf(verdicts.stream()
        .filter(v -> v.outcome() == Verdict.Outcome.SKIP).count()));
    xml.writeAttribute("errors", "0");
  }

  private static void testCase(XMLStreamWriter xml, Verdict verdict) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", verdict.consumer() == null ? verdict.file() : verdict.consumer());
    xml.writeAttribute("name", verdict.description() == null ? verdict.file() : verdict.description());
    String reasons = String.join("; ", verdict.reasons());
    switch (verdict.outcome()) {
      case FAIL -> {
        xml.writeStartElement("failure");
        xml.writeAttribute("message", reasons);
        xml.writeCharacters(verdict.line());
        xml.writeEndElement();
      }
      case SKIP -> {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", reasons);
      }
      case PASS -> {
        // a passed test case has no child
      }
    }
    xml.writeEndElement();
  }
}
