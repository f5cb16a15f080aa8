package org.napacademy.interfaces.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.napacademy.application.CohortDocument;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.delegation.Sex;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A cohort as a PDF (A4 portrait): its venue and dates, its participants by delegation and sex, and its
 * schedule with each session's attendance rate. (The outcome report with the dashboard's charts comes later.)
 */
public final class CohortPdf {
    public static final String MEDIA_TYPE = "application/pdf";

    private CohortPdf() { }

    public static void write(CohortDocument document, ExportTexts texts, LocalDate today, OutputStream out) {
        var cohort = document.cohort();
        var style = new PdfStyle();
        var pdf = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(cohort.name());
        pdf.addCreator("NAP Academy");
        pdf.open();
        pdf.add(new Paragraph(texts.text("cohort.heading") + " · " + cohort.programme().name(), style.small));
        pdf.add(new Paragraph(cohort.name(), style.title));
        pdf.add(new Paragraph(texts.text("cohort.venue") + ": " + cohort.venue().name() + ", " + cohort.venue().city(), style.body));
        pdf.add(new Paragraph(texts.text("cohort.dates") + ": " + texts.date(cohort.dates().start()) + " – "
                + texts.date(cohort.dates().end()), style.body));
        pdf.add(new Paragraph(texts.text("generated", texts.date(today)), style.small));

        pdf.add(style.heading(texts.text("cohort.participantsBySex")));
        var bySex = style.table(4, 1, 1, 1, 1, 1);
        style.headers(bySex, texts.text("column.delegation"), texts.label(Sex.FEMALE), texts.label(Sex.MALE),
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
}
