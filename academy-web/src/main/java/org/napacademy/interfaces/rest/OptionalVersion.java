package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;

/** For writes whose rules already guard them: the version is checked when the client names one. */
final class OptionalVersion {
    private OptionalVersion() {
    }

    static Long of(HttpHeaders headers, Long bodyVersion) {
        var ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if ((ifMatch == null || ifMatch.isBlank()) && bodyVersion == null) {
            return null;
        }
        return Etags.expectedVersion(headers, bodyVersion);
    }
}
