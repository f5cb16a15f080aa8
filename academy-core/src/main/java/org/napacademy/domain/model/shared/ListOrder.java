package org.napacademy.domain.model.shared;

import java.util.Collection;

/**
 * How a list is sorted: by one of the properties the list offers, ascending or descending. Written in a query
 * string as the property's name, with a leading minus for descending ({@code sort=-start}).
 */
public record ListOrder(String property, boolean ascending) {

    public ListOrder {
        Checks.text(property, 40, "sort");
    }

    public static ListOrder ascending(String property) { return new ListOrder(property, true); }

    public static ListOrder descending(String property) { return new ListOrder(property, false); }

    /** {@code "name"} or {@code "-start"}; blank gives {@code fallback}; a property not {@code offered} is refused. */
    public static ListOrder parse(String text, Collection<String> offered, ListOrder fallback) {
        if (text == null || text.isBlank()) return fallback;
        var descending = text.startsWith("-");
        var property = descending ? text.substring(1) : text;
        if (!offered.contains(property))
            throw new IllegalArgumentException("sort must be one of " + String.join(", ", offered) + " (a leading - sorts descending), not " + text);
        return new ListOrder(property, !descending);
    }

    /** The property's name as a query string writes it. */
    @Override
    public String toString() { return (ascending ? "" : "-") + property; }
}
