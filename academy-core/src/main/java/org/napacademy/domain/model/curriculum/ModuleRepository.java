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
}
