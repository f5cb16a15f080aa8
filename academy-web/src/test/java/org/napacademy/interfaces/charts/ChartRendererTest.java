package org.napacademy.interfaces.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.interfaces.charts.ChartRenderer.Bars;
import org.napacademy.interfaces.charts.ChartRenderer.Layout;
import org.napacademy.interfaces.charts.ChartRenderer.Size;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;

class ChartRendererTest {
    private final AcademyTranslations translations = new AcademyTranslations();
    private final Locale spanish = Locale.forLanguageTag("es");

    @Test
    void a_stacked_bar_chart_is_an_svg_that_names_its_translated_series_in_dejavu_sans() {
        var bars = new Bars();
        for (var status : StatusColours.SHOWN) {
            bars.series(translations.getTranslation("roadmap.progress." + status, spanish), StatusColours.of(status));
        }
        bars.value(translations.getTranslation("roadmap.progress.DONE", spanish), "Bolivia", 3)
                .value(translations.getTranslation("roadmap.progress.NOT_STARTED", spanish), "Bolivia", 2);

        var svg = new ChartRenderer(spanish).bars(bars, "Actividades", Layout.STACKED_ROWS, Size.HALF);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("viewBox='0.0 0.0 480.0 300.0'")
                .contains("Sin iniciar", "Bolivia", "Actividades", "DejaVu Sans")
                .doesNotContain("Not started");
        assertThat(svg).contains("rgb(46,125,50)");   // done in green
        // attributes are single-quoted: a quoted font name inside one would end the attribute
        assertThat(svg).doesNotContain("font-family: '");
    }

    @Test
    void shares_are_labelled_as_percentages_in_the_language_of_the_page() {
        var bars = new Bars().series("Taux de présence", Color.BLUE).value("Taux de présence", "Bolivie", 0.875);

        var svg = new ChartRenderer(Locale.FRENCH).bars(bars, "Part", Layout.SHARE_ROWS, Size.HALF);

        assertThat(svg).contains("Part", "Bolivie", "88");
        assertThat(svg).containsPattern("100\\h?%");
    }

    @Test
    void a_pie_labels_each_slice_with_its_count_and_share() {
        var slices = new LinkedHashMap<String, Long>();
        slices.put("Mujer", 3L);
        slices.put("Hombre", 1L);
        var colours = new LinkedHashMap<String, Color>();
        colours.put("Mujer", StatusColours.NEUTRAL);
        colours.put("Hombre", StatusColours.SECOND);

        var svg = new ChartRenderer(spanish).pie(slices, colours, Size.HALF);

        assertThat(svg).contains("Mujer: 3", "Hombre: 1", "75");
        assertThat(svg).contains("rgb(31,78,121)", "rgb(123,94,167)");   // our colours, not the theme's
    }

    @Test
    void two_charts_on_one_page_do_not_share_the_ids_of_their_clip_paths() {
        var renderer = new ChartRenderer(Locale.ENGLISH);
        var first = renderer.bars(new Bars().series("A", Color.RED).value("A", "x", 1), "n", Layout.COUNTS, Size.HALF);
        var second = renderer.bars(new Bars().series("A", Color.RED).value("A", "x", 1), "n", Layout.COUNTS, Size.HALF);

        assertThat(ids(first)).isNotEmpty().doesNotContainAnyElementsOf(ids(second));
    }

    @Test
    void the_status_colours_are_the_traffic_lights() {
        assertThat(StatusColours.of(ProgressStatus.DONE).getGreen()).isGreaterThan(StatusColours.of(ProgressStatus.DONE).getRed());
        assertThat(StatusColours.of(ProgressStatus.ON_TRACK).getBlue()).isGreaterThan(StatusColours.of(ProgressStatus.ON_TRACK).getRed());
        assertThat(StatusColours.of(ProgressStatus.OFF_TRACK).getRed()).isGreaterThan(StatusColours.of(ProgressStatus.OFF_TRACK).getGreen());
        assertThat(StatusColours.SHOWN).containsExactly(ProgressStatus.DONE, ProgressStatus.ON_TRACK, ProgressStatus.AT_RISK,
                ProgressStatus.OFF_TRACK, ProgressStatus.NOT_STARTED);
    }

    private static java.util.List<String> ids(String svg) {
        return Pattern.compile("id='([^']+)'").matcher(svg).results().map(m -> m.group(1)).toList();
    }
}
