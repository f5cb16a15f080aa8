package org.napacademy.interfaces.ui.roadmaps;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.napacademy.application.PlannedTarget;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.Period;

/**
 * The period form's bean, mirroring the REST NewPeriodRequest: dates and targets, either a total or, for
 * an indicator disaggregated by sex, one for women and one for men (a qualitative target is a narrative).
 */
public class PeriodDraft {
    private Long id;
    private long version;
    @NotNull private LocalDate startDate;
    @NotNull private LocalDate endDate;
    private BigDecimal target;
    private BigDecimal targetFemale;
    private BigDecimal targetMale;
    @Size(max = 2000) private String narrative;

    static PeriodDraft of(Period period) {
        var draft = new PeriodDraft();
        draft.id = period.id();
        draft.version = period.version();
        draft.startDate = period.dates().start();
        draft.endDate = period.dates().end();
        draft.target = value(period, null);
        draft.targetFemale = value(period, Sex.FEMALE);
        draft.targetMale = value(period, Sex.MALE);
        draft.narrative = period.target(null).flatMap(Measurement::comment).orElse(null);
        return draft;
    }

    static PeriodDraft newPeriod(LocalDate start, LocalDate end) {
        var draft = new PeriodDraft();
        draft.startDate = start;
        draft.endDate = end;
        return draft;
    }

    private static BigDecimal value(Period period, Sex sex) {
        return period.target(sex).flatMap(Measurement::value).map(BigDecimal::stripTrailingZeros).orElse(null);
    }

    boolean isNew() { return id == null; }

    Long id() { return id; }

    long version() { return version; }

    List<PlannedTarget> targets() {
        var targets = new ArrayList<PlannedTarget>();
        if (target != null || narrative != null && !narrative.isBlank()) targets.add(new PlannedTarget(target, null, narrative));
        if (targetFemale != null) targets.add(new PlannedTarget(targetFemale, Sex.FEMALE, null));
        if (targetMale != null) targets.add(new PlannedTarget(targetMale, Sex.MALE, null));
        return targets;
    }

    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public BigDecimal getTargetFemale() { return targetFemale; }
    public void setTargetFemale(BigDecimal targetFemale) { this.targetFemale = targetFemale; }
    public BigDecimal getTargetMale() { return targetMale; }
    public void setTargetMale(BigDecimal targetMale) { this.targetMale = targetMale; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
}
