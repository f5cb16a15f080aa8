package org.napacademy.interfaces.export;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.napacademy.application.RoadmapDocument;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/**
 * A roadmap's results as one IATI 2.03 activity ({@code iati-activities version="2.03"}), written with
 * StAX. Narratives are content as entered, declared in the language asked for (the activity's xml:lang).
 *
 * <p>Code mappings (IATI 2.03 codelists):
 * <ul>
 * <li>result/@type (ResultType): OUTPUT node = 1 Output, OUTCOME node = 2 Outcome; goals and activities carry no
 *     indicators and are not results; an outcome or output without indicators is left out (IATI requires one).</li>
 * <li>indicator/@measure (IndicatorMeasure): NUMBER = 1 Unit, PERCENT = 2 Percentage, YES_NO = 3 Nominal
 *     (0 or 1 on a nominal scale), QUALITATIVE = 5 Qualitative; @ascending as entered, except for qualitative ones.</li>
 * <li>indicator/reference/@vocabulary (IndicatorVocabulary): SDG = 9 UN Sustainable Development Goals (SDG)
 *     Indicators; UN_WPS (the UN global WPS indicators, which have no IATI vocabulary) and OTHER = 99 Reporting
 *     Organisation; @code as entered (e.g. 5.c.1).</li>
 * <li>activity-status (ActivityStatus): DRAFT or SUBMITTED roadmap = 1 Pipeline/identification; ENDORSED = 2
 *     Implementation, 3 Finalisation once every goal is DONE, 5 Cancelled when every goal is CANCELLED.</li>
 * <li>activity-date/@type (ActivityDateType): 1 Planned start, 3 Planned end (the goals' dates, else the cohort's).</li>
 * <li>participating-org/@role (OrganisationRole): the country's government = 4 Implementing (type 10 Government),
 *     each responsible institution = 4 Implementing, the reporting organisation = 3 Extending.</li>
 * <li>policy-marker: vocabulary 1 (OECD DAC CRS), code 1 Gender Equality, @significance (PolicySignificance) =
 *     the highest OECD DAC gender marker score of the budget lines (0, 1 or 2); absent without budget lines.</li>
 * <li>dimension name="sex", value female, male, other or undisclosed, on disaggregated targets and actuals.</li>
 * <li>each period: every target, and the latest actual of each sex dimension (earlier actuals are history,
 *     not separate values).</li>
 * </ul>
 */
public final class IatiWriter {
    public static final String MEDIA_TYPE = "application/xml; charset=UTF-8";
    public static final String VERSION = "2.03";

    private IatiWriter() { }

    public static void write(RoadmapDocument document, IatiSettings reporter, ExportTexts texts, Instant generated,
                             OutputStream out) throws XMLStreamException {
        var xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        new Activity(document, reporter, texts, generated.truncatedTo(ChronoUnit.SECONDS), xml).write();
        xml.close();
    }

    private record Activity(RoadmapDocument document, IatiSettings reporter, ExportTexts texts, Instant generated,
                            XMLStreamWriter xml) {

        void write() throws XMLStreamException {
            var roadmap = document.roadmap();
            // a gathering's shared roadmap is carried out by the delegations that endorsed it
            var countries = roadmap.delegation().map(d -> List.of(d.country()))
                    .orElseGet(() -> roadmap.endorsements().stream().map(e -> e.delegation().country()).toList());
            var countryNames = String.join(", ", countries.stream().map(c -> c.name().in(texts.locale())).toList());
            var timestamp = DateTimeFormatter.ISO_INSTANT.format(generated);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", timestamp);
            xml.writeStartElement("iati-activity");
            xml.writeAttribute("last-updated-datetime", timestamp);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", texts.language());
            xml.writeAttribute("hierarchy", "1");
            text("iati-identifier", reporter.ref() + "-RM" + roadmap.id());
            xml.writeStartElement("reporting-org");
            xml.writeAttribute("ref", reporter.ref());
            xml.writeAttribute("type", reporter.type());
            narrative(reporter.name());
            xml.writeEndElement();
            narrativeElement("title", roadmap.title());
            xml.writeStartElement("description");
            xml.writeAttribute("type", "1");
            var words = texts.words(roadmap.programme());
            narrative(texts.text("roadmap.description", countryNames, document.cohort().name(), words.word(Term.ROADMAP),
                    words.word(Term.COHORT)));
            xml.writeEndElement();
            for (var country : countries) participatingOrg("4", "10", country.name().in(texts.locale()));
            var institutions = new LinkedHashSet<String>();
            roadmap.nodes().forEach(n -> n.responsibleInstitution().ifPresent(institutions::add));
            for (var institution : institutions) participatingOrg("4", null, institution);
            xml.writeStartElement("participating-org");
            xml.writeAttribute("ref", reporter.ref());
            xml.writeAttribute("type", reporter.type());
            xml.writeAttribute("role", "3");
            narrative(reporter.name());
            xml.writeEndElement();
            empty("activity-status", "code", activityStatus());
            var goals = roadmap.goals();
            var start = goals.stream().map(g -> g.schedule().start()).min(Comparator.naturalOrder()).orElse(document.cohort().dates().start());
            var end = goals.stream().map(g -> g.schedule().end()).max(Comparator.naturalOrder()).orElse(document.cohort().dates().end());
            activityDate("1", start);
            activityDate("3", end);
            recipientCountries(countries);
            var significance = genderMarker();
            if (significance.isPresent()) {
                xml.writeEmptyElement("policy-marker");
                xml.writeAttribute("vocabulary", "1");
                xml.writeAttribute("code", "1");
                xml.writeAttribute("significance", significance.get());
            }
            for (var node : roadmap.nodes()) {
                if (node.level().carriesIndicators() && !node.indicators().isEmpty()) result(node);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
        }

        private String activityStatus() {
            var roadmap = document.roadmap();
            if (roadmap.status() != RoadmapStatus.ENDORSED) return "1";
            var rolledUp = document.rolledUpStatus();
            if (!roadmap.goals().isEmpty() && rolledUp == ProgressStatus.CANCELLED) return "5";
            return rolledUp == ProgressStatus.DONE ? "3" : "2";
        }

        private Optional<String> genderMarker() {
            return document.roadmap().nodes().stream().flatMap(n -> n.budgetLines().stream())
                    .map(BudgetLine::genderMarker).map(GenderMarker::score).max(Integer::compare).map(String::valueOf);
        }

        private void result(ResultNode node) throws XMLStreamException {
            xml.writeStartElement("result");
            xml.writeAttribute("type", node.level() == ResultLevel.OUTPUT ? "1" : "2");
            narrativeElement("title", node.title());
            if (node.description().isPresent()) narrativeElement("description", node.description().get());
            for (var indicator : node.indicators()) indicator(indicator);
            xml.writeEndElement();
        }

        private void indicator(Indicator indicator) throws XMLStreamException {
            xml.writeStartElement("indicator");
            xml.writeAttribute("measure", switch (indicator.unit()) {
                case NUMBER -> "1";
                case PERCENT -> "2";
                case YES_NO -> "3";
                case QUALITATIVE -> "5";
            });
            if (indicator.baselineValue().isPresent()) xml.writeAttribute("ascending", String.valueOf(indicator.isAscending()));
            narrativeElement("title", indicator.title());
            if (indicator.meansOfVerification().isPresent()) narrativeElement("description", indicator.meansOfVerification().get());
            if (indicator.reference().isPresent()) {
                var reference = indicator.reference().get();
                xml.writeEmptyElement("reference");
                xml.writeAttribute("vocabulary", switch (reference.framework()) {
                    case SDG -> "9";
                    case UN_WPS, OTHER -> "99";
                });
                xml.writeAttribute("code", reference.code());
            }
            if (indicator.baselineValue().isPresent()) {
                var date = indicator.baselineDate().orElse(null);
                var year = date != null ? date.getYear()
                        : indicator.periods().stream().findFirst().map(p -> p.dates().start()).orElse(indicator.node().schedule().start()).getYear();
                xml.writeEmptyElement("baseline");
                xml.writeAttribute("year", String.valueOf(year));
                if (date != null) xml.writeAttribute("iso-date", date.toString());
                xml.writeAttribute("value", ExportTexts.number(indicator.baselineValue().get()));
            }
            for (var period : indicator.periods()) period(period);
            xml.writeEndElement();
        }

        private void period(Period period) throws XMLStreamException {
            xml.writeStartElement("period");
            empty("period-start", "iso-date", period.dates().start().toString());
            empty("period-end", "iso-date", period.dates().end().toString());
            for (var target : period.targets()) measurement("target", target);
            for (var sex : sexesWithTotalFirst()) {
                var actual = period.latestActual(sex);
                if (actual.isPresent()) measurement("actual", actual.get());
            }
            xml.writeEndElement();
        }

        /** null (the total) first, then each sex. */
        private static List<Sex> sexesWithTotalFirst() {
            var list = new ArrayList<Sex>();
            list.add(null);
            list.addAll(List.of(Sex.values()));
            return list;
        }

        private void measurement(String element, Measurement measurement) throws XMLStreamException {
            xml.writeStartElement(element);
            if (measurement.value().isPresent()) xml.writeAttribute("value", ExportTexts.number(measurement.value().get()));
            if (measurement.sex().isPresent()) {
                xml.writeEmptyElement("dimension");
                xml.writeAttribute("name", "sex");
                xml.writeAttribute("value", measurement.sex().get().name().toLowerCase(Locale.ROOT));
            }
            if (measurement.comment().isPresent()) narrativeElement("comment", measurement.comment().get());
            xml.writeEndElement();
        }

        private void participatingOrg(String role, String type, String name) throws XMLStreamException {
            xml.writeStartElement("participating-org");
            if (type != null) xml.writeAttribute("type", type);
            xml.writeAttribute("role", role);
            narrative(name);
            xml.writeEndElement();
        }

        private void activityDate(String type, LocalDate date) throws XMLStreamException {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", type);
            xml.writeAttribute("iso-date", date.toString());
        }

        private void narrativeElement(String element, String text) throws XMLStreamException {
            xml.writeStartElement(element);
            narrative(text);
            xml.writeEndElement();
        }

        private void narrative(String text) throws XMLStreamException {
            xml.writeStartElement("narrative");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", texts.language());
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void text(String element, String text) throws XMLStreamException {
            xml.writeStartElement(element);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        /** One country takes the whole activity; several share it in equal percentages that add up to 100 (IATI rule). */
        private void recipientCountries(List<Country> countries) throws XMLStreamException {
            if (countries.isEmpty()) return;
            if (countries.size() == 1) {
                empty("recipient-country", "code", countries.get(0).iso2());
                return;
            }
            var shares = RoadmapTables.equalShares(countries.size());
            for (int i = 0; i < countries.size(); i++) {
                xml.writeEmptyElement("recipient-country");
                xml.writeAttribute("code", countries.get(i).iso2());
                xml.writeAttribute("percentage", shares.get(i).toPlainString());
            }
        }

        private void empty(String element, String attribute, String value) throws XMLStreamException {
            xml.writeEmptyElement(element);
            xml.writeAttribute(attribute, value);
        }
    }
}
