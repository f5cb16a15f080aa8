package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A JSON body larger than {@code academy.api.max-json-bytes} (1 MB by default) is answered 413 before it is
 * read, so an oversize request costs neither memory nor a reset connection; a chunked body (no Content-Length)
 * is read up to the limit and refused as soon as it passes it. Uploads and imports (not JSON) keep
 * their own limits; a method marked {@link LargeBody} takes documents of any size. The body is read and
 * dropped (up to {@value #MAX_DISCARDED_BYTES} bytes), as a client still sending it would otherwise see its
 * connection closed instead of the answer.
 */
@Provider
public class BodyLimitFilter implements ContainerRequestFilter {

    @Inject @ConfigProperty(name = "academy.api.max-json-bytes", defaultValue = "1048576") long maxJsonBytes;

    private static final long MAX_DISCARDED_BYTES = 256L << 20;

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) return;
        var length = request.getLength();
        if (length >= 0 && length <= maxJsonBytes) return;
        var method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(LargeBody.class)) return;
        if (length < 0) {
            // a chunked body announces no length: read up to the limit, and hand on what was read when it fits
            var head = request.getEntityStream().readNBytes((int) Math.min(maxJsonBytes + 1, Integer.MAX_VALUE - 8));
            if (head.length <= maxJsonBytes) {
                request.setEntityStream(new ByteArrayInputStream(head));
                return;
            }
        }
        discard(request.getEntityStream());
        request.abortWith(Problems.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                (length >= 0 ? "The request body has " + length + " bytes" : "The request body is longer than that")
                        + "; this resource accepts at most " + maxJsonBytes + " bytes of JSON"));
    }

    private static void discard(InputStream body) {
        try {
            var buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; read < MAX_DISCARDED_BYTES && (n = body.read(buffer)) >= 0; ) read += n;
        } catch (IOException clientGone) {
            // nothing left to answer
        }
    }
}
