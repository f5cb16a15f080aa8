package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.library.FileTooLarge;
import org.napacademy.domain.model.library.FileType;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ModuleResourceRepository;
import org.napacademy.domain.model.library.ResourceFile;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.library.UnsupportedFileType;

/**
 * The resource library of each curriculum module (issue 6): whoever may read the module's programme reads its
 * resources in use; administrators and trainers add, change, retire and restore them and also see the retired ones.
 */
@ApplicationScoped
@Transactional
public class ResourceLibraryService {

    static final String RESOURCE = "resource";
    static final String MODULE = "module";
    /** 10 MB unless {@code academy.library.max-file-bytes} says otherwise. */
    static final String DEFAULT_MAX_FILE_BYTES = "10485760";

    @Inject ModuleResourceRepository resources;
    @Inject ModuleRepository modules;
    @Inject ProgrammeService programmes;
    @Inject AccessPolicy access;
    @Inject Clock clock;
    @Inject @ConfigProperty(name = "academy.library.max-file-bytes", defaultValue = DEFAULT_MAX_FILE_BYTES) long maxFileBytes;

    /**
     * A page of the module's resources, newest first, narrowed to a kind and a language when given (null: all).
     * Retired ones are listed only when {@code withRetired} and the actor manages libraries.
     */
    public Listing<ModuleResource> resources(long moduleId, ResourceKind kind, String language, boolean withRetired, int offset, int limit) {
        var module = readableModule(moduleId);
        checkedLanguage(language);
        var retiredToo = withRetired && access.mayPlan();
        return new Listing<>(resources.ofModule(module, kind, language, retiredToo, offset, limit),
                resources.countOf(module, kind, language, retiredToo));
    }

    /** The number of resources {@link #resources} lists with the same filters. */
    public long countResources(long moduleId, ResourceKind kind, String language, boolean withRetired) {
        return resources.countOf(readableModule(moduleId), kind, checkedLanguage(language), withRetired && access.mayPlan());
    }

    /** A module whose library the actor may read. */
    public org.napacademy.domain.model.curriculum.Module module(long moduleId) { return readableModule(moduleId); }

    /** The number of resources in use of each of the programme's modules that has any, by module id. */
    public Map<Long, Long> countsInUse(long programmeId) {
        return resources.countsInUse(programmes.programme(programmeId));
    }

    /** A retired resource is found only by those who manage libraries. */
    public ModuleResource resource(long id) {
        var resource = resources.find(id).filter(r -> !r.isRetired() || access.mayPlan())
                .orElseThrow(() -> new EntityNotFound(RESOURCE, id));
        access.requireReadable(resource.module().programme());
        return resource;
    }

    public ModuleResource addLink(long moduleId, ResourceDraft draft) {
        access.requirePlanning();
        var module = readableModule(moduleId);
        var resource = ModuleResource.link(module, draft.kind(), draft.title(), draft.description(), draft.languages(),
                draft.url(), access.actor().username(), clock.instant());
        resources.add(resource);
        resources.flush();
        return resource;
    }

    /**
     * Keeps the file read from {@code content} (at most {@link #maxFileBytes()} bytes, else {@link FileTooLarge}) if its
     * bytes are one of the {@link FileType}s (else {@link UnsupportedFileType}); nothing is stored when it is refused.
     */
    public ModuleResource addFile(long moduleId, ResourceDraft draft, String fileName, InputStream content) {
        access.requirePlanning();
        var module = readableModule(moduleId);
        var bytes = boundedRead(content);
        var type = FileType.sniff(bytes).orElseThrow(UnsupportedFileType::new);
        if (draft.url() != null && !draft.url().isBlank())
            throw new IllegalArgumentException("An uploaded resource has no address; add a link resource instead");
        var resource = ModuleResource.file(module, draft.kind(), draft.title(), draft.description(), draft.languages(),
                type, fileName, bytes.length, access.actor().username(), clock.instant());
        resources.add(resource);
        resources.addFile(new ResourceFile(resource, bytes));
        resources.flush();
        return resource;
    }

    /** Replaces the kind, texts and languages, and a link's address; an uploaded file stays as it is. */
    public ModuleResource update(long id, long expectedVersion, ResourceDraft draft) {
        var resource = managed(id, expectedVersion);
        resource.change(draft.kind(), draft.title(), draft.description(), draft.languages(), draft.url());
        resources.flush();
        return resource;
    }

    public ModuleResource retire(long id, long expectedVersion) {
        var resource = managed(id, expectedVersion);
        resource.retire(access.actor().username(), clock.instant());
        resources.flush();
        return resource;
    }

    public ModuleResource restore(long id, long expectedVersion) {
        var resource = managed(id, expectedVersion);
        resource.restore();
        resources.flush();
        return resource;
    }

    /** The file of an uploaded resource; a link has none ({@link EntityNotFound}). */
    public ResourceDownload download(long id) {
        var resource = resource(id);
        var file = resources.fileOf(resource).orElseThrow(() -> new EntityNotFound("file of resource", id));
        return new ResourceDownload(resource.fileName().orElseThrow(), resource.fileType().orElseThrow().mediaType(), file.content());
    }

    /** Whether the actor adds, changes, retires and restores resources: views hide what the service would refuse. */
    public boolean mayManage() { return access.mayPlan(); }

    /** The largest file a resource may have, in bytes. */
    public long maxFileBytes() { return maxFileBytes; }

    private ModuleResource managed(long id, long expectedVersion) {
        access.requirePlanning();
        var resource = resource(id);
        Versions.requireCurrent(resource, RESOURCE, expectedVersion);
        return resource;
    }

    private org.napacademy.domain.model.curriculum.Module readableModule(long moduleId) {
        var module = modules.find(moduleId).orElseThrow(() -> new EntityNotFound(MODULE, moduleId));
        access.requireReadable(module.programme());
        return module;
    }

    private static String checkedLanguage(String language) {
        if (language != null && !ModuleResource.LANGUAGES.contains(language))
            throw new IllegalArgumentException("language must be one of " + ModuleResource.LANGUAGES + ", not " + language);
        return language;
    }

    /** Reads one byte more than allowed, so a file just over the limit is told apart from one at it. */
    private byte[] boundedRead(InputStream content) {
        if (content == null) throw new IllegalArgumentException("The file is missing");
        try (content) {
            var bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxFileBytes + 1));
            if (bytes.length > maxFileBytes) throw new FileTooLarge(maxFileBytes);
            if (bytes.length == 0) throw new IllegalArgumentException("The file is empty");
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read", e);
        }
    }
}
