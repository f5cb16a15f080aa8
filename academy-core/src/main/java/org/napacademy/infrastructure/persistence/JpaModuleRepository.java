package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.programme.Programme;

@ApplicationScoped
public class JpaModuleRepository extends JpaRepository<Module> implements ModuleRepository {

    public JpaModuleRepository() { super(Module.class); }

    JpaModuleRepository(EntityManager em) { super(Module.class, em); }

    @Override public List<Module> ofProgramme(Programme programme) {
        return list("select m from Module m where m.programme = ?1 order by m.displayOrder, m.code", Module.class, programme);
    }

    @Override public List<Module> ofProgramme(Programme programme, int offset, int limit) {
        return page(em.createQuery("select m from Module m where m.programme = ?1 order by m.displayOrder, m.code", Module.class)
                .setParameter(1, programme), offset, limit);
    }

    @Override public long countOf(Programme programme) {
        return single("select count(m) from Module m where m.programme = ?1", Long.class, programme).orElse(0L);
    }

    @Override public void flush() { em.flush(); }

    @Override public Optional<Module> byCode(Programme programme, String code) {
        return single("select m from Module m where m.programme = ?1 and m.code = ?2", Module.class, programme, code);
    }
}
