package org.napacademy.infrastructure.transfer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.programme.Programme;

/**
 * What the kinds rebuild with: the database, the entities created so far by their document keys (per kind),
 * the counts per kind, and the steps that must wait for the end of the document (e.g. closing a cohort,
 * which would refuse the delegations and sessions read after it).
 */
final class Importing {
    private final EntityManager em;
    private final Map<String, Map<String, Object>> created = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Runnable> atTheEnd = new ArrayList<>();
    private Programme programme;

    Importing(EntityManager em) { this.em = em; }

    EntityManager em() { return em; }

    /** Stores a new aggregate root; what it cascades to is stored with it. */
    void persist(Object entity) { em.persist(entity); }

    void programme(Programme imported) { this.programme = imported; }

    /** The programme being imported; the document names it first. */
    Programme programme() {
        if (programme == null) throw new IllegalArgumentException("the document must hold its programme before anything of it");
        return programme;
    }

    boolean hasProgramme() { return programme != null; }

    /** Remembers what the document calls {@code key} among the {@code kind}. */
    void register(String kind, String key, Object entity) {
        if (created.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(key, entity) != null)
            throw new IllegalArgumentException("the key " + key + " appears twice among the " + kind);
    }

    /** The entity the document calls {@code key} among the {@code kind}; it must have come earlier in the document. */
    <T> T resolve(String kind, String key, Class<T> type) {
        var entity = created.getOrDefault(kind, Map.of()).get(key);
        if (entity == null) throw new IllegalArgumentException("no " + kind + " with the key " + key + " comes before its use");
        return type.cast(entity);
    }

    <T> T resolveOptional(String kind, Optional<String> key, Class<T> type) {
        return key.map(k -> resolve(kind, k, type)).orElse(null);
    }

    /** A country of this database's reference data, matched by its ISO alpha-2 code. */
    Country country(String iso2) {
        var country = em.find(Country.class, iso2);
        if (country == null) throw new IllegalArgumentException("this database does not know the country " + iso2);
        return country;
    }

    void count(String kind) { count(kind, 1); }

    void count(String kind, int howMany) { counts.merge(kind, howMany, Integer::sum); }

    void atTheEnd(Runnable step) { atTheEnd.add(step); }

    /** Runs the deferred steps in the order they were asked for. */
    void finish() { atTheEnd.forEach(Runnable::run); }

    Map<String, Integer> counts() { return counts; }
}
