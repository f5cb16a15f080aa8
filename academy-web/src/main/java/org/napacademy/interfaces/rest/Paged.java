package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * A page of a list as a plain JSON array; {@code X-Total-Count} tells the size of the whole list and
 * {@code Link} (RFC 8288) the neighbouring pages.
 */
public final class Paged {
    private Paged() {
    }

    public static Response of(List<?> items, long total, PageParams page, UriInfo uri) {
        var response = Response.ok(items).header("X-Total-Count", total);
        if (page.offset() + items.size() < total) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() + 1).build(), "next");
        }
        if (page.page() > 0) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() - 1).build(), "prev");
        }
        return response.build();
    }
}
