package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.napacademy.domain.model.shared.AbstractEntity;

/** The answers the resources give for one entity: 201 with Location and ETag, or 200 with ETag. */
final class Responses {
    private Responses() {
    }

    /** {@code collection} is the path under /api/v1 where the new entity lives, e.g. "cohorts". */
    static Response created(UriInfo uri, String collection, AbstractEntity entity, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(collection).path(String.valueOf(entity.id())).build())
                .tag(Etags.of(entity)).entity(body).build();
    }

    static Response ok(AbstractEntity entity, Object body) {
        return Response.ok(body).tag(Etags.of(entity)).build();
    }
}
