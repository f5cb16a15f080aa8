package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.CountryRepository;
import org.napacademy.domain.model.country.Subregion;

@ApplicationScoped
public class JpaCountryRepository implements CountryRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public JpaCountryRepository() { }

    JpaCountryRepository(EntityManager em) { this.em = em; }

    @Override public Optional<Country> find(String iso2) {
        return em.createQuery("select distinct c from Country c left join fetch c.napHistory where c.iso2 = ?1", Country.class)
                .setParameter(1, iso2).getResultStream().findFirst();
    }

    @Override public List<Country> all() {
        return em.createQuery("select distinct c from Country c left join fetch c.napHistory order by c.name.en", Country.class)
                .getResultList();
    }

    @Override public List<Country> inSubregion(Subregion subregion) {
        return em.createQuery("select c from Country c where c.subregion = ?1 order by c.name.en", Country.class)
                .setParameter(1, subregion).getResultList();
    }

    @Override public void flush() { em.flush(); }

    @Override public long count() { return em.createQuery("select count(c) from Country c", Long.class).getSingleResult(); }
}
