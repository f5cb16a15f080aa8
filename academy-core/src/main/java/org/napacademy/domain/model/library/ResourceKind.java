package org.napacademy.domain.model.library;

/** What a resource of a module's library is for; a LINK always points outside the platform. */
public enum ResourceKind {
    TEMPLATE, GUIDE, WORKED_EXAMPLE, LINK
}
