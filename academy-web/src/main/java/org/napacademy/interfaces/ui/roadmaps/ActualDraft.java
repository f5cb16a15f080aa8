package org.napacademy.interfaces.ui.roadmaps;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.application.NewMeasurement;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.MeasurementKind;

/** The actual form's bean, mirroring the REST NewMeasurementRequest of kind ACTUAL. */
public class ActualDraft {
    private BigDecimal value;
    private Sex sex;
    @NotNull private LocalDate asOf;
    @Size(max = 2000) private String comment;
    @Size(max = 1000) private String evidenceLink;

    static ActualDraft asOf(LocalDate day) {
        var draft = new ActualDraft();
        draft.asOf = day;
        return draft;
    }

    NewMeasurement toCommand() { return new NewMeasurement(MeasurementKind.ACTUAL, value, sex, asOf, comment, evidenceLink); }

    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getEvidenceLink() { return evidenceLink; }
    public void setEvidenceLink(String evidenceLink) { this.evidenceLink = evidenceLink; }
}
