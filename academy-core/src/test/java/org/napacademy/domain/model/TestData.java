package org.napacademy.domain.model;

import java.time.LocalDate;
import java.util.Set;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;

/** Small builders for the Panama City cohort of 2025 (fictional people, real frame). */
public final class TestData {
    private TestData() { }

    /** Gives a test entity the id the database would have given it. */
    public static <T extends AbstractEntity> T withId(T entity, long id) {
        try {
            var field = AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Programme programme() {
        var programme = new Programme("WPS NAP Academy", "Women, Peace and Security National Action Plan Academy", Set.of("en", "es", "pt", "fr"));
        programme.changeTemplate(Pillar.academyTemplate());
        return programme;
    }

    public static Cohort cohort(Programme programme) {
        return new Cohort(programme, "2025 Panama City",
                new Venue("Ministry of Foreign Affairs", "Panama City", "PA", "America/Panama"),
                range("2025-06-24", "2025-06-26"));
    }

    public static Country costaRica() {
        return new Country("CR", "CRI", new LocalizedText("Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica"), Subregion.CENTRAL_AMERICA);
    }

    public static Delegation delegation() { return new Delegation(cohort(programme()), costaRica()); }

    public static Roadmap roadmap() { return new Roadmap(delegation(), "Roadmap toward Costa Rica's second NAP"); }

    /** A goal over 2025-2027 in a fresh roadmap. */
    public static ResultNode goal() { return roadmap().addGoal("Women shape peace and security policy", Pillar.PARTICIPATION, years(2025, 2027)); }

    public static DateRange range(String start, String end) { return DateRange.of(LocalDate.parse(start), LocalDate.parse(end)); }

    public static DateRange year(int year) { return DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)); }

    public static DateRange years(int first, int last) { return DateRange.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)); }
}
