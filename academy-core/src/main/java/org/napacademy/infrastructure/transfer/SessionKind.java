package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.curriculum.Attendance;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionFeedback;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;

/** The sessions of the programme's cohorts: schedule (venue's local time), room, trainers, attendance and feedback. */
final class SessionKind implements TransferKind {
    static final String SECTION = "sessions";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select s from Session s where s.cohort.programme = ?1 order by s.id", Session.class), session -> {
            out.writeKey(session);
            out.ref("cohort", session.cohort());
            out.ref("module", session.module());
            out.time("startsAt", session.startsAt());
            out.time("endsAt", session.endsAt());
            out.optionalText("room", session.room());
            out.strings("trainers", session.trainers());
            out.array("attendance", out.select("select a from Attendance a where a.session = ?1 order by a.id", Attendance.class, session),
                    attendance -> {
                        out.ref("participant", attendance.participant());
                        out.enumValue("status", attendance.status());
                    });
            out.array("feedback", out.select("select f from SessionFeedback f where f.session = ?1 order by f.id", SessionFeedback.class, session),
                    feedback -> {
                        out.optionalRef("participant", feedback.participant());
                        out.number("rating", feedback.rating());
                        out.optionalText("comment", feedback.comment());
                        out.optionalNumber("preAssessment", feedback.preAssessment());
                        out.optionalNumber("postAssessment", feedback.postAssessment());
                    });
        });
    }

    @Override public void read(JsonObject element, Importing in) {
        var session = new Session(in.resolve(CohortKind.SECTION, Fields.text(element, "cohort"), Cohort.class),
                in.resolve(ModuleKind.SECTION, Fields.text(element, "module"), Module.class),
                Fields.dateTime(element, "startsAt"), Fields.dateTime(element, "endsAt"), Fields.optionalText(element, "room").orElse(null));
        Fields.strings(element, "trainers").forEach(session::assignTrainer);
        for (var attendance : Fields.objects(element, "attendance")) {
            session.recordAttendance(participant(attendance, in), Fields.enumValue(attendance, "status", AttendanceStatus.class));
            in.count("attendance");
        }
        for (var feedback : Fields.objects(element, "feedback")) {
            var participant = Fields.optionalText(feedback, "participant").map(key -> in.resolve(DelegationKind.PARTICIPANTS, key, Participant.class));
            session.collectFeedback(participant.orElse(null), Fields.integer(feedback, "rating"), Fields.optionalText(feedback, "comment").orElse(null),
                    Fields.optionalInteger(feedback, "preAssessment").orElse(null), Fields.optionalInteger(feedback, "postAssessment").orElse(null));
            in.count("feedback");
        }
        in.persist(session);
        in.register(SECTION, Fields.key(element), session);
        in.count(SECTION);
    }

    private static Participant participant(JsonObject element, Importing in) {
        return in.resolve(DelegationKind.PARTICIPANTS, Fields.text(element, "participant"), Participant.class);
    }
}
