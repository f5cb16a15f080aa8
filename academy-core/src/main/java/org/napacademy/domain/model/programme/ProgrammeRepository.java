package org.napacademy.domain.model.programme;

import java.util.List;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.shared.Repository;

/** Programmes. */
public interface ProgrammeRepository extends Repository<Programme> {

    /** A page of the programmes the scope shows, by id. */
    List<Programme> page(ReadScope scope, int offset, int limit);

    long count(ReadScope scope);

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
