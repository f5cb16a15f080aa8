package org.napacademy.interfaces.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.napacademy.application.CertificateDocument;
import org.napacademy.domain.model.certificate.Certificate;

/**
 * Certificates of participation as one PDF: a landscape A4 page per certificate, each in its participant's
 * language (their preferred one, else the programme's first the platform speaks, else English), with the
 * verification code and the address where anyone can check it.
 */
public final class CertificatePdf {
    public static final String MEDIA_TYPE = "application/pdf";

    private CertificatePdf() { }

    /** {@code verificationUrl}: the public address that verifies a code. */
    public static void write(List<CertificateDocument> certificates, Function<String, String> verificationUrl, OutputStream out) {
        var style = new PdfStyle();
        var pdf = new Document(PageSize.A4.rotate(), 64, 64, 56, 48);
        var writer = PdfWriter.getInstance(pdf, out);
        pdf.addCreator("NAP Academy");
        if (certificates.size() == 1) pdf.addTitle(certificates.get(0).certificate().participant().fullName());
        pdf.open();
        var first = true;
        for (var document : certificates) {
            if (!first) pdf.newPage();
            first = false;
            frame(writer, pdf.getPageSize());
            page(pdf, style, document, texts(document.certificate()), verificationUrl);
        }
        pdf.close();
    }

    /** The language a certificate speaks. */
    public static ExportTexts texts(Certificate certificate) {
        var preferred = certificate.participant().preferredLanguage().filter(ExportTexts.LANGUAGES::contains);
        var language = preferred.or(() -> certificate.cohort().programme().languages().stream()
                .filter(ExportTexts.LANGUAGES::contains).findFirst()).orElse("en");
        return ExportTexts.in(language);
    }

    private static void page(Document pdf, PdfStyle style, CertificateDocument document, ExportTexts texts,
                             Function<String, String> verificationUrl) {
        var certificate = document.certificate();
        var participant = certificate.participant();
        var cohort = certificate.cohort();
        var programme = cohort.programme();
        var base = style.title.getBaseFont();
        var regular = style.body.getBaseFont();

        pdf.add(centred(programme.name(), style.heading, 0));
        pdf.add(centred(texts.text("certificate.title").toUpperCase(texts.locale()), new Font(base, 30), 18));
        pdf.add(centred(texts.text("certificate.certifies"), new Font(regular, 13), 18));
        pdf.add(centred(participant.fullName(), new Font(base, 26), 8));
        var line = new Font(regular, 13);
        pdf.add(centred(texts.text("certificate.delegation", participant.delegation().country().name().in(texts.locale())), line, 10));
        pdf.add(centred(texts.text("certificate.cohort", cohort.name(), programme.name()), line, 2));
        var venue = cohort.venue();
        pdf.add(centred(texts.text("certificate.venue", venue.name(), venue.city(), texts.date(cohort.dates().start()),
                texts.date(cohort.dates().end())), line, 2));
        pdf.add(centred(texts.text("certificate.attendance", String.valueOf(certificate.sessionsAttended()),
                String.valueOf(certificate.sessionsHeld()), texts.percent(certificate.attendanceRate())), line, 2));

        if (!document.modulesAttended().isEmpty()) {
            pdf.add(centred(texts.text("certificate.modules"), style.heading, 14));
            var modules = String.join(" · ", document.modulesAttended().stream().map(title -> title.in(texts.locale())).toList());
            pdf.add(centred(modules, new Font(regular, 10.5f), 2));
        }

        pdf.add(centred(texts.text("certificate.issued", texts.date(certificate.issuedAt().atZone(ZoneOffset.UTC).toLocalDate())),
                new Font(regular, 10.5f), 22));
        pdf.add(centred(texts.text("certificate.code", certificate.code()), new Font(base, 12), 4));
        pdf.add(centred(texts.text("certificate.verify", verificationUrl.apply(certificate.code())), style.small, 2));
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    /** A thin double frame around the page. */
    private static void frame(PdfWriter writer, Rectangle page) {
        var canvas = writer.getDirectContentUnder();
        canvas.setColorStroke(PdfStyle.MUTED);
        for (var inset : new float[] {24, 30}) {
            canvas.setLineWidth(inset == 24 ? 1.5f : 0.5f);
            canvas.rectangle(inset, inset, page.getWidth() - 2 * inset, page.getHeight() - 2 * inset);
            canvas.stroke();
        }
    }

}
