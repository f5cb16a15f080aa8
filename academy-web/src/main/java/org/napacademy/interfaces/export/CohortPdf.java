package org.napacademy.interfaces.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Optional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.napacademy.application.CohortDocument;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.interfaces.words.ProgrammeWords;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.interfaces.charts.ChartRenderer.Size;
import org.napacademy.interfaces.charts.OutcomeChart;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A cohort's outcome report as a PDF (A4 portrait): its venue and dates, the dashboard's key figures and charts
 * (drawn as vector graphics), outcomes and NAP status per delegation, then its participants by delegation and
 * sex and its schedule with each session's attendance rate.
 */
public final class CohortPdf {
    public static final String MEDIA_TYPE = "application/pdf";
    /** Drawn wide and low, then scaled to the page's width between the margins: three charts to a page. */
    private static final Size CHART = new Size(640, 250);
    private static final float CHART_WIDTH = 500;

    private CohortPdf() { }

    public static void write(CohortDocument document, OutcomeReport report, ExportTexts texts, LocalDate today,
                             OutputStream out) {
        var cohort = document.cohort();
        var words = texts.words(cohort.programme());
        var style = new PdfStyle();
        var pdf = new Document(PageSize.A4, 36, 36, 36, 36);
        var writer = PdfWriter.getInstance(pdf, out);
        pdf.addTitle(cohort.name());
        pdf.addCreator("NAP Academy");
        pdf.open();
        pdf.add(new Paragraph(texts.text("cohort.heading", words.inSentence(Term.COHORT)) + " · " + cohort.programme().name(), style.small));
        pdf.add(new Paragraph(cohort.name(), style.title));
        pdf.add(new Paragraph(texts.text("cohort.venue") + ": " + cohort.venue().name() + ", " + cohort.venue().city(), style.body));
        pdf.add(new Paragraph(texts.text("cohort.dates") + ": " + texts.date(cohort.dates().start()) + " – "
                + texts.date(cohort.dates().end()), style.body));
        pdf.add(new Paragraph(texts.text("generated", texts.date(today)), style.small));
        keyFigures(pdf, report, texts, style);
        byDelegation(pdf, report, texts, words, style);
        for (var chart : report.charts().all()) pdf.add(chartBlock(writer, style, chart));

        pdf.add(style.heading(texts.text("cohort.participantsBySex", words.inSentence(Term.DELEGATION))));
        var bySex = style.table(4, 1, 1, 1, 1, 1);
        style.headers(bySex, words.word(Term.DELEGATION), texts.label(Sex.FEMALE), texts.label(Sex.MALE),
                texts.label(Sex.OTHER), texts.label(Sex.UNDISCLOSED), texts.text("column.total"));
        long[] totals = new long[Sex.values().length + 1];
        for (var delegation : document.delegations()) {
            bySex.addCell(style.cell(delegation.country().name().in(texts.locale())));
            for (var sex : Sex.values()) {
                long count = document.count(delegation, sex);
                totals[sex.ordinal()] += count;
                bySex.addCell(style.number(String.valueOf(count)));
            }
            long all = document.participantsOf(delegation).size();
            totals[Sex.values().length] += all;
            bySex.addCell(style.number(String.valueOf(all)));
        }
        bySex.addCell(style.cell(texts.text("column.total"), style.bold));
        for (long total : totals) {
            var cell = style.cell(String.valueOf(total), style.bold);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            bySex.addCell(cell);
        }
        pdf.add(bySex);

        pdf.add(style.heading(texts.text("cohort.schedule")));
        pdf.add(new Paragraph(texts.text("cohort.times", cohort.venue().timeZone().getId()), style.small));
        var schedule = style.table(2.4f, 3.6f, 1.5f, 1.5f, 1.4f, 1.4f);
        style.headers(schedule, texts.text("column.start"), texts.text("column.module"), texts.text("column.room"),
                texts.text("column.recorded"), texts.text("column.present"), texts.text("column.attendanceRate"));
        var dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale());
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
        for (var session : document.sessions()) {
            var recorded = document.attendanceOf(session);
            schedule.addCell(style.cell(dateTime.format(session.startsAt()) + " – " + time.format(session.endsAt())));
            schedule.addCell(style.cell(session.module().title().in(texts.locale())));
            schedule.addCell(style.cell(session.room().orElse("")));
            schedule.addCell(style.number(String.valueOf(recorded.size())));
            schedule.addCell(style.number(String.valueOf(recorded.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count())));
            schedule.addCell(style.number(document.attendanceRate(session).map(texts::percent).orElse("–")));
        }
        pdf.add(schedule);
        pdf.close();
    }

    /** A chart under its title, kept on one page with it; or the sentence saying what is missing. */
    private static PdfPTable chartBlock(PdfWriter writer, PdfStyle style, OutcomeChart chart) {
        var block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(6);
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(style.heading(chart.title()));
        if (chart.chart().isPresent()) {
            var image = PdfCharts.image(writer, style, chart.chart().get(), CHART, CHART_WIDTH);
            image.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(image);
        } else {
            cell.addElement(new Paragraph(chart.emptyMessage(), style.body));
        }
        if (!chart.note().isEmpty()) cell.addElement(new Paragraph(chart.note(), style.small));
        block.addCell(cell);
        return block;
    }

    private static void keyFigures(Document pdf, OutcomeReport report, ExportTexts texts, PdfStyle style) {
        var words = report.words();
        var outcomes = report.outcomes();
        var training = outcomes.training();
        pdf.add(style.heading(texts.text("cohort.keyFigures")));
        var figures = style.table(1, 1, 1, 1, 1, 1);
        style.headers(figures, words.text("dashboard.participants"), words.text("dashboard.delegations"),
                words.text("dashboard.attendance"), words.text("dashboard.rating"), words.text("dashboard.activitiesDone"),
                words.text("dashboard.napChanges"));
        figures.addCell(style.number(String.valueOf(training.participants())));
        figures.addCell(style.number(String.valueOf(outcomes.delegations().size())));
        figures.addCell(style.number(percent(training.attendanceRate(), texts)));
        figures.addCell(style.number(training.feedback().averageRating().map(ExportTexts::number).orElse("–")));
        figures.addCell(style.number(percent(outcomes.progress().activitiesDoneShare(), texts)));
        figures.addCell(style.number(String.valueOf(outcomes.napStatusChanges())));
        pdf.add(figures);
    }

    private static void byDelegation(Document pdf, OutcomeReport report, ExportTexts texts, ProgrammeWords programmeWords,
                                     PdfStyle style) {
        var words = report.words();
        pdf.add(style.heading(texts.text("cohort.byDelegation", programmeWords.inSentence(Term.DELEGATION))));
        var table = style.table(1.8f, 1.7f, 1.4f, 1.5f, 1.5f, 1.4f, 1.6f, 1.6f);
        style.headers(table, words.text("dashboard.country"), words.text("dashboard.participants"),
                words.text("dashboard.attendance"), words.text("dashboard.activitiesDone"),
                words.text("dashboard.indicatorsOnTrack"), words.text("dashboard.achievement"),
                words.text("dashboard.napAtStart"), words.text("dashboard.napNow"));
        for (var delegation : report.outcomes().delegations()) {
            var progress = delegation.progress();
            table.addCell(style.cell(report.charts().country(delegation)));
            table.addCell(style.number(String.valueOf(delegation.participants())));
            table.addCell(style.number(percent(delegation.attendanceRate(), texts)));
            table.addCell(style.number(percent(progress.activitiesDoneShare(), texts)));
            table.addCell(style.number(percent(progress.indicatorsOnTrackShare(), texts)));
            table.addCell(style.number(percent(progress.averageAchievement(), texts)));
            table.addCell(style.cell(words.text("dashboard.nap." + delegation.napAtStart())));
            table.addCell(style.cell(words.text("dashboard.nap." + delegation.napNow()),
                    delegation.napChanged() ? style.bold : style.body));
        }
        pdf.add(table);
    }

    private static String percent(Optional<BigDecimal> share, ExportTexts texts) {
        return share.map(texts::percent).orElse("–");
    }
}
