package org.napacademy.domain.model.user;

/** What a user may do; AccessPolicy in the application layer interprets them. */
public enum Role {
    ADMIN, TRAINER, DELEGATE, SPONSOR
}
