package org.napacademy.domain.model.curriculum;

import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.Repository;

/** Curriculum modules. */
public interface ModuleRepository extends Repository<Module> {

    /** In display order. */
    List<Module> ofProgramme(Programme programme);

    Optional<Module> byCode(Programme programme, String code);

    /** A page of the programme's modules in display order. */
    List<Module> ofProgramme(Programme programme, int offset, int limit);

    long countOf(Programme programme);

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
