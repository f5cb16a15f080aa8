package org.napacademy.application;

/** The entity asked for does not exist (or the caller may not know that it does). */
public class EntityNotFound extends RuntimeException {
    private final String entity;
    private final Object id;

    public EntityNotFound(String entity, Object id) {
        super("No " + entity + " with id " + id);
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}
