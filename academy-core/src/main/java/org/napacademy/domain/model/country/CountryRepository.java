package org.napacademy.domain.model.country;

import java.util.List;
import java.util.Optional;

/** Country reference data (loaded by migration), keyed by ISO alpha-2 code. */
public interface CountryRepository {

    /** With the NAP history. */
    Optional<Country> find(String iso2);

    /** All countries (a small reference table) with their NAP histories, by English name. */
    List<Country> all();

    List<Country> inSubregion(Subregion subregion);

    long count();

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
