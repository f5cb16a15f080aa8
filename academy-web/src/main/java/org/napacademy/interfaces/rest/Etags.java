package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.napacademy.domain.model.shared.AbstractEntity;

/**
 * The ETag of an entity is its JPA version. A write names the version it read, in If-Match (or in the
 * body's {@code version}); a write that names none is refused with 428, so no update is ever blind.
 * The whole roadmap document's ETag is {@code "<version>.<revision>"}: the roadmap's version, which If-Match of a
 * write of the roadmap names as usual, and the revision of the document, which changes with every write in its tree
 * (so If-None-Match answers 304 only while nothing in the document changed).
 */
public final class Etags {
    private Etags() {
    }

    public static EntityTag of(AbstractEntity entity) {
        return new EntityTag(String.valueOf(entity.version()));
    }

    /** The whole roadmap document's ETag; see the class comment. */
    public static EntityTag ofDocument(long version, long revision) {
        return new EntityTag(version + "." + revision);
    }

    /** Whether If-None-Match names this tag (or "*"): the client holds the current representation. */
    public static boolean ifNoneMatchNames(HttpHeaders headers, EntityTag current) {
        var ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) return false;
        for (var tag : ifNoneMatch.split(",")) {
            var value = tag.trim();
            if (value.equals("*") || opaque(value).equals(current.getValue())) return true;
        }
        return false;
    }

    public static long expectedVersion(HttpHeaders headers, Long bodyVersion) {
        var ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank()) {
            var tag = opaque(ifMatch.trim());
            // the roadmap document's "<version>.<revision>" names the version as any other ETag does
            var revision = tag.indexOf('.');
            try {
                return Long.parseLong(revision < 0 ? tag : tag.substring(0, revision));
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

    /** The tag's value without W/ and quotes. */
    private static String opaque(String tag) {
        return (tag.startsWith("W/") ? tag.substring(2) : tag).replace("\"", "");
    }
}
