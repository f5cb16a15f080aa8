package org.napacademy.domain.model.programme;

import java.util.List;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.shared.Repository;

/** Programmes. */
public interface ProgrammeRepository extends Repository<Programme> {

    /** A page of the programmes the scope shows, by id. */
    List<Programme> page(ReadScope scope, int offset, int limit);

    long count(ReadScope scope);

    /** A page of the programmes the scope shows that match the filter, with their figures counted in the database. */
    List<ProgrammeSummary> summaries(ReadScope scope, ProgrammeFilter filter, int offset, int limit);

    long count(ReadScope scope, ProgrammeFilter filter);

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
