package org.napacademy.interfaces.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.StringJoiner;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.napacademy.application.CohortDocument;
import org.napacademy.domain.model.curriculum.Session;

/**
 * A cohort's sessions as an RFC 5545 calendar (ical4j): one VEVENT per session, its start and end in the
 * venue's time zone (DTSTART;TZID=...) with that zone's VTIMEZONE, SUMMARY the module's title in the language
 * asked for, LOCATION the room and the venue. UIDs are stable, so a subscribed calendar updates its events.
 */
/*
 * The times are written as the venue's wall-clock time with a TZID parameter, not converted from a
 * ZonedDateTime: ical4j 4.0.8 converts a ZonedDateTime through the rules it builds from its bundled VTIMEZONE
 * and, for a zone without daylight saving such as America/Panama, applies the 1890 local mean time offset
 * (09:00 came out as 08:40:24).
 */
public final class IcsWriter {
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private IcsWriter() { }

    public static void write(CohortDocument document, ExportTexts texts, OutputStream out) throws IOException {
        var zone = document.cohort().venue().timeZone();
        var calendar = new Calendar()
                .<Calendar>add(new ProdId("-//NAP Academy//Cohort sessions//" + texts.language().toUpperCase(Locale.ROOT)))
                .<Calendar>add(ImmutableVersion.VERSION_2_0)
                .<Calendar>add(ImmutableCalScale.GREGORIAN);
        var timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        if (timeZone != null) calendar.add(timeZone.getVTimeZone());
        for (var session : document.sessions()) calendar.add(event(session, texts));
        // the outputter closes what it writes to; the caller owns the stream, so only flush it
        var writer = new OutputStreamWriter(new FilterOutputStream(out) {
            @Override public void close() throws IOException { flush(); }
        }, StandardCharsets.UTF_8);
        new CalendarOutputter(false).output(calendar, writer);
    }

    private static VEvent event(Session session, ExportTexts texts) {
        var module = session.module();
        var zone = new TzId(session.cohort().venue().timeZone().getId());
        var event = new VEvent()
                .<VEvent>add(new DtStart<>(session.startsAt()).<DtStart<LocalDateTime>>add(zone))
                .<VEvent>add(new DtEnd<>(session.endsAt()).<DtEnd<LocalDateTime>>add(zone))
                .<VEvent>add(new Summary(module.title().in(texts.locale())));
        event.add(new Uid("session-" + session.id() + "@napacademy.org"));
        var venue = session.cohort().venue();
        var location = new StringJoiner(", ");
        session.room().ifPresent(location::add);
        location.add(venue.name()).add(venue.city());
        event.add(new Location(location.toString()));
        module.description().ifPresent(description -> event.add(new Description(description.in(texts.locale()))));
        return event;
    }
}
