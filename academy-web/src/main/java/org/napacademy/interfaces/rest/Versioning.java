package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;

/** For state transitions, where naming the version read is welcome but not required. */
final class Versioning {
    private Versioning() { }

    /** The version from If-Match or the body, or null when neither names one. */
    static Long optional(HttpHeaders headers, Long bodyVersion) {
        var ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if ((ifMatch == null || ifMatch.isBlank()) && bodyVersion == null) return null;
        return Etags.expectedVersion(headers, bodyVersion);
    }
}
