package org.napacademy.application;

/** What one run of the reminder digest did: whether mail is configured at all, and how many digests it mailed. */
public record DigestRun(boolean mailConfigured, int sent) {
}
