package org.napacademy.interfaces.ui.sessions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.napacademy.application.SessionDraft;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.Session;

/** What the session form edits: a day and two times in the venue's local time; mirrors the REST SessionRequest. */
public class SessionBean {
    private Long id;
    private long version;
    @NotNull private Module module;
    @NotNull private LocalDate day;
    @NotNull private LocalTime start;
    @NotNull private LocalTime end;
    @Size(max = 100) private String room;
    private Set<String> trainers = new LinkedHashSet<>();

    static SessionBean of(Session session) {
        var bean = new SessionBean();
        bean.id = session.id();
        bean.version = session.version();
        bean.module = session.module();
        bean.day = session.startsAt().toLocalDate();
        bean.start = session.startsAt().toLocalTime();
        bean.end = session.endsAt().toLocalTime();
        bean.room = session.room().orElse(null);
        bean.trainers = new LinkedHashSet<>(session.trainers());
        return bean;
    }

    /** A new session on the day, from nine to half past ten. */
    static SessionBean on(LocalDate day) {
        var bean = new SessionBean();
        bean.day = day;
        bean.start = LocalTime.of(9, 0);
        bean.end = LocalTime.of(10, 30);
        return bean;
    }

    SessionDraft toDraft() {
        return new SessionDraft(module == null ? null : module.id(), day.atTime(start), day.atTime(end),
                room == null || room.isBlank() ? null : room.trim(), trainers);
    }

    boolean isNew() { return id == null; }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Module getModule() { return module; }
    public void setModule(Module module) { this.module = module; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
    public String getRoom() { return room; }
    public void setRoom(String room) { this.room = room; }
    public Set<String> getTrainers() { return trainers; }
    public void setTrainers(Set<String> trainers) { this.trainers = trainers == null ? new LinkedHashSet<>() : new LinkedHashSet<>(trainers); }
}
