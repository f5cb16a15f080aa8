package org.napacademy.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Bean Validation failures, of request bodies and of entities alike: 400 with the offending fields. */
@Provider
public class ValidationFailureMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        var violations = failure.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.Violation::field))
                .toList();
        var detail = violations.isEmpty() ? "The request is not valid"
                : violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return Problems.response(Response.Status.BAD_REQUEST, "validation", detail, violations);
    }

    /** "create.body.title" becomes "title": the client knows its body, not our method names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        var field = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER
                        && node.getKind() != ElementKind.CONSTRUCTOR && node.getKind() != ElementKind.RETURN_VALUE)
                .map(Path.Node::getName)
                .filter(name -> name != null && !name.isBlank())
                .collect(Collectors.joining("."));
        if (!field.isEmpty()) {
            return field;
        }
        var path = violation.getPropertyPath().toString();
        return path.isEmpty() ? "body" : path.substring(path.lastIndexOf('.') + 1);
    }
}
