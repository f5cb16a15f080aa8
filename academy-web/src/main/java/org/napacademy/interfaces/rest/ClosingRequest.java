package org.napacademy.interfaces.rest;

/** Closing a request: the version read, here or in If-Match. */
public record ClosingRequest(Long version) {
}
