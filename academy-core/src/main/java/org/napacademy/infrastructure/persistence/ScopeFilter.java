package org.napacademy.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import org.napacademy.domain.model.shared.ReadScope;

/**
 * A {@link ReadScope} as a JPQL condition. Each repository says what each part of the scope means for its
 * rows, as a condition over the parameters {@code :trainer}, {@code :delegation}, {@code :programmes} and
 * {@code :shared} (true);
 * a part the repository gives no condition for shows nothing.
 */
final class ScopeFilter {
    private final ReadScope scope;
    private final String condition;

    private ScopeFilter(ReadScope scope, String condition) {
        this.scope = scope;
        this.condition = condition;
    }

    static ScopeFilter of(ReadScope scope, String ifTrainer, String ifDelegation, String ifProgrammes) {
        if (scope.everything()) return new ScopeFilter(scope, null);
        var parts = new ArrayList<String>();
        if (scope.trainer() != null && ifTrainer != null) parts.add("(" + ifTrainer + ")");
        if (scope.delegationId() != null && ifDelegation != null) parts.add("(" + ifDelegation + ")");
        if (!scope.programmeIds().isEmpty() && ifProgrammes != null) parts.add("(" + ifProgrammes + ")");
        return new ScopeFilter(scope, parts.isEmpty() ? "1 = 0" : String.join(" or ", parts));
    }

    /** Nothing to show: callers skip the query. */
    boolean showsNothing() { return "1 = 0".equals(condition); }

    /** {@code " where (...)"}, or nothing when the scope is everything. */
    String where() { return condition == null ? "" : " where (" + condition + ")"; }

    /** {@code " and (...)"} after a where clause of the caller's own, or nothing. */
    String and() { return condition == null ? "" : " and (" + condition + ")"; }

    <R> TypedQuery<R> bind(TypedQuery<R> query) {
        if (condition == null) return query;
        if (condition.contains(":trainer")) query.setParameter("trainer", scope.trainer());
        if (condition.contains(":delegation")) query.setParameter("delegation", scope.delegationId());
        if (condition.contains(":programmes")) query.setParameter("programmes", scope.programmeIds());
        if (condition.contains(":shared")) {
            // bound, not printed: EclipseLink prints a boolean as 1, which H2 and PostgreSQL refuse to compare with a BOOLEAN
            query.setParameter("shared", Boolean.TRUE);
            query.setHint("eclipselink.jdbc.bind-parameters", "true");
        }
        return query;
    }
}
