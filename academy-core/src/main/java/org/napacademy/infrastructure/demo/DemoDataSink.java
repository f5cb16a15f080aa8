package org.napacademy.infrastructure.demo;

import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.shared.AbstractEntity;

/** Where {@link DemoAcademy} reads the reference data it builds on and hands the entities it creates. */
public interface DemoDataSink {

    /** True when a programme exists: the database is in use and demo data must stay out of it. */
    boolean holdsAnyProgramme();

    /** A country of the reference data loaded by the migrations. */
    Country country(String iso2);

    /** Stores a new aggregate root; what it cascades to is stored with it. */
    void add(AbstractEntity entity);
}
