package org.napacademy.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Text with the NUL character (U+0000) in a JSON body, a query parameter or the path is refused with 400 before
 * it reaches a service: PostgreSQL cannot store it in a text column (it would fail the write with a 500), and it
 * is never part of a real name, title or search. Runs after {@link BodyLimitFilter}, so an oversize body is never
 * read here.
 */
@Provider
@Priority(Priorities.USER + 100)
public class NulCharacterFilter implements ContainerRequestFilter {
    static final String TYPE = "nul-character";
    static final String DETAIL = "Text may not contain the NUL character (U+0000)";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        var uri = request.getUriInfo();
        if (containsNul(uri.getPathParameters().values()) || containsNul(uri.getQueryParameters().values())
                || uri.getPath().indexOf('\u0000') >= 0) {
            refuse(request);
            return;
        }
        if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) return;
        var body = request.getEntityStream().readAllBytes();
        if (hasNul(body)) refuse(request);
        else request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean containsNul(Collection<List<String>> values) {
        return values.stream().flatMap(List::stream).anyMatch(value -> value.indexOf('\u0000') >= 0);
    }

    /** A raw NUL byte, or the JSON escape {@code \u0000} (not itself an escaped backslash followed by "u0000"). */
    static boolean hasNul(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == 0) return true;
            if (json[i] == '\\' && i + 5 < json.length && json[i + 1] == 'u' && json[i + 2] == '0' && json[i + 3] == '0'
                    && json[i + 4] == '0' && json[i + 5] == '0') return true;
            if (json[i] == '\\') i++; // skip the escaped character: "\\u0000" is a backslash and the text u0000
        }
        return false;
    }

    private static void refuse(ContainerRequestContext request) {
        request.abortWith(Problems.response(Response.Status.BAD_REQUEST, TYPE, DETAIL));
    }
}
