package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.napacademy.domain.model.country.NapEvent;
import org.napacademy.domain.model.country.NapEventType;

/**
 * The NAP histories of the countries the programme's delegations come from. Every database holds the
 * reference history from its migrations, so an event that is already there (same country, step, generation,
 * year and date) is matched, and only the others are recorded.
 */
final class NapEventKind implements TransferKind {
    static final String SECTION = "napEvents";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select e from NapEvent e where e.country in "
                        + "(select d.country from Delegation d where d.cohort.programme = ?1) order by e.country.iso2, e.id", NapEvent.class),
                event -> {
                    out.writeKey(event);
                    out.text("country", event.country().iso2());
                    out.enumValue("type", event.type());
                    out.number("generation", event.generation());
                    out.optionalTime("date", event.date());
                    out.optionalNumber("year", event.year());
                    out.optionalNumber("planStartYear", event.planStartYear());
                    out.optionalNumber("planEndYear", event.planEndYear());
                    out.optionalText("note", event.note());
                    out.optionalText("source", event.source());
                });
    }

    @Override public void read(JsonObject element, Importing in) {
        var country = in.country(Fields.text(element, "country"));
        var type = Fields.enumValue(element, "type", NapEventType.class);
        var generation = Fields.integer(element, "generation");
        var date = Fields.optionalDate(element, "date");
        var year = Fields.optionalInteger(element, "year");
        var known = country.napHistory().stream().filter(e -> e.type() == type && e.generation() == generation
                && e.date().equals(date) && e.year().equals(year)).findFirst();
        var event = known.orElseGet(() -> {
            in.count(SECTION);
            return country.recordNapEvent(type, generation, date.orElse(null), date.isPresent() ? null : year.orElse(null),
                    Fields.optionalInteger(element, "planStartYear").orElse(null), Fields.optionalInteger(element, "planEndYear").orElse(null),
                    Fields.optionalText(element, "note").orElse(null), Fields.optionalText(element, "source").orElse(null));
        });
        if (known.isPresent()) in.count("napEventsAlreadyPresent");
        in.register(SECTION, Fields.key(element), Objects.requireNonNull(event));
    }
}
