package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.napacademy.domain.model.shared.AbstractEntity;

/** The answers every resource of an entity gives: one entity with its ETag, or a new one with its Location. */
final class Replies {
    private Replies() { }

    static Response ok(AbstractEntity entity, Object view) {
        return Response.ok(view).tag(Etags.of(entity)).build();
    }

    /** 201 with the new entity's address under {@code path} (e.g. "nodes/{id}"). */
    static Response created(UriInfo uri, String path, AbstractEntity entity, Object view) {
        return Response.created(uri.getBaseUriBuilder().path(path).build(entity.id())).tag(Etags.of(entity)).entity(view).build();
    }
}
