package org.napacademy.domain.model.delegation;

/** Sex as participants declare it; also the dimension of sex-disaggregated measurements. */
public enum Sex {
    FEMALE, MALE, OTHER, UNDISCLOSED
}
