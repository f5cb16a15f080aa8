package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.Optional;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.MentoringSlot;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.interfaces.ui.common.Formats;

/** How the accompaniment views write a request's parts: its topic, its response time, its mentoring session. */
final class AssistanceTexts {
    private static final int GIST = 90;
    private final Component translator;
    private final Formats formats;

    AssistanceTexts(Component translator, Formats formats) {
        this.translator = translator;
        this.formats = formats;
    }

    String topic(AssistanceRequest request) {
        return request.topic().map(this::module).orElseGet(() -> translator.getTranslation("assistance.topic.general"));
    }

    /** The question's beginning, for a list to tell requests apart. */
    String gist(AssistanceRequest request) {
        var text = request.text();
        return text.length() <= GIST ? text : text.substring(0, GIST - 1).stripTrailing() + "…";
    }

    String module(Module module) { return module.title().in(formats.locale()); }

    /** "2 d 5 h", "3 h 20 min", "45 min"; "–" while unanswered. */
    String responseTime(Optional<Duration> time) {
        if (time.isEmpty()) return "–";
        var duration = time.get();
        if (duration.toDays() > 0) return translator.getTranslation("assistance.duration.days", duration.toDays(), duration.toHoursPart());
        if (duration.toHours() > 0) return translator.getTranslation("assistance.duration.hours", duration.toHours(), duration.toMinutesPart());
        return translator.getTranslation("assistance.duration.minutes", duration.toMinutes());
    }

    /** "Tuesday, 8 July 2025 10:00 (America/Panama) · Online". */
    String session(AssistanceRequest request, MentoringSlot slot) {
        return formats.day(slot.startsAt().toLocalDate()) + " " + formats.time(slot.startsAt().toLocalTime())
                + " (" + request.timeZone().getId() + ") · " + translator.getTranslation("assistance.mode." + slot.mode());
    }

    String status(AssistanceRequest request) { return translator.getTranslation("assistance.status." + request.status()); }

    String urgency(AssistanceRequest request) { return translator.getTranslation("assistance.urgency." + request.urgency()); }
}
