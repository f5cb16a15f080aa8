package org.napacademy.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.interfaces.export.ExportFixtures.id;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napacademy.application.CertificateDocument;
import org.napacademy.domain.model.certificate.Certificate;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.shared.LocalizedText;

/** Certificates read back as text: one landscape page each, in the participant's language. */
class CertificatePdfTest {
    private static final Instant ISSUED = Instant.parse("2025-06-26T20:00:00Z");
    private static final LocalizedText THEORY = new LocalizedText("Theory of change", "Teoría del cambio", "Teoria da mudança",
            "Théorie du changement");

    @Test
    void each_certificate_is_a_landscape_page_in_its_participants_language_with_its_code_and_address() throws Exception {
        var cohort = ExportFixtures.cohort();
        var panama = id(new Delegation(cohort, ExportFixtures.panama()));
        var itzel = participant(panama, "Itzel", "Núñez", "es");
        var claire = participant(panama, "Claire", "Dubois", "fr");
        var certificates = List.of(
                new CertificateDocument(new Certificate(itzel, cohort, "ABCD-EFGH-JKLM", ISSUED, 5, 6), List.of(THEORY)),
                new CertificateDocument(new Certificate(claire, cohort, "NPQR-STUV-WXYZ", ISSUED, 3, 4), List.of(THEORY)));
        var out = new ByteArrayOutputStream();
        CertificatePdf.write(certificates, code -> "https://academy.example.org/verify/" + code, out);
        Files.createDirectories(Path.of("target", "exports"));
        Files.write(Path.of("target", "exports", "certificates.pdf"), out.toByteArray());

        var reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isEqualTo(PageSize.A4.getHeight());
        var extractor = new PdfTextExtractor(reader);
        var spanish = extractor.getTextFromPage(1);
        assertThat(spanish).contains("CERTIFICADO DE PARTICIPACIÓN", "Itzel Núñez", "Panamá", "2025 Panama City",
                "WPS NAP Academy", "Teoría del cambio", "5 de 6 sesiones (83.3 %)", "ABCD-EFGH-JKLM",
                "https://academy.example.org/verify/ABCD-EFGH-JKLM");
        var french = extractor.getTextFromPage(2);
        assertThat(french).contains("CERTIFICAT DE PARTICIPATION", "Claire Dubois", "Théorie du changement",
                "3 sessions sur 4 (75 %)", "Code de vérification : NPQR-STUV-WXYZ");
        reader.close();
    }

    @Test
    void without_a_preference_a_certificate_speaks_the_programmes_first_language() {
        var cohort = ExportFixtures.cohort();
        var someone = participant(id(new Delegation(cohort, ExportFixtures.costaRica())), "Ana", "Mora", null);
        var certificate = new Certificate(someone, cohort, "ABCD-EFGH-JKLM", ISSUED, 4, 4);
        assertThat(CertificatePdf.texts(certificate).language()).isEqualTo("en");
        someone.preferLanguage("pt");
        assertThat(CertificatePdf.texts(certificate).language()).isEqualTo("pt");
    }

    private static Participant participant(Delegation delegation, String given, String family, String language) {
        var participant = id(delegation.enrol(given, family, null, new Institution("Ministerio de la Mujer", InstitutionType.GOVERNMENT),
                null, Sex.FEMALE));
        participant.preferLanguage(language);
        return participant;
    }
}
