package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=20}: list endpoints answer one page and say how many there are in all. */
public class PageParams {
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "page starts at 0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "size must be at least 1")
    @Max(value = MAX_SIZE, message = "size must be at most " + MAX_SIZE)
    int size;

    public int offset() {
        return page * size;
    }

    public int limit() {
        return size;
    }

    public int page() {
        return page;
    }
}
