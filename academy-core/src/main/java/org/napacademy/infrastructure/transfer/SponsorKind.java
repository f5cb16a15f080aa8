package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.programme.Sponsor;

/**
 * The sponsors of the programme's cohorts. Sponsors are shared between programmes, so one of the same name
 * already in the database is taken as it is rather than doubled.
 */
final class SponsorKind implements TransferKind {
    static final String SECTION = "sponsors";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select distinct s from Cohort c join c.sponsors s where c.programme = ?1 order by s.id", Sponsor.class),
                sponsor -> {
                    out.writeKey(sponsor);
                    out.text("name", sponsor.name());
                    out.optionalText("website", sponsor.website());
                });
    }

    @Override public void read(JsonObject element, Importing in) {
        var name = Fields.text(element, "name");
        var existing = in.em().createQuery("select s from Sponsor s where s.name = ?1 order by s.id", Sponsor.class)
                .setParameter(1, name).setMaxResults(1).getResultStream().findFirst();
        var sponsor = existing.orElseGet(() -> {
            var created = new Sponsor(name, Fields.optionalText(element, "website").orElse(null));
            in.persist(created);
            in.count(SECTION);
            return created;
        });
        if (existing.isPresent()) in.count("sponsorsAlreadyPresent");
        in.register(SECTION, Fields.key(element), sponsor);
    }
}
