package org.napacademy.domain.model.programme;

import org.napacademy.domain.model.shared.Repository;

/** Programmes. */
public interface ProgrammeRepository extends Repository<Programme> {
}
