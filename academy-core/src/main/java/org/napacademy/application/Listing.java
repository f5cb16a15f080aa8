package org.napacademy.application;

import java.util.List;

/** One page of a longer list, with the length of the whole list. */
public record Listing<T>(List<T> items, long total) {

    public Listing {
        items = List.copyOf(items);
    }

    /** A page cut from a list already in memory (a roadmap's nodes in tree order). */
    public static <T> Listing<T> slice(List<T> all, int offset, int limit) {
        if (offset < 0 || limit < 1) throw new IllegalArgumentException("offset must not be negative and limit must be positive");
        var from = Math.min(offset, all.size());
        return new Listing<>(all.subList(from, Math.min(all.size(), from + limit)), all.size());
    }
}
