package org.napacademy.interfaces.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.napacademy.application.RoadmapDocument;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.roadmap.Achievement;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.Period;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A roadmap as a PDF (A4 landscape): title, country, cohort and status; the results chain with the programme's tags and level names,
 * dates, responsible institutions, budgets and status colours; the indicators with baseline, target,
 * latest actual and achievement. Labels in the language asked for, content as entered.
 */
public final class RoadmapPdf {
    public static final String MEDIA_TYPE = "application/pdf";

    private RoadmapPdf() { }

    public static void write(RoadmapDocument document, ExportTexts texts, LocalDate today, OutputStream out) {
        var roadmap = document.roadmap();
        var words = texts.words(roadmap.programme());
        var style = new PdfStyle();
        var pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(roadmap.title());
        pdf.addCreator("NAP Academy");
        pdf.open();
        pdf.add(new Paragraph(words.word(Term.ROADMAP), style.small));
        pdf.add(new Paragraph(roadmap.title(), style.title));
        var facts = style.table(1, 3, 1, 3);
        facts.setHeaderRows(0);
        facts.setSpacingBefore(6);
        fact(facts, style, texts.text("roadmap.country"), RoadmapTables.owner(roadmap, texts));
        fact(facts, style, words.word(Term.COHORT), document.cohort().name());
        fact(facts, style, texts.text("roadmap.status"), texts.label(roadmap.status()));
        facts.addCell(style.cell(texts.text("roadmap.progress"), style.bold));
        facts.addCell(style.status(texts.label(document.rolledUpStatus()), document.rolledUpStatus()));
        pdf.add(facts);
        pdf.add(new Paragraph(texts.text("generated", texts.date(today)), style.small));

        pdf.add(style.heading(texts.text("roadmap.tree")));
        var numbers = RoadmapTables.numbering(roadmap);
        if (numbers.isEmpty()) {
            pdf.add(new Paragraph(texts.text("roadmap.empty"), style.body));
        } else {
            var tree = style.table(0.9f, 1, 4.6f, 1.4f, 2.2f, 2.1f, 1.6f, 1.4f);
            style.headers(tree, texts.text("column.path"), texts.text("column.level"), texts.text("column.title"),
                    words.word(Term.TAG), texts.text("column.institution"), texts.text("roadmap.dates"),
                    texts.text("column.budget"), texts.text("column.status"));
            numbers.forEach((node, path) -> {
                tree.addCell(style.cell(path));
                tree.addCell(style.cell(words.level(node.level())));
                var title = style.cell(node.title(), node.children().isEmpty() ? style.body : style.bold);
                title.setPaddingLeft(3 + 8 * (path.split("\\.").length - 1));
                tree.addCell(title);
                tree.addCell(style.cell(RoadmapTables.tagLabel(node, texts)));
                tree.addCell(style.cell(node.responsibleInstitution().orElse("")));
                tree.addCell(style.cell(texts.date(node.schedule().start()) + " – " + texts.date(node.schedule().end())));
                tree.addCell(style.number(ExportTexts.money(node.budgetTotals())));
                tree.addCell(style.status(texts.label(node.rolledUpStatus()), node.rolledUpStatus()));
            });
            pdf.add(tree);
        }

        pdf.add(style.heading(texts.text("roadmap.indicators")));
        var indicators = style.table(0.9f, 4.7f, 1.2f, 1.3f, 1.8f, 1.8f, 1.3f);
        style.headers(indicators, texts.text("column.path"), texts.text("column.indicator"), texts.text("column.unit"),
                texts.text("column.baseline"), texts.text("roadmap.target"), texts.text("roadmap.latestActual"),
                texts.text("column.achievement"));
        int[] count = {0};
        numbers.forEach((node, path) -> node.indicators().forEach(indicator -> {
            count[0]++;
            indicators.addCell(style.cell(path));
            var title = indicator.title() + indicator.reference().map(r -> " (" + r.framework().name().replace('_', ' ') + " " + r.code() + ")").orElse("");
            indicators.addCell(style.cell(title));
            indicators.addCell(style.cell(texts.label(indicator.unit())));
            indicators.addCell(style.number(indicator.baselineValue().map(ExportTexts::number).orElse("")));
            indicators.addCell(style.number(target(indicator).map(m -> shown(texts, indicator, m)).orElse("")));
            indicators.addCell(style.number(RoadmapTables.latestActual(indicator)
                    .map(m -> shown(texts, indicator, m) + " (" + texts.date(m.asOf()) + ")").orElse("")));
            indicators.addCell(style.number(indicator.achievement().map(Achievement::ratio).map(texts::percent).orElse("")));
        }));
        if (count[0] == 0) pdf.add(new Paragraph(texts.text("roadmap.none"), style.body));
        else pdf.add(indicators);
        pdf.close();
    }

    private static void fact(PdfPTable facts, PdfStyle style, String label, String value) {
        facts.addCell(style.cell(label, style.bold));
        facts.addCell(style.cell(value));
    }

    /** The total's target of the latest period that has one. */
    private static Optional<Measurement> target(Indicator indicator) {
        var periods = indicator.periods();
        for (int i = periods.size() - 1; i >= 0; i--) {
            Period period = periods.get(i);
            var target = period.target(null);
            if (target.isPresent()) return target;
        }
        return Optional.empty();
    }

    /** A number as entered, yes or no, or a qualitative measurement's narrative. */
    private static String shown(ExportTexts texts, Indicator indicator, Measurement measurement) {
        if (indicator.unit() == IndicatorUnit.QUALITATIVE) return measurement.comment().orElse("");
        if (indicator.unit() == IndicatorUnit.YES_NO)
            return measurement.value().map(v -> texts.text(v.signum() == 0 ? "no" : "yes")).orElse("");
        return measurement.value().map(ExportTexts::number).orElse("");
    }
}
