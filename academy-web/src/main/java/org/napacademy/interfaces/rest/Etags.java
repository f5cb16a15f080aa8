package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.napacademy.domain.model.shared.AbstractEntity;

/**
 * The ETag of an entity is its JPA version. A write names the version it read, in If-Match (or in the
 * body's {@code version}); a write that names none is refused with 428, so no update is ever blind.
 */
public final class Etags {
    private Etags() {
    }

    public static EntityTag of(AbstractEntity entity) {
        return new EntityTag(String.valueOf(entity.version()));
    }

    public static long expectedVersion(HttpHeaders headers, Long bodyVersion) {
        var ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank()) {
            var tag = ifMatch.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new jakarta.ws.rs.WebApplicationException("If-Match must carry an ETag of this API, e.g. \"3\"",
                        Response.Status.BAD_REQUEST);
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new jakarta.ws.rs.WebApplicationException(
                "Send the version you read, in an If-Match header (its ETag) or as \"version\" in the body",
                428);
    }
}
