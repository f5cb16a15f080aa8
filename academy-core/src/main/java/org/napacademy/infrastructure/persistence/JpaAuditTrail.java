package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.audit.AuditRecord;
import org.napacademy.domain.model.audit.AuditTrail;

/** Newest first by id: ids come from one sequence, so they follow the order of writing. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public JpaAuditTrail() { }

    JpaAuditTrail(EntityManager em) { this.em = em; }

    @Override public List<AuditRecord> ofRoadmap(long roadmapId, int offset, int limit) {
        return page("select a from AuditRecord a where a.roadmapId = ?1 order by a.id desc", roadmapId, offset, limit);
    }

    @Override public long countOfRoadmap(long roadmapId) {
        return count("select count(a) from AuditRecord a where a.roadmapId = ?1", roadmapId);
    }

    @Override public List<AuditRecord> ofNode(long nodeId, int offset, int limit) {
        return page("select a from AuditRecord a where a.nodeId = ?1 order by a.id desc", nodeId, offset, limit);
    }

    @Override public long countOfNode(long nodeId) {
        return count("select count(a) from AuditRecord a where a.nodeId = ?1", nodeId);
    }

    @Override public Optional<Long> roadmapOfNode(long nodeId) {
        return em.createQuery("select a.roadmapId from AuditRecord a where a.nodeId = ?1 and a.roadmapId is not null", Long.class)
                .setParameter(1, nodeId).setMaxResults(1).getResultStream().findFirst();
    }

    private List<AuditRecord> page(String jpql, long id, int offset, int limit) {
        return JpaRepository.page(em.createQuery(jpql, AuditRecord.class).setParameter(1, id), offset, limit);
    }

    private long count(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter(1, id).getSingleResult();
    }
}
