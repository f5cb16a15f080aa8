package org.napacademy.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.napacademy.application.RoadmapDocument;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The IATI export of a realistic roadmap, validated against the official 2.03 schema in ../shared/iati-2.03. */
class IatiWriterTest {
    private static final IatiSettings REPORTER = new IatiSettings("XM-DAC-41146", "40", "UN Women");

    @Test
    void the_export_of_a_realistic_roadmap_validates_against_the_iati_2_03_activity_schema() throws Exception {
        var schemaDir = schemaDirectory();
        Assumptions.assumeTrue(schemaDir.isPresent(), "the IATI 2.03 schema folder shared/iati-2.03 is absent");
        var xml = iati(ExportFixtures.roadmap(), "es");

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(schemaDir.get().resolve("iati-activities-schema.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void results_indicators_baselines_periods_and_dimensions_follow_the_roadmap() throws Exception {
        var document = ExportFixtures.roadmap();
        var xml = dom(iati(document, "en"));

        assertThat(text(xml, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(xml, "//iati-identifier")).isEqualTo("XM-DAC-41146-RM" + document.roadmap().id());
        assertThat(text(xml, "//iati-activity/@*[local-name()='lang']")).isEqualTo("en");
        assertThat(text(xml, "//activity-status/@code")).as("endorsed, its only goal rolled up to DONE").isEqualTo("3");
        assertThat(text(xml, "//recipient-country/@code")).isEqualTo("CR");
        assertThat(text(xml, "//policy-marker/@significance")).isEqualTo("2");
        assertThat(nodes(xml, "//result").getLength()).isEqualTo(2);
        assertThat(text(xml, "//result[1]/@type")).as("the outcome").isEqualTo("2");
        assertThat(text(xml, "//result[2]/@type")).as("the output").isEqualTo("1");
        assertThat(text(xml, "//result[1]/title/narrative")).isEqualTo(ExportFixtures.OUTCOME);

        var share = "//result[1]/indicator[1]";
        assertThat(text(xml, share + "/@measure")).isEqualTo("2");
        assertThat(text(xml, share + "/@ascending")).isEqualTo("true");
        assertThat(text(xml, share + "/reference/@vocabulary")).isEqualTo("9");
        assertThat(text(xml, share + "/reference/@code")).isEqualTo("5.c.1");
        assertThat(text(xml, share + "/baseline/@year")).isEqualTo("2024");
        assertThat(text(xml, share + "/baseline/@iso-date")).isEqualTo("2024-12-31");
        assertThat(text(xml, share + "/baseline/@value")).isEqualTo("10");
        assertThat(text(xml, share + "/period/period-start/@iso-date")).isEqualTo("2025-01-01");
        assertThat(text(xml, share + "/period/target[not(dimension)]/@value")).isEqualTo("30");
        assertThat(text(xml, share + "/period/target[dimension/@value='female']/@value")).isEqualTo("30");
        assertThat(nodes(xml, share + "/period/actual").getLength()).as("the latest total and the latest female").isEqualTo(2);
        assertThat(text(xml, share + "/period/actual[not(dimension)]/@value")).isEqualTo("20");
        assertThat(text(xml, share + "/period/actual[dimension]/dimension/@name")).isEqualTo("sex");
        assertThat(text(xml, share + "/period/actual[dimension]/@value")).isEqualTo("18");

        assertThat(text(xml, "//result[2]/indicator[1]/reference/@vocabulary")).as("UN WPS indicators").isEqualTo("99");
        assertThat(text(xml, "//result[2]/indicator[2]/@measure")).as("qualitative").isEqualTo("5");
        assertThat(text(xml, "//result[2]/indicator[2]/period/actual/comment/narrative")).isEqualTo("Draft protocol under legal review");
    }

    private static byte[] iati(RoadmapDocument document, String language) throws Exception {
        var out = new ByteArrayOutputStream();
        IatiWriter.write(document, REPORTER, ExportTexts.in(language), Instant.parse("2025-07-01T10:15:30.123Z"), out);
        return out.toByteArray();
    }

    private static Document dom(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document xml, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, xml);
    }

    private static NodeList nodes(Document xml, String path) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, xml, XPathConstants.NODESET);
    }

    /** shared/iati-2.03 beside the repository (or beside one of the folders above the module). */
    static Optional<Path> schemaDirectory() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared").resolve("iati-2.03");
            if (Files.isRegularFile(candidate.resolve("iati-activities-schema.xsd"))) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
