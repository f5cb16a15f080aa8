package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.DateRange;

/** The seats of the programme's executive committee, each with the gathering that elected it. */
final class CommitteeSeatKind implements TransferKind {
    static final String SECTION = "committeeSeats";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select s from CommitteeSeat s where s.programme = ?1 order by s.id", CommitteeSeat.class), seat -> {
            out.writeKey(seat);
            out.enumValue("role", seat.role());
            out.optionalEnum("subregion", seat.subregion());
            out.text("country", seat.country().iso2());
            out.time("termStart", seat.term().start());
            out.time("termEnd", seat.term().end());
            out.ref("electedAt", seat.electedAt());
        });
    }

    @Override public void read(JsonObject element, Importing in) {
        var seat = new CommitteeSeat(in.programme(), Fields.enumValue(element, "role", CommitteeRole.class),
                Fields.optionalEnum(element, "subregion", Subregion.class).orElse(null), in.country(Fields.text(element, "country")),
                DateRange.of(Fields.date(element, "termStart"), Fields.date(element, "termEnd")),
                in.resolve(CohortKind.SECTION, Fields.text(element, "electedAt"), Cohort.class));
        in.persist(seat);
        in.register(SECTION, Fields.key(element), seat);
        in.count(SECTION);
    }
}
