package org.napacademy.interfaces.rest;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code violations} lists the offending fields of a validation failure.
 */
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<Violation> violations) {

    public record Violation(String field, String message) {
    }
}
