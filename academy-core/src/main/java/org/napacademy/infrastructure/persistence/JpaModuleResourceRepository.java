package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ModuleResourceRepository;
import org.napacademy.domain.model.library.ResourceFile;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.programme.Programme;

@ApplicationScoped
public class JpaModuleResourceRepository extends JpaRepository<ModuleResource> implements ModuleResourceRepository {

    public JpaModuleResourceRepository() { super(ModuleResource.class); }

    JpaModuleResourceRepository(EntityManager em) { super(ModuleResource.class, em); }

    @Override
    public List<ModuleResource> ofModule(Module module, ResourceKind kind, String language, boolean withRetired, int offset, int limit) {
        return page(filtered("select r", " order by r.addedAt desc, r.id desc", ModuleResource.class, module, kind, language, withRetired),
                offset, limit);
    }

    @Override
    public long countOf(Module module, ResourceKind kind, String language, boolean withRetired) {
        return filtered("select count(r)", "", Long.class, module, kind, language, withRetired).getSingleResult();
    }

    /** Only the filters given become conditions, so no query compares a null parameter. */
    private <R> TypedQuery<R> filtered(String select, String order, Class<R> type, Module module, ResourceKind kind,
                                       String language, boolean withRetired) {
        var jpql = new StringBuilder(select).append(" from ModuleResource r where r.module = :module");
        if (kind != null) jpql.append(" and r.kind = :kind");
        if (language != null) jpql.append(" and :language member of r.languages");
        if (!withRetired) jpql.append(" and r.retiredAt is null");
        var query = em.createQuery(jpql.append(order).toString(), type).setParameter("module", module);
        if (kind != null) query.setParameter("kind", kind);
        if (language != null) query.setParameter("language", language);
        return query;
    }

    @Override
    public Map<Long, Long> countsInUse(Programme programme) {
        return list("select r.module.id, count(r) from ModuleResource r where r.module.programme = ?1 and r.retiredAt is null"
                + " group by r.module.id", Object[].class, programme).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    @Override public void addFile(ResourceFile file) { em.persist(file); }

    @Override
    public Optional<ResourceFile> fileOf(ModuleResource resource) {
        return single("select f from ResourceFile f where f.resource = ?1", ResourceFile.class, resource);
    }

    @Override public void flush() { em.flush(); }
}
