package org.napacademy.domain.model.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.shared.AbstractEntity;

/** Whether one participant attended one session; recorded through {@link Session#recordAttendance}. */
@Entity
@Table(name = "attendance", uniqueConstraints = @UniqueConstraint(
        name = "uq_attendance_session_participant", columnNames = {"session_id", "participant_id"}))
public class Attendance extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private Session session;

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "attendance_status", nullable = false, length = 20)
    private AttendanceStatus status;

    protected Attendance() { }            // for JPA only

    Attendance(Session session, Participant participant, AttendanceStatus status) {
        this.session = session;
        this.participant = participant;
        this.status = status;
    }

    void mark(AttendanceStatus newStatus) { this.status = newStatus; }

    public Session session() { return session; }

    public Participant participant() { return participant; }

    public AttendanceStatus status() { return status; }
}
