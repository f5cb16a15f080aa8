package org.napacademy.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The calendar parsed back by ical4j, as a calendar program would read it. */
class IcsWriterTest {

    @Test
    void each_session_is_an_event_in_the_venues_time_zone_titled_in_the_language() throws Exception {
        var document = ExportFixtures.cohortDocument();
        var out = new ByteArrayOutputStream();
        IcsWriter.write(document, ExportTexts.in("es"), out);
        var raw = out.toString(StandardCharsets.UTF_8);
        assertThat(raw).contains("DTSTART;TZID=America/Panama:20250624T090000", "\r\n");

        var calendar = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));

        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE).get(0).getTimeZoneId().orElseThrow().getValue()).isEqualTo("America/Panama");
        var events = calendar.<VEvent>getComponents(Component.VEVENT);
        assertThat(events).hasSize(3);
        var first = events.get(0);
        assertThat(first.getSummary().orElseThrow().getValue()).isEqualTo(ExportFixtures.MODULE_ES);
        assertThat(first.getLocation().orElseThrow().getValue()).isEqualTo("Sala Bolívar, Ministerio de Relaciones Exteriores, Panama City");
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("session-" + document.sessions().get(0).id() + "@napacademy.org");
        DtStart<Temporal> start = first.getDateTimeStart().orElseThrow();
        assertThat(start.getValue()).isEqualTo("20250624T090000");
        assertThat(start.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/Panama");
        assertThat(first.<DtEnd<Temporal>>getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20250624T120000");
        assertThat(events.get(1).getLocation().orElseThrow().getValue()).as("no room").isEqualTo("Ministerio de Relaciones Exteriores, Panama City");
    }
}
