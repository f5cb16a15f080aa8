package org.napacademy.domain.model.accompaniment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/** A trainer's record of accompaniment given to a delegation, optionally answering a request. */
@Entity
@Table(name = "mentoring_note")
public class MentoringNote extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    private Delegation delegation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private AssistanceRequest request;

    @NotBlank @Size(max = 100) @Column(name = "trainer_username", nullable = false, length = 100)
    private String trainerUsername;

    @NotNull @Column(name = "note_date", nullable = false)
    private LocalDate date;

    @NotBlank @Size(max = 4000) @Column(name = "note_text", nullable = false, length = 4000)
    private String note;

    protected MentoringNote() { }         // for JPA only

    public MentoringNote(Delegation delegation, AssistanceRequest request, String trainerUsername, LocalDate date, String note) {
        this.delegation = Checks.present(delegation, "delegation");
        if (request != null && !request.delegation().sameAs(delegation))
            throw new AccompanimentRuleViolation("The request came from another delegation");
        this.request = request;
        this.trainerUsername = Checks.text(trainerUsername, 100, "trainer username");
        this.date = Checks.present(date, "date");
        revise(note);
    }

    public void revise(String newNote) { this.note = Checks.text(newNote, 4000, "note"); }

    public Delegation delegation() { return delegation; }

    public Optional<AssistanceRequest> request() { return Optional.ofNullable(request); }

    public String trainerUsername() { return trainerUsername; }

    public LocalDate date() { return date; }

    public String note() { return note; }
}
