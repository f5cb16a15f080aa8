package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.MentoringMode;
import org.napacademy.domain.model.accompaniment.MentoringSlot;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;

/**
 * The delegations' requests for assistance. The answer is given again with its recorded time (the first
 * answer's time, from which the response time counts), the mentoring session is arranged again, then the request
 * moves to its status.
 */
final class AssistanceRequestKind implements TransferKind {
    static final String SECTION = "assistanceRequests";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select r from AssistanceRequest r where r.delegation.cohort.programme = ?1 order by r.id", AssistanceRequest.class),
                request -> {
                    out.writeKey(request);
                    out.ref("delegation", request.delegation());
                    out.optionalRef("topic", request.topic());
                    out.text("raisedBy", request.raisedBy());
                    out.text("text", request.text());
                    out.enumValue("urgency", request.urgency());
                    out.instant("raisedAt", request.raisedAt());
                    out.enumValue("status", request.status());
                    out.optionalText("answer", request.answer());
                    out.optionalText("answeredBy", request.answeredBy());
                    request.answeredAt().ifPresent(at -> out.instant("answeredAt", at));
                    request.mentoringSession().ifPresent(session -> {
                        out.time("mentoringStartsAt", session.startsAt());
                        out.enumValue("mentoringMode", session.mode());
                        out.optionalText("meetingLink", session.meetingLink());
                    });
                    request.closedAt().ifPresent(at -> out.instant("closedAt", at));
                });
    }

    @Override public void read(JsonObject element, Importing in) {
        var request = new AssistanceRequest(in.resolve(DelegationKind.SECTION, Fields.text(element, "delegation"), Delegation.class),
                in.resolveOptional(ModuleKind.SECTION, Fields.optionalText(element, "topic"), Module.class),
                Fields.text(element, "raisedBy"), Fields.text(element, "text"), Fields.enumValue(element, "urgency", Urgency.class),
                Fields.instant(element, "raisedAt"));
        var answer = Fields.optionalText(element, "answer");
        if (answer.isPresent()) request.answer(answer.get(), Fields.text(element, "answeredBy"), Fields.instant(element, "answeredAt"));
        if (element.containsKey("mentoringStartsAt")) {
            request.scheduleMentoring(new MentoringSlot(Fields.dateTime(element, "mentoringStartsAt"),
                    Fields.enumValue(element, "mentoringMode", MentoringMode.class), Fields.optionalText(element, "meetingLink").orElse(null)));
        }
        switch (Fields.enumValue(element, "status", AssistanceStatus.class)) {
            case OPEN, ANSWERED -> { }
            case SCHEDULED -> {
                if (request.mentoringSession().isEmpty()) throw new IllegalArgumentException("A scheduled request names its mentoringStartsAt");
            }
            // requests closed before closing times were kept count as closed when last answered (or raised)
            case CLOSED -> request.close(Fields.optionalInstant(element, "closedAt")
                    .orElse(request.answeredAt().orElse(request.raisedAt())));
        }
        in.persist(request);
        in.register(SECTION, Fields.key(element), request);
        in.count(SECTION);
    }
}
