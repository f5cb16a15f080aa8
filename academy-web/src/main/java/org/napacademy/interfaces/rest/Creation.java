package org.napacademy.interfaces.rest;

import jakarta.validation.groups.Default;

/**
 * Validation group of fields required when an entity is created but fixed afterwards (e.g. a cohort's
 * programme): a POST validates its body with this group, which includes the default constraints.
 */
public interface Creation extends Default {
}
