package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.accompaniment.MentoringNoteRepository;
import org.napacademy.domain.model.delegation.Delegation;

@ApplicationScoped
public class JpaMentoringNoteRepository extends JpaRepository<MentoringNote> implements MentoringNoteRepository {

    public JpaMentoringNoteRepository() { super(MentoringNote.class); }

    JpaMentoringNoteRepository(EntityManager em) { super(MentoringNote.class, em); }

    @Override public List<MentoringNote> ofDelegation(Delegation delegation) {
        return list("select n from MentoringNote n where n.delegation = ?1 order by n.date desc, n.id desc", MentoringNote.class, delegation);
    }

    @Override public List<MentoringNote> ofDelegation(Delegation delegation, int offset, int limit) {
        var query = em.createQuery("select n from MentoringNote n where n.delegation = ?1 order by n.date desc, n.id desc",
                MentoringNote.class).setParameter(1, delegation);
        return page(query, offset, limit);
    }

    @Override public long countOf(Delegation delegation) {
        return single("select count(n) from MentoringNote n where n.delegation = ?1", Long.class, delegation).orElse(0L);
    }

    @Override public void flush() { em.flush(); }

    @Override public List<MentoringNote> ofRequest(AssistanceRequest request) {
        return list("select n from MentoringNote n where n.request = ?1 order by n.date, n.id", MentoringNote.class, request);
    }
}
