package org.napacademy.domain.model.programme;

import org.napacademy.domain.model.shared.Repository;

/** Programmes. */
public interface ProgrammeRepository extends Repository<Programme> {

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
