package org.napacademy.domain.model.programme;

import org.napacademy.domain.model.shared.Repository;

/** Sponsors. */
public interface SponsorRepository extends Repository<Sponsor> {
}
