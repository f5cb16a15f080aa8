package org.napacademy.interfaces.ui.checkins;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.napacademy.application.ReportedActual;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.Period;

/**
 * One new actual being added in the check-in form: an indicator period, the total and, for an indicator
 * disaggregated by sex, the values for women and men; each value given becomes one reported actual.
 */
public class ActualEntry {
    @NotNull private Period period;
    private BigDecimal value;
    private BigDecimal female;
    private BigDecimal male;
    @NotNull private LocalDate asOf;
    @Size(max = 2000) private String comment;

    boolean hasAValue() { return value != null || female != null || male != null; }

    List<ReportedActual> toReported() {
        var actuals = new ArrayList<ReportedActual>();
        if (value != null) actuals.add(new ReportedActual(period.id(), value, null, asOf, comment, null));
        if (female != null) actuals.add(new ReportedActual(period.id(), female, Sex.FEMALE, asOf, comment, null));
        if (male != null) actuals.add(new ReportedActual(period.id(), male, Sex.MALE, asOf, comment, null));
        return actuals;
    }

    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public BigDecimal getFemale() { return female; }
    public void setFemale(BigDecimal female) { this.female = female; }
    public BigDecimal getMale() { return male; }
    public void setMale(BigDecimal male) { this.male = male; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
