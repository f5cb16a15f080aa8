package org.napacademy.interfaces.export;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.napacademy.interfaces.charts.ChartRenderer.Size;

/**
 * Draws a chart into a PDF as vector graphics (not a picture of it): JFreeChart paints on OpenPDF's Graphics2D,
 * with the document's own fonts, so the chart stays sharp when printed and its words can be searched.
 */
final class PdfCharts {

    private PdfCharts() { }

    /** The chart drawn at {@code size} (in points), scaled to {@code width} points on the page. */
    static Image image(PdfWriter writer, PdfStyle style, JFreeChart chart, Size size, float width) {
        var template = writer.getDirectContent().createTemplate(size.width(), size.height());
        var graphics = template.createGraphics(size.width(), size.height(), style.chartFonts());
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        } finally {
            graphics.dispose();
        }
        try {
            var image = Image.getInstance(template);
            image.scaleToFit(width, width * size.height() / size.width());
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("A chart could not be placed in the PDF", e);
        }
    }
}
