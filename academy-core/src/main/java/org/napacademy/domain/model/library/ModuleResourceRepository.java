package org.napacademy.domain.model.library;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.Repository;

/** The resources of the modules' libraries and the files of the uploaded ones. */
public interface ModuleResourceRepository extends Repository<ModuleResource> {

    /**
     * A page of the module's resources, newest first: of {@code kind} and available in {@code language} when
     * these are given, retired ones only when {@code withRetired}.
     */
    List<ModuleResource> ofModule(Module module, ResourceKind kind, String language, boolean withRetired, int offset, int limit);

    long countOf(Module module, ResourceKind kind, String language, boolean withRetired);

    /** The number of resources in use (not retired) of each of the programme's modules that has any, by module id. */
    Map<Long, Long> countsInUse(Programme programme);

    void addFile(ResourceFile file);

    Optional<ResourceFile> fileOf(ModuleResource resource);

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
