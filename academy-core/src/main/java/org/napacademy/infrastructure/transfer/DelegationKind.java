package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;

/** The delegations of the programme's cohorts (country by ISO code) with their participants. */
final class DelegationKind implements TransferKind {
    static final String SECTION = "delegations";
    static final String PARTICIPANTS = "participants";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select d from Delegation d where d.cohort.programme = ?1 order by d.id", Delegation.class), delegation -> {
            out.writeKey(delegation);
            out.ref("cohort", delegation.cohort());
            out.text("country", delegation.country().iso2());
            out.array(PARTICIPANTS, out.select("select p from Participant p where p.delegation = ?1 order by p.id",
                    Participant.class, delegation), participant -> {
                out.writeKey(participant);
                out.text("givenName", participant.givenName());
                out.text("familyName", participant.familyName());
                out.optionalText("email", participant.email());
                out.json().writeStartObject("institution");
                out.text("name", participant.institution().name());
                out.enumValue("type", participant.institution().type());
                out.json().writeEnd();
                out.optionalText("position", participant.position());
                out.enumValue("sex", participant.sex());
                out.enumValue("role", participant.role());
                out.bool("consentToBeListed", participant.consentsToBeListed());
                out.optionalText("preferredLanguage", participant.preferredLanguage());
            });
        });
    }

    @Override public void read(JsonObject element, Importing in) {
        var delegation = new Delegation(in.resolve(CohortKind.SECTION, Fields.text(element, "cohort"), Cohort.class),
                in.country(Fields.text(element, "country")));
        for (var p : Fields.objects(element, PARTICIPANTS)) {
            var institution = Fields.object(p, "institution");
            var participant = delegation.enrol(Fields.text(p, "givenName"), Fields.text(p, "familyName"), Fields.optionalText(p, "email").orElse(null),
                    new Institution(Fields.text(institution, "name"), Fields.enumValue(institution, "type", InstitutionType.class)),
                    Fields.optionalText(p, "position").orElse(null), Fields.enumValue(p, "sex", Sex.class));
            if (Fields.enumValue(p, "role", ParticipantRole.class) == ParticipantRole.FOCAL_POINT) delegation.appointFocalPoint(participant);
            if (Fields.bool(p, "consentToBeListed")) participant.consentToBeListed();
            participant.preferLanguage(Fields.optionalText(p, "preferredLanguage").orElse(null));
            in.register(PARTICIPANTS, Fields.key(p), participant);
            in.count(PARTICIPANTS);
        }
        in.persist(delegation);
        in.register(SECTION, Fields.key(element), delegation);
        in.count(SECTION);
    }
}
