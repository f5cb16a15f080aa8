package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.napacademy.application.BudgetOutcome;
import org.napacademy.application.OutcomeFigures;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.GenderMarker;

/** {@link OutcomeFigures} as JPQL aggregates: one query per figure, whatever the size of the cohort. */
@ApplicationScoped
public class JpaOutcomeFigures implements OutcomeFigures {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public JpaOutcomeFigures() { }

    JpaOutcomeFigures(EntityManager em) { this.em = em; }

    @Override public Map<Sex, Long> participantsBySex(Cohort cohort) {
        var counts = new EnumMap<Sex, Long>(Sex.class);
        rows("select p.sex, count(p) from Participant p where p.delegation.cohort = ?1 group by p.sex", cohort)
                .forEach(row -> counts.put((Sex) row[0], count(row[1])));
        return counts;
    }

    @Override public Map<InstitutionType, Long> participantsByInstitutionType(Cohort cohort) {
        var counts = new EnumMap<InstitutionType, Long>(InstitutionType.class);
        rows("select p.institution.type, count(p) from Participant p where p.delegation.cohort = ?1 group by p.institution.type", cohort)
                .forEach(row -> counts.put((InstitutionType) row[0], count(row[1])));
        return counts;
    }

    @Override public long sessionsTaken(Cohort cohort) {
        return em.createQuery("select count(distinct a.session.id) from Attendance a where a.session.cohort = ?1", Long.class)
                .setParameter(1, cohort).getSingleResult();
    }

    @Override public Map<Long, Long> presencesByDelegation(Cohort cohort) {
        return rows("select a.participant.delegation.id, count(a) from Attendance a"
                + " where a.session.cohort = ?1 and a.status = ?2 group by a.participant.delegation.id", cohort, AttendanceStatus.PRESENT)
                .stream().collect(Collectors.toMap(row -> (Long) row[0], row -> count(row[1])));
    }

    @Override public Feedback feedback(Cohort cohort) {
        var ratings = rows("select count(f), sum(f.rating) from SessionFeedback f where f.session.cohort = ?1", cohort).get(0);
        var gains = rows("select count(f), sum(f.postAssessment - f.preAssessment) from SessionFeedback f where f.session.cohort = ?1"
                + " and f.preAssessment is not null and f.postAssessment is not null", cohort).get(0);
        return new Feedback(count(ratings[0]), count(ratings[1]), count(gains[0]), count(gains[1]));
    }

    @Override public Map<Long, List<BudgetOutcome>> budgets(Cohort cohort) {
        var byNode = "select n.roadmap.delegation.id, b.currencyCode, sum(b.amount) from ResultNode n join n.budgetLines b"
                + " where n.roadmap.delegation.cohort = ?1";
        var grouping = " group by n.roadmap.delegation.id, b.currencyCode order by n.roadmap.delegation.id, b.currencyCode";
        Map<List<Object>, BigDecimal> responsive = new HashMap<>();
        rows(byNode + " and b.genderMarker in ?2" + grouping, cohort, List.of(GenderMarker.SIGNIFICANT, GenderMarker.PRINCIPAL))
                .forEach(row -> responsive.put(List.of(row[0], row[1]), (BigDecimal) row[2]));
        Map<Long, List<BudgetOutcome>> budgets = new LinkedHashMap<>();
        rows(byNode + grouping, cohort).forEach(row -> budgets.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                .add(new BudgetOutcome((String) row[1], (BigDecimal) row[2],
                        responsive.getOrDefault(List.of(row[0], row[1]), BigDecimal.ZERO))));
        return budgets;
    }

    @Override public Map<Long, Assistance> assistance(Cohort cohort) {
        return rows("select r.delegation.id, count(r), count(r.answeredAt) from AssistanceRequest r"
                + " where r.delegation.cohort = ?1 group by r.delegation.id", cohort)
                .stream().collect(Collectors.toMap(row -> (Long) row[0], row -> new Assistance(count(row[1]), count(row[2]))));
    }

    @Override public Map<Long, List<Answered>> answeredRequests(Cohort cohort) {
        return rows("select r.delegation.id, r.raisedAt, r.answeredAt from AssistanceRequest r"
                + " where r.delegation.cohort = ?1 and r.answeredAt is not null", cohort)
                .stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> new Answered((Instant) row[1], (Instant) row[2]), Collectors.toList())));
    }

    private List<Object[]> rows(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Object[].class);
        for (int i = 0; i < parameters.length; i++) query.setParameter(i + 1, parameters[i]);
        return query.getResultList();
    }

    /** COUNT and SUM of integers come back as Long, or null for SUM over no rows. */
    private static long count(Object value) { return value == null ? 0L : ((Number) value).longValue(); }
}
