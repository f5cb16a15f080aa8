package org.napacademy.interfaces.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts drawn on the server, the same for the UI and the PDF reports: JFreeChart draws into JFreeSVG's Graphics2D
 * and the result is an SVG element as a string, which a view shows in a {@code Svg} component; a PDF report draws
 * the same {@link JFreeChart} into its page. Every text is given already
 * translated; fonts are DejaVu Sans (fonts-dejavu-core on Debian). Each SVG gets its own prefix for the ids of its
 * clip paths, so several charts can share one HTML page.
 */
public final class ChartRenderer {
    public static final String FONT = "DejaVu Sans";
    private static final Color TEXT = new Color(0x1a, 0x2b, 0x3c);
    private static final Color GRID = new Color(0xdd, 0xe1, 0xe6);
    private static final AtomicLong CHARTS = new AtomicLong();

    private final Locale locale;

    public ChartRenderer(Locale locale) {
        this.locale = locale;
    }

    /** Values by category (the x axis) and series, drawn as bars next to one another or stacked. */
    public static final class Bars {
        private final DefaultCategoryDataset data = new DefaultCategoryDataset();
        private final Map<String, Color> colours = new java.util.LinkedHashMap<>();

        /** Declares a series and its colour; series are drawn, and listed in the legend, in this order. */
        public Bars series(String name, Color colour) {
            colours.put(name, colour);
            return this;
        }

        public Bars value(String series, String category, Number value) {
            if (!colours.containsKey(series)) throw new IllegalArgumentException("Undeclared series " + series);
            data.addValue(value, series, category);
            return this;
        }

        public boolean isEmpty() { return data.getColumnCount() == 0; }
    }

    /** Bars side by side (or stacked), as SVG. */
    public String bars(Bars bars, String valueAxis, Layout layout, Size size) {
        return svg(barChart(bars, valueAxis, layout), size);
    }

    /** Bars side by side (or stacked), horizontal when {@code horizontal}; values read as shares 0..1 when {@code shares}. */
    public JFreeChart barChart(Bars bars, String valueAxis, Layout layout) {
        var plot = new CategoryPlot();
        for (var series : bars.colours.keySet()) {
            if (bars.data.getRowIndex(series) < 0) {
                for (var category : List.copyOf(bars.data.getColumnKeys())) bars.data.addValue(null, series, (Comparable<?>) category);
            }
        }
        plot.setDataset(bars.data);
        var categories = new CategoryAxis();
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryMargin(0.15);
        var values = new NumberAxis(valueAxis);
        values.setAutoRangeIncludesZero(true);
        if (layout.shares) {
            // shares stay on a 0..100 % axis unless a value (an achievement above its target) goes beyond
            // (room above 100 % for the bars' own labels; ticks every 20 %)
            if (maximum(bars.data) <= 1.0) values.setRange(0, layout.horizontal ? 1.18 : 1.12);
            values.setTickUnit(new NumberTickUnit(maximum(bars.data) <= 2.0 ? 0.2 : 0.5, NumberFormat.getPercentInstance(locale)));
        } else {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
            values.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
            values.setUpperMargin(0.12);
        }
        plot.setDomainAxis(categories);
        plot.setRangeAxis(values);
        var renderer = layout.stacked ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        var format = layout.shares ? NumberFormat.getPercentInstance(locale) : NumberFormat.getIntegerInstance(locale);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format) {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                var value = dataset.getValue(row, column);
                // a zero has no bar to label: its label would sit on the axis, over the category's name
                return value == null || value.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
            }
        });
        renderer.setDefaultItemLabelsVisible(!layout.stacked);
        if (layout.horizontal) {
            // right of the bar's end, so that a label never lies over the next series' bar
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        }
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 10));
        plot.setRenderer(renderer);
        plot.setOrientation(layout.horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);   // values below horizontal bars, left of vertical ones
        if (!layout.horizontal && bars.data.getColumnCount() > 4) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        var chart = themed(new JFreeChart(null, new Font(FONT, Font.BOLD, 14), plot, bars.colours.size() > 1));
        int index = 0;
        for (var colour : bars.colours.values()) renderer.setSeriesPaint(index++, colour);
        return finished(chart);
    }

    private static double maximum(DefaultCategoryDataset data) {
        double maximum = 0;
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                var value = data.getValue(row, column);
                if (value != null) maximum = Math.max(maximum, value.doubleValue());
            }
        }
        return maximum;
    }

    /** Slices of a whole, as SVG. */
    public String pie(Map<String, ? extends Number> slices, Map<String, Color> colours, Size size) {
        return svg(pieChart(slices, colours), size);
    }

    /** Slices of a whole, e.g. participants by sex, each with its count and share in its label. */
    public JFreeChart pieChart(Map<String, ? extends Number> slices, Map<String, Color> colours) {
        var data = new DefaultPieDataset<String>();
        slices.forEach(data::setValue);
        var plot = new PiePlot<>(data);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
                NumberFormat.getIntegerInstance(locale), NumberFormat.getPercentInstance(locale)));
        plot.setLabelFont(new Font(FONT, Font.PLAIN, 11));
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(GRID);
        plot.setLabelShadowPaint(null);
        plot.setShadowPaint(null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        var chart = themed(new JFreeChart(null, new Font(FONT, Font.BOLD, 14), plot, false));
        colours.forEach(plot::setSectionPaint);
        plot.setShadowPaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelBackgroundPaint(Color.WHITE);
        return finished(chart);
    }

    /** Fonts and colours of every chart; series and section colours are set after it, as the theme resets them. */
    private static JFreeChart themed(JFreeChart chart) {
        var theme = new StandardChartTheme("academy");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 14));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 12));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 11));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.apply(chart);
        return chart;
    }

    private static JFreeChart finished(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 11));
        }
        return chart;
    }

    /** The chart as an SVG element of the given size in pixels. */
    public static String svg(JFreeChart chart, Size size) {
        var graphics = new SVGGraphics2D(size.width, size.height);
        graphics.setDefsKeyPrefix("chart" + CHARTS.incrementAndGet() + "-");
        graphics.setFontFunction(family -> family.equals(FONT) ? FONT + ", sans-serif" : family);
        chart.draw(graphics, new Rectangle(0, 0, size.width, size.height));
        // no width or height of its own: the SVG scales to its container, keeping its proportions
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, size.width, size.height), null, null);
    }

    /** How bars are laid out. */
    public record Layout(boolean stacked, boolean horizontal, boolean shares) {
        public static final Layout COUNTS = new Layout(false, false, false);
        public static final Layout SHARES = new Layout(false, false, true);
        public static final Layout STACKED_ROWS = new Layout(true, true, false);
        public static final Layout ROWS = new Layout(false, true, false);
        public static final Layout SHARE_ROWS = new Layout(false, true, true);
    }

    /** The drawing's size in pixels; the page scales it to the room it has. */
    public record Size(int width, int height) {
        public static final Size WIDE = new Size(900, 320);
        public static final Size HALF = new Size(480, 300);
    }
}
