package org.napacademy.infrastructure.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.Money;

/** The small vocabulary the demo content is written in, so each country's content reads as data. */
final class Plans {
    private Plans() { }

    /** From the first day of {@code fromMonth} to the last day of {@code toMonth}, both as yyyy-MM. */
    static DateRange months(String fromMonth, String toMonth) {
        return DateRange.of(YearMonth.parse(fromMonth).atDay(1), YearMonth.parse(toMonth).atEndOfMonth());
    }

    /** Both days included, as yyyy-MM-dd. */
    static DateRange days(String from, String to) { return DateRange.of(LocalDate.parse(from), LocalDate.parse(to)); }

    static ParticipantPlan woman(String givenName, String familyName, Institution institution, String position) {
        return new ParticipantPlan(givenName, familyName, institution, position, Sex.FEMALE);
    }

    static ParticipantPlan man(String givenName, String familyName, Institution institution, String position) {
        return new ParticipantPlan(givenName, familyName, institution, position, Sex.MALE);
    }

    static Institution government(String name) { return new Institution(name, InstitutionType.GOVERNMENT); }

    static Institution security(String name) { return new Institution(name, InstitutionType.SECURITY_SECTOR); }

    static Institution civilSociety(String name) { return new Institution(name, InstitutionType.CIVIL_SOCIETY); }

    static Institution academia(String name) { return new Institution(name, InstitutionType.ACADEMIA); }

    static NodePlan goal(String title, String tag, DateRange schedule, String institution, String moduleCode, NodePart... parts) {
        return new NodePlan(ResultLevel.GOAL, title, tag, schedule, institution, moduleCode, null, List.of(parts));
    }

    static NodePlan outcome(String title, String tag, DateRange schedule, String institution, String moduleCode, NodePart... parts) {
        return new NodePlan(ResultLevel.OUTCOME, title, tag, schedule, institution, moduleCode, null, List.of(parts));
    }

    /** Takes its outcome's tag. */
    static NodePlan output(String title, DateRange schedule, String institution, String moduleCode, NodePart... parts) {
        return new NodePlan(ResultLevel.OUTPUT, title, null, schedule, institution, moduleCode, null, List.of(parts));
    }

    /** Takes its output's tag and module; {@code institution} null for the output's. */
    static NodePlan activity(String title, DateRange schedule, ProgressStatus status, String institution, BudgetPlan... budget) {
        return new NodePlan(ResultLevel.ACTIVITY, title, null, schedule, institution, null, status, List.of(budget));
    }

    /** Higher is better. */
    static IndicatorPlan rising(String title, IndicatorUnit unit, String baseline, String baselineDate) {
        return new IndicatorPlan(title, unit, true, baseline, baselineDate);
    }

    /** Lower is better. */
    static IndicatorPlan falling(String title, IndicatorUnit unit, String baseline, String baselineDate) {
        return new IndicatorPlan(title, unit, false, baseline, baselineDate);
    }

    static BudgetPlan budget(String currency, String amount, String fundingSource, GenderMarker marker) {
        return new BudgetPlan(Money.of(amount, currency), fundingSource, marker);
    }
}
