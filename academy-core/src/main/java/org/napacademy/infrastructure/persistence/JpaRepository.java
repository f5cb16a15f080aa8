package org.napacademy.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Repository;

/** The common part of the JPA repositories; subclasses add their aggregate's lookups. */
abstract class JpaRepository<T extends AbstractEntity> implements Repository<T> {

    static final int MAX_PAGE = 1000;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    private final Class<T> type;

    JpaRepository(Class<T> type) { this.type = type; }

    JpaRepository(Class<T> type, EntityManager em) {
        this(type);
        this.em = em;
    }

    @Override public Optional<T> find(long id) { return Optional.ofNullable(em.find(type, id)); }

    @Override public List<T> page(int offset, int limit) {
        return page(em.createQuery("select e from " + entityName() + " e order by e.id", type), offset, limit);
    }

    @Override public long count() {
        return em.createQuery("select count(e) from " + entityName() + " e", Long.class).getSingleResult();
    }

    @Override public void add(T entity) { em.persist(entity); }

    @Override public void remove(T entity) { em.remove(em.contains(entity) ? entity : em.merge(entity)); }

    private String entityName() { return em.getMetamodel().entity(type).getName(); }

    /** Runs a JPQL query with positional parameters ?1, ?2, ... */
    <R> List<R> list(String jpql, Class<R> resultType, Object... parameters) {
        return query(jpql, resultType, parameters).getResultList();
    }

    <R> Optional<R> single(String jpql, Class<R> resultType, Object... parameters) {
        return query(jpql, resultType, parameters).setMaxResults(1).getResultStream().findFirst();
    }

    private <R> TypedQuery<R> query(String jpql, Class<R> resultType, Object... parameters) {
        var query = em.createQuery(jpql, resultType);
        for (int i = 0; i < parameters.length; i++) query.setParameter(i + 1, parameters[i]);
        return query;
    }

    static <R> List<R> page(TypedQuery<R> query, int offset, int limit) {
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
        if (limit < 1 || limit > MAX_PAGE) throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
