package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;

/**
 * The delegations' requests for assistance. The answer is given again with its recorded time (the first
 * answer's time, from which the response time counts), then the request moves to its status.
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
                });
    }

    @Override public void read(JsonObject element, Importing in) {
        var request = new AssistanceRequest(in.resolve(DelegationKind.SECTION, Fields.text(element, "delegation"), Delegation.class),
                in.resolveOptional(ModuleKind.SECTION, Fields.optionalText(element, "topic"), Module.class),
                Fields.text(element, "raisedBy"), Fields.text(element, "text"), Fields.enumValue(element, "urgency", Urgency.class),
                Fields.instant(element, "raisedAt"));
        var answer = Fields.optionalText(element, "answer");
        if (answer.isPresent()) request.answer(answer.get(), Fields.text(element, "answeredBy"), Fields.instant(element, "answeredAt"));
        switch (Fields.enumValue(element, "status", AssistanceStatus.class)) {
            case OPEN, ANSWERED -> { }
            case SCHEDULED -> request.scheduleMentoring();
            case CLOSED -> request.close();
        }
        in.persist(request);
        in.register(SECTION, Fields.key(element), request);
        in.count(SECTION);
    }
}
