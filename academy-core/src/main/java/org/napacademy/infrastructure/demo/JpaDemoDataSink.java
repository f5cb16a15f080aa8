package org.napacademy.infrastructure.demo;

import jakarta.persistence.EntityManager;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.shared.AbstractEntity;

/** Stores demo data through an entity manager; the caller owns the transaction. */
public class JpaDemoDataSink implements DemoDataSink {

    private final EntityManager em;

    public JpaDemoDataSink(EntityManager em) { this.em = em; }

    @Override public boolean holdsAnyProgramme() {
        return !em.createQuery("select p.id from Programme p", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override public Country country(String iso2) {
        var country = em.find(Country.class, iso2);
        if (country == null) throw new IllegalStateException("Country " + iso2 + " is missing from the reference data");
        return country;
    }

    @Override public void add(AbstractEntity entity) { em.persist(entity); }
}
