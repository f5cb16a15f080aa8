package org.napacademy.domain.model.audit;

import java.util.Optional;

/**
 * One field of an audit record as people read it: the value before and after, as text. Empty where there
 * was none (a created entity has no old values, a deleted one no new values).
 */
public record FieldChange(String field, Optional<String> oldValue, Optional<String> newValue) { }
