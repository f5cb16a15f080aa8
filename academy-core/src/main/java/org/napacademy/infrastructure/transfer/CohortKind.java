package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import java.util.Comparator;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.Sponsor;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.shared.DateRange;

/**
 * The programme's cohorts with venue, sponsors and trainers (by username). A cohort is rebuilt PLANNED and
 * reaches its status at the end of the import, through the same steps as in life, because a closed cohort
 * would refuse the delegations and sessions that follow it in the document.
 */
final class CohortKind implements TransferKind {
    static final String SECTION = "cohorts";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select c from Cohort c where c.programme = ?1 order by c.id", Cohort.class), cohort -> {
            out.writeKey(cohort);
            out.text("name", cohort.name());
            var venue = cohort.venue();
            out.json().writeStartObject("venue");
            out.text("name", venue.name());
            out.text("city", venue.city());
            out.text("countryCode", venue.countryCode());
            out.text("timeZone", venue.timeZone().getId());
            out.json().writeEnd();
            out.time("start", cohort.dates().start());
            out.time("end", cohort.dates().end());
            out.enumValue("status", cohort.status());
            out.strings("sponsors", cohort.sponsors().stream().sorted(Comparator.comparing(Sponsor::id)).map(Exporting::key).toList());
            out.strings("trainers", cohort.trainers());
        });
    }

    @Override public void read(JsonObject element, Importing in) {
        var venue = Fields.object(element, "venue");
        var cohort = new Cohort(in.programme(), Fields.text(element, "name"),
                new Venue(Fields.text(venue, "name"), Fields.text(venue, "city"), Fields.text(venue, "countryCode"), Fields.text(venue, "timeZone")),
                DateRange.of(Fields.date(element, "start"), Fields.date(element, "end")));
        Fields.strings(element, "sponsors").forEach(key -> cohort.addSponsor(in.resolve(SponsorKind.SECTION, key, Sponsor.class)));
        Fields.strings(element, "trainers").forEach(cohort::assignTrainer);
        var status = Fields.enumValue(element, "status", CohortStatus.class);
        in.atTheEnd(() -> reach(cohort, status));
        in.persist(cohort);
        in.register(SECTION, Fields.key(element), cohort);
        in.count(SECTION);
    }

    /** A closed cohort may have been called off before it met; closing a planned one is the same end. */
    private static void reach(Cohort cohort, CohortStatus status) {
        switch (status) {
            case PLANNED -> { }
            case IN_SESSION -> cohort.startSessions();
            case ACCOMPANIMENT -> {
                cohort.startSessions();
                cohort.startAccompaniment();
            }
            case CLOSED -> cohort.close();
        }
    }
}
