package org.napacademy.domain.model.country;

/** How the inter-parliamentary networks of the Americas group countries. */
public enum Subregion {
    NORTH_AMERICA, CENTRAL_AMERICA, CARIBBEAN, SOUTH_AMERICA
}
