package org.napacademy.interfaces.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/**
 * The look shared by the PDF exports: DejaVu Sans embedded (every Latin accent and more, read from the
 * jasperreports-fonts jar, so no font needs to be installed on the server), headings, table cells and the
 * colours of the progress statuses.
 */
final class PdfStyle {
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = load("DejaVuSans.ttf");
    private static final byte[] BOLD = load("DejaVuSans-Bold.ttf");
    static final Color HEADER_FILL = new Color(0xDD, 0xE6, 0xF0);
    static final Color MUTED = new Color(0x55, 0x5F, 0x6B);

    final Font title;
    final Font heading;
    final Font body;
    final Font bold;
    final Font small;
    private final BaseFont regular;
    private final BaseFont boldFace;

    /** Fonts belong to one document: a new style for each PDF. */
    PdfStyle() {
        regular = font("DejaVuSans.ttf", REGULAR);
        boldFace = font("DejaVuSans-Bold.ttf", BOLD);
        title = new Font(boldFace, 16);
        heading = new Font(boldFace, 12);
        body = new Font(regular, 8.5f);
        bold = new Font(boldFace, 8.5f);
        small = new Font(regular, 7.5f, Font.NORMAL, MUTED);
    }

    /** The document's DejaVu faces for the text of charts drawn into it, so they read as the tables do. */
    FontMapper chartFonts() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? boldFace : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return new java.awt.Font("DejaVu Sans", font == boldFace ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
            }
        };
    }

    Paragraph heading(String text) {
        var paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    PdfPTable table(float... widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        return table;
    }

    void headers(PdfPTable table, String... labels) {
        for (var label : labels) {
            var cell = cell(label, bold);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
    }

    PdfPCell cell(String text) { return cell(text, body); }

    PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        cell.setBorderColor(Color.LIGHT_GRAY);
        return cell;
    }

    PdfPCell number(String text) {
        var cell = cell(text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    PdfPCell status(String label, ProgressStatus status) {
        var cell = cell(label, bold);
        cell.setBackgroundColor(colour(status));
        return cell;
    }

    /** Traffic-light colours, light enough for black text. */
    static Color colour(ProgressStatus status) {
        return switch (status) {
            case NOT_STARTED -> new Color(0xE5, 0xE7, 0xEB);
            case ON_TRACK -> new Color(0xC8, 0xF0, 0xC8);
            case AT_RISK -> new Color(0xFF, 0xE4, 0xA0);
            case OFF_TRACK -> new Color(0xF8, 0xB4, 0xB4);
            case DONE -> new Color(0xB8, 0xD8, 0xF8);
            case CANCELLED -> new Color(0xC0, 0xC0, 0xC0);
        };
    }

    private static BaseFont font(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String file) {
        try (InputStream in = PdfStyle.class.getResourceAsStream(FONTS + file)) {
            if (in == null) throw new IllegalStateException("Font " + file + " is missing from the classpath (jasperreports-fonts)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
