package org.napacademy.infrastructure.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes an RFC 9457 problem body from a servlet filter, in the same shape as the REST API's mappers. */
final class ProblemWriter {
    private static final String TYPE_BASE = "https://napacademy.org/problems/";

    private ProblemWriter() { }

    static void write(HttpServletResponse response, int status, String title, String type, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var body = Json.createObjectBuilder().add("type", TYPE_BASE + type).add("title", title)
                .add("status", status).add("detail", detail).build();
        response.getWriter().write(body.toString());
    }
}
